/**
 * mend55h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the review of hdr55's header rules, each narrowed
 * to its class — hdr55's energy rule dropped (energy per unit, an average, a reading, a capacity in watt-hours: levels again), a purchase's type (not its price, date, mode or number) making a supplier's
 * amounts costs, a running total only beside its own new ones, a competitor only as the measure's owner, wins only beside sales,
 * a P&L's staff line in money only by evidence, "Cash" beside payment methods a flow. `changed` cases fail on main's bundle
 * (af0297ff); near misses pass on both. CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, HELD, ids, MONEY, MONTHS, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const AMOUNTS = MONEY.map((v) => v * 1000);
const CHARGES = AMOUNTS.map((v, i) => Math.round(v * (i % 3 ? 0.9 : 1.05) * 100) / 100);
/** A headcount in the thousands beside revenue in millions: people, not money. */
const HEADCOUNT = [12000, 12400, 13100, 13900, 14500, 15200, 16000, 16800, 17500, 18000];
/** Running values that never fall but whose steps are not the new column's. */
const RISING = HELD.map((v, i) => v + i * 7);
const supplierLog = (purchaseHeader: string): unknown[][] =>
  tab(DATES, [['Fournisseur', DATES.map(() => 'Condor')], [purchaseHeader, DATES.map(() => 'X')], ['Produit', DATES.map(() => 'PC')], ['Quantite', SMALL], ['Montant_HT', AMOUNTS]]);
