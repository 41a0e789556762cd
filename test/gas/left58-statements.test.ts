/**
 * left58 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the leftovers read by left58 (test/core/statement/left58.test.ts) — a head of
 * state's growth and cash held name no KPI, salespeople hired are the sales reps, « avant lundi 20 devis » counts 20 by Monday, « d'ici fin de semaine » and a
 * strategy's own start year give the deadline — and the lever `smartAnalyze` reads after a comparison.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

// The locale's week (wk57): en_US's ends on Saturday, fr_FR's on Sunday.
describe.each([['en_US', '2026-12-05'], ['fr_FR', '2026-12-06']])('SMARTPARSE (%s)', (locale, weekEnd) => {
  const cells = smartCells(smartParser(locale));

  it('a head of state\'s growth and cash held name no KPI; a firm\'s president and cash sales do', () => {
    expect(cells('The President aims for 7% growth by 2030.')[0]).toBe('');
    expect(cells("Le chef de l'État vise une croissance de 8 % en 2027.")[0]).toBe('');
    expect(cells('Reach $2M in cash by 2027.')[0]).toBe('');
    expect(cells("Atteindre 2 M€ de trésorerie d'ici 2027.")[0]).toBe('');
    expect(cells('Our president wants 7% growth this year.')[0]).not.toBe('');
    expect(cells('Reach $2M in cash sales by 2027.')[0]).not.toBe('');
  });

  it('salespeople hired, counted, are the sales reps; other staff none', () => {
    expect(cells('Hire 5 reps by March.')[0]).toBe(cells('Hire 5 sales reps by March.')[0]);
    expect(cells('Hire 5 reps by March.')[0]).not.toBe('');
    expect(cells("Recruter 5 vendeurs d'ici mars.").slice(2)).toEqual([5, '2027-03-31']);
    expect(cells('Hire 10 people by June.')[0]).toBe('');
  });

  it('« avant lundi 20 devis »: 20 by Monday; « d\'ici fin de semaine / mois »; a strategy from its own year', () => {
    // AS_OF is Saturday 5 December 2026: Monday is the 7th.
    expect(cells('Le directeur a exigé avant lundi 20 devis signés.').slice(2)).toEqual([20, '2026-12-07']);
    expect(cells('Signer 20 devis avant lundi 20 mars.').slice(2)).toEqual([20, '2027-03-20']);
    expect(cells("Signer 20 clients d'ici fin de semaine.").slice(2)).toEqual([20, weekEnd]);
    expect(cells('Signer 20 clients avant fin de mois.').slice(2)).toEqual([20, '2026-12-31']);
    expect(cells('The five-year strategy launched in 2025 aims to double sales.')[3]).toBe('2030-12-31');
  });
});

describe('smartAnalyze: left58', () => {
  const analyze = bundleAnalyze();

  it('a means after "with regard to last year" is the lever', () => {
    expect(analyze('Increase sales by 10% with regard to last year through new partnerships.', AS_OF).levers).toEqual(['new partnerships']);
    expect(analyze("Augmenter les ventes de 10 % en comparaison avec l'an dernier grâce à de nouveaux partenariats.", AS_OF).levers).toEqual(['de nouveaux partenariats']);
  });

  it('a strategy adopted in a year whose span is over, or completed, gives no deadline', () => {
    expect(analyze('Our 5-year strategy adopted in 2019 aims to double sales.', AS_OF).deadline).toBeNull();
    expect(analyze('The 3-year strategy completed in 2025 doubled sales.', AS_OF).deadline).toBeNull();
  });
});
