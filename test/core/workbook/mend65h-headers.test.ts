/**
 * mend65h in core rows (`detectKpiSeries`), EN and FR: hdr65's review, findings 1–7 — vendor bills and purchases in Odoo's
 * signed amounts never revenue (1); a count of contracts signed beside a signed amount stays a count (2); a payment's signed
 * amount beside an invoice's column no revenue (3); a tab of order lines named "Inventory" keeps its quantity sold (4); French
 * stock tabs and Odoo's French signed amounts as the English ones (5); a lifetime views counter a level (6); « Effectif
 * travaillé » a level (7). The same classes go through the built bundle in test/gas/workbook/mend65h-headers.test.ts.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const HELD = [1000, 1040, 1100, 1130, 1180, 1260, 1300, 1350, 1420, 1500];
const MONEY = [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200];
const COUNTS = [120, 80, 90, 40, 70, 35, 64, 88, 51, 77];
const SMALL = [1, 2, 1, 1, 3, 1, 2, 1, 4, 1];
/** A channel's lifetime views, read once a month: a counter that only grows, by small steps beside its size. */
const LIFETIME = [100000, 100420, 100900, 101310, 101800, 102350, 102800, 103260, 103900, 104400];
/** Vendor bills as Odoo 13+ signs them: negative, one vendor refund positive. */
const BILLS = MONEY.map((v, i) => (i === 3 ? v : -v));
const text = (word: string): string[] => MONTHS.map(() => word);
const ids = (prefix: string): string[] => MONTHS.map((_, i) => `${prefix}${i + 1}`);
type Column = readonly [header: string, cells: readonly unknown[]];

/** The series read under `header` on a monthly tab of these columns. */
function read(lang: 'en' | 'fr', tab: string, columns: readonly Column[], header: string) {
  const values = [['Date', ...columns.map(([h]) => h)], ...MONTHS.map((d, i) => [d, ...columns.map(([, c]) => c[i])])] as CellValue[][];
  const formats = values.map((row) => row.map(() => ''));
  const series = detectKpiSeries({ name: tab, values, formats }, lang, KPI_CATALOG, undefined, '2026-11-26').find((s) => s.column === columns.findIndex(([h]) => h === header) + 1);
  const definition = KPI_CATALOG.find((k) => k.id === series?.catalogId);
  return series && { catalogId: series.catalogId ?? null, unit: series.unit, aggregation: series.aggregation ?? definition?.aggregation ?? 'level' };
}

/** Odoo's vendor bills (or customer invoices): the bill's date, number and partner beside its two signed amounts. */
const odoo = (amounts: readonly number[]): Column[] => [
  ['Invoice/Bill Date', text('')],
  ['Number', ids('BILL/2026/')],
  ['Invoice Partner Display Name', text('Wood Corner')],
  ['Untaxed Amount Signed', amounts],
  ['Total Signed', amounts.map((v) => Math.round(v * 115) / 100)],
];

describe('mend65h core rows: finding 1, vendor bills and purchases are never revenue', () => {
  it.each([
    ['Vendor Bills', 'Total Signed', BILLS],
    ['Vendor Bills', 'Untaxed Amount Signed', BILLS],
    ['Vendor Bills', 'Total Signed', MONEY],
    ['Bills', 'Total Signed', BILLS],
  ] as const)('changed: %s, %s is the costs in money', (tab, header, amounts) => {
    expect(read('en', tab, odoo(amounts), header)).toEqual({ catalogId: 'costs', unit: 'currency', aggregation: 'total' });
  });
  it('changed: a Purchases tab beside a supplier, no revenue', () => {
    const row = read('en', 'Purchases', [['Supplier', text('Wood Corner')], ['Invoice Number', ids('P')], ['Amount Signed', MONEY], ['Total Signed', MONEY]], 'Total Signed');
    expect(row?.catalogId).not.toBe('revenue');
    expect(row?.unit).toBe('currency');
  });
  it('changed: « Factures fournisseurs » with Odoo\'s French labels, no revenue', () => {
    const row = read('fr', 'Factures fournisseurs', [['Date de facturation', text('')], ['Fournisseur', text('Wood Corner')], ['Montant HT signé', BILLS], ['Total signé', BILLS]], 'Total signé');
    expect(row?.catalogId).not.toBe('revenue');
    expect(row?.unit).toBe('currency');
  });
  it('near miss: customer invoices stay revenue, summed', () => {
    expect(read('en', 'Data', [...odoo(MONEY).slice(0, 2), ['Invoice Partner Display Name', text('Azure Interior')], ...odoo(MONEY).slice(3)], 'Total Signed')).toEqual({ catalogId: 'revenue', unit: 'currency', aggregation: 'total' });
  });
});

