/**
 * left62 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the leftovers read by left62 (test/core/statement/left62.test.ts) — a region's
 * dateline before the writer's own goal keeps its deadline, a named fiscal-year end wins (Ruling C4), a date after « voire »
 * is the alternative's — and smartAnalyze's reading of the KPI and unit fields SMARTPARSE does not show.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it("a region and a day before the team's own goal: the day is the deadline; a fiscal year's named end wins", () => {
    // AS_OF is 5 December 2026.
    expect(cells('EMEA, June 30 — The team aims to reach 500 new customers.').slice(2)).toEqual([500, '2027-06-30']);
    expect(cells('EMEA, 30 juin — Notre équipe vise 500 nouveaux clients.').slice(2)).toEqual([500, '2027-06-30']);
    expect(cells("PARIS, 30 juin — L'entreprise vise 500 clients.").slice(2)).toEqual([500, '']);
    expect(cells('Reach $5M in revenue by end of FY28 (fiscal year ending 31 March).').slice(2)).toEqual([5_000_000, '2028-03-31']);
    expect(cells("Atteindre 5 M€ de CA sur l'exercice 2028 (clos le 31 mars).").slice(2)).toEqual([5_000_000, '2028-03-31']);
    expect(cells("Augmenter le chiffre d'affaires de 50 % en 2027, voire le doubler d'ici 2030.")[3]).toBe('2027-12-31');
  });
});

describe('smartAnalyze: left62', () => {
  const analyze = bundleAnalyze();

  it('footfall, things made and funding name no catalog KPI; their near misses keep theirs', () => {
    expect(analyze('Increase the number of visitors to the park to 50,000 by 2027.', AS_OF)).toMatchObject({ kpi: null, target: 50_000 });
    expect(analyze('Increase visitors to 50,000.', AS_OF)).toMatchObject({ kpi: 'website_traffic' });
    expect(analyze('The group aims to manufacture 1.6 million cars by 2027.', AS_OF)).toMatchObject({ kpi: null, target: 1_600_000 });
    expect(analyze('Fabriquer et vendre 500 véhicules.', AS_OF)).toMatchObject({ kpi: 'deals_closed' });
    expect(analyze('Increase conversion to bring in a $10M fundraising round.', AS_OF)).toMatchObject({ kpi: null, target: 10_000_000 });
    expect(analyze('Increase conversion to bring in $10M.', AS_OF)).toMatchObject({ kpi: 'revenue' });
  });

  it('ranges with « ou » / "or", a counted noun after "Rp", ad spend doubled', () => {
    expect(analyze('Augmenter le taux de conversion de 25 ou 30 %.', AS_OF)).toMatchObject({ change: { value: 0.25, kind: 'relative' }, unit: 'percent' });
    expect(analyze('Reach a 25 or 30% close rate.', AS_OF)).toMatchObject({ kpi: 'close_rate', target: 0.25 });
    expect(analyze('Rp 12 pages summarised per reviewer by June 2027.', AS_OF)).toMatchObject({ target: 12, unit: 'count' });
    expect(analyze('Reach Rp 12 million in sales.', AS_OF)).toMatchObject({ unit: 'currency' });
    expect(analyze('We spend $40k a month on ads and aim to double our ad spend by 2028.', AS_OF)).toMatchObject({ kpi: 'costs', baseline: 40_000 });
  });
});
