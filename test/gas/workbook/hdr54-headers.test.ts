/**
 * hdr54 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals and the plan report use) shows for the twelfth header set's classes, read by a header's words and
 * its row's other headers — a result beside revenues and charges (the profit), people carried (boardings, passengers, rides)
 * and an ad's events counted, the abbreviations of a count ("n_", "cnt"), a count beside its own ratio per something, an
 * account's "follows", any thing sold in whole numbers, a market share whoever holds it, unemployment written alone (a
 * rate in points), "money" (money). CSV-like columns: no number format. The `changed` cases fail on the bundle before hdr54
 * (e54397fd); the near misses pass on both.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, HELD, ids, MONEY, MONTHS, QUARTERS, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
/** One row a year, as a public body's accounts. */
const YEARS = ['2017-01-01', '2018-01-01', '2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01', '2026-01-01'];
/** Points of a rate (an unemployment rate). */
const POINTS = [8.1, 8.1, 7.9, 7.8, 7.8, 7.6, 7.7, 7.5, 7.4, 7.4];
/** Boardings a month, in millions, with decimals (a monthly sum of daily means): no whole plural's ups and downs. */
const BOARDINGS = [16670373.26, 17190533.85, 18263805.36, 18481088.06, 18504478.95, 18612002.4, 18790011.1, 18802440.7, 18950112.3, 19000870.5];
/** A ratio per unit beside its count (a weekend's night boardings): a plain number with decimals. */
const PER_WEEKEND = [8928.37, 9775.62, 9483.79, 9531.82, 10952.03, 10100.5, 9988.1, 10230.4, 10312.9, 10400.2];
const FRACTIONS = [0.21, 0.3, 0.22, 0.2, 0.06, 0.28, 0.07, 0.25, 0.24, 0.23];
const AMOUNTS = MONEY.map((v) => v * 1000);
/** A result beside its revenues and charges: revenues less charges, negative in a deficit. */
const CHARGES = AMOUNTS.map((v, i) => Math.round(v * (i % 3 ? 0.98 : 1.01) * 100) / 100);
const RESULT = AMOUNTS.map((v, i) => Math.round((v - CHARGES[i]) * 100) / 100);