describe('mend65h core rows: findings 2 and 3, signed counts and payments', () => {
  it.each([
    ['en', [['Amount signed', MONEY], ['Total signed', SMALL]], 'Total signed'],
    ['en', [['Contracts signed', SMALL], ['Amount Signed', MONEY], ['Total Signed', [3, 4, 2, 5, 3, 4, 2, 6, 3, 4]]], 'Total Signed'],
    ['fr', [['Montant signé', MONEY], ['Total signé', SMALL]], 'Total signé'],
  ] as const)('changed (%s): a count of contracts signed stays a count', (lang, columns, header) => {
    // The core leaves a plain number's unit open (null), the wizard lists it a count; never money.
    expect(read(lang, 'Data', columns as unknown as Column[], header)?.unit ?? 'count').toBe('count');
  });
  it('changed: a payment\'s Amount Signed beside its invoice is money with no KPI', () => {
    expect(read('en', 'Data', [['Invoice', ids('INV/')], ['Partner', text('Deco Addict')], ['Amount Signed', MONEY]], 'Amount Signed')).toEqual(expect.objectContaining({ catalogId: null, unit: 'currency' }));
  });
});

describe('mend65h core rows: findings 4 to 7', () => {
  it.each([
    ['en', 'Inventory', [['Order', ids('SO')], ['Customer', text('Acme')], ['Qty', COUNTS], ['Unit price', MONEY]], 'Qty'],
    ['fr', 'Inventaire', [['Commande', ids('CO')], ['Client', text('Acme')], ['Qté', COUNTS], ['Prix unitaire', MONEY]], 'Qté'],
  ] as const)('finding 4 (%s): order lines on a tab %s keep their quantity sold, summed', (lang, tab, columns, header) => {
    expect(read(lang, tab, columns as unknown as Column[], header)).toEqual(expect.objectContaining({ catalogId: 'deals_closed', aggregation: 'total' }));
  });
  it.each([['Niveaux de stock'], ['Inventaires'], ['État des stocks']])('finding 5: a quantity on a tab « %s » is held, no KPI', (tab) => {
    expect(read('fr', tab, [['Quantité', HELD]], 'Quantité')).toEqual(expect.objectContaining({ catalogId: null, aggregation: 'level' }));
  });
  it('finding 5: « Total signé » beside « Montant signé » is money', () => {
    expect(read('fr', 'Données', [['Montant signé', MONEY], ['Total signé', MONEY.map((v) => Math.round(v * 120) / 100)]], 'Total signé')?.unit).toBe('currency');
  });
  it.each([['en', 'Views'], ['fr', 'Vues']] as const)('finding 6 (%s): a lifetime %s counter is a level', (lang, header) => {
    expect(read(lang, 'Channel', [[header, LIFETIME], ['Subscribers', HELD]], header)?.aggregation).toBe('level');
  });
  it.each([['en', 'Views'], ['fr', 'Vues']] as const)('finding 6 near miss (%s): %s a day that never fall twice stay summed', (lang, header) => {
    expect(read(lang, 'Data', [[header, [331, 605, 605, 700, 812, 930, 1010, 1100, 1180, 1304]]], header)?.aggregation).toBe('total');
  });
  it('finding 7: « Effectif travaillé » is a level; « Heures travaillées » stay summed', () => {
    expect(read('fr', 'Heures', [['Effectif travaillé', HELD]], 'Effectif travaillé')?.aggregation).toBe('level');
    expect(read('fr', 'Heures', [['Heures travaillées', MONEY.map(() => 151.67)]], 'Heures travaillées')?.aggregation).toBe('total');
  });
});
