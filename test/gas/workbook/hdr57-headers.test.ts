/**
 * hdr57 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the fifteenth header set's classes — a P&L's
 * expense lines ("Actual_OpEx" read "op ex", "Interest_Expense" in the singular), a company's books in money (a cash flow,
 * summed; receivables, working capital, a loan's instalment; actuals beside a budget; what is outstanding on invoices), an
 * invoice's or a till receipt's total the revenue (« ReceiptTotal », a bare « total » beside a client and an invoice), an order's
 * total items and « quantite_commande » won deals, a gross profit's percentage the gross margin, the dirham after « frais »,
 * people counted in millions below 1 (no percentage).
 * `changed` cases fail on the session start's bundle (263afa58); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, ids, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
/** Passengers in millions, as INSEE writes them. */
const MILLIONS = [0.482, 0.544, 0.59, 0.585, 0.662, 0.647, 0.61, 0.57, 0.6, 0.63];
/** Points of a percentage. */
const POINTS = [37.9, 31.66, 36.42, 36.56, 37.82, 29.64, 33.1, 35.2, 34.8, 36];
/** A balance that only climbs: a running total. */
const RISING = MONEY.map((_, i) => 1000 + i * 250.5);
/** Tabs read by several cases (a tab shared by two cases is added once). */
const BOOKS = tab(DATES, [['Operating_Cash_Flow', WHOLE], ['Accounts_Receivable', WHOLE], ['Working_Capital', WHOLE]]);
const LOANS = tab(DATES, [['loan_id', ids('L')], ['principal', WHOLE], ['installment', COUNTS]]);
const RECEIPTS = tab(DATES, [['ReceiptID', ids('R')], ['ReceiptTotalHT', MONEY], ['ReceiptTotal', MONEY], ['ReceiptCashier', names]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A CFO dashboard's P&L lines: costs in money.
      ['Data 1', tab(DATES, [['Actual_Revenue', WHOLE], ['Budget_Revenue', WHOLE], ['Actual_OpEx', WHOLE], ['Budget_OpEx', WHOLE]]), 'Actual_OpEx', { kpiId: 'costs', unit: 'currency' }],
      ['Data 2', tab(DATES, [['Revenue', WHOLE], ['COGS', WHOLE], ['Interest_Expense', COUNTS], ['Tax', COUNTS]]), 'Interest_Expense', { kpiId: 'costs', unit: 'currency' }],
      // A company's books: money whatever their numbers; a cash flow summed.
      ['Data 3', BOOKS, 'Operating_Cash_Flow', { unit: 'currency', aggregation: 'total' }],
      ['Data 3', BOOKS, 'Accounts_Receivable', { unit: 'currency', aggregation: 'level' }],
      ['Data 3', BOOKS, 'Working_Capital', { unit: 'currency' }],
      ['Loans 4', LOANS, 'installment', { unit: 'currency' }],
      ['Loans 4', LOANS, 'principal', { unit: 'currency' }],
      // Actuals beside a budget (a budget is a plan, left out: the bare "actual" takes the tab's name); what is outstanding on
      // invoices.
      ['Data 5', tab(DATES, [['category', names], ['budget', WHOLE], ['actual', WHOLE]]), 'Data 5', { unit: 'currency' }],
      ['Data 6', tab(DATES, [['invoice_id', ids('F')], ['invoice_amount', WHOLE], ['outstanding', COUNTS]]), 'outstanding', { unit: 'currency' }],
      // An order's total items beside its id; a gross profit's percentage; passengers in millions.
      ['Data 7', tab(DATES, [['order_id', ids('O')], ['order_amount', MONEY], ['total_items', SMALL]]), 'total_items', { kpiId: 'deals_closed' }],
      ['Data 8', tab(DATES, [['planned_gp_pct', POINTS], ['actual_gp_pct', POINTS]]), 'actual_gp_pct', { kpiId: 'gross_margin', unit: 'percent' }],
      ['Data 9', tab(DATES, [['Passengers (millions)', MILLIONS]]), 'Passengers (millions)', { unit: 'count' }],
    ],
    near: [
      // A tax's expense is a tax; instalments counted; a cumulative cash flow held; receivables in days.
      ['Data 20', tab(DATES, [['Revenue', WHOLE], ['Tax_Expense', COUNTS]]), 'Tax_Expense', { kpiId: null }],
      ['Data 21', tab(DATES, [['Installments', SMALL]]), 'Installments', { unit: 'count' }],
      ['Data 22', tab(DATES, [['Cumulative cash flow', RISING]]), 'Cumulative cash flow', { aggregation: 'level' }],
      ['Data 23', tab(DATES, [['Receivables days', COUNTS]]), 'Receivables days', { unit: 'days' }],
      // Actuals beside budgeted hours, tickets outstanding: counts.
      ['Team 24', tab(DATES, [['Team', names], ['Budget hours', COUNTS], ['Actual', COUNTS]]), 'Team 24', { unit: 'count' }],
      ['Support 25', tab(DATES, [['Agent', names], ['Tickets', COUNTS], ['Outstanding', SMALL]]), 'Outstanding', { unit: 'count' }],
      // Units beside a purchase order's id are no sales; a doctor's visits no margin; a share of passengers a percentage.
      ['Data 26', tab(DATES, [['Purchase order id', ids('PO')], ['Units', COUNTS]]), 'Units', { kpiId: null }],
      ['Data 27', tab(DATES, [['GP visits', COUNTS]]), 'GP visits', { kpiId: null }],
      ['Data 28', tab(DATES, [['Share of passengers', MILLIONS]]), 'Share of passengers', { unit: 'percent' }],
      // Receipts counted (a plural) are no receipt's total.
      ['Data 29', tab(DATES, [['Receipts total', COUNTS]]), 'Receipts total', { kpiId: null, unit: 'count' }],
    ],
  },
  fr_FR: {
    changed: [
      // A till receipt's total, and a bare total beside an invoice's client.
      ['Données 1', RECEIPTS, 'ReceiptTotal', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 1', RECEIPTS, 'ReceiptTotalHT', { kpiId: 'revenue' }],
      ['Données 2', tab(DATES, [['factnum', ids('F')], ['client', names], ['total', MONEY], ['numfacture', ids('N')]]), 'total', { kpiId: 'revenue', unit: 'currency' }],
      // Units ordered by customers beside their price.
      ['Données 3', tab(DATES, [['numero_commande', ids('C')], ['quantite_commande', COUNTS], ['prix_vente', MONEY]]), 'quantite_commande', { kpiId: 'deals_closed' }],
      // Delivery charged in dirhams.
      ['Données 4', tab(DATES, [['commande_id', ids('C')], ['frais_livraison_mad', SMALL.map((v) => v * 15)]]), 'frais_livraison_mad', { unit: 'currency', currency: 'MAD' }],
      // Passengers carried in millions.
      ['Données 5', tab(DATES, [['Transports de passagers - Air France', MILLIONS]]), 'Transports de passagers - Air France', { unit: 'count' }],
    ],
    near: [
      // A running balance beside a client and an invoice, a supplier's invoice total: no sale.
      ['Données 20', tab(DATES, [['client', names], ['facture', ids('F')], ['total', RISING]]), 'total', { kpiId: null }],
      ['Données 21', tab(DATES, [['fournisseur', names], ['client', names], ['facture', ids('F')], ['total', MONEY]]), 'total', { kpiId: null }],
      // Quantities ordered from a supplier are bought.
      ['Données 22', tab(DATES, [['fournisseur', names], ['produit', names], ['quantite_commande', COUNTS]]), 'quantite_commande', { kpiId: null }],
      // « MAD » alone is a mean absolute deviation.
      ['Données 23', tab(DATES, [['Erreur MAD', SMALL]]), 'Erreur MAD', { unit: 'count' }],
    ],
  },
};

describeHeaderCases('hdr57', CASES);
