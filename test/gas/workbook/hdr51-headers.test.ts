/**
 * hdr51 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals and the plan report use) shows for the lead's rulings of 2026-12-06 and the ninth header set's
 * classes — an app's installs and downloads, subscribers held and new ones, a tab named after calls,
 * the ad spend, a deal list's bare amount, a POS export's dong, a person's age, a satisfaction score on a scale. CSV-like
 * columns: no number format. The `changed` cases fail on main's bundle before hdr51 (7b03cb88); the near misses pass on both.
 */
import { datedTab, describeHeaderCases, type HeaderCase } from './harness';

/** One row a month: a series, no log. */
const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const DATES = ['2026-05-04', '2026-05-11', '2026-05-18', '2026-06-02', '2026-06-19', '2026-07-03', '2026-07-21', '2026-08-05', '2026-08-24', '2026-09-07'];
const ids = (prefix: string) => DATES.map((_, i) => `${prefix}${i + 1}`);
const MONEY = [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200];
const COUNTS = [120, 80, 90, 40, 70, 35, 64, 88, 51, 77];
/** A count held: it climbs. */
const HELD = [1000, 1040, 1100, 1130, 1180, 1260, 1300, 1350, 1420, 1500];
const AGES = [45, 65, 52, 19, 33, 41, 28, 60, 37, 24];
const ON_FIVE = [4, 5, 3, 4, 5, 4, 2, 5, 4, 3];
const ON_TEN = [7.8, 8.1, 6.9, 7.5, 8, 7.2, 7.7, 8.3, 7, 7.9];
/** A CSV's text columns laid out over blank cells, as the headers eval lays a file's other headers. */
const BLANK = DATES.map(() => '');
const POINTS = [85, 88, 90, 87, 86, 84, 89, 91, 90, 88];

const tab = datedTab;

