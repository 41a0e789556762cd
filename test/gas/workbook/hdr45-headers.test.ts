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

/**
 * mend45d through the built bundle, EN and FR: a bare amount alone on a tab of a balance is read at each date again (hdr45
 * summed it: Check goals said "on track" where ACHIEVABILITY said 0.001); a bare cost on a tab "per month" is the costs,
 * summed; customers discounted are counted (hdr45 read a percentage: Check goals gave no verdict where ACHIEVABILITY gave
 * one); a supplier beside a client is no money paid out; growth in dollars no percentage. Check goals agrees with
 * ACHIEVABILITY on each goal. Every `changed` case fails on main's bundle after hdr45 (45d369bd).
 */
const BALANCE = [30000, 30400, 30900, 31300, 31800, 32200, 32700, 33100, 33600, 34000, 34500, 34900, 35400, 35800, 36300, 36700, 37200, 37600, 38100, 38500, 38900, 39200, 39500, 39800];
const DISCOUNTED = [40, 41, 43, 42, 44, 45, 47, 46, 48, 49, 51, 50, 52, 53, 55, 54, 56, 57, 59, 58, 60, 61, 63, 65];

describe.each([
  { locale: 'en_US', tab: 'Goals', cashTab: 'Cash balance', cashGoal: 'Reach a cash balance of $45,000 by June 30, 2027', amount: 'Amount', countTab: 'Discounted customers', countHeader: 'Discounted customers', countGoal: 'Reach 70 discounted customers per month by June 30, 2027', costTab: 'Costs per department', cost: 'Cost', client: 'Customer', product: 'Product', supplier: 'Supplier', sheet: 'Sheet1', probability: 'Probability', unrealistic: 'unrealistic', underOne: /^<1%$/ },
  { locale: 'fr_FR', tab: 'Objectifs', cashTab: 'Trésorerie', cashGoal: 'Atteindre une trésorerie de 45 000 € d’ici le 30 juin 2027', amount: 'Montant', countTab: 'Clients remisés', countHeader: 'Clients remisés', countGoal: 'Atteindre 70 clients remisés par mois d’ici le 30 juin 2027', costTab: 'Coûts par mois', cost: 'Coût', client: 'Client', product: 'Produit', supplier: 'Fournisseur', sheet: 'Feuille 1', probability: 'Probabilité', unrealistic: 'irréaliste', underOne: /^<1[\u00a0\u202f]%$/ },
])('mend45d ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.tab);
  goals.getRange(1, 1, 3, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', c.cashGoal, c.cashTab], ['G2', c.countGoal, c.countTab]]);
  addSheet(h.emulator, c.cashTab, monthlyRows(c.amount, BALANCE));
  addSheet(h.emulator, c.countTab, monthlyRows(c.countHeader, DISCOUNTED));
  addSheet(h.emulator, c.costTab, monthlyRows(c.cost, BALANCE.map((v, i) => 3400 + (v % 700) - 40 * (i % 4))));
  addSheet(h.emulator, c.sheet, beside(monthlyRows('Montant HT', AMOUNTS), c.client, c.product, c.supplier));
  addSheet(h.emulator, 'Growth', monthlyRows('revenue_yoy_usd', BALANCE.map((v) => v / 2)));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();
  const probability = (row: number): number => parseInt(shown[row][shown[0].indexOf(c.probability)], 10);
  const formula = (tab: string, target: number): number => h.run<number>('ACHIEVABILITY', book.getSheetByName(tab)!.getDataRange().getValues(), target, DEADLINE, '2026-11-26');

  it('a bare amount alone on a tab of a balance is a level; Check goals agrees with ACHIEVABILITY', () => {
    expect(series(c.cashTab)).toEqual(expect.objectContaining({ aggregation: 'level', unit: 'currency' }));
    expect(series(c.cashTab).latest!.value).toBe(39800);
    expect(formula(c.cashTab, 45000)).toBeLessThan(0.01);
    expect(shown[1][shown[0].indexOf('Verdict')]).toBe(c.unrealistic);
    expect(shown[1][shown[0].indexOf(c.probability)]).toMatch(c.underOne);
  });

  it('customers discounted are the customers counted (EN a near miss); Check goals agrees with ACHIEVABILITY', () => {
    expect(series(c.countTab)).toEqual(expect.objectContaining({ kpiId: 'customers', unit: 'count' }));
    const value = formula(c.countTab, 70);
    expect(value).toBeGreaterThan(0.05);
    expect(probability(2)).toBe(Math.round(value * 100));
  });

  it('a bare cost on a tab per month or per department is the costs, summed', () => {
    expect(series(c.costTab)).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total' }));
  });

  it('an invoice’s amount beside a client, a product and a supplier is revenue', () => {
    expect(series(c.sheet)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it('growth in dollars is no growth, no percentage', () => {
    expect(series('Growth').kpiId).not.toBe('sales_growth');
    expect(series('Growth').unit).toBe('currency');
  });
});
