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
