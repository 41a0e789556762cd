/**
 * hdr58 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the sixteenth header set's classes — pages viewed
 * are no visits ("PageViews", « pages_vues »), a rate's word before a unit of time is a duration ("retention_months"), a bare
 * amount dated by its payment is cash collected, an amount qualified by what befell it is money moved, summed
 * (« montant_alloue »), « montant_global » beside a supplier the costs, a P&L month's depreciation an expense line, an
 * inventory beside receivables and payables money.
 * `changed` cases fail on the session start's bundle (32fcff3e); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, ids, MONEY, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
/** Points of a percentage. */
const POINTS = [37.9, 31.66, 36.42, 36.56, 37.82, 29.64, 33.1, 35.2, 34.8, 36];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A site's pages viewed beside its sessions: no traffic KPI.
      ['Data 1', tab(DATES, [['Sessions', COUNTS], ['PageViews', WHOLE]]), 'PageViews', { kpiId: null }],
      ['Data 2', tab(DATES, [['session_id', ids('S')], ['pageviews', COUNTS]]), 'pageviews', { kpiId: null }],
      // The months each booked account stayed: a duration, no retention rate, not summed.
      ['Data 3', tab(DATES, [['account_id', ids('A')], ['arr', WHOLE], ['retention_months', COUNTS]]), 'retention_months', { kpiId: null, unit: 'count', aggregation: 'level' }],
      // A subscription's payments: cash collected, summed.
      ['Data 4', tab(DATES, [['Plan Name', names], ['Customer Name', names], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: null, aggregation: 'total' }],
      // A monthly P&L's depreciation; an inventory beside receivables and payables.
      ['Data 5', tab(DATES, [['Sales', WHOLE], ['Cost_of_Sales', WHOLE], ['Net_Income', WHOLE], ['Depreciation', MONEY]]), 'Depreciation', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Data 6', tab(DATES, [['Inventory', WHOLE], ['Accounts_Receivable', WHOLE], ['Accounts_Payable', WHOLE]]), 'Inventory', { unit: 'currency', aggregation: 'level' }],
    ],
    near: [
      // Visits stay the traffic; a retention at three months stays the rate.
      ['Data 20', tab(DATES, [['Visits', COUNTS], ['PageViews', WHOLE]]), 'Visits', { kpiId: 'website_traffic' }],
      ['Data 21', tab(DATES, [['retention_3_months', POINTS]]), 'retention_3_months', { kpiId: 'retention', unit: 'percent' }],
      // An invoice's amount keeps its payment date; an amount beside a product or an order's id is an order's.
      ['Data 22', tab(DATES, [['Invoice ID', ids('F')], ['Client Name', names], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: 'revenue' }],
      ['Data 23', tab(DATES, [['Customer', names], ['Product', names], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: 'revenue' }],
      ['Data 27', tab(DATES, [['Order ID', ids('O')], ['Customer', names], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: 'revenue' }],
      // A balance sheet's accumulated depreciation, an inventory alone, an amount outstanding.
      ['Data 24', tab(DATES, [['Accumulated depreciation', WHOLE]]), 'Accumulated depreciation', { kpiId: null }],
      ['Data 25', tab(DATES, [['Inventory', WHOLE], ['Orders', COUNTS]]), 'Inventory', { unit: 'count' }],
      ['Data 26', tab(DATES, [['invoice_id', ids('F')], ['amount_outstanding', MONEY]]), 'amount_outstanding', { aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // Pages viewed beside visits.
      ['Données 1', tab(DATES, [['client', names], ['visites', COUNTS], ['pages_vues', WHOLE]]), 'pages_vues', { kpiId: null }],
      // A reseller's payments, their allocations to debts and a supplier lot's overall amount.
      ['Données 2', tab(DATES, [['reference', ids('P')], ['client', names], ['date_paiement', DATES], ['montant', WHOLE], ['mode_paiement', names]]), 'montant', { kpiId: null, aggregation: 'total' }],
      ['Données 3', tab(DATES, [['paiement', ids('P')], ['dette', ids('D')], ['montant_alloue', WHOLE]]), 'montant_alloue', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 4', tab(DATES, [['reference', ids('L')], ['fournisseur', names], ['montant_global', WHOLE], ['frais_divers', COUNTS]]), 'montant_global', { kpiId: 'costs', aggregation: 'total' }],
    ],
    near: [
      // What is left owed, an amount per unit: levels.
      ['Données 20', tab(DATES, [['client', names], ['montant_restant_du', WHOLE]]), 'montant_restant_du', { aggregation: 'level' }],
      ['Données 21', tab(DATES, [['produit', names], ['montant_unitaire', MONEY]]), 'montant_unitaire', { aggregation: 'level' }],
      // Money available and a running sum are held too.
      ['Données 24', tab(DATES, [['compte', names], ['montant_disponible', WHOLE]]), 'montant_disponible', { aggregation: 'level' }],
      ['Données 25', tab(DATES, [['client', names], ['montant_cumule', WHOLE]]), 'montant_cumule', { aggregation: 'level' }],
      // A payment dated beside the product sold is a sale.
      ['Données 22', tab(DATES, [['client', names], ['produit', names], ['date_paiement', DATES], ['montant', MONEY]]), 'montant', { kpiId: 'revenue' }],
      // Depreciation cumulated on a balance sheet names nothing.
      ['Données 23', tab(DATES, [['Amortissements cumulés', WHOLE]]), 'Amortissements cumulés', { kpiId: null }],
    ],
  },
};

describeHeaderCases('hdr58', CASES);
