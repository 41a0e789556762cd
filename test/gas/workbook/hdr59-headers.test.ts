/**
 * hdr59 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the seventeenth header set's classes — a treasury's
 * cash in and out money and a balance beside them or a payment money, a bare « net » beside the flows it nets a cash flow, a
 * bare amount beside a running balance summed, cpa and roas levels, a number of months a duration, Meta's amount spent in any
 * currency, Shopify's net items sold, an order's product count and an online store's visitors, an expense breakdown's bare
 * headings beside payroll the costs, a booking's nights, gross or net price and commissions, an indemnity paid.
 * `changed` cases fail on the session start's bundle (718c65a3); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, ids, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
/** A month's net cash flow: receipts less expenses, negative some months. */
const NET = [21070.33, 7260.14, -35077.17, 51695.25, 9320.3, -22390.8, 1500, -800, 4200.5, 310];
/** Ratios around 1 (a return on ad spend). */
const RATIOS = [1.04, 0.62, 1.99, 1.47, 1.06, 0.59, 1.2, 0.8, 1.5, 1.1];
/** Months of instalments on a credit sale. */
const TERMS = [6, 18, 18, 12, 18, 6, 24, 12, 18, 6];
/** A neighbour left blank, as a CSV file's other columns stand in the header eval. */
const BLANK = DATES.map(() => '');
/** Two rows a date: a log (an ad report's sources a day, an invoice export's lines). */
const LOG = DATES.map((_, i) => DATES[i >> 1]);
/** A bank's movements (receipts and payments, no sign), a few days apart. */
const MOVE_DATES = ['2026-01-02', '2026-01-05', '2026-01-07', '2026-01-08', '2026-01-10', '2026-01-13'];
const MOVES = [85000, 45000, 8000, 30000, 22000, 4500];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Meta's ad spend in the ad account's currency; Shopify's net items sold and an online store's visitors.
      ['Data 1', tab(DATES, [['Campaign name', names], ['Amount spent (AUD)', MONEY], ['Impressions', WHOLE]]), 'Amount spent (AUD)', { kpiId: 'costs' }],
      ['Data 2', tab(DATES, [['Product title', names], ['Net items sold', SMALL], ['Gross sales', MONEY]]), 'Net items sold', { kpiId: 'deals_closed' }],
      ['Data 3', tab(DATES, [['Online store visitors', WHOLE], ['Sessions', WHOLE]]), 'Online store visitors', { kpiId: 'website_traffic' }],
      // An order's products counted beside its revenue.
      ['Data 4', tab(DATES, [['order_id', ids('O')], ['product_count', SMALL], ['order_revenue', MONEY]]), 'product_count', { kpiId: 'deals_closed' }],
      // A cost per acquisition and a return on ad spend are levels.
      ['Data 5', tab(LOG, [['source', BLANK], ['spend', BLANK], ['conversions', BLANK], ['cpa', MONEY]]), 'cpa', { kpiId: 'cac', aggregation: 'level' }],
      ['Data 11', tab(LOG, [['source', BLANK], ['spend', BLANK], ['conversions', BLANK], ['roas', RATIOS]]), 'roas', { aggregation: 'level' }],
      // An expense breakdown's bare headings beside payroll.
      ['Data 6', tab(DATES, [['Marketing', WHOLE], ['Payroll', WHOLE], ['Rent', WHOLE]]), 'Marketing', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Data 6', tab(DATES, [['Marketing', WHOLE], ['Payroll', WHOLE], ['Rent', WHOLE]]), 'Rent', { kpiId: 'costs', aggregation: 'total' }],
      // A booking's nights, its net price and its commissions.
      ['Data 7', tab(DATES, [['Booking ID', ids('B')], ['Nights', SMALL], ['Net price', MONEY], ['Commissions', MONEY]]), 'Nights', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Data 7', tab(DATES, [['Booking ID', ids('B')], ['Nights', SMALL], ['Net price', MONEY], ['Commissions', MONEY]]), 'Net price', { kpiId: 'revenue', aggregation: 'total' }],
      ['Data 7', tab(DATES, [['Booking ID', ids('B')], ['Nights', SMALL], ['Net price', MONEY], ['Commissions', MONEY]]), 'Commissions', { kpiId: 'costs', unit: 'currency' }],
      // A net cash flow beside income and expenses; a balance beside a payment.
      ['Data 8', tab(DATES, [['Income', WHOLE], ['Expenses', WHOLE], ['Net', NET]]), 'Net', { unit: 'currency', aggregation: 'total' }],
      // mend59h: a gift card's balance in cents (a payment alone says money only with cents or an amount beside).
      ['Data 9', tab(DATES, [['Payment', MONEY], ['Balance', MONEY]]), 'Balance', { unit: 'currency', aggregation: 'level' }],
      // The months of a credit sale's instalments: a duration.
      ['Data 10', tab(LOG, [['invoice_id', BLANK], ['Number of months', TERMS]]), 'Number of months', { aggregation: 'level' }],
    ],
    near: [
      // A shop's floor visitors are no site's traffic; items sold that are money are no units.
      ['Data 20', tab(DATES, [['Store visitors', WHOLE]]), 'Store visitors', { kpiId: null }],
      ['Data 21', tab(DATES, [['Net sold', MONEY]]), 'Net sold', { kpiId: null }],
      // A product count on an inventory's tab is a stock's.
      ['Inventory 22', tab(DATES, [['warehouse', names], ['product_count', SMALL], ['sales', MONEY]]), 'product_count', { kpiId: null }],
      // Departments counted in heads, a bare "Total" beside payroll: no expense line.
      ['Data 23', tab(DATES, [['Marketing', SMALL], ['Sales', SMALL], ['Engineering', SMALL]]), 'Marketing', { kpiId: null }],
      ['Data 24', tab(DATES, [['Payroll', WHOLE], ['Rent', WHOLE], ['Total', WHOLE]]), 'Total', { kpiId: null }],
      // Nights with no booking (a transit's night services), a net price beside a product and its quantity (a unit price),
      // a commission's rate.
      ['Data 25', tab(DATES, [['Route', names], ['Nights', COUNTS]]), 'Nights', { kpiId: null }],
      ['Data 26', tab(DATES, [['Order ID', ids('O')], ['Product', names], ['Quantity', SMALL], ['Net price', MONEY]]), 'Net price', { kpiId: null, aggregation: 'level' }],
      ['Data 27', tab(DATES, [['Booking ID', ids('B')], ['Commission rate', RATIOS.map((v) => v / 10)]]), 'Commission rate', { kpiId: null, unit: 'percent' }],
      // A net beside gross units and returns, a balance beside stock moved in and out: counts.
      ['Data 28', tab(DATES, [['Gross', COUNTS], ['Returns', SMALL], ['Net', COUNTS]]), 'Net', { unit: 'count' }],
      ['Data 29', tab(DATES, [['Stock in', COUNTS], ['Stock out', SMALL], ['Balance', WHOLE]]), 'Balance', { unit: 'count' }],
      // A cost per click stays a level; orders counted stay summed.
      ['Data 30', tab(DATES, [['spend', MONEY], ['cpc', RATIOS]]), 'cpc', { aggregation: 'level' }],
      ['Data 31', tab(DATES, [['Number of orders', COUNTS]]), 'Number of orders', { aggregation: 'total' }],
      // Heads by department beside payroll's are no expense lines (the tab's heads, as before); spent so far is a running sum.
      ['Headcount 32', tab(DATES, [['Production', SMALL], ['Marketing', SMALL], ['Payroll', SMALL]]), 'Marketing', { kpiId: 'sales_reps', unit: 'count' }],
      ['Data 33', tab(DATES, [['Amount spent YTD', WHOLE]]), 'Amount spent YTD', { aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // A treasury's months: cash collected, its balance, its net flow.
      ['Données 1', tab(DATES, [['depenses', WHOLE], ['encaissements', MONEY], ['net', NET], ['solde_cumulé', WHOLE]]), 'encaissements', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 1', tab(DATES, [['depenses', WHOLE], ['encaissements', MONEY], ['net', NET], ['solde_cumulé', WHOLE]]), 'solde_cumulé', { unit: 'currency', aggregation: 'level' }],
      ['Données 1', tab(DATES, [['depenses', WHOLE], ['encaissements', MONEY], ['net', NET], ['solde_cumulé', WHOLE]]), 'net', { unit: 'currency', aggregation: 'total' }],
      // What is left to pay beside a payment.
      ['Données 2', tab(DATES, [['ID_Paiement', ids('P')], ['Montant_Paye', WHOLE], ['Solde_Restant', WHOLE]]), 'Solde_Restant', { unit: 'currency', aggregation: 'level' }],
      // A bank's movements beside its running balance.
      ['Données 3', tab(MOVE_DATES, [['montant', MOVES], ['date', BLANK], ['type', BLANK], ['categorie', BLANK], ['description', BLANK], ['solde_cumule', BLANK]]), 'montant', { aggregation: 'total' }],
      // A holiday let's bookings.
      ['Données 4', tab(DATES, [['id_reservation', ids('R')], ['nuitees', SMALL], ['prix_brut', MONEY], ['commissions', MONEY]]), 'nuitees', { kpiId: 'deals_closed' }],
      ['Données 4', tab(DATES, [['id_reservation', ids('R')], ['nuitees', SMALL], ['prix_brut', MONEY], ['commissions', MONEY]]), 'prix_brut', { kpiId: 'revenue', aggregation: 'total' }],
      ['Données 4', tab(DATES, [['id_reservation', ids('R')], ['nuitees', SMALL], ['prix_brut', MONEY], ['commissions', MONEY]]), 'commissions', { kpiId: 'costs', unit: 'currency' }],
      // An indemnity paid; a credit sale's months of instalments; rent beside wages.
      ['Données 5', tab(DATES, [['SinistreID', ids('S')], ['MontantIndemnite', WHOLE]]), 'MontantIndemnite', { kpiId: 'costs' }],
      ['Données 6', tab(LOG, [['N°', BLANK], ['Nbr_Mois_Echéance', TERMS]]), 'Nbr_Mois_Echéance', { aggregation: 'level' }],
      ['Données 7', tab(DATES, [['Salaires', WHOLE], ['Loyer', WHOLE], ['Marketing', WHOLE]]), 'Loyer', { kpiId: 'costs', aggregation: 'total' }],
    ],
    near: [
      // Receipts counted; a stock card's balance.
      ['Données 20', tab(DATES, [["Nombre d'encaissements", COUNTS]]), "Nombre d'encaissements", { unit: 'count' }],
      ['Données 21', tab(DATES, [['Entrées', COUNTS], ['Sorties', SMALL], ['Solde', WHOLE]]), 'Solde', { unit: 'count' }],
      // A unit price beside a product and its quantity; nights of a transit line.
      ['Données 22', tab(DATES, [['produit', names], ['quantité', SMALL], ['prix_net', MONEY]]), 'prix_net', { kpiId: null, aggregation: 'level' }],
      ['Données 23', tab(DATES, [['jour', COUNTS], ['nuit', COUNTS]]), 'nuit', { kpiId: null }],
      // Commissions with no price nor amount beside (a council's committees counted).
      ['Données 24', tab(DATES, [['séances', SMALL], ['commissions', SMALL]]), 'commissions', { kpiId: null }],
      // A client's amount beside a product stays a sale.
      ['Données 25', tab(DATES, [['client', names], ['produit', names], ['montant', MONEY]]), 'montant', { kpiId: 'revenue' }],
      // Days off left beside a payroll's payment date are no money.
      ['Données 26', tab(DATES, [['salarié', names], ['date_paiement', DATES], ['solde_conges', SMALL]]), 'solde_conges', { unit: 'count' }],
    ],
  },
};

describeHeaderCases('hdr59', CASES);
