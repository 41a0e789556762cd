/**
 * mend48d through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals and the plan report use) shows for the columns hdr48's header rules reached beyond their purpose — a
 * staff bonus (« Primes ») and an expense log's GST amounts read as revenue, a seller on a buyer's log read as a sale, a net
 * margin in points and a margin per unit read as the profit summed, a subscription's monthly amount and a running total
 * summed in a table of records, and revenue on a weekly tab summed because a count of orders looked like an order's id.
 * CSV-like columns: no number format. The `changed` cases fail on main's bundle before mend48d (c30aea99); the near misses
 * pass on both.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

const DATES = [
  '2026-05-04',
  '2026-05-18',
  '2026-06-02',
  '2026-06-19',
  '2026-07-03',
  '2026-07-21',
  '2026-08-05',
  '2026-08-24',
  '2026-09-07',
  '2026-09-22',
];
const MONTHS = [
  '2025-12-01',
  '2026-01-01',
  '2026-02-01',
  '2026-03-01',
  '2026-04-01',
  '2026-05-01',
  '2026-06-01',
  '2026-07-01',
  '2026-08-01',
  '2026-09-01',
];
const WEEKS = [
  '2026-08-03',
  '2026-08-10',
  '2026-08-17',
  '2026-08-24',
  '2026-08-31',
  '2026-09-07',
  '2026-09-14',
  '2026-09-21',
  '2026-09-28',
  '2026-10-05',
];
const ids = (prefix: string) => DATES.map((_, i) => `${prefix}${i + 1}`);
const AMOUNTS = [500, 800, 650, 900, 300, 420, 700, 560, 610, 880];
const RUNNING = AMOUNTS.map((_, i) => AMOUNTS.slice(0, i + 1).reduce((a, b) => a + b, 0));

/** A tab: its header row, then one row a date with each column's cell. */
const tab = (dateHeader: string, dates: readonly string[], columns: ReadonlyArray<readonly [string, readonly unknown[]]>): unknown[][] => [
  [dateHeader, ...columns.map(([h]) => h)],
  ...dates.map((d, i) => [d, ...columns.map(([, cells]) => cells[i])]),
];

describe.each([
  {
    locale: 'en_US',
    purchases: tab('Date', DATES, [
      ['Seller', ['eBay', 'Etsy', 'Amazon', 'eBay', 'Etsy', 'Vinted', 'eBay', 'Etsy', 'Amazon', 'Vinted']],
      ['Item', ids('item ')],
      ['Amount', AMOUNTS.map((v) => v / 10)],
    ]),
    purchaseAmount: 'Amount',
    margin: tab('Month', MONTHS, [['Net margin', [-250, -180, -120, -60, -20, 5, 8, 10, 11, 12]]]),
    marginKpi: 'net_margin',
    records: tab('Start date', DATES, [
      ['subscription_id', ids('S')],
      ['Monthly amount', [49, 99, 49, 199, 99, 49, 99, 49, 199, 99]],
    ]),
    recordHeader: 'Monthly amount',
    weekly: tab('Week', WEEKS, [
      ['Revenue', [5200, 5350, 4980, 5500, 5420, 5100, 5300, 5250, 5600, 5480]],
      ['Orders number', [131, 135, 127, 140, 138, 129, 133, 132, 141, 137]],
    ]),
    bonus: tab('Date', DATES, [
      ['Description', ids('receipt ')],
      ['Category', ['Office', 'Travel', 'Rent', 'IT', 'Vehicle', 'Meals', 'Office', 'Travel', 'IT', 'Meals']],
      ['Amount ex GST', AMOUNTS],
      ['GST', AMOUNTS.map((v) => v / 10)],
    ]),
    bonusTab: 'Export',
    purchasesTab: 'Data',
    bonusHeader: 'Amount ex GST',
    bonusIsMoney: true,
  },
  {
    locale: 'fr_FR',
    purchases: tab('Date', DATES, [
      ['Vendeur', ['Leboncoin', 'Vinted', 'Amazon', 'Leboncoin', 'Vinted', 'Amazon', 'Vinted', 'Leboncoin', 'Amazon', 'Vinted']],
      ['Article', ids('article ')],
      ['Montant', AMOUNTS.map((v) => v / 10)],
    ]),
    purchaseAmount: 'Montant',
    margin: tab('Mois', MONTHS, [['Marge unitaire', [120, 125, 130, 135, 140, 145, 150, 148, 152, 155]]]),
    marginKpi: null,
    records: tab('Date', DATES, [
      ['Numéro facture', ids('F')],
      ['Montant HT', AMOUNTS],
      ['Cumul CA', RUNNING],
    ]),
    recordHeader: 'Cumul CA',
    weekly: tab('Semaine', WEEKS, [
      ['CA', [5200, 5350, 4980, 5500, 5420, 5100, 5300, 5250, 5600, 5480]],
      ['No ventes', [131, 135, 127, 140, 138, 129, 133, 132, 141, 137]],
    ]),
    bonus: tab('Mois', MONTHS, [
      ['Salaires bruts', [42000, 42500, 43000, 43000, 44000, 44500, 45000, 45200, 45400, 45600]],
      ['Primes', [3000, 0, 2500, 0, 6000, 1200, 0, 900, 0, 4000]],
    ]),
    bonusTab: 'Paie',
    purchasesTab: 'Données',
    bonusHeader: 'Primes',
    bonusIsMoney: false,
  },
])('mend48d ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  // A neutral tab's name, as a buyer's export keeps it: a tab named for purchases already reads no sale.
  addSheet(h.emulator, c.purchasesTab, c.purchases);
  addSheet(h.emulator, 'Margins', c.margin);
  addSheet(h.emulator, 'Records', c.records);
  addSheet(h.emulator, 'Weekly', c.weekly);
  addSheet(h.emulator, c.bonusTab, c.bonus);
  const context = h.run<SidebarContext>('sidebarGetContext');
  const series = (sheetName: string, header: string) => context.series.find((x) => x.sheetName === sheetName && x.name === header);
  /** The series must be read at all: a missing one would pass every "names no KPI" check. */
  const found = (sheetName: string, header: string) => {
    const read = series(sheetName, header);
    expect(read).toBeDefined();
    return read!;
  };

  it('changed: a seller beside an item on a buyer’s log is no sale: the amount names no revenue', () => {
    expect(found(c.purchasesTab, c.purchaseAmount).kpiId).toBeNull();
  });

  it('changed: a net margin in points (EN) and a margin per unit (FR) are no profit summed, no money', () => {
    const read = context.series.find((x) => x.sheetName === 'Margins');
    expect(read).toBeDefined();
    expect(read?.kpiId).toBe(c.marginKpi);
    expect(read?.unit).not.toBe('currency');
    expect(read?.aggregation).toBe('level');
  });

  it('changed: a subscription’s monthly amount (EN) and a running total of invoices (FR) stay levels', () => {
    expect(found('Records', c.recordHeader).aggregation).toBe('level');
  });

  it('changed: revenue beside a weekly count of orders stays the catalog’s level', () => {
    expect(context.series.find((x) => x.sheetName === 'Weekly' && x.kpiId === 'revenue')).toEqual(
      expect.objectContaining({ aggregation: 'level' }),
    );
  });

  it('changed: an expense log’s GST amount (EN) and a staff bonus (FR) name no revenue', () => {
    const read = found(c.bonusTab, c.bonusHeader);
    expect(read.kpiId).not.toBe('revenue');
    // An amount ex GST is still money; a « prime » alone says no unit (hdr48 read it as money, mend48d).
    expect(read.unit === 'currency').toBe(c.bonusIsMoney);
  });
});
