/**
 * mend61l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: the review of left61's rules as a user
 * sees them in SMARTPARSE's row (target, deadline) and in smartAnalyze — a past plan's year is never the target, money a
 * means brings in on top is sales only with no noun or a sales noun after it, C4's end month only when the fiscal year
 * itself ends, "¥" the yuan only when the sentence writes its name (test/core/statement/mend61l.test.ts).
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it("a past plan's year is no target; a trial's end month stays its own", () => {
    // AS_OF is 5 December 2026.
    expect(cells('The plan presented to the board in 2025 calls for 500 new customers.').slice(2)).toEqual([500, '']);
    expect(cells('Le plan commercial présenté au conseil en 2025 prévoit 200 nouveaux clients.').slice(2)).toEqual([200, '']);
    expect(cells('Hit $5M in FY28 before our trial ends in February.').slice(2)).toEqual([5_000_000, '2027-02-28']);
    expect(cells("Atteindre 5 M€ sur l'exercice 2028 clos le 31 mars.").slice(2)).toEqual([5_000_000, '2028-03-31']);
  });
});

describe('smartAnalyze: mend61l', () => {
  const analyze = bundleAnalyze();

  it('money brought in on top is sales, increase, only before no noun or a sales noun', () => {
    expect(analyze("Réduire le taux d'attrition pour dégager 200 000 € supplémentaires en 2027.", AS_OF)).toMatchObject({ kpi: 'revenue', direction: 'increase' });
    expect(analyze('Raise prices to generate an extra $1M in gross margin by 2027.', AS_OF)).toMatchObject({ kpi: 'gross_margin' });
    expect(analyze('Cut headcount to generate an extra $1M.', AS_OF)).toMatchObject({ kpi: null });
  });

  it('"¥" is the yen beside China; a currency word before a noun is no money', () => {
    // The Measurable message shows the target in the goal's currency: the yen's "¥", not "CN¥".
    expect(analyze('Uniqlo plans ¥1 trillion in sales in China by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.not.stringContaining('CN¥') as unknown } } });
    expect(analyze('Uniqlo plans ¥1 trillion in sales in China by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.stringContaining('¥1,000,000,000,000') as unknown } } });
    expect(analyze('Sell 50 baht coffees a day.', AS_OF)).toMatchObject({ target: 50, unit: 'count' });
    expect(analyze('Reach Rp. 50 billion in sales by 2027.', AS_OF)).toMatchObject({ criteria: { measurable: { message: expect.stringContaining('IDR') as unknown } } });
  });
});
