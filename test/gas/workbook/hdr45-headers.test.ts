/**
 * hdr45 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the wizard's KPI list (`sidebarGetContext`, the
 * reader Check goals uses) reads an amount beside a supplier column as the costs and beside a product and a quantity as
 * revenue, both summed (beside a payment's ids: no KPI, summed); a bare cost on a tab of a cost per unit as a level; cases
 * still open in a team's monthly log as a level; growth year on year in points as a percentage; « chiffre_affaire » as
 * revenue; a discount to customers (« Remise clients ») at whole points as a percentage, on which Check goals judges a
 * discount goal as ACHIEVABILITY does. Columns as CSV exports give them: no number format; the file's other headers stand
 * beside the column over blank cells. Every case fails on main's bundle (984e47c5).
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness, monthlyRows } from './harness';

const DISCOUNTS = [10, 5, 10, 0, 5, 15, 10, 5, 10, 5, 0, 10, 5, 10, 5, 5, 10, 0, 5, 10, 5, 5, 10, 5];
const AMOUNTS = DISCOUNTS.map((v, i) => 600 + 12 * v - 25 * (i % 4));
const DEADLINE = '2027-06-30';

/** A tab's rows with the file's other headers beside the value column, over blank cells. */
const beside = (rows: unknown[][], ...neighbours: string[]): unknown[][] => [[...rows[0], ...neighbours], ...rows.slice(1)];

/** A support team's monthly log: three engineers' rows a month, from January 2026. */
function teamLog(header: string): unknown[][] {
  const rows: unknown[][] = [['Month', header, 'engineer_id']];
  for (let m = 0; m < 10; m++) for (let e = 0; e < 3; e++) rows.push([`2026-${String(m + 1).padStart(2, '0')}-01`, 10 + ((m * 7 + e * 5) % 12), '']);
  return rows;
}

describe.each([
  { locale: 'en_US', tab: 'Goals', goal: 'Keep the customer discount at 5% by June 30, 2027', discount: 'Discount customers', amount: 'Amount', supplier: 'Supplier', product: 'Product', quantity: 'Quantity', payment: 'Payment ID', cost: 'Cost', unitTab: 'Unit cost', salesTab: 'Sales', revenue: 'chiffre_affaire', probability: 'Probability' },
  { locale: 'fr_FR', tab: 'Objectifs', goal: 'Maintenir la remise clients à 5 % d’ici le 30 juin 2027', discount: 'Remise clients', amount: 'montant', supplier: 'fournisseur', product: 'produit', quantity: 'quantite', payment: 'paiement_id', cost: 'Coût', unitTab: 'Coût unitaire', salesTab: 'Ventes', revenue: 'chiffre_affaire', probability: 'Probabilité' },
])('hdr45 ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.tab);
  goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.goal, 'Discounts']]);
  addSheet(h.emulator, 'Discounts', monthlyRows(c.discount, DISCOUNTS));
  addSheet(h.emulator, 'Ledger', beside(monthlyRows(c.amount, AMOUNTS), c.supplier, 'Status'));
  addSheet(h.emulator, c.salesTab, beside(monthlyRows(c.amount, AMOUNTS), c.product, c.quantity));
  addSheet(h.emulator, 'Payments', beside(monthlyRows(c.amount, AMOUNTS), c.payment));
  addSheet(h.emulator, c.unitTab, monthlyRows(c.cost, DISCOUNTS.map((v, i) => 40 + v / 5 - (i % 3))));
  addSheet(h.emulator, 'Support', teamLog('open_cases'));
  addSheet(h.emulator, 'Audience', monthlyRows('mau_yoy', DISCOUNTS.map((v, i) => v - 4.5 + (i % 5))));
  addSheet(h.emulator, 'Store', monthlyRows(c.revenue, AMOUNTS.map((v) => v * 20)));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();

  it('an amount beside a supplier is the costs; beside a product and a quantity revenue; both summed', () => {
    expect(series('Ledger')).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total', unit: 'currency' }));
    expect(series(c.salesTab)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it('an amount beside a payment’s id names no KPI, summed', () => {
    expect(series('Payments')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'total', unit: 'currency' }));
  });

  it('a bare cost on a tab of a cost per unit is a level', () => {
    expect(series(c.unitTab)).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'level', unit: 'currency' }));
  });

  it('cases still open in a team’s log are a level; growth year on year in points a percentage', () => {
    expect(series('Support').aggregation).toBe('level');
    expect(series('Audience')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'level', unit: 'percent' }));
  });

  it('« chiffre_affaire » is revenue', () => {
    expect(series('Store')).toEqual(expect.objectContaining({ kpiId: 'revenue', unit: 'currency' }));
  });

  it('a discount to customers at whole points is a percentage', () => {
    expect(series('Discounts')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'level', unit: 'percent' }));
    expect(series('Discounts').latest!.value).toBeCloseTo(0.05, 6);
  });

  it('Check goals judges the discount goal on the percentage, as ACHIEVABILITY does', () => {
    const tab = book.getSheetByName('Discounts')!.getDataRange().getValues();
    const formula = h.run<number>('ACHIEVABILITY', tab, 0.05, DEADLINE, '2026-11-26');
    expect(formula).toBeGreaterThan(0.05);
    expect(formula).toBeLessThan(0.95);
    expect(parseInt(shown[1][shown[0].indexOf(c.probability)], 10)).toBe(Math.round(formula * 100));
  });
});
