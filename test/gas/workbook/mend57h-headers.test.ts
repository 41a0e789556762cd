/**
 * mend57h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr57's header rules narrowed by its review —
 * counts in millions after money and never with a rate's word; actuals beside a budget not money on a tab of heads or hours;
 * what is outstanding money only beside an invoice's amount or at money's scale; a balance sheet's or a unit's expense no costs;
 * an order's column no sale beside a transfer's, a return's or a picker's, nor a row number; an instalment's number a count; a cash
 * flow's balance held; a goods receipt's total no sale; the French books; French totals in French order; a gross profit's
 * percentage in any spelling; and the lead's ruling H5: an index series is a score.
 * `changed` cases fail on the session start's bundle (main's 3e26d4a0); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, ids, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Name ${i + 1}`);
/** Amounts in millions, a load factor as a fraction. */
const FRACTIONS = [0.38, 0.45, 0.51, 0.72, 0.6, 0.55, 0.49, 0.66, 0.7, 0.42];
const LOAD = [0.79, 0.81, 0.83, 0.88, 0.85, 0.8, 0.82, 0.84, 0.86, 0.87];
/** Full-time equivalents, hours, small whole counts. */
const FTE = [40, 42, 45, 51, 44, 47, 43, 49, 46, 48];
const HOURS = [37.5, 40, 42, 43.5, 39, 41, 38.5, 40.5, 42.5, 43];
const FEW = [3, 5, 7, 12, 4, 9, 6, 8, 10, 11];
const SEQUENCE = DATES.map((_, i) => i + 1);
const INDEX = [101.2, 102.4, 103.1, 104.7, 105.2, 106.8, 107.3, 108.1, 109.4, 110.2];
const MILLIONS_EUR = [3_200_000, 3_250_000, 3_310_000, 3_180_000, 3_400_000, 3_350_000, 3_420_000, 3_390_000, 3_500_000, 3_470_000];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // 1. Money in millions is money; a load factor a percentage.
      ['Data 1', tab(DATES, [['Amount (millions)', FRACTIONS]]), 'Amount (millions)', { kpiId: null, unit: 'currency' }],
      ['Data 2', tab(DATES, [['Passengers load factor', LOAD]]), 'Passengers load factor', { unit: 'percent' }],
      ['Data 3', tab(DATES, [['Free cash flow (millions)', FRACTIONS]]), 'Free cash flow (millions)', { unit: 'currency' }],
      ['Data 15', tab(DATES, [['Cash (thousands)', FRACTIONS]]), 'Cash (thousands)', { unit: 'currency' }],
      // 2. Actuals beside a budget on a tab of heads or hours are counted.
      ['Headcount plan', tab(DATES, [['Department', names], ['Budget', FTE], ['Actual', FTE]]), 'Headcount plan', { unit: 'count' }],
      ['Staffing', tab(DATES, [['Team', names], ['Budget', FEW], ['Actuals', FEW]]), 'Staffing', { unit: 'count' }],
      ['Project hours', tab(DATES, [['Project', names], ['Budget', HOURS], ['Actual', HOURS]]), 'Project hours', { unit: 'count' }],
      // 3. Outstanding invoices counted.
      ['AP workload', tab(DATES, [['Clerk', names], ['Invoices processed', COUNTS], ['Outstanding', FEW]]), 'Outstanding', { unit: 'count' }],
      // 4. A balance sheet's and a unit's expense: money, no KPI, a level; energy spent no money.
      ['Data 4', tab(DATES, [['Cash', WHOLE], ['Accounts_Payable', WHOLE], ['Prepaid_Expense', WHOLE]]), 'Prepaid_Expense', { kpiId: null, unit: 'currency', aggregation: 'level' }],
      ['Data 5', tab(DATES, [['Unit expense', MONEY]]), 'Unit expense', { kpiId: null, unit: 'currency', aggregation: 'level' }],
      ['Data 6', tab(DATES, [['Steps', WHOLE], ['Energy expense', COUNTS]]), 'Energy expense', { kpiId: null }],
      // 5. Items beside a transfer's locations or a return's reason; a sort column's items.
      ['Data 7', tab(DATES, [['order_number', ids('T')], ['from_location', names], ['to_location', names], ['total_items', SMALL]]), 'total_items', { kpiId: null }],
      ['Data 8', tab(DATES, [['order_id', ids('O')], ['return_reason', names], ['total_items', SMALL]]), 'total_items', { kpiId: null }],
      ['Data 9', tab(DATES, [['Order', SEQUENCE], ['Item', names], ['Units', COUNTS]]), 'Units', { kpiId: null }],
      // 6. An amortization schedule's instalment number.
      ['Data 10', tab(DATES, [['Installment', SEQUENCE], ['Payment', MONEY]]), 'Installment', { unit: 'count' }],
      // 7. A cash flow's balance is held.
      ['Data 11', tab(DATES, [['Cash flow balance', WHOLE]]), 'Cash flow balance', { aggregation: 'level' }],
      // 8. A goods receipt's total beside its supplier.
      ['Receiving', tab(DATES, [['Receipt ID', ids('R')], ['Supplier', names], ['Receipt total', FEW]]), 'Receipt total', { kpiId: null, unit: 'count' }],
      // 13. A gross profit's percentage, spelled otherwise.
      ['Data 12', tab(DATES, [['gp_percentage', [31, 32, 30, 33, 34, 29, 31, 32, 35, 30]]]), 'gp_percentage', { kpiId: 'gross_margin' }],
      ['Data 13', tab(DATES, [['YTD actual GP %', [31, 32, 30, 33, 34, 29, 31, 32, 35, 30]]]), 'YTD actual GP %', { kpiId: 'gross_margin' }],
    ],
    near: [
      // Actuals beside a bare budget in money stay money; what is outstanding on invoices' amounts too.
      ['Data 20', tab(DATES, [['category', names], ['budget', WHOLE], ['actual', WHOLE]]), 'Data 20', { unit: 'currency' }],
      ['Data 21', tab(DATES, [['invoice_id', ids('F')], ['invoice_amount', WHOLE], ['outstanding', COUNTS]]), 'outstanding', { unit: 'currency' }],
      // A marketing expense and a bare expense are the costs; an order's items beside its id and amount won deals.
      ['Data 22', tab(DATES, [['Marketing expense', WHOLE]]), 'Marketing expense', { kpiId: 'costs' }],
      ['Data 23', tab(DATES, [['order_id', ids('O')], ['order_amount', MONEY], ['total_items', SMALL]]), 'total_items', { kpiId: 'deals_closed' }],
      // A cumulative cash flow held, an operating one summed; CapEx an investment, no operating cost (money, summed).
      ['Data 24', tab(DATES, [['Operating_Cash_Flow', WHOLE]]), 'Operating_Cash_Flow', { aggregation: 'total', unit: 'currency' }],
      ['Data 25', tab(DATES, [['Actual_Revenue', WHOLE], ['Actual_CapEx', WHOLE]]), 'Actual_CapEx', { kpiId: null }],
      // H5 (a labelling ruling: the reader says so since units43): an index series is a score.
      ['Data 14', tab(DATES, [['Price index', INDEX]]), 'Price index', { kpiId: null, unit: 'score' }],
      // Passengers in millions stay a count.
      ['Data 26', tab(DATES, [['Passengers (millions)', FRACTIONS]]), 'Passengers (millions)', { unit: 'count' }],
    ],
  },
  fr_FR: {
    changed: [
      // 1. Money in millions; a fill rate.
      ['Données 1', tab(DATES, [['Montant (millions)', FRACTIONS]]), 'Montant (millions)', { unit: 'currency' }],
      ['Données 2', tab(DATES, [['Coefficient de remplissage passagers', LOAD]]), 'Coefficient de remplissage passagers', { unit: 'percent' }],
      // 5. A picker's items.
      ['Feuil2', tab(DATES, [['Commande', ids('C')], ['Préparateur', names], ['Articles', SMALL]]), 'Articles', { kpiId: null }],
      // 11. The French books.
      ['Données 3', tab(DATES, [['Valeur du stock', COUNTS]]), 'Valeur du stock', { unit: 'currency' }],
      ['Données 4', tab(DATES, [['N° prêt', ids('P')], ['Mensualité', COUNTS]]), 'Mensualité', { unit: 'currency' }],
      ['Données 5', tab(DATES, [['Besoin en fonds de roulement', COUNTS]]), 'Besoin en fonds de roulement', { unit: 'currency' }],
      ['Données 6', tab(DATES, [['Créances clients', MILLIONS_EUR]]), 'Créances clients', { kpiId: null, unit: 'currency' }],
      ['Données 7', tab(DATES, [['Catégorie', names], ['Budget', WHOLE], ['Réel', WHOLE]]), 'Données 7', { unit: 'currency' }],
      // 12. French totals in French order.
      ['Données 8', tab(DATES, [['N° commande', ids('C')], ['Client', names], ['Total commande', MONEY]]), 'Total commande', { kpiId: 'revenue' }],
      ['Caisse', tab(DATES, [['Total ticket', MONEY]]), 'Total ticket', { kpiId: 'revenue' }],
    ],
    near: [
      // Staff against its budget stays counted once « Réel » beside « Budget » is money; H5: « Indice … » is a score.
      ['Effectifs', tab(DATES, [['Service', names], ['Budget', FTE], ['Réel', FTE]]), 'Effectifs', { unit: 'count' }],
      ['Données 9', tab(DATES, [['Indice des prix à la consommation', INDEX]]), 'Indice des prix à la consommation', { unit: 'score' }],
      // A fill rate in points stays a percentage; invoices counted a count.
      ['Données 20', tab(DATES, [['Taux de remplissage', [79, 81, 83, 88, 85, 80, 82, 84, 86, 87]]]), 'Taux de remplissage', { unit: 'percent' }],
      ['Données 21', tab(DATES, [['Nombre de factures', COUNTS]]), 'Nombre de factures', { unit: 'count' }],
    ],
  },
};

describeHeaderCases('mend57h', CASES);
