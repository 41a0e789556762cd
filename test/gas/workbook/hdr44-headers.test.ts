/**
 * hdr44 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the wizard's KPI list (`sidebarGetContext`, the
 * reader Check goals uses) reads a percentage's header (labor_cost_pct) as a level, a startup's burn in lakhs of rupees as
 * the costs in INR, a restaurant's covers as sales counted and its "avg_check" as the average deal size, the products'
 * amount of an order export as revenue summed, « Production totale » as a total and a bare "Cost" or « Coût » column as the
 * costs, and a discount at whole points as a percentage (given back in money: money, summed); Check goals judges a discount
 * goal on that percentage. Near miss: a bare "Amount" still names no KPI. Columns as CSV exports give them: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness, monthlyRows } from './harness';

const DISCOUNTS = [10, 5, 10, 0, 5, 15, 10, 5, 10, 5, 0, 10, 5, 10, 5, 5, 10, 0, 5, 10, 5, 5, 10, 5];
const DEADLINE = '2027-06-30';

describe.each([
  { locale: 'en_US', tab: 'Goals', goal: 'Keep the discount at 5% by June 30, 2027', discount: 'Discount', given: 'discount_given', covers: 'covers', cost: 'Cost', products: 'montant_des_produits', sales: 'Sales', probability: 'Probability' },
  { locale: 'fr_FR', tab: 'Objectifs', goal: 'Maintenir la remise à 5 % d’ici le 30 juin 2027', discount: 'Remise', given: 'remise_sur_produits', covers: 'Couverts', cost: 'Coût', products: 'montant_des_produits', sales: 'Ventes', probability: 'Probabilité' },
])('hdr44 ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.tab);
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goal, 'Discounts']]);
  addSheet(h.emulator, 'Discounts', monthlyRows(c.discount, DISCOUNTS));
  addSheet(h.emulator, 'Given', monthlyRows(c.given, DISCOUNTS.map((v, i) => -v * 2.5 - (i % 3) * 0.45)));
  addSheet(h.emulator, 'Labor', monthlyRows('labor_cost_pct', DISCOUNTS.map((v, i) => 0.26 + (v + i % 4) / 400)));
  addSheet(h.emulator, 'Startup', monthlyRows('burn_inr_lakhs', DISCOUNTS.map((v, i) => 18.7 + v / 10 + i / 20)));
  addSheet(h.emulator, 'Restaurant', monthlyRows(c.covers, DISCOUNTS.map((v, i) => 300 + 40 * v - 15 * (i % 5))));
  addSheet(h.emulator, 'Check', monthlyRows('avg_check', DISCOUNTS.map((v, i) => 28 + v / 5 + (i % 3) * 0.7)));
  addSheet(h.emulator, c.sales, monthlyRows(c.products, DISCOUNTS.map((v, i) => 3_000 + 120 * v + 35 * (i % 4))));
  addSheet(h.emulator, 'Plant', monthlyRows('Production totale (km)', DISCOUNTS.map((v, i) => 110_000 + 900 * v - 2_000 * (i % 5))));
  addSheet(h.emulator, 'Ledger', monthlyRows(c.cost, DISCOUNTS.map((v, i) => 2_000 + 90 * v + 40 * (i % 3))));
  addSheet(h.emulator, 'Export', monthlyRows('Amount', DISCOUNTS.map((v, i) => 3_000 + 120 * v + 35 * (i % 4))));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();

  it('a percentage’s header and an amount per head are levels; « Production totale » a total', () => {
    expect(series('Labor')).toEqual(expect.objectContaining({ aggregation: 'level', unit: 'percent' }));
    expect(series('Plant').aggregation).toBe('total');
  });

  it('a burn in lakhs of rupees is the costs in INR, summed', () => {
    expect(series('Startup')).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total', unit: 'currency', currency: 'INR' }));
  });

  it('covers are sales counted; the average check is the average deal size', () => {
    expect(series('Restaurant')).toEqual(expect.objectContaining({ kpiId: 'deals_closed', aggregation: 'total' }));
    expect(series('Check')).toEqual(expect.objectContaining({ kpiId: 'average_deal_size', aggregation: 'level', unit: 'currency' }));
  });

  it('the products’ amount is revenue, summed; near miss: a bare "Amount" names no KPI', () => {
    expect(series(c.sales)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
    expect(series('Export').kpiId).toBeNull();
  });

  it('a bare cost column is the costs, summed', () => {
    expect(series('Ledger')).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total', unit: 'currency' }));
  });

  it('a discount at whole points is a percentage; a discount given back in money is money, summed', () => {
    expect(series('Discounts')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'level', unit: 'percent' }));
    expect(series('Discounts').latest!.value).toBeCloseTo(0.05, 6);
    expect(series('Given')).toEqual(expect.objectContaining({ unit: 'currency', aggregation: 'total' }));
  });

  it('Check goals judges the discount goal on the percentage, as ACHIEVABILITY does', () => {
    const tab = book.getSheetByName('Discounts')!.getDataRange().getValues();
    const formula = h.run<number>('ACHIEVABILITY', tab, 0.05, DEADLINE, '2026-11-26');
    expect(formula).toBeGreaterThan(0.05);
    expect(formula).toBeLessThan(0.95);
    expect(parseInt(shown[1][shown[0].indexOf(c.probability)], 10)).toBe(Math.round(formula * 100));
  });
});

/**
 * mend44e through the bundle: a reviewer's regressions of hdr44's rules, each failing on hdr44's bundle (main at 9808f066)
 * and reading as hdr44's base did (280e0402): a discount's number format, currency sign and money words win over its
 * values, discounts counted are no percentage, a bare cost on a tab "CAC" is the acquisition cost (Check goals judges the
 * CAC goal on its level, not per month as costs), « totale » of a stock is no total, a burn in months no money, covers on
 * a stock tab no sales. Near misses keep hdr44's gains.
 */
