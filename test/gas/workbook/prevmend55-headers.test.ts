/**
 * prevmend55 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the review of mend54a's header rules
 * (prev54's H1–H4, 2026-12-06). Things sold are won deals only when sold one by one: not a volume, an energy, a length, a
 * weight or an area, not stock or bonds, not things unsold or sold before, nor an average of them; "cnt_"/"n_" over places,
 * people or vehicles held are a stock beside a count of orders too; a count of staff beside its own ratio stays a level
 * whatever its noun; an ad's "Results" beside spend and revenue are no profit unless shown as money. CSV-like columns: no
 * number format. The `changed` cases fail on the bundle of main at 2f0a3ba9; the near misses pass on both.
 */
import { COUNTS, datedTab, describeHeaderCases, HELD, MONEY, MONTHS, type HeaderCase } from './harness';

const tab = datedTab;
const sold = (header: string): HeaderCase => [header, tab(MONTHS, [[header, COUNTS]]), header, { kpiId: null }];
/** Staff held, climbing slowly; their ratio per bed or school. */
const STAFF = [310, 312, 315, 318, 318, 320, 322, 325, 326, 330];
const RATIO = STAFF.map((v) => Math.round(v / 4) / 100);
/** An ad's results a month, whole and over a thousand; the spend and revenue beside them. */
const RESULTS = [1100, 1520, 1250, 1480, 1320, 1400, 1190, 1350, 1460, 1280];
const SPEND = MONEY;
const REVENUE = MONEY.map((v) => Math.round(v * 310) / 100);
const STORES = HELD.map((v) => v / 20);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // H1: not sold, sold before, units of measure, securities; an average of things sold is no won deals.
      ...['Items not sold', 'Items previously sold', 'Volume sold', 'Energy sold', 'Gallons sold', 'Square feet sold', 'Stock sold', 'Bonds sold'].map(sold),
      ['Events', tab(MONTHS, [['Avg tickets sold', COUNTS]]), 'Avg tickets sold', { aggregation: 'level' }],
      // H2: "cnt_"/"n_" of places, people, vehicles and users held, beside a count of orders too.
      ['Store counts', tab(MONTHS, [['cnt_stores', STORES], ['cnt_orders', COUNTS]]), 'cnt_stores', { aggregation: 'level' }],
      ['Staff counts', tab(MONTHS, [['cnt_employees', HELD], ['cnt_orders', COUNTS]]), 'cnt_employees', { aggregation: 'level' }],
      ['Stores', tab(MONTHS, [['n_stores', STORES], ['n_orders', COUNTS]]), 'n_stores', { aggregation: 'level' }],
      ['Shops', tab(MONTHS, [['n_shops', STORES]]), 'n_shops', { aggregation: 'level' }],
      ['Fleet', tab(MONTHS, [['n_trucks', STORES]]), 'n_trucks', { aggregation: 'level' }],
      ['App', tab(MONTHS, [['n_users', HELD]]), 'n_users', { aggregation: 'level' }],
      ['Shop numbers', tab(MONTHS, [['Number of shops', STORES]]), 'Number of shops', { aggregation: 'level' }],
      // H3: staff beside their own ratio, whatever the noun.
      ['Ward', tab(MONTHS, [['nurses', STAFF], ['nurses per bed', RATIO], ['beds', STAFF.map((v) => v * 4)]]), 'nurses', { aggregation: 'level' }],
      ['Schools', tab(MONTHS, [['teachers', STAFF], ['teachers per school', RATIO], ['schools', COUNTS]]), 'teachers', { aggregation: 'level' }],
      // H4: an ad's results, whole numbers over a thousand, beside spend and revenue.
      ['Ads', tab(MONTHS, [['Campaign', MONTHS.map(() => 'Spring')], ['Results', RESULTS], ['Spend', SPEND], ['Revenue', REVENUE]]), 'Results', { kpiId: null, aggregation: 'total', unit: 'count' }],
    ],
    near: [
      // Things sold one by one stay won deals; orders counted "n_" stay summed; a result with cents stays the profit.
      ['Hotel', tab(MONTHS, [['Rooms sold', COUNTS]]), 'Rooms sold', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Orders', tab(MONTHS, [['n_stores', STORES], ['n_orders', COUNTS]]), 'n_orders', { aggregation: 'total' }],
      ['Accounts', tab(MONTHS, [['Revenue', REVENUE], ['Expenses', SPEND], ['Result', REVENUE.map((v, i) => Math.round((v - SPEND[i]) * 100) / 100)]]), 'Result', { kpiId: 'profit', unit: 'currency' }],
    ],
  },
  fr_FR: {
    changed: [
      // H1: things unsold, kilos and metres sold, a volume sold.
      ...['Articles non vendus', 'Kilos vendus', 'Mètres vendus', 'Volume vendu'].map(sold),
      // H3: nurses beside their ratio per bed.
      ['Service', tab(MONTHS, [['infirmiers', STAFF], ['infirmiers par lit', RATIO], ['lits', STAFF.map((v) => v * 4)]]), 'infirmiers', { aggregation: 'level' }],
      // H4: a result in whole numbers beside a mark, a cost and revenues.
      ['Campagne', tab(MONTHS, [['Résultat', RESULTS], ['Note', COUNTS.map((v) => v % 20)], ['Coût', SPEND], ['Revenus', REVENUE]]), 'Résultat', { kpiId: null, unit: 'count' }],
    ],
    near: [
      // Bottles sold one by one stay won deals.
      ['Bouteilles', tab(MONTHS, [['Articles vendus', COUNTS]]), 'Articles vendus', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
  },
};

describeHeaderCases('prevmend55', CASES);
