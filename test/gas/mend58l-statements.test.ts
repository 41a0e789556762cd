/**
 * mend58l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for left58's rules as mend58l narrowed them (test/core/statement/mend58l.test.ts) —
 * « fin de mois prochain » is next month's end, a firm's President and marketplace sellers read as before left58, a
 * strategy's year only after its own participle, a weekday's number only after a deadline word, « cash & carry » is sales.
 */
import { smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('« fin de mois prochain » is next month\'s end; « la fin de mois » alone is a noun', () => {
    // smartparse's AS_OF is Saturday 5 December 2026: next month ends on 31 January 2027.
    expect(cells("Signer 10 contrats d'ici fin de mois prochain.").slice(2)).toEqual([10, '2027-01-31']);
    expect(cells('Réduire la fin de mois difficile de nos clients en 2027.')[3]).toBe('2027-12-31');
  });

  it('a firm\'s President and marketplace sellers read as before; the head of state and hired salespeople as left58', () => {
    expect(cells('The President of Acme targets 15% growth next year.')[0]).not.toBe('');
    expect(cells('Le Président du groupe vise une croissance de 8 % en 2027.')[0]).not.toBe('');
    expect(cells('The President aims for 7% growth by 2030.')[0]).toBe('');
    expect(cells('Hire 50 sellers on our marketplace by 2027.')[0]).toBe('');
    expect(cells('Hire 8 reps for the help desk by March 2027.')[0]).toBe('');
    expect(cells('Hire 5 reps by March 2027.')[0]).not.toBe('');
  });

  it('a strategy from its own year only; a weekday\'s number counts only after a deadline word; cash & carry is sales', () => {
    expect(cells('Our three-year roadmap launched in 2026 targets 1,000 customers.')[3]).toBe('2029-12-31');
    expect(cells('A 4-year plan with partners launched in 2021 targets 40% market share.')[3]).toBe('2030-12-05');
    expect(cells('Dès lundi 9 agences participeront au challenge de 100 ventes.')[2]).toBe(100);
    expect(cells("Atteindre 5 M€ en cash & carry d'ici 2027.")[0]).not.toBe('');
  });
});