const FRACTIONS = [0.05, 0.1, 0.05, 0.1, 0.05, 0.1, 0.05, 0.1, 0.05, 0.05, 0.1, 0.05];
const WHOLE = [40, 45, 50, 55, 60, 65, 70, 45, 50, 55, 60, 65];
const CAC = [44, 43, 45, 42, 41, 43, 40, 41, 39, 40, 38, 39, 40, 38, 37, 39, 38, 36, 37, 38, 36, 37, 35, 36];

describe.each([
  { locale: 'en_US', tab: 'Goals', goal: 'Reduce CAC to $35 by June 30, 2027', discount: 'Discount', format: '$#,##0', sign: '$', signed: 'Discount ($)', amount: 'Amount ($)', counted: 'Number of discounts', cost: 'Cost', unitTab: 'Unit cost', covers: 'Covers', stockTab: 'Insurance', notes: 'SMART notes', probability: 'Probability' },
  { locale: 'fr_FR', tab: 'Objectifs', goal: 'Réduire le CAC à 35 € d’ici le 30 juin 2027', discount: 'Remise', format: '#,##0 €', sign: '€', signed: 'Remise (€)', amount: 'Montant (€)', counted: 'Nombre de remises', cost: 'Coût', unitTab: 'Coût unitaire', covers: 'Couverts', stockTab: 'Inventaire', notes: 'Remarques SMART', probability: 'Probabilité' },
])('mend44e ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.tab);
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goal, 'CAC']]);
  addSheet(h.emulator, 'Rate', monthlyRows(c.discount, FRACTIONS)).getRange(2, 2, FRACTIONS.length, 1).setNumberFormat('0%');
  addSheet(h.emulator, 'Money', monthlyRows(c.discount, WHOLE)).getRange(2, 2, WHOLE.length, 1).setNumberFormat(c.format);
  addSheet(h.emulator, 'Signed', monthlyRows(c.signed, [50, 20, 100, 50, 20, 100, 50, 20, 100, 50, 20, 100]));
  addSheet(h.emulator, 'Counted', monthlyRows(c.counted, [3, 5, 12, 7, 4, 9, 6, 11, 5, 8, 10, 4]));
  addSheet(h.emulator, 'CAC', monthlyRows(c.cost, CAC));
  addSheet(h.emulator, c.unitTab, monthlyRows(c.cost, CAC));
  addSheet(h.emulator, 'Bilan', monthlyRows('Trésorerie totale', WHOLE.map((v) => v * 1_000)));
  addSheet(h.emulator, 'Runway', monthlyRows('Burn rate (months)', [14, 13, 12, 11, 10, 9, 14, 13, 12, 11, 10, 9]));
  addSheet(h.emulator, c.stockTab, monthlyRows(c.covers, WHOLE.map((v) => v * 10)));
  addSheet(h.emulator, 'Restaurant', monthlyRows(c.covers, WHOLE.map((v) => v * 10)));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();

  it('a discount formatted 0% over fractions is a percentage; formatted in money, money in its sign', () => {
    expect(series('Rate')).toEqual(expect.objectContaining({ unit: 'percent', aggregation: 'level' }));
    expect(series('Money')).toEqual(expect.objectContaining({ unit: 'currency', currency: c.sign }));
  });

  it('a discount with a currency sign in its header is money; discounts counted are no percentage', () => {
    expect(series('Signed')).toEqual(expect.objectContaining({ unit: 'currency', currency: c.sign }));
    expect(series('Counted').unit).not.toBe('percent');
    expect(series('Counted').aggregation).toBe('total');
  });

  it('the formulas read a discount in money as money, as the same values under an amount', () => {
    const history = (header: string): unknown[][] => [['Date', header], ...WHOLE.slice(0, 7).map((v, i) => [`2026-${String(i + 5).padStart(2, '0')}-01`, v])];
    for (const formula of ['ACHIEVABILITY', 'GOALVERDICT']) expect(h.run(formula, history(c.signed), 80, DEADLINE)).toEqual(h.run(formula, history(c.amount), 80, DEADLINE));
    expect(h.run('REALISTICTARGET', history(c.signed), DEADLINE)).toEqual(h.run('REALISTICTARGET', history(c.amount), DEADLINE));
  });

  it('a bare cost on a tab "CAC" is the acquisition cost, a level; on a tab of a cost per unit no KPI', () => {
    expect(series('CAC')).toEqual(expect.objectContaining({ kpiId: 'cac', aggregation: 'level', unit: 'currency' }));
    expect(series(c.unitTab).kpiId).toBeNull();
  });

  it('Check goals judges the CAC goal on the level, as ACHIEVABILITY does, with no per-month note', () => {
    expect(shown[1][shown[0].indexOf(c.notes)]).toBe('');
    const formula = h.run<number>('ACHIEVABILITY', book.getSheetByName('CAC')!.getDataRange().getValues(), 35, DEADLINE, '2026-11-26');
    expect(parseInt(shown[1][shown[0].indexOf(c.probability)], 10)).toBe(Math.round(formula * 100));
  });

  it('« Trésorerie totale » is no total; a burn rate in months is no money; covers on a stock tab no sales (near miss: on a restaurant’s)', () => {
    expect(series('Bilan').aggregation).not.toBe('total');
    expect(series('Runway')).toEqual(expect.objectContaining({ kpiId: null }));
    expect(series('Runway').unit).not.toBe('currency');
    expect(series(c.stockTab).kpiId).not.toBe('deals_closed');
    expect(series('Restaurant').kpiId).toBe('deals_closed');
  });
});
