/**
 * hdr60 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the eighteenth header set's classes — a card
 * processor's charges (an amount beside a fee and "Captured" or "Amount Refunded": cash collected, its fee the costs), a
 * bank account's transactions by their type (« Type d'opération »: no sale), a bank statement's running balance beside its
 * amounts (money, a level), an invoice's amount due (its total and subtotal sold), a time taken or a score no count KPI
 * (« Délai clients », "days_in_pipeline", "deal_score"), a place in an index no index (« Dans l'index »), an amount at a
 * rate money (« montant TVA 20% »), a quote's amounts no sale (« numéro du devis »).
 * `changed` cases fail on the session start's bundle (076ff649); near misses pass on both.
 * CSV-like columns: no number format.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, ids, MONEY, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
/** A neighbour left blank, as a CSV file's other columns stand in the header eval. */
const BLANK = DATES.map(() => '');
/** Two rows a date: a log (a bank's movements, an invoice list). */
const LOG = DATES.map((_, i) => DATES[i >> 1]);
/** A processor's fee on each charge. */
const FEES = MONEY.map((v) => Math.round(v * 2.9) / 100);
/** An account's balance after each movement, in cents. */
const BALANCES = [1231.77, 1038.67, 3038.67, 2898.67, 2748.67, 2217.72, 2310.05, 1990.4, 2405.1, 2380.6];
/** Scores out of 100 with decimals (a CRM's deal score). */
const SCORES = [45, 65.9, 21, 87.1, 65.5, 70, 33.4, 58, 91, 49.5];
/** An index near its base of 100. */
const INDEX = [101.2, 101.5, 101.9, 102.3, 102.1, 102.6, 103, 103.2, 103.1, 103.5];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A card processor's charges: the amount collected, no sale (beside a customer too); the processor's fee the costs.
      // mend60h: beside a processor's own words (a card's here, as in every Stripe export of the eighteenth set).
      ['Data 1', tab(DATES, [['Amount', MONEY], ['Captured', BLANK], ['Fee', FEES], ['Card ID', ids('card_')], ['Customer ID', ids('cus_')]]), 'Amount', { kpiId: null, unit: 'currency' }],
      ['Data 1', tab(DATES, [['Amount', MONEY], ['Captured', BLANK], ['Fee', FEES], ['Card ID', ids('card_')], ['Customer ID', ids('cus_')]]), 'Fee', { kpiId: 'costs', unit: 'currency' }],
      // An invoice list's total and subtotal beside its amount due, whole dollars.
      ['Data 3', tab(DATES, [['Amount Due', WHOLE], ['Customer', names], ['Subtotal', WHOLE], ['Total', WHOLE]]), 'Total', { kpiId: 'revenue', unit: 'currency' }],
      // A bank statement's running balance beside its amounts, several movements a day.
      ['Data 4', tab(LOG, [['Posting Date', BLANK], ['Description', names], ['Amount', MONEY], ['Balance', BALANCES]]), 'Balance', { unit: 'currency', aggregation: 'level' }],
      // A deal's days in the pipeline and its score; a lead's score.
      ['Data 5', tab(DATES, [['deal_id', ids('D')], ['stage', BLANK], ['days_in_pipeline', COUNTS], ['deal_score', SCORES]]), 'days_in_pipeline', { kpiId: null, unit: 'days' }],
      ['Data 5', tab(DATES, [['deal_id', ids('D')], ['stage', BLANK], ['days_in_pipeline', COUNTS], ['deal_score', SCORES]]), 'deal_score', { kpiId: null }],
      ['Data 6', tab(DATES, [['lead_id', ids('L')], ['lead_score', COUNTS]]), 'lead_score', { kpiId: null }],
      // A quote list's amounts.
      ['Data 7', tab(DATES, [['Quote number', ids('Q')], ['Customer', names], ['Amount', MONEY]]), 'Amount', { kpiId: null, unit: 'currency' }],
    ],
    near: [
      // A converted amount beside a processor's charges names no sale (as before).
      ['Data 2', tab(DATES, [['Amount', MONEY], ['Amount Refunded', BLANK], ['Converted Amount', MONEY], ['Fee', FEES], ['Customer ID', ids('cus_')]]), 'Converted Amount', { kpiId: null }],
      // An agency's fee billed beside an amount, with no processor's word: not the costs (money, no KPI, as before).
      ['Data 20', tab(DATES, [['Client', names], ['Amount', MONEY], ['Fee', FEES]]), 'Fee', { kpiId: null }],
      // An invoice list's balance owed beside its amount and due date: one row an invoice, summed.
      ['Data 21', tab(LOG, [['Invoice', ids('I')], ['Due date', BLANK], ['Amount', MONEY], ['Balance', MONEY]]), 'Balance', { aggregation: 'total' }],
      // A score the catalog names keeps its KPI; an index stays a score; a share of an amount stays a percentage.
      ['Data 22', tab(DATES, [['NPS score', SCORES]]), 'NPS score', { kpiId: 'nps' }],
      ['Data 23', tab(DATES, [['Price index', INDEX]]), 'Price index', { unit: 'score' }],
      ['Data 24', tab(DATES, [['Amount (% of sales)', SMALL]]), 'Amount (% of sales)', { unit: 'percent' }],
      // A time in a pipeline's own words: days in stage, as before.
      ['Data 25', tab(DATES, [['deal_id', ids('D')], ['days_in_stage', COUNTS]]), 'days_in_stage', { kpiId: null, unit: 'days' }],
    ],
  },
  fr_FR: {
    changed: [
      // The days customers take to pay beside a treasury's months.
      ['Données 1', tab(DATES, [['Encaissements', WHOLE], ['Ventes', WHOLE], ['Délai clients', COUNTS]]), 'Délai clients', { kpiId: null, unit: 'days' }],
      // An invoice's tax at its rate.
      ['Données 2', tab(DATES, [['numéro de facture', ids('F')], ['montant HT ', MONEY], ['montant TVA 20%', MONEY]]), 'montant TVA 20%', { unit: 'currency' }],
      // A bank account's transactions by their type: no sale.
      ['Données 3', tab(DATES, [['IBAN du compte', BLANK], ["Type d'opération", BLANK], ['Montant TTC', MONEY], ['Factures', BLANK]]), 'Montant TTC', { kpiId: null, unit: 'currency' }],
      // A search engine's pages in its index, counted.
      ['Données 4', tab(DATES, [['Non indexées', SMALL], ["Dans l'index", SMALL]]), "Dans l'index", { unit: 'count' }],
      // A quote's amounts (saved, sent and accepted quotes in one list), beside the invoices it led to.
      ['Données 5', tab(DATES, [['numéro du devis', ids('D')], ['statut du devis', BLANK], ['nom du client', names], ['montant HT', MONEY], ['Facture(s) liée(s)', BLANK]]), 'montant HT', { kpiId: null, unit: 'currency' }],
    ],
    near: [
      // A product's type beside a client's amount stays a sale; an index series stays a score; a bare share of an amount a
      // percentage.
      ['Données 20', tab(DATES, [['client', names], ['Type de produit', names], ['montant', MONEY]]), 'montant', { kpiId: 'revenue' }],
      ['Données 21', tab(DATES, [['Indice des prix', INDEX]]), 'Indice des prix', { unit: 'score' }],
      ['Données 22', tab(DATES, [['Montant %', SMALL]]), 'Montant %', { unit: 'percent' }],
      // An invoice's amount beside the quote it came from stays a sale.
      ['Données 23', tab(DATES, [['numéro de facture', ids('F')], ['nom du client', names], ['Devis lié', BLANK], ['montant HT', MONEY]]), 'montant HT', { kpiId: 'revenue' }],
    ],
  },
};

describeHeaderCases('hdr60', CASES);
