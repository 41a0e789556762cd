/**
 * hdr66 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the twenty-fourth header set's class — a rate is
 * never summed. A discount rate on order lines (« Rabais » 0.2 beside « Numéro de commande, Quantité, Prix Unitaire », a
 * "Discount" of 0.1 beside "Order ID, Quantity, Unit Price") is read a percent and was summed (the order-lines rule sums a bare
 * column); a column read in percent is now a level wherever it stands (no label of the twenty-four sets, 2,006 lines, is a
 * percent summed). The `changed` case (« Rabais ») fails on the session start's bundle (efde0d23's); the near misses pass on
 * both: the English "Discount" rate (a level there already), a discount in money summed, an order line's quantity deals summed.
 * CSV-like columns: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, datedTab, DATES, harness, ids, MONEY, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
const RATES = [0.2, 0.2, 0.1, 0, 0.2, 0.5, 0, 0.1, 0.2, 0];
/** Order lines: an order's number, a client, a quantity, a unit price and the discount granted on the line. */
const LINES = (order: string, client: string, qty: string, price: string, discount: string, values: number[]): unknown[][] =>
  tab(DATES, [[order, ids('CA-')], [client, ids('C')], [qty, SMALL], [discount, values], [price, MONEY]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [],
    near: [
      // A discount rate on order lines: a percent, a level (already on the base: "discount" read a percent there; the rule holds it).
      ['Data 1', LINES('Order ID', 'Customer ID', 'Quantity', 'Unit Price', 'Discount', RATES), 'Discount', { kpiId: null, unit: 'percent', aggregation: 'level' }],
      // A discount in money on order lines stays money summed; the line's quantity stays deals summed.
      ['Data 2', LINES('Order ID', 'Customer ID', 'Quantity', 'Unit Price', 'Discount', MONEY.map((v) => Math.round(v * 10) / 100)), 'Discount', { unit: 'currency', aggregation: 'total' }],
      ['Data 3', LINES('Order ID', 'Customer ID', 'Quantity', 'Unit Price', 'Discount', RATES), 'Quantity', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
  },
  fr_FR: {
    changed: [
      // « Rabais » 0.2 on order lines: a percent, a level (it was summed).
      ['Données 1', LINES('Numéro de commande', 'Numéro de client', 'Quantité', 'Prix Unitaire', 'Rabais', RATES), 'Rabais', { kpiId: null, unit: 'percent', aggregation: 'level' }],
    ],
    near: [
      // A « Remise » in money stays money summed; the line's « Quantité » stays deals summed.
      ['Données 2', LINES('Numéro de commande', 'Numéro de client', 'Quantité', 'Prix Unitaire', 'Remise', MONEY.map((v) => Math.round(v * 10) / 100)), 'Remise', { unit: 'currency', aggregation: 'total' }],
      ['Données 3', LINES('Numéro de commande', 'Numéro de client', 'Quantité', 'Prix Unitaire', 'Rabais', RATES), 'Quantité', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
  },
};

// describeHeaderCases needs a changed case in each locale; the English side has none here (its "Discount" rate was a level
// already), so the same checks are written out: each series must be found, then read as expected.
describe.each(['en_US', 'fr_FR'] as const)('hdr66 (%s)', (locale) => {
  const h = harness({ spreadsheetLocale: locale });
  const { changed, near } = CASES[locale];
  for (const [name, rows] of new Map([...changed, ...near].map(([n, r]) => [n, r] as const))) addSheet(h.emulator, name, rows);
  const context = h.run<SidebarContext>('sidebarGetContext');
  it.each([...changed.map((c) => ['changed', c[2], c] as const), ...near.map((c) => ['near miss', c[2], c] as const)])('%s: %s', (_kind, _header, [sheet, , header, expected]) => {
    const read = context.series.find((x) => x.sheetName === sheet && x.name === header);
    expect(read).toBeDefined();
    expect(read).toEqual(expect.objectContaining(expected));
  });
});