type Case = HeaderCase;

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly Case[]; near: readonly Case[] }> = {
  en_US: {
    changed: [
      // H1: an app's downloads and installations are its new users.
      ['App', tab(MONTHS, [['Downloads', COUNTS]]), 'Downloads', { kpiId: 'signups', aggregation: 'total', unit: 'count' }],
      ['Store', tab(MONTHS, [['Installations', COUNTS]]), 'Installations', { kpiId: 'signups', aggregation: 'total' }],
      // H2: subscribers held are the customers, a level; subscriptions a period the sign-ups.
      ['Audience', tab(MONTHS, [['Subscribers', HELD]]), 'Subscribers', { kpiId: 'customers', aggregation: 'level' }],
      ['Newsletter', tab(MONTHS, [['Total subscribers', HELD]]), 'Total subscribers', { kpiId: 'customers', aggregation: 'level' }],
      ['Plans', tab(MONTHS, [['Subscriptions', COUNTS]]), 'Subscriptions', { kpiId: 'signups', aggregation: 'total' }],
      // H3: a column named by the tab's KPI makes its neighbours other measures.
      ['Sales calls', tab(MONTHS, [['Dials', COUNTS], ['Connects', COUNTS], ['Voicemails', COUNTS]]), 'Connects', { kpiId: null }],
      // The ninth set: Meta's ad spend, a Salesforce export's bare amount beside a stage, a POS export's dong, a customer's age.
      ['Ads', tab(MONTHS, [['Impressions', COUNTS], ['Amount spent (EUR)', MONEY]]), 'Amount spent (EUR)', { kpiId: 'costs', aggregation: 'total', currency: 'EUR' }],
      ['Sheet4', tab(MONTHS, [['Amount', MONEY], ['Id', BLANK], ['Name', BLANK], ['StageName', BLANK]]), 'Amount', { kpiId: null, aggregation: 'total', unit: 'currency' }],
      ['Sheet2', tab(DATES, [['customer_id', ids('C')], ['amount_vnd', MONEY.map((v) => v * 100)]]), 'amount_vnd', { kpiId: 'revenue', aggregation: 'total', currency: 'VND' }],
      ['Sheet3', tab(DATES, [['order_id', ids('O')], ['client_id', ids('C')], ['age', AGES]]), 'age', { kpiId: null, aggregation: 'level' }],
      // A satisfaction score on a 1–5 scale is no percentage (hdr50's leftover).
      ['Survey', tab(MONTHS, [['CSAT score', ON_FIVE]]), 'CSAT score', { kpiId: 'csat', aggregation: 'level', unit: 'count' }],
    ],
    near: [
      ['Growth', tab(MONTHS, [['New subscribers', COUNTS]]), 'New subscribers', { kpiId: 'signups', aggregation: 'total' }],
      // A technician's installations are jobs, no app's users.
      ['Jobs', tab(MONTHS, [['Technician', ids('T')], ['Installations', COUNTS]]), 'Installations', { kpiId: null }],
      // A tab "Calls" of segments keeps its KPI; a "Deals" or "Revenue" column on it keeps its own.
      ['Calls', tab(MONTHS, [['North', COUNTS], ['South', COUNTS]]), 'North', { kpiId: 'prospecting' }],
      ['Call sheet', tab(MONTHS, [['Calls', COUNTS], ['Deals', COUNTS], ['Revenue', MONEY]]), 'Deals', { kpiId: 'deals_closed' }],
      ['Call sheet', tab(MONTHS, [['Calls', COUNTS], ['Deals', COUNTS], ['Revenue', MONEY]]), 'Calls', { kpiId: 'prospecting', aggregation: 'total' }],
      ['CSAT', tab(MONTHS, [['CSAT', POINTS]]), 'CSAT', { kpiId: 'csat', unit: 'percent' }],
      ['Conversion', tab(MONTHS, [['Average conversion rate', [2.1, 2.5, 3, 2.8, 2.2, 2.9, 3.1, 2.4, 2.6, 2.7]]]), 'Average conversion rate', { unit: 'percent' }],
    ],
  },
  fr_FR: {
    changed: [
      ['Appli', tab(MONTHS, [['Téléchargements', COUNTS]]), 'Téléchargements', { kpiId: 'signups', aggregation: 'total', unit: 'count' }],
      ['Audience', tab(MONTHS, [['Total abonnés', HELD]]), 'Total abonnés', { kpiId: 'customers', aggregation: 'level' }],
      ['Lettre', tab(MONTHS, [['Abonnés', HELD]]), 'Abonnés', { kpiId: 'customers', aggregation: 'level' }],
      ['Appels', tab(MONTHS, [['Appels', COUNTS], ['Décrochés', COUNTS], ['Messagerie', COUNTS]]), 'Décrochés', { kpiId: null }],
      ['Ventes', tab(DATES, [['vente_id', ids('V')], ['client_id', ids('C')], ['âge', AGES]]), 'âge', { aggregation: 'level' }],
      ['Enquête', tab(MONTHS, [['satisfaction_moy', ON_TEN]]), 'satisfaction_moy', { kpiId: 'csat', unit: 'count' }],
    ],
    near: [
      ['Croissance', tab(MONTHS, [['Nouveaux abonnés', COUNTS]]), 'Nouveaux abonnés', { kpiId: 'signups', aggregation: 'total' }],
      ['Poses', tab(MONTHS, [['Technicien', ids('T')], ['Installations', COUNTS]]), 'Installations', { kpiId: null }],
      ['Appels sortants', tab(MONTHS, [['Lyon', COUNTS], ['Paris', COUNTS]]), 'Paris', { kpiId: 'prospecting' }],
      ['Satisfaction', tab(MONTHS, [['Taux de satisfaction', POINTS]]), 'Taux de satisfaction', { kpiId: 'csat', unit: 'percent' }],
    ],
  },
};

describeHeaderCases('hdr51', CASES);
