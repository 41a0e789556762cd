/**
 * hdr55 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: what the wizard's KPI list (`sidebarGetContext`,
 * the reader Check goals and the plan report use) shows for the thirteenth header set's classes, read by a header's words,
 * its row's other headers and its values — a supplier beside a purchase's words (amounts paid out beside a product too), a
 * total beside new ones that never falls (their running total), a P&L's net result, staff line and financial cost, wins
 * counted, a competitor's measure, cash held (mend55h dropped hdr55's energy rule: its near misses stay). CSV-like columns: no
 * number format. The `changed` cases fail on the bundle before hdr55's rules (ec296775); the near misses pass on both.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, HELD, ids, MONEY, MONTHS, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
const AMOUNTS = MONEY.map((v) => v * 1000);
/** A P&L's charges and what they leave: revenue less charges, in money. */
const CHARGES = AMOUNTS.map((v, i) => Math.round(v * (i % 3 ? 0.9 : 1.05) * 100) / 100);
const RESULT = AMOUNTS.map((v, i) => Math.round((v - CHARGES[i]) * 100) / 100);
const STAFF = AMOUNTS.map((v) => Math.round(v * 0.3));
/** A cash balance, overdrawn some months. */
const CASH = AMOUNTS.map((v, i) => Math.round(v * (i % 4 === 1 ? -2 : 1.5)));
const FRACTIONS = [0.21, 0.3, 0.22, 0.2, 0.06, 0.28, 0.07, 0.25, 0.24, 0.23];

const PNL = tab(MONTHS, [['Sales Revenue', AMOUNTS], ['Cost of Goods Sold', CHARGES], ['Personnel', STAFF], ['Financial Cost', STAFF.map((v) => Math.round(v / 3))], ['Net Result', RESULT]]);
const COMPTES = tab(MONTHS, [["Produits d'exploitation", AMOUNTS], ['Charges externes', CHARGES], ['Personnel', STAFF]]);
const PURCHASES = tab(DATES, [['Num_CMD', ids('A')], ['Fournisseur', DATES.map(() => 'Condor')], ['Type_Achat', DATES.map(() => 'Local')], ['Produit', DATES.map(() => 'PC')], ['Quantite', SMALL], ['Montant_HT', AMOUNTS]]);
/** A retail log's supplier is the brand sold: no purchase's words beside it. */
const RETAIL = tab(DATES, [['Num_CMD', ids('V')], ['Fournisseur', DATES.map(() => 'Condor')], ['Produit', DATES.map(() => 'PC')], ['Quantite', SMALL], ['Montant_HT', AMOUNTS]]);
const SYNTHESE = tab(DATES, [['total_cas_confirmes', HELD], ['patients_hospitalises', COUNTS], ['nouveaux_cas_confirmes', SMALL]]);
/** A total that falls beside new ones is each period's total, as before. */
const FALLING = tab(DATES, [['total_cas', COUNTS], ['nouveaux_cas', SMALL]]);
const CASES_EN = tab(DATES, [['total_cases', HELD], ['new_cases', SMALL]]);
const MARKETING = tab(MONTHS, [['spend', MONEY], ['sourced_leads', COUNTS], ['sourced_wins', SMALL]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A monthly P&L: its staff line and its financial cost are the costs, its net result the profit, summed, in money.
      ['P&L', PNL, 'Personnel', { kpiId: 'costs', aggregation: 'total', unit: 'currency' }],
      ['P&L', PNL, 'Financial Cost', { kpiId: 'costs', aggregation: 'total', unit: 'currency' }],
      ['P&L', PNL, 'Net Result', { kpiId: 'profit', aggregation: 'total', unit: 'currency' }],
      // Cash held is money, a level.
      ['KPI', tab(MONTHS, [['Sales Revenue', AMOUNTS], ['Cash Position', CASH]]), 'Cash Position', { kpiId: null, aggregation: 'level', unit: 'currency' }],
      // Wins counted are won deals.
      ['Marketing', MARKETING, 'sourced_wins', { kpiId: 'deals_closed', aggregation: 'total', unit: 'count' }],
      // A competitor's spend is none of the business's costs: no KPI, money summed all the same.
      ['Competitors', tab(DATES, [['Competitor_A_Spend', AMOUNTS], ['Competitor_B_Spend', AMOUNTS.map((v) => v / 2)]]), 'Competitor_A_Spend', { kpiId: null, aggregation: 'total', unit: 'currency' }],
      // A total beside new ones that never falls is their running total.
      ['Cases', CASES_EN, 'total_cases', { kpiId: null, aggregation: 'level', unit: 'count' }],
    ],
    near: [
      // A price per watt-hour stays a level.
      ['Tariff', tab(DATES, [['Price per kWh', FRACTIONS]]), 'Price per kWh', { aggregation: 'level' }],
      ['Market', tab(DATES, [['Spot ($/MWh)', COUNTS]]), 'Spot ($/MWh)', { aggregation: 'level' }],
      // Staff beside revenue but no charges, in people, is no cost line; cash counted is no money.
      ['Team', tab(MONTHS, [['Revenue', AMOUNTS], ['Staff', COUNTS]]), 'Staff', { kpiId: null, unit: 'count' }],
      ['Tills', tab(DATES, [['Cash transactions', COUNTS]]), 'Cash transactions', { unit: 'count' }],
      // New cases beside their running total stay each period's.
      ['Cases', CASES_EN, 'new_cases', { aggregation: 'total' }],
    ],
  },
  fr_FR: {
    changed: [
      // A reseller's purchase lines: beside a supplier and a purchase's type, the amount is the costs, beside its product too.
      ['Achats', PURCHASES, 'Montant_HT', { kpiId: 'costs', aggregation: 'total', unit: 'currency' }],
      // Cumulative cases beside the day's new ones: a running total, a level (mend55h: the same stem).
      ['Synthèse', SYNTHESE, 'total_cas_confirmes', { kpiId: null, aggregation: 'level', unit: 'count' }],
      // A P&L's staff line beside revenues and charges is the costs.
      ['Comptes', COMPTES, 'Personnel', { kpiId: 'costs', aggregation: 'total', unit: 'currency' }],
      // Cash held, and a competitor's sales: money, no KPI of the business's.
      ['Trésorerie', tab(MONTHS, [['Trésorerie', CASH]]), 'Trésorerie', { unit: 'currency' }],
      ['Concurrence', tab(MONTHS, [['CA concurrent', AMOUNTS]]), 'CA concurrent', { kpiId: null, unit: 'currency' }],
    ],
    near: [
      // A retail log's supplier is the brand sold: the amount stays the sales.
      ['Ventes', RETAIL, 'Montant_HT', { kpiId: 'revenue', aggregation: 'total' }],
      // A total that falls is each period's; a price per megawatt-hour a level.
      ['Cas', FALLING, 'total_cas', { aggregation: 'total' }],
      ['Marché', tab(DATES, [['Prix (€/MWh)', COUNTS]]), 'Prix (€/MWh)', { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('hdr55', CASES);
