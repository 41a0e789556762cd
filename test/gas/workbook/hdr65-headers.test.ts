/**
 * hdr65 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the twenty-third header set's classes — GA4's
 * "New / returning" series beside its ordinal day ("Nth day, new, returning") that day's users summed, the new ones sign-ups;
 * Odoo's signed amounts ("Total Signed", "Untaxed Amount Signed", "Total in Currency Signed") money, an invoice's revenue, not a
 * credit note's nor a payment's; a frequency (Meta's impressions per person, « Fréquence d'achat ») a level; Meta's
 * "CTR (all)" a percent as "CTR" is; views (YouTube Studio's "Views" a day, « Vues ») counted and summed as impressions are;
 * hours worked (« heuresTravaillees », "Hours worked") summed; and the last note's leftover, a bare quantity on a tab "Inventory"
 * (« Inventaire », "Stock") held, a level with no KPI.
 * `changed` cases fail on the session start's bundle (cec1386b: main's 819e3a84 with the set renamed); near misses pass on both.
 * CSV-like columns: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, COUNTS, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, HELD, ids, MONEY, MONTHS, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
const text = (word: string): string[] => DATES.map(() => word);
/** Every row dated alike, as a campaign report's "Reporting starts" dates its rows. */
const SAME_DAY = DATES.map(() => DATES[0]);
/** GA4's report snapshot: its ordinal day beside its "New / returning" series. */
const GA4 = (): unknown[][] => tab(DATES, [['Nth day', ids('')], ['new', COUNTS], ['returning', SMALL]]);
/** Odoo's customer invoices (or, negative, its credit notes): each amount in the company's sign. */
const ODOO = (sign: number): unknown[][] =>
  tab(DATES, [['Number', ids('INV/')], ['Invoice Partner Display Name', text('Azure Interior')], ['Invoice/Bill Date', text('')], ['Untaxed Amount Signed', MONEY.map((v) => sign * v)], ['Total Signed', MONEY.map((v) => sign * Math.round(v * 115) / 100)]]);
