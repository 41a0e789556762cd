/**
 * mend66s through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: small66's review findings 1, 2, 5 (levers)
 * and 7, 8 (Ruling K1) as SMARTPARSE writes them in the sheet — a later means' figure is no target, a means that merely
 * starts with a place word stays a means, the means after "offset by" / « compensée par », no customers level from a
 * growth's figure, « une croissance de 20 % du nombre de clients » read as the customers' change.
 */
import { harness } from './workbook/harness';
import { AS_OF } from './smartparse';

describe.each(['en_US', 'fr_FR'] as const)('mend66s statements (%s)', (locale) => {
  const h = harness({ spreadsheetLocale: locale });
  const analyze = (text: string): { kpi: string | null; target: number | null; levers: string[]; change: unknown } =>
    JSON.parse(JSON.stringify(h.run('smartAnalyze', text, AS_OF)));

  it("a purpose ends at its next comma or « et »: a later means' figure stays no target", () => {
    expect(analyze('Grow revenue 10% through a new CRM, designed to help reps, and 3 new hires by 2027.')).toEqual(expect.objectContaining({ target: null, change: { value: 0.1, kind: 'relative' }, levers: ['a new CRM', '3 new hires'] }));
    expect(analyze("Augmenter le CA de 10 % à travers le pays et 3 nouveaux distributeurs d'ici 2027.")).toEqual(expect.objectContaining({ target: null, levers: ['3 nouveaux distributeurs'] }));
  });

  it('a means that starts with a place word stays one; after "with", the means offsets the cost', () => {
    expect(analyze('Grow revenue 10% through the country managers by 2027.').levers).toEqual(['the country managers']);
    expect(analyze("Augmenter le CA de 10 % à travers le territoire commercial de nos agents d'ici 2027.").levers).toEqual(['le territoire commercial de nos agents']);
    expect(analyze('Keep gross margin at 30% through 2027 with input costs offset by price increases.').levers).toEqual(['price increases']);
    expect(analyze("Maintenir la marge brute à 30 % jusqu'en 2027, avec la hausse des coûts compensée par des hausses de prix.").levers).toEqual(['des hausses de prix']);
  });

  it('Ruling K1: no customers level from a growth figure; « de 20 % du nombre de clients » the customers', () => {
    expect(analyze('Sustain our growth in customers to 20% by 2027.').kpi).not.toBe('customers');
    expect(analyze("Maintenir une croissance des clients de 20 % d'ici 2027.").kpi).toBe('sales_growth');
    expect(analyze("Atteindre une croissance de 20 % du nombre de clients d'ici 2027.")).toEqual(expect.objectContaining({ kpi: 'customers', change: { value: 0.2, kind: 'relative' } }));
  });
});
