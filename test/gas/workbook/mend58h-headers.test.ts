/**
 * mend58h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the review of hdr58's header rules, narrowed.
 * A rate's word before a unit of time is a duration only for an English plural over whole numbers (« Marge mois »,
 * « Conversion mois » typed in percent, "Churn months" typed in percent stay the KPI; « Dossiers traités mois » stay summed);
 * an amount is summed as money moved only with a word of money moving (a limit, an amount insured, unpaid or saved stays
 * held); a depreciation is a P&L's expense beside any revenue's words, never in a loan's schedule; a bare amount dated by its
 * payment stays revenue beside a SKU or a due date; an inventory is money beside both receivables and payables.
 * `changed` cases fail on the session start's bundle (93f7e2d0); near misses pass on both.
 */
import { COUNTS, DATES, datedTab, describeHeaderCases, HELD, ids, MONEY, MONTHS, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
/** A month's revenue and margin in thousands of euros (12–15 k). */
const REVENUE = [41200, 43800, 39900, 44100, 45600, 42300, 46800, 44900, 47200, 48100];
const MARGIN = [12400, 13100, 12050, 13800, 14200, 12900, 14750, 13600, 14900, 15000];
/** A rate typed with its percent sign, as a user types it in each locale. */
const RATE_EN = ['3.2 %', '3.5 %', '2.9 %', '3.8 %', '4.1 %', '3.6 %', '3.3 %', '3.9 %', '4.2 %', '4 %'];
const RATE_FR = RATE_EN.map((r) => r.replace('.', ','));
/** Whole months an account stayed. */
const DURATIONS = [19, 35, 33, 15, 14, 27, 8, 22, 41, 12];
/** A balance that climbs, beside its neighbour. */
const HELD_TOO = HELD.map((v) => v * 3 + 500);

/** Tabs read for two cases each (a tab is added once). */
const RATES_EN_TAB = tab(MONTHS, [['Conversion months', RATE_EN], ['Retention weeks', RATE_EN], ['Churn months', RATE_EN]]);
const HELD_EN_TAB_1 = tab(MONTHS, [['Amount limit', HELD], ['Amount insured', HELD_TOO]]);
const HELD_EN_TAB_2 = tab(MONTHS, [['Amount unpaid', HELD], ['Amount saved', HELD_TOO]]);
const HELD_EN_TAB_3 = tab(MONTHS, [['Amount in escrow', HELD], ['Amount pending', HELD_TOO]]);
const REFUNDS_TAB = tab(DATES, [['order_id', ids('O')], ['amount_refunded', MONEY], ['amount_billed', MONEY]]);
const MONTH_MARGIN_TAB = tab(MONTHS, [['CA mois', REVENUE], ['Marge mois', MARGIN], ['Marge brute mois', MARGIN]]);
const RATES_FR_TAB = tab(MONTHS, [['Conversion mois', RATE_FR], ['Rétention mois', RATE_FR]]);
const MONTH_CASES_TAB = tab(MONTHS, [['Dossiers traités mois', COUNTS], ['Réclamations mois', COUNTS]]);
const HELD_FR_TAB_1 = tab(MONTHS, [['montant_max', HELD], ['montant_garanti', HELD_TOO]]);
const HELD_FR_TAB_2 = tab(MONTHS, [['montant_impaye', HELD], ['montant_epargne', HELD_TOO]]);
const REPAID_TAB = tab(DATES, [['client', names], ['montant_rembourse', WHOLE], ['montant_remise', WHOLE]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // A rate typed in percent keeps its KPI whatever unit of time follows its word.
      ['Data 1', RATES_EN_TAB, 'Conversion months', { kpiId: 'conversion_rate', unit: 'percent', aggregation: 'level' }],
      ['Data 1', RATES_EN_TAB, 'Retention weeks', { kpiId: 'retention', unit: 'percent', aggregation: 'level' }],
      ['Data 1', RATES_EN_TAB, 'Churn months', { kpiId: 'churn', unit: 'percent', aggregation: 'level' }],
      // Balances, limits and money not yet moved stay held on a monthly tab.
      ['Data 2', HELD_EN_TAB_1, 'Amount limit', { aggregation: 'level' }],
      ['Data 2', HELD_EN_TAB_1, 'Amount insured', { aggregation: 'level' }],
      ['Data 3', HELD_EN_TAB_2, 'Amount unpaid', { aggregation: 'level' }],
      ['Data 3', HELD_EN_TAB_2, 'Amount saved', { aggregation: 'level' }],
      ['Data 4', HELD_EN_TAB_3, 'Amount in escrow', { aggregation: 'level' }],
      ['Data 4', HELD_EN_TAB_3, 'Amount pending', { aggregation: 'level' }],
      // A P&L's depreciation beside sales and operating expenses.
      ['Data 5', tab(MONTHS, [['Sales', REVENUE], ['COGS', MARGIN], ['Opex', MARGIN], ['Depreciation', WHOLE]]), 'Depreciation', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      // A bare amount paid beside a product's SKU or a bill's due date is a sale.
      ['Data 6', tab(DATES, [['Customer Name', names], ['SKU', ids('K')], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: 'revenue', unit: 'currency', aggregation: 'total' }],
      ['Data 7', tab(DATES, [['Customer Name', names], ['Amount', MONEY], ['Payment Date', DATES], ['Due Date', DATES]]), 'Amount', { kpiId: 'revenue', unit: 'currency', aggregation: 'total' }],
      // Working capital abbreviated; a warehouse's stock beside its payables alone stays counted.
      ['Data 8', tab(MONTHS, [['Inventory', WHOLE], ['AR', WHOLE], ['AP', WHOLE]]), 'Inventory', { unit: 'currency', aggregation: 'level' }],
      ['Data 9', tab(MONTHS, [['Units received', COUNTS], ['Stock', WHOLE], ['Payables', WHOLE]]), 'Stock', { unit: 'count' }],
    ],
    near: [
      // hdr58's duration: whole months an account stayed.
      ['Data 20', tab(DATES, [['account_id', ids('A')], ['arr', WHOLE], ['retention_months', DURATIONS]]), 'retention_months', { kpiId: null, unit: 'count', aggregation: 'level' }],
      // Money refunded, billed or allocated is summed.
      ['Data 21', REFUNDS_TAB, 'amount_refunded', { aggregation: 'total' }],
      ['Data 21', REFUNDS_TAB, 'amount_billed', { aggregation: 'total' }],
      // A subscription's payments stay cash collected; a depreciation alone names nothing.
      ['Data 22', tab(DATES, [['Plan Name', names], ['Customer Name', names], ['Amount', MONEY], ['Payment Date', DATES]]), 'Amount', { kpiId: null, aggregation: 'total' }],
      ['Data 23', tab(MONTHS, [['Depreciation', WHOLE], ['Headcount', COUNTS]]), 'Depreciation', { kpiId: null }],
      // hdr58's working capital.
      ['Data 24', tab(MONTHS, [['Inventory', WHOLE], ['Accounts_Receivable', WHOLE], ['Accounts_Payable', WHOLE]]), 'Inventory', { unit: 'currency', aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // This month's margin in euros and this month's rates: « mois » is singular too.
      ['Données 1', MONTH_MARGIN_TAB, 'Marge mois', { kpiId: 'profit', unit: 'currency', aggregation: 'total' }],
      ['Données 1', MONTH_MARGIN_TAB, 'Marge brute mois', { kpiId: 'profit', unit: 'currency', aggregation: 'total' }],
      ['Données 2', RATES_FR_TAB, 'Conversion mois', { kpiId: 'conversion_rate', unit: 'percent', aggregation: 'level' }],
      ['Données 2', RATES_FR_TAB, 'Rétention mois', { kpiId: 'retention', unit: 'percent', aggregation: 'level' }],
      // Cases handled this month are summed.
      ['Données 3', MONTH_CASES_TAB, 'Dossiers traités mois', { kpiId: null, unit: 'count', aggregation: 'total' }],
      ['Données 3', MONTH_CASES_TAB, 'Réclamations mois', { kpiId: null, unit: 'count', aggregation: 'total' }],
      // A ceiling, an amount guaranteed, unpaid or saved is held.
      ['Données 4', HELD_FR_TAB_1, 'montant_max', { aggregation: 'level' }],
      ['Données 4', HELD_FR_TAB_1, 'montant_garanti', { aggregation: 'level' }],
      ['Données 5', HELD_FR_TAB_2, 'montant_impaye', { aggregation: 'level' }],
      ['Données 5', HELD_FR_TAB_2, 'montant_epargne', { aggregation: 'level' }],
      // A loan's schedule: the principal repaid is no expense.
      ['Données 6', tab(MONTHS, [['revenus locatifs', REVENUE], ['charges', MARGIN], ['interets', WHOLE], ['amortissement', WHOLE], ['capital restant du', HELD]]), 'amortissement', { kpiId: null }],
      // A P&L's depreciation beside « CA » or « Chiffre d'affaires ».
      ['Données 7', tab(MONTHS, [['CA', REVENUE], ['Charges', MARGIN], ['Amortissements', WHOLE], ['Résultat', MARGIN]]), 'Amortissements', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Données 8', tab(MONTHS, [["Chiffre d'affaires", REVENUE], ['Charges externes', MARGIN], ['Dotations aux amortissements', WHOLE], ['Résultat net', MARGIN]]), 'Dotations aux amortissements', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      // Stocks beside customers' and suppliers' balances.
      ['Données 9', tab(MONTHS, [['Stocks', WHOLE], ['Clients', WHOLE], ['Fournisseurs', WHOLE]]), 'Stocks', { unit: 'currency', aggregation: 'level' }],
    ],
    near: [
      // hdr58's allocations, and money repaid or discounted, summed.
      ['Données 20', tab(DATES, [['paiement', ids('P')], ['dette', ids('D')], ['montant_alloue', WHOLE]]), 'montant_alloue', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 21', REPAID_TAB, 'montant_rembourse', { aggregation: 'total' }],
      ['Données 21', REPAID_TAB, 'montant_remise', { aggregation: 'total' }],
      // A reseller's payments stay cash collected beside a reference.
      ['Données 22', tab(DATES, [['reference', ids('P')], ['client', names], ['date_paiement', DATES], ['montant', WHOLE], ['mode_paiement', names]]), 'montant', { kpiId: null, aggregation: 'total' }],
      // What is left owed is held.
      ['Données 23', tab(DATES, [['client', names], ['montant_restant_du', WHOLE]]), 'montant_restant_du', { aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('mend58h', CASES);