/** Meta Ads' campaign report: one row a campaign, its impressions per person and its click-through rate in points. */
const META = (): unknown[][] =>
  tab(SAME_DAY, [['Campaign name', ids('C')], ['Impressions', COUNTS.map((v) => v * 90)], ['Frequency', [1.49, 1.72, 1.25, 1.31, 1.1, 1.6, 1.2, 1.4, 1.05, 1.33]], ['Link clicks', COUNTS], ['CTR (all)', [13.2, 4.99, 4.01, 3.1, 2.2, 5.5, 3.3, 2.9, 4.4, 3.8]]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // GA4's new and returning users of the ordinal day: summed, the new ones sign-ups.
      ['Data 1', GA4(), 'new', { kpiId: 'signups', unit: 'count', aggregation: 'total' }],
      ['Data 1', GA4(), 'returning', { kpiId: null, unit: 'count', aggregation: 'total' }],
      // Odoo's invoices: their signed totals are revenue in money; a credit note's (negative) stay money with no KPI.
      ['Data 2', ODOO(1), 'Total Signed', { kpiId: 'revenue', unit: 'currency', aggregation: 'total' }],
      ['Data 2', ODOO(1), 'Untaxed Amount Signed', { kpiId: 'revenue', unit: 'currency' }],
      ['Data 3', ODOO(-1), 'Total Signed', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // Meta's campaign report: a frequency is a level, "CTR (all)" a percent.
      ['Data 4', META(), 'Frequency', { kpiId: null, aggregation: 'level' }],
      ['Data 4', META(), 'CTR (all)', { unit: 'percent', aggregation: 'level' }],
      // YouTube Studio's views a day, level numbers that never fall twice: counted, summed.
      ['Data 5', tab(DATES, [['Views', [331, 605, 605, 700, 812, 930, 1010, 1100, 1180, 1304]], ['Subscribers', SMALL]]), 'Views', { kpiId: null, unit: 'count', aggregation: 'total' }],
      // A shift log's hours worked, the same every day: summed.
      ['Data 6', tab(DATES, [['Site', text('North')], ['Hours worked', DATES.map(() => 8)]]), 'Hours worked', { kpiId: null, aggregation: 'total' }],
      // A bare quantity on an Inventory tab is held: a level, no deals (the last note's leftover).
      ['Inventory', tab(MONTHS, [['SKU', MONTHS.map(() => 'A1')], ['Qty', HELD]]), 'Qty', { kpiId: null, aggregation: 'level' }],
    ],
    near: [
      // "new" and "returning" with no GA4 ordinal beside: no sign-ups.
      ['Data 7', tab(DATES, [['Date label', text('d')], ['new', COUNTS]]), 'new', { kpiId: null }],
      // "Total signed" alone (contracts signed) stays a count; a payment's signed amount stays money with no KPI.
      ['Data 8', tab(DATES, [['Total signed', SMALL]]), 'Total signed', { kpiId: null, unit: 'count', aggregation: 'total' }],
      ['Data 9', tab(DATES, [['Amount Company Currency Signed', MONEY], ['Amount Signed', MONEY], ['Customer/Vendor', text('Deco Addict')], ['Journal', text('Bank')]]), 'Amount Signed', { kpiId: null, unit: 'currency' }],
      // The contracts signed stay deals won.
      ['Data 10', tab(DATES, [['Contracts signed', SMALL], ['Amount', MONEY]]), 'Contracts signed', { kpiId: 'deals_closed', aggregation: 'total' }],
      // Average views and the average hours worked stay levels.
      ['Data 11', tab(DATES, [['Average views', HELD]]), 'Average views', { aggregation: 'level' }],
      ['Data 12', tab(DATES, [['Average hours worked', DATES.map(() => 35)]]), 'Average hours worked', { aggregation: 'level' }],
      // Quantities moved in or out of stock, or sold, stay summed.
      ['Stock movements', tab(DATES, [['Qty', SMALL]]), 'Qty', { aggregation: 'total' }],
      ['Sales', tab(DATES, [['Qty', COUNTS]]), 'Qty', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
  },
  fr_FR: {
    changed: [
      // GA4's « new » / « returning » are its dimension's values, written in English in a French property too.
      ['Données 1', tab(DATES, [['Nième jour', ids('')], ['new', COUNTS], ['returning', SMALL]]), 'new', { kpiId: 'signups', aggregation: 'total' }],
      ['Données 1', tab(DATES, [['Nième jour', ids('')], ['new', COUNTS], ['returning', SMALL]]), 'returning', { kpiId: null, aggregation: 'total' }],
      // A care worker's log: hours worked a shift, the same every day, summed.
      ['Données 2', tab(DATES, [['etablissement', text('Les Mouettes')], ['heuresTravaillees', DATES.map(() => 10)]]), 'heuresTravaillees', { kpiId: null, aggregation: 'total' }],
      // A campaign report's frequency, one row a campaign: a level.
      ['Données 3', tab(SAME_DAY, [['Campagne', ids('C')], ['Fréquence', [1.49, 1.72, 1.25, 1.31, 1.1, 1.6, 1.2, 1.4, 1.05, 1.33]]]), 'Fréquence', { aggregation: 'level' }],
      // Views a day that never fall twice: counted, summed.
      ['Données 4', tab(DATES, [['Vues', [331, 605, 605, 700, 812, 930, 1010, 1100, 1180, 1304]]]), 'Vues', { kpiId: null, aggregation: 'total' }],
      // A bare quantity on a tab « Inventaire » is held: a level, no deals.
      ['Inventaire', tab(MONTHS, [['Article', MONTHS.map(() => 'A1')], ['Quantité', HELD]]), 'Quantité', { kpiId: null, aggregation: 'level' }],
    ],
    near: [
      // Passenger traffic (« Fréquentation ») stays visitors counted, summed; a purchase frequency stays a level.
      ['Données 5', tab(MONTHS, [['Fréquentation de passagers', COUNTS]]), 'Fréquentation de passagers', { aggregation: 'total' }],
      ['Données 6', tab(MONTHS, [["Fréquence d'achat", [5, 6, 7, 6, 8, 7, 6, 7, 8, 9]]]), "Fréquence d'achat", { aggregation: 'level' }],
      // Hours worked a week (a contract's) stay a level.
      ['Données 7', tab(MONTHS, [['Heures travaillées par semaine', MONTHS.map(() => 35)]]), 'Heures travaillées par semaine', { aggregation: 'level' }],
      // « Total signé » alone (contracts) stays a count.
      ['Données 8', tab(DATES, [['Total signé', SMALL]]), 'Total signé', { unit: 'count', aggregation: 'total' }],
      // Stock movements stay summed.
      ['Mouvements de stock', tab(DATES, [['Quantité', SMALL]]), 'Quantité', { aggregation: 'total' }],
    ],
  },
};

describeHeaderCases('hdr65', CASES);

describe('hdr65: Check goals finds GA4\'s new users for a sign-ups goal ("No KPI tab found" on the base)', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  addSheet(h.emulator, 'GA4', GA4());
  const goals = addSheet(h.emulator, GOALS_TAB.en_US.goals, [GOALS_TAB.en_US.cols, ['G1', 'Get 900 sign-ups by June 30, 2027.', '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = (values[0] as string[]).indexOf('SMART notes');
  it('reads the new users as sign-ups summed', () => {
    expect(context.series.find((s) => s.sheetName === 'GA4' && s.name === 'new')).toEqual(expect.objectContaining({ kpiId: 'signups', unit: 'count', aggregation: 'total' }));
  });
  it('finds a tab for the sign-ups goal', () => {
    expect(notes).toBeGreaterThanOrEqual(0);
    expect(String(values[1][notes])).not.toMatch(/No KPI tab found/);
  });
});