const TAKINGS = MONEY.map((v) => Math.round(v * 37) / 100);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Energy per unit, an average, a meter's reading or a capacity in watt-hours is no flow.
      ['Energy 1', tab(DATES, [['Consumption per customer (kWh)', WHOLE]]), 'Consumption per customer (kWh)', { aggregation: 'level' }],
      ['Energy 2', tab(DATES, [['Average daily consumption (kWh)', WHOLE]]), 'Average daily consumption (kWh)', { aggregation: 'level' }],
      ['Energy 3', tab(DATES, [['Meter reading (kWh)', HELD]]), 'Meter reading (kWh)', { aggregation: 'level' }],
      ['Energy 4', tab(DATES, [['Battery capacity (kWh)', WHOLE]]), 'Battery capacity (kWh)', { aggregation: 'level' }],
      // A purchase's price beside a supplier is a retail log's: its amount stays the sales.
      ['Sales 5', tab(DATES, [['Supplier', DATES.map(() => 'Acme')], ['Product', DATES.map(() => 'PC')], ['Qty', SMALL], ['Purchase Price', MONEY], ['Amount', AMOUNTS]]), 'Amount', { kpiId: 'revenue' }],
      // A total that never falls beside new ones of another thing is each period's total.
      ['Club 6', tab(DATES, [['total_km', RISING], ['new_members', SMALL]]), 'total_km', { aggregation: 'total' }],
      ['Support 7', tab(DATES.slice(0, 3), [['Total tickets', HELD.slice(0, 3)], ['New tickets', SMALL.slice(0, 3)]]), 'Total tickets', { aggregation: 'total' }],
      // Deals won against a competitor are the business's own.
      ['Sales 8', tab(DATES, [['Deals won vs competitor', SMALL]]), 'Deals won vs competitor', { kpiId: 'deals_closed' }],
      // Wins beside no sales word are a team's or a project's.
      ['League 9', tab(DATES, [['Home wins', SMALL], ['Away wins', SMALL], ['Draws', SMALL], ['Losses', SMALL]]), 'Home wins', { kpiId: null }],
      ['Tasks 10', tab(DATES, [['Quick wins', SMALL], ['Tasks done', COUNTS]]), 'Quick wins', { kpiId: null }],
      // A headcount in the thousands beside revenue and charges in millions is people.
      ['P&L 11', tab(MONTHS, [['Revenue', AMOUNTS], ['Charges', CHARGES], ['Staff', HEADCOUNT]]), 'Staff', { kpiId: null, aggregation: 'level', unit: 'count' }],
      // Cash beside the other payment methods: what was paid that way, summed; in money by its cents, else payments counted.
      ['Till 12', tab(DATES, [['Card', TAKINGS], ['Cash', TAKINGS], ['Total', TAKINGS]]), 'Cash', { kpiId: null, aggregation: 'total', unit: 'currency' }],
      ['Till 13', tab(DATES, [['Card', COUNTS], ['Cash', SMALL]]), 'Cash', { aggregation: 'total', unit: 'count' }],
    ],
    near: [
      // A price per watt-hour stays a level.
      ['Tariff 15', tab(DATES, [['Price per kWh', COUNTS]]), 'Price per kWh', { aggregation: 'level' }],
      // A purchase's type or id beside a supplier still makes a purchase log's amounts costs.
      ['Log 16', tab(DATES, [['Supplier', DATES.map(() => 'Acme')], ['purchase_id', ids('P')], ['Product', DATES.map(() => 'PC')], ['Amount', AMOUNTS]]), 'Amount', { kpiId: 'costs', aggregation: 'total' }],
      // A running total whose steps are the new column's is a level.
      ['Members 17', tab(DATES, [['total_members', SMALL.map((_, i) => 100 + SMALL.slice(0, i + 1).reduce((a, b) => a + b, 0))], ['new_signups', SMALL]]), 'total_members', { aggregation: 'level' }],
      // A competitor named first owns the measure; wins beside leads are won deals.
      ['Market 18', tab(DATES, [['Competitor_A_Spend', AMOUNTS]]), 'Competitor_A_Spend', { kpiId: null }],
      ['Marketing 19', tab(MONTHS, [['sourced_leads', COUNTS], ['wins', SMALL]]), 'wins', { kpiId: 'deals_closed' }],
      // Cash held is money, a level.
      ['KPI 20', tab(MONTHS, [['Card', COUNTS], ['Cash Position', AMOUNTS]]), 'Cash Position', { unit: 'currency', aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // Energy « cumulée », an index or a stock is held; an intensity per square metre a rate.
      ['Énergie 21', tab(DATES, [['Production cumulée (MWh)', HELD]]), 'Production cumulée (MWh)', { aggregation: 'level' }],
      ['Énergie 22', tab(DATES, [['Consommation (kWh/m²/an)', COUNTS]]), 'Consommation (kWh/m²/an)', { aggregation: 'level' }],
      ['Énergie 23', tab(DATES, [['Consommation moyenne (kWh)', WHOLE]]), 'Consommation moyenne (kWh)', { aggregation: 'level' }],
      // A purchase's price, mode, date or number beside a supplier: a reseller's sales log, the amount stays revenue.
      ['Ventes 24', supplierLog('Mode_Achat'), 'Montant_HT', { kpiId: 'revenue', aggregation: 'total' }],
      ['Ventes 25', supplierLog('N_Achat'), 'Montant_HT', { kpiId: 'revenue', aggregation: 'total' }],
      ['Ventes 26', supplierLog('Prix_Achat'), 'Montant_HT', { kpiId: 'revenue', aggregation: 'total' }],
      // A total of hours beside new clients is each period's hours.
      ['Activité 27', tab(DATES, [['total_heures', RISING], ['nouveaux_clients', SMALL]]), 'total_heures', { aggregation: 'total' }],
      // Deals won against the competition are the business's own.
      ['Ventes 28', tab(DATES, [['Affaires gagnées face à la concurrence', SMALL]]), 'Affaires gagnées face à la concurrence', { kpiId: 'deals_closed' }],
      // Staff at 1,200–1,700 beside revenues and charges in millions is people.
      ['Comptes 29', tab(MONTHS, [["Produits d'exploitation", AMOUNTS], ['Charges externes', CHARGES], ['Personnel', HEADCOUNT.map((v) => Math.round(v / 10))]]), 'Personnel', { kpiId: null, unit: 'count' }],
      // « Espèces » beside « Carte »: summed; « Cash » beside « Carte » too.
      ['Caisse 30', tab(DATES, [['Carte', TAKINGS], ['Cash', TAKINGS]]), 'Cash', { aggregation: 'total', unit: 'currency' }],
    ],
    near: [
      // A purchase's type still makes the amounts costs; cases beside new cases a running total.
      ['Achats 32', supplierLog('Type_Achat'), 'Montant_HT', { kpiId: 'costs', aggregation: 'total' }],
      ['Cas 33', tab(DATES, [['total_cas', HELD], ['nouveaux_cas', SMALL]]), 'total_cas', { aggregation: 'level' }],
      // A competitor's sales and cash held are money; a P&L's staff line in money is the costs.
      ['Concurrence 34', tab(MONTHS, [['CA des concurrents', AMOUNTS]]), 'CA des concurrents', { kpiId: null, unit: 'currency' }],
      ['Trésorerie 35', tab(MONTHS, [['Trésorerie', AMOUNTS]]), 'Trésorerie', { unit: 'currency', aggregation: 'level' }],
      ['Comptes 36', tab(MONTHS, [["Produits d'exploitation", AMOUNTS], ['Charges externes', CHARGES], ['Personnel', AMOUNTS.map((v) => Math.round(v * 0.3))]]), 'Personnel', { kpiId: 'costs', unit: 'currency' }],
    ],
  },
};

describeHeaderCases('mend55h', CASES);
