/**
 * hdr49 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals and the plan report use) shows for the classes of kpi-headers7.jsonl's misses — a bill's fee beside
 * its customer, hours and distances in a table of records, delays, ratings and amounts per m² in a log, a rate in euros,
 * rates in points, a weighted amount beside a deal's id. CSV-like columns: no number format. The `changed` cases fail on
 * main's bundle before hdr49 (56667102); the near misses pass on both.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, datedTab, harness } from './harness';

const DATES = ['2026-05-04', '2026-05-04', '2026-05-18', '2026-06-02', '2026-06-19', '2026-07-03', '2026-07-21', '2026-08-05', '2026-08-24', '2026-09-07'];
const MONTHS = ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01'];
/** Two rows a day: a log, each row an event (a delivery, an order). */
const LOG = ['2026-05-04', '2026-05-04', '2026-05-18', '2026-05-18', '2026-06-02', '2026-06-02', '2026-06-19', '2026-06-19', '2026-07-03', '2026-07-03'];
const ids = (prefix: string) => DATES.map((_, i) => `${prefix}${i + 1}`);
const MONEY = [199, 85.82, 222.62, 150, 310.5, 99, 240.25, 180, 205.4, 130];
const SMALL = [6.5, 0.8, 7.25, 3, 5.5, 8, 2.75, 4, 6, 1.5];
const MARKS = [4, 5, 3, 5, 4, 2, 5, 4, 3, 5];

/** A tab: its header row, then one row a date with each column's cell. */
const tab = datedTab;

describe.each([
  {
    locale: 'en_US',
    sale: ['Invoices', tab(DATES, [['bill_id', ids('B')], ['customer_id', ids('C')], ['base_fee', MONEY]]), 'base_fee'],
    summed: ['Timesheets', tab(DATES, [['TimesheetID', ids('T')], ['ClientName', ids('client ')], ['HoursLogged', SMALL]]), 'HoursLogged'],
    level: ['Deliveries', tab(LOG, [['delivery_id', ids('D')], ['driver', ids('driver ')], ['customer_rating', MARKS]]), 'customer_rating'],
    price: ['Stays', tab(DATES, [['booking_id', ids('R')], ['room', ids('room ')], ['rate_eur', [128.47, 123.64, 140, 99.5, 110, 128.47, 150, 135, 118, 126]]]), 'rate_eur', 'currency'],
    nearMiss: ['Claims', tab(DATES, [['Claim ID', ids('CL')], ['Patient ID', ids('P')], ['Allowed Amount', MONEY]]), 'Allowed Amount'],
    nearRate: ['Hotel', tab(MONTHS, [['Room rate', [128, 123, 140, 99, 110, 128, 150, 135, 118, 126]]]), 'Room rate'],
  },
  {
    locale: 'fr_FR',
    sale: ['Factures', tab(DATES, [['facture_id', ids('F')], ['client_id', ids('C')], ['contract_value', MONEY]]), 'contract_value'],
    summed: ['Livraisons', tab(DATES, [['id_livraison', ids('L')], ['chauffeur', ids('chauffeur ')], ['km_parcourus', SMALL]]), 'km_parcourus'],
    level: ['Commandes', tab(LOG, [['commande_id', ids('CO')], ['note_livraison', MARKS]]), 'note_livraison'],
    price: ['Crédit', tab(MONTHS, [['taux_endettement', [84.43, 85.37, 86.1, 87.2, 88, 89.5, 90.1, 91, 91.4, 92]]]), 'taux_endettement', 'percent'],
    nearMiss: ['Sinistres', tab(DATES, [['Claim ID', ids('CL')], ['Patient ID', ids('P')], ['Paid Amount', MONEY]]), 'Paid Amount'],
    nearRate: ['Hôtel', tab(MONTHS, [['Taux/nuitée', [128, 123, 140, 99, 110, 128, 150, 135, 118, 126]]]), 'Taux/nuitée'],
  },
] as const)('hdr49 ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale });
  for (const [name, rows] of [c.sale, c.summed, c.level, c.price, c.nearMiss, c.nearRate]) addSheet(h.emulator, name, rows as unknown[][]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  /** The series must be read at all: a missing one would pass every "names no KPI" check. */
  const found = ([sheetName, , header]: readonly [string, unknown, string, ...unknown[]]) => {
    const read = context.series.find((x) => x.sheetName === sheetName && x.name === header);
    expect(read).toBeDefined();
    return read!;
  };

  it('changed: money in a table of records naming its customer is revenue, summed', () => {
    expect(found(c.sale)).toEqual(expect.objectContaining({ kpiId: 'revenue', aggregation: 'total', unit: 'currency' }));
  });

  it('changed: hours and distances in a table of records are summed', () => {
    expect(found(c.summed).aggregation).toBe('total');
  });

  it('changed: a rating in a log of records is a level, never summed', () => {
    expect(found(c.level).aggregation).toBe('level');
  });

  it('changed: a rate in euros is a price (EN), a debt ratio in points a percentage (FR)', () => {
    expect(found(c.price).unit).toBe(c.price[3]);
  });

  it('near miss: an insurer’s allowed or paid amount beside a patient is no revenue', () => {
    expect(found(c.nearMiss).kpiId).toBeNull();
  });

  it('near miss: a room’s rate in whole numbers is no percentage', () => {
    expect(found(c.nearRate).unit).not.toBe('percent');
  });
});
