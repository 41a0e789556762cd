/**
 * mend54a through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr54's rules narrowed to the classes they
 * were written for (the review of hdr54, findings F1–F8). A result is the profit only in money beside revenues and charges
 * in money, never a score, an A/B outcome or a percentage, nor an ad's results beside their « coût par résultat »; things
 * sold are won deals but money, units of measure, securities and cumulative counts; averages and rates per day (« par
 * jour », « moyens ») and shares, fill rates, capacities and people on board stay levels whatever count word they carry;
 * places and people held stay a stock written "n_stores" or "store_cnt"; a count beside its own ratio is summed only where
 * nothing else decides; "money" is money as the head noun only; "follows" are sign-ups in whole numbers only. CSV-like
 * columns: no number format. The `changed` cases fail on the bundle of main at 05467608; the near misses pass on both.
 */
import { COUNTS, datedTab, describeHeaderCases, HELD, MONEY, MONTHS, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
const AMOUNTS = MONEY.map((v) => v * 1000);
const WHOLE_AMOUNTS = AMOUNTS.map(Math.round);
const CHARGES = AMOUNTS.map((v, i) => Math.round(v * (i % 3 ? 0.98 : 1.01) * 100) / 100);
/** A match's goal difference, an exam's marks out of 20, a survey's mean answer, an A/B test's outcome. */
const SCORES = [-3, 1, 0, 4, -1, 2, 0, 3, -2, 1];
const MARKS = [9, 12, 14, 11, 17, 13, 10, 15, 16, 12];
const SURVEY = [62, 70.5, 81.5, 66, 74, 79, 68.5, 71, 77, 64];
const OUTCOMES = [0, 1, 1, 0, 1, 0, 0, 1, 1, 0];
/** A margin as a fraction (2 % to 12 %), a share of impressions and a fill rate (0–1), the same share in points. */
const MARGINS = [0.02, 0.05, 0.12, 0.08, 0.04, 0.06, 0.1, 0.03, 0.07, 0.09];
const SHARE = [0.41, 0.52, 0.66, 0.48, 0.55, 0.6, 0.44, 0.5, 0.63, 0.58];
const SHARE_POINTS = SHARE.map((v) => Math.round(v * 100));
const FILL = [0.7, 0.74, 0.9, 0.82, 0.77, 0.85, 0.71, 0.88, 0.8, 0.79];
/** Passengers a day on average, people on board, seats offered: plain numbers of a level. */
const PER_DAY = [1520.5, 1488.2, 1602.7, 1575.1, 1490.9, 1533.3, 1610.4, 1550.8, 1499.6, 1587.2];
const ON_BOARD = [80, 95, 140, 120, 101, 88, 132, 110, 97, 125];
const SEATS = [180, 186, 196, 180, 190, 188, 192, 184, 196, 180];
const VELOCITY = [1.1, 1.2, 1.15, 1.3, 1.5, 1.4, 1.25, 1.35, 1.2, 1.45];

const SEASON = tab(MONTHS, [['Opponent', MONTHS.map(() => 'Lyon')], ['Result', SCORES], ['Goals for', SMALL], ['Ticket revenue', AMOUNTS], ['Match expenses', CHARGES]]);
const SURVEY_TAB = tab(MONTHS, [['Result', SURVEY], ['Income bracket', MARKS], ['Spending score', MARKS.map((v) => v * 5)]]);
const AB = tab(MONTHS, [['Variant', MONTHS.map((_, i) => (i % 2 ? 'A' : 'B'))], ['Revenue', AMOUNTS], ['Cost', CHARGES], ['Result', OUTCOMES]]);
const PNL = tab(MONTHS, [['Revenue', AMOUNTS], ['Expenses', CHARGES], ['Result %', MARGINS]]);
const EXAMS = tab(MONTHS, [['Résultat', MARKS], ['Revenu des parents', AMOUNTS], ['Dépenses scolaires', MONEY]]);
const PNL_FR = tab(MONTHS, [['Produits', AMOUNTS], ['Charges', CHARGES], ['Résultat (%)', MARGINS]]);
const META_FR = tab(MONTHS, [['Résultats', COUNTS], ['Coût par résultat', COUNTS.map((v) => Math.round(1000 / v) / 10)], ['Montant dépensé', MONEY], ['Revenus', AMOUNTS]]);
const ACCOUNTS = tab(MONTHS, [['Revenue', AMOUNTS], ['Expenses', CHARGES], ['Result', AMOUNTS.map((v, i) => Math.round((v - CHARGES[i]) * 100) / 100)]]);
const SOLD = tab(MONTHS, [['Units', COUNTS], ['Gross sold', WHOLE_AMOUNTS], ['Net sold', WHOLE_AMOUNTS], ['Total sold', WHOLE_AMOUNTS], ['Dollars sold', WHOLE_AMOUNTS], ['tickets_sold', COUNTS]]);
const RIDERS = tab(MONTHS, [['Voyageurs', HELD.map((v) => v * 30)], ['Voyageurs par jour', PER_DAY], ['Voyageurs moyens par jour', PER_DAY]]);
const ADS = tab(MONTHS, [['Impressions', HELD], ['Impressions share', SHARE], ['Search impressions share', SHARE_POINTS], ['Click share', SHARE], ['Follows', FILL.map((v) => v - 0.5)]]);
const OCCUPANCY = tab(MONTHS, [['occupancy', FILL.map((v) => v - 0.1)], ['occupancy per room', PER_DAY.map((v) => v / 1000)]]);
const STAFF_FR = tab(MONTHS, [['employes', HELD.map((v) => Math.round(v / 10) + 20)], ['employes par site', PER_DAY.map((v) => Math.round(v / 100) / 10)]]);
const SUPPORT = tab(MONTHS, [['Tickets', HELD], ['Money back requests', COUNTS]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // F1: a score, a survey's answer, an A/B outcome beside money is no profit; a result in percent is a margin, a level.
      ['Season', SEASON, 'Result', { kpiId: null, unit: 'count' }],
      ['Survey', SURVEY_TAB, 'Result', { kpiId: null }],
      ['A/B test', AB, 'Result', { kpiId: null }],
      ['P&L', PNL, 'Result %', { aggregation: 'level', unit: 'percent' }],
      // F2: money sold is revenue; shares, hours and kWh sold no won deals; things sold so far a level.
      ['Sales', SOLD, 'Gross sold', { kpiId: 'revenue', unit: 'currency' }],
      ['Sales', SOLD, 'Net sold', { kpiId: 'revenue', unit: 'currency' }],
      ['Sales', SOLD, 'Total sold', { kpiId: 'revenue', unit: 'currency' }],
      ['Sales', SOLD, 'Dollars sold', { kpiId: 'revenue', unit: 'currency' }],
      ['Investments', tab(MONTHS, [['Shares sold', COUNTS]]), 'Shares sold', { kpiId: null }],
      ['Hours', tab(MONTHS, [['Hours sold', COUNTS]]), 'Hours sold', { kpiId: null }],
      ['Energy', tab(MONTHS, [['kWh sold', HELD]]), 'kWh sold', { kpiId: null }],
      ['Cumulative', tab(MONTHS, [['YTD items sold', HELD]]), 'YTD items sold', { kpiId: null, aggregation: 'level' }],
      // F4: a share of impressions, in a fraction or in points, and people on board are levels.
      ['Ads', ADS, 'Impressions share', { aggregation: 'level' }],
      ['Ads', ADS, 'Search impressions share', { aggregation: 'level' }],
      ['Flights', tab(MONTHS, [['Passengers on board', ON_BOARD]]), 'Passengers on board', { aggregation: 'level' }],
      // F5: places and people held, abbreviated, are a stock.
      ['Stores', tab(MONTHS, [['n_stores', HELD.map((v) => v / 10)], ['employee_cnt', HELD], ['store_cnt', HELD.map((v) => v / 20)]]), 'n_stores', { aggregation: 'level' }],
      ['Stores', tab(MONTHS, [['n_stores', HELD.map((v) => v / 10)], ['employee_cnt', HELD], ['store_cnt', HELD.map((v) => v / 20)]]), 'employee_cnt', { aggregation: 'level' }],
      ['Fleet', tab(MONTHS, [['n_vehicles', HELD]]), 'n_vehicles', { aggregation: 'level' }],
      // F6: a percentage beside its ratio per room stays a level.
      ['Occupancy', OCCUPANCY, 'occupancy', { aggregation: 'level', unit: 'percent' }],
      // F7: requests for money back are a count, summed; a velocity of money a ratio, no money.
      ['Support', SUPPORT, 'Money back requests', { unit: 'count', aggregation: 'total' }],
      ['Macro', tab(MONTHS, [['Money velocity', VELOCITY]]), 'Money velocity', { kpiId: null, aggregation: 'level', unit: 'count' }],
      // F8: "follows" in fractions are no sign-ups.
      ['Ads', ADS, 'Follows', { kpiId: null }],
    ],
    near: [
      // A result in money beside revenue and expenses stays the profit; things sold one by one stay won deals.
      ['Accounts', ACCOUNTS, 'Result', { kpiId: 'profit', aggregation: 'total', unit: 'currency' }],
      ['Sales', SOLD, 'tickets_sold', { kpiId: 'deals_closed', aggregation: 'total' }],
      // Impressions counted stay summed; a click share stays a level; "Money raised" stays money.
      ['Ads', ADS, 'Impressions', { aggregation: 'total' }],
      ['Ads', ADS, 'Click share', { aggregation: 'level' }],
      ['Fundraising', tab(MONTHS, [['Money raised', AMOUNTS]]), 'Money raised', { unit: 'currency' }],
      ['Accidents', tab(MONTHS, [['n_accidents', COUNTS]]), 'n_accidents', { aggregation: 'total' }],
    ],
  },
  fr_FR: {
    changed: [
      // F1: an exam's mark beside parents' income is no profit; a result in percent a margin; an ad's results beside their cost per result.
      ['Examens', EXAMS, 'Résultat', { kpiId: null }],
      ['Compte', PNL_FR, 'Résultat (%)', { aggregation: 'level', unit: 'percent' }],
      ['Meta', META_FR, 'Résultats', { kpiId: null, aggregation: 'total', unit: 'count' }],
      // F2: hours, litres sold and a running count of things sold are no won deals.
      ['Heures', tab(MONTHS, [['Heures vendues', COUNTS]]), 'Heures vendues', { kpiId: null }],
      ['Cave', tab(MONTHS, [['Litres vendus', HELD]]), 'Litres vendus', { kpiId: null }],
      ['Cumul', tab(MONTHS, [['Cumul vendus', HELD]]), 'Cumul vendus', { kpiId: null, aggregation: 'level' }],
      // F3: passengers a day, on average, are levels.
      ['Lignes', RIDERS, 'Voyageurs par jour', { aggregation: 'level' }],
      ['Lignes', RIDERS, 'Voyageurs moyens par jour', { aggregation: 'level' }],
      ['Trajets', tab(MONTHS, [['Trajets km moyens', PER_DAY]]), 'Trajets km moyens', { aggregation: 'level' }],
      // F4: a fill rate and a capacity are levels.
      ['Vols', tab(MONTHS, [['Remplissage passagers', FILL], ['Capacité passagers', SEATS]]), 'Remplissage passagers', { aggregation: 'level' }],
      ['Vols', tab(MONTHS, [['Remplissage passagers', FILL], ['Capacité passagers', SEATS]]), 'Capacité passagers', { aggregation: 'level' }],
      // F5: beds held, abbreviated.
      ['Hôpital', tab(MONTHS, [['n_lits', HELD.map((v) => v / 10)]]), 'n_lits', { aggregation: 'level' }],
      // F6: staff beside their ratio per site are people held.
      ['Effectif', STAFF_FR, 'employes', { aggregation: 'level' }],
      ['Occupation', tab(MONTHS, [['occupation', FILL.map((v) => v - 0.1)], ['occupation par chambre', PER_DAY.map((v) => v / 1000)]]), 'occupation', { aggregation: 'level', unit: 'percent' }],
    ],
    near: [
      // Bottles sold one by one stay won deals; passengers counted stay summed.
      ['Bouteilles', tab(MONTHS, [['Bouteilles vendues', COUNTS]]), 'Bouteilles vendues', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Lignes', RIDERS, 'Voyageurs', { aggregation: 'total' }],
    ],
  },
};

describeHeaderCases('mend54a', CASES);