const ACCOUNTS_EN = tab(YEARS, [['revenue', AMOUNTS], ['expenses', CHARGES], ['result', RESULT]]);
const ACCOUNTS_FR = tab(YEARS, [['institution', YEARS.map(() => 'CHUV')], ['charges_exploitation', CHARGES], ['revenus_exploitation', AMOUNTS], ['resultat_exercice', RESULT]]);
const TWITTER = tab(MONTHS, [['engagements', COUNTS], ['follows', SMALL], ['unfollows', SMALL]]);
const PROMOTED = tab(DATES, [['promoted_tweet_id', ids('T')], ['impressions', DATES.map(() => 200)], ['url_clicks', SMALL]]);
const NIGHTS = tab(MONTHS, [['jour', BOARDINGS], ['nuit', PER_WEEKEND.map((v) => Math.round(v * 4.3 * 100) / 100)], ['nuit_par_weekend', PER_WEEKEND]]);
const SHARES = tab(MONTHS, [['County', MONTHS.map(() => 'Polk')], ['store_market_share', FRACTIONS], ['brand_market_share', FRACTIONS.map((v) => v / 5)]]);
const ADS = tab(MONTHS, [['Results', COUNTS], ['Cost per result', COUNTS.map((v) => Math.round(1000 / v) / 10)], ['Amount spent', MONEY], ['Purchase revenue', AMOUNTS]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A result beside revenue and expenses is the profit, summed, in money.
      ['Accounts', ACCOUNTS_EN, 'result', { kpiId: 'profit', aggregation: 'total', unit: 'currency' }],
      // An account's follows are its new followers.
      ['Twitter', TWITTER, 'follows', { kpiId: 'signups', aggregation: 'total', unit: 'count' }],
      // An ad's impressions at a flat 200 a day: events, summed.
      ['Promoted', PROMOTED, 'impressions', { kpiId: null, aggregation: 'total', unit: 'count' }],
      // Rooms sold in whole numbers are sales counted.
      ['Hotel', tab(MONTHS, [['occupancy_rate', [68, 55, 61, 88, 79, 70, 66, 73, 81, 77]], ['room_sold', COUNTS.map((v) => v * 3)]]), 'room_sold', { kpiId: 'deals_closed', aggregation: 'total', unit: 'count' }],
      // Unemployment written alone is the rate, in points.
      ['Stores', tab(MONTHS, [['Weekly_Sales', AMOUNTS], ['CPI', POINTS.map((v) => v + 200)], ['Unemployment', POINTS]]), 'Unemployment', { kpiId: null, aggregation: 'level', unit: 'percent' }],
      // A store's market share is the market share.
      ['Shares', SHARES, 'store_market_share', { kpiId: 'market_share', aggregation: 'level', unit: 'percent' }],
      // "money" is money.
      ['Coffee', tab(DATES, [['cash_type', DATES.map(() => 'card')], ['money', MONEY.map((v) => Math.round(v) / 100)], ['coffee_name', DATES.map(() => 'Latte')]]), 'money', { unit: 'currency' }],
      // Counts by their abbreviations and people carried: summed.
      ['Bikes', tab(MONTHS, [['casual', COUNTS], ['cnt', HELD]]), 'cnt', { kpiId: null, aggregation: 'total', unit: 'count' }],
      ['Accidents', tab(YEARS, [['n_accidents', [790, 821, 954, 1006, 1108, 1200, 1250, 1301, 1340, 1402]]]), 'n_accidents', { kpiId: null, aggregation: 'total' }],
      ['Transit', tab(MONTHS, [['boardings', BOARDINGS]]), 'boardings', { kpiId: null, aggregation: 'total', unit: 'count' }],
      ['Rail', tab(YEARS, [['Passengers', HELD.map((v) => v * 1000)]]), 'Passengers', { kpiId: null, aggregation: 'total' }],
    ],
    near: [
      // An ad's results beside their cost per result are no profit, beside revenue too.
      ['Meta ads', ADS, 'Results', { kpiId: null }],
      // Money sold or a share of things sold is no count of sales.
      ['Margin', tab(MONTHS, [['Cost of goods sold', AMOUNTS.map(Math.round)]]), 'Cost of goods sold', { kpiId: 'costs', unit: 'currency' }],
      ['Sell-through', tab(MONTHS, [['Pct sold', [40, 45, 52, 61, 66, 70, 74, 79, 83, 88]]]), 'Pct sold', { kpiId: null, unit: 'percent' }],
      // People out of work counted, in thousands, are no rate.
      ['Labour', tab(QUARTERS, [['Unemployment (thousands)', WHOLE]]), 'Unemployment (thousands)', { unit: 'count' }],
      // Revenue beside its ratio per head keeps the catalog's level; an average per train stays a level.
      ['Revenue', tab(MONTHS, [['Revenue', AMOUNTS], ['Revenue per employee', MONEY]]), 'Revenue', { kpiId: 'revenue', aggregation: 'level' }],
      ['Trains', tab(MONTHS, [['Average passengers per train', POINTS.map((v) => v * 30)]]), 'Average passengers per train', { aggregation: 'level' }],
      // A brand's market share was read already.
      ['Shares', SHARES, 'brand_market_share', { kpiId: 'market_share', aggregation: 'level', unit: 'percent' }],
    ],
  },
  fr_FR: {
    changed: [
      // A public body's result beside its revenues and charges is the profit.
      ['Comptes', ACCOUNTS_FR, 'resultat_exercice', { kpiId: 'profit', aggregation: 'total', unit: 'currency' }],
      // Boardings a month, and night boardings beside their ratio per weekend: summed.
      ['Transports', tab(MONTHS, [['montees', BOARDINGS]]), 'montees', { kpiId: null, aggregation: 'total', unit: 'count' }],
      ['Nuits', NIGHTS, 'nuit', { kpiId: null, aggregation: 'total' }],
      ['Collisions', tab(YEARS, [['n_collisions', [790, 821, 954, 1006, 1108, 1200, 1250, 1301, 1340, 1402]]]), 'n_collisions', { kpiId: null, aggregation: 'total' }],
      // « Chômage » written alone is the rate, in points.
      ['Conjoncture', tab(QUARTERS, [['Chômage', POINTS]]), 'Chômage', { kpiId: null, unit: 'percent' }],
      // Rooms sold are sales counted.
      ['Hôtel', tab(MONTHS, [['Chambres vendues', COUNTS.map((v) => v * 3)]]), 'Chambres vendues', { kpiId: 'deals_closed', aggregation: 'total' }],
    ],
    near: [
      // An exam's result names nothing; a value sold is revenue, no count; the ratio itself stays a level.
      ['Examens', tab(MONTHS, [['Résultat', POINTS]]), 'Résultat', { kpiId: null }],
      ['Ventes', tab(MONTHS, [['Valeur vendue', AMOUNTS]]), 'Valeur vendue', { kpiId: 'revenue', unit: 'currency' }],
      ['Nuits', NIGHTS, 'nuit_par_weekend', { aggregation: 'level' }],
      // Passengers on time per passenger late: a ratio (the tenth set).
      ['Ponctualité', tab(MONTHS, [["Nombre de voyageurs à l'heure pour un voyageur en retard", POINTS.map((v) => v * 3)]]), "Nombre de voyageurs à l'heure pour un voyageur en retard", { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('hdr54', CASES);
