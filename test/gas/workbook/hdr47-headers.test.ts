/**
 * hdr47 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals uses) and Check goals show for the classes of kpi-headers5.jsonl's misses and hdr46's leftovers —
 * a rate of events in points is a percentage, which Check goals judges as ACHIEVABILITY does on the same range (it was a
 * plain number, and a rate goal on it was not judged); a cost named by what it is spent on is the costs; a sale's amount
 * and an invoice's are revenue; an orders tab's bare Total is revenue, not the orders counted; purchase orders to a
 * supplier are the costs; "Churn MRR" in whole money is money lost, not churned customers counted. Columns as CSV exports
 * give them: no number format; the file's other headers stand beside the column. The `changed` cases fail on main's bundle
 * (7dbc862b); the near misses pass on both.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness, monthlyRows } from './harness';

const DEADLINE = '2027-06-30';
/** 24 months, December 2024 to November 2026: a failure rate in points, falling slowly. */
const FAILURES = [7.9, 7.6, 8.1, 7.4, 7.2, 7.5, 6.9, 7.1, 6.8, 6.6, 7.0, 6.4, 6.5, 6.2, 6.6, 6.0, 5.9, 6.1, 5.7, 5.8, 5.5, 5.6, 5.3, 5.4];
const AMOUNTS = [620, 540, 710, 660, 580, 690, 640, 700, 610, 650, 720, 680, 630, 560, 700, 650, 600, 680, 655, 690, 620, 640, 710, 670];

/** A tab's rows with the file's other headers beside the value column, over blank cells. */
const beside = (rows: unknown[][], ...neighbours: string[]): unknown[][] => [[...rows[0], ...neighbours], ...rows.slice(1).map((row) => [...row, ...neighbours.map(() => '')])];

describe.each([
  {
    locale: 'en_US', lang: 'en', goalsTab: 'Goals', rateTab: 'Payments', rate: 'failure_rate', goal: 'Reduce the failure rate to 5% by June 30, 2027', probability: 'Probability',
    hourly: 'Hourly rate', cost: 'Shipping cost', unitCost: 'Cost per lead', sale: 'amount', saleRow: ['invoice_id', 'sub_id', 'due_date'],
    ordersTab: 'Orders', line: ['Item', 'Quantity', 'Unit price'], purchaseTab: 'Orders 2026', purchaseRow: ['Supplier', 'Item'], salesTab: 'Sales', salesRow: ['Supplier', 'Product'], amount: 'Amount', churn: 'Churn MRR',
  },
  {
    locale: 'fr_FR', lang: 'fr', goalsTab: 'Objectifs', rateTab: 'Paiements', rate: 'taux_echec', goal: 'Réduire le taux d’échec à 5 % d’ici le 30 juin 2027', probability: 'Probabilité',
    hourly: 'Taux horaire', cost: 'cout_marketing', unitCost: 'Coût unitaire', sale: 'MontantVente', saleRow: ['Vendeur', 'Produit', 'Quantite', 'PrixUnitaire'],
    ordersTab: 'Commandes', line: ['Article', 'Quantité', 'Prix unitaire'], purchaseTab: 'Bons de commande', purchaseRow: ['Fournisseur', 'Article'], salesTab: 'Ventes', salesRow: ['Fournisseur', 'Produit'], amount: 'Montant', churn: 'MRR churn',
  },
])('hdr47 ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.goalsTab);
  goals.getRange(1, 1, 2, 3).setValues([['ID', c.lang === 'fr' ? 'Objectif' : 'Goal', 'KPI'], ['G1', c.goal, c.rateTab]]);
  addSheet(h.emulator, c.rateTab, monthlyRows(c.rate, FAILURES));
  addSheet(h.emulator, 'Rates', monthlyRows(c.hourly, AMOUNTS.map((v) => Math.round(v / 10))));
  addSheet(h.emulator, 'Shipping', monthlyRows(c.cost, AMOUNTS));
  addSheet(h.emulator, 'Leads', monthlyRows(c.unitCost, AMOUNTS.map((v) => v / 100)));
  addSheet(h.emulator, 'Export', beside(monthlyRows(c.sale, AMOUNTS), ...c.saleRow));
  addSheet(h.emulator, c.ordersTab, beside(monthlyRows('Total', AMOUNTS), ...c.line));
  addSheet(h.emulator, c.purchaseTab, beside(monthlyRows('Montant HT', AMOUNTS), ...c.purchaseRow));
  addSheet(h.emulator, c.salesTab, beside(monthlyRows(c.amount, AMOUNTS), ...c.salesRow));
  addSheet(h.emulator, 'MRR', monthlyRows(c.churn, AMOUNTS.map((v) => v * 2)));
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string) => context.series.filter((x) => x.sheetName === sheetName).pop()!;
  h.run('menuCheckGoals');
  const shown = goals.getDataRange().getDisplayValues();

  it('changed: a rate of events in points is a percentage; Check goals judges the goal on it as ACHIEVABILITY does', () => {
    expect(series(c.rateTab)).toEqual(expect.objectContaining({ unit: 'percent', aggregation: 'level' }));
    expect(series(c.rateTab).latest!.value).toBeCloseTo(0.054, 6);
    const formula = h.run<number>('ACHIEVABILITY', book.getSheetByName(c.rateTab)!.getDataRange().getValues(), 5, DEADLINE, '2026-11-26');
    expect(formula).toBeGreaterThan(0.05);
    expect(formula).toBeLessThan(0.99);
    expect(parseInt(shown[1][shown[0].indexOf(c.probability)], 10)).toBe(Math.round(formula * 100));
  });

  it('near miss: an hourly rate is no percentage', () => {
    expect(series('Rates').unit).not.toBe('percent');
  });

  it('changed: a cost named by what it is spent on is the costs, summed; a cost per unit is not', () => {
    expect(series('Shipping')).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total', unit: 'currency' }));
    expect(series('Leads').kpiId).not.toBe('costs');
  });

  it('changed: a sale’s or an invoice’s amount is revenue, summed', () => {
    expect(series('Export')).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it('changed: an orders tab’s bare Total beside an item, a quantity and a price is revenue, not the orders counted', () => {
    expect(series(c.ordersTab)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it('changed: purchase orders to a supplier are the costs, summed', () => {
    expect(series(c.purchaseTab)).toEqual(expect.objectContaining({ kpiId: 'costs', aggregation: 'total', unit: 'currency' }));
  });

  it('near miss: a bare amount beside a supplier and a product on a sales tab is no costs (the brand sold)', () => {
    expect(series(c.salesTab).kpiId).not.toBe('costs');
  });

  it('changed: churned MRR in whole money is money lost, summed, not a count of churned customers', () => {
    expect(series('MRR')).toEqual(expect.objectContaining({ kpiId: null, aggregation: 'total', unit: 'currency' }));
  });
});
