/**
 * mend60h through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: hdr60's header rules narrowed — a quote's number,
 * status or date on the row takes the KPI from the quote's own amounts only (never an invoiced, billed or paid amount, nor on
 * an invoice's tab); « Type d'opération » is a bank's by its values or, blank, on no sale's tab and beside no « pièce »; the
 * card processor's charges need a processor's own words (card, converted, payout, net) and no invoice's or ticket's tab;
 * « montant … N % » is money only at a rate of tax; only Search Console's « Dans l'index » escapes the index's score.
 * `changed` cases fail on main at 80d286c9 (hdr60 merged); near misses pass on both. CSV-like columns: no number format.
 * Check goals on a "Jobs" tab reads its invoices' totals as the revenue (unknown, "No KPI tab found", on 80d286c9).
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, ids, MONEY, MONTHS, SMALL, WHOLE, type HeaderCase } from './harness';

const tab = datedTab;
const names = DATES.map((_, i) => `Client ${i + 1}`);
const text = (word: string): string[] => DATES.map(() => word);
/** A neighbour left blank, as a CSV file's other columns stand in the header eval. */
const BLANK = DATES.map(() => '');
/** A processor's (or an agency's) fee on each amount. */
const FEES = MONEY.map((v) => Math.round(v * 2.9) / 100);
/** A change on last year in points, −10 to 25. */
const CHANGES = [-10, 4, 12.5, 25, -3, 8, 0, 15, -6, 20];
/** A change in an index, in points of it. */
const INDEX_CHANGES = [0.4, -0.2, 0.1, 0.3, -0.5, 0.2, 0, 0.6, -0.1, 0.3];
/** A month's tax at 5.5 % of about 40,000 of sales. */
const TAX = [2180.4, 2245.1, 2301.9, 2198.35, 2260, 2333.75, 2290.2, 2355.6, 2402.15, 2377.8];
const monthly = (columns: ReadonlyArray<readonly [string, readonly unknown[]]>): unknown[][] => tab(MONTHS, columns);
const QUOTES_AND_INVOICES = tab(DATES, [['Quote number', ids('Q')], ['Invoice number', ids('I')], ['Customer', names], ['Quote amount', WHOLE], ['Invoiced amount', MONEY], ['Amount paid', MONEY]]);

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // 1. An invoice's amounts beside a quote's date or number are sold; only the quote's own amount is none.
      ['Jobs', tab(DATES, [['Invoice Date', BLANK], ['Job #', ids('J')], ['Quote Date', BLANK], ['Customer', names], ['Invoice Total', MONEY]]), 'Invoice Total', { kpiId: 'revenue', unit: 'currency' }],
      ['Quotes & invoices', QUOTES_AND_INVOICES, 'Invoiced amount', { kpiId: 'revenue' }],
      ['Quotes & invoices', QUOTES_AND_INVOICES, 'Amount paid', { kpiId: 'revenue' }],
      // 3. A ticket seller's fee: billed money, no costs (an invoice list's below, with Check goals).
      ['Ticket sales', tab(DATES, [['Amount', MONEY], ['Fee', FEES], ['Captured', BLANK]]), 'Fee', { kpiId: null, unit: 'currency' }],
      // 4. A change on a year or the year before in points is a percentage.
      ['Data 1', tab(DATES, [['Amount vs 2024 %', CHANGES]]), 'Amount vs 2024 %', { unit: 'percent' }],
      // 4. A tax amount at its rate is money, one row a month summed.
      ['Data 5', monthly([['VAT 20%', TAX.map((v) => v * 4)], ['Amount tax 5.5%', TAX]]), 'Amount tax 5.5%', { unit: 'currency', aggregation: 'total' }],
      // 5. A change in an index is the index's, a score, no second revenue series on a sales tab.
      ['Sales', monthly([['Revenue', WHOLE.map((v) => v * 10)], ['Change in index', INDEX_CHANGES]]), 'Change in index', { kpiId: null, unit: 'score' }],
    ],
    near: [
      ['Quotes & invoices', QUOTES_AND_INVOICES, 'Quote amount', { kpiId: null }],
      // A quote list's own amount beside its number stays no KPI (hdr60).
      ['Data 2', tab(DATES, [['Quote number', ids('Q')], ['Customer', names], ['Amount', MONEY]]), 'Amount', { kpiId: null, unit: 'currency' }],
      // 3. A card processor's charges: "Amount Refunded" without "Captured" beside a card's id; a converted amount no sale, its
      // fee the costs. (The converted amount reads revenue with hdr60's PROCESSOR_AMOUNT lacking "converted": checked, it pins it.)
      ['Data 3', tab(DATES, [['id', ids('ch_')], ['Amount', MONEY], ['Amount Refunded', BLANK], ['Converted Amount', MONEY], ['Fee', FEES], ['Card ID', ids('card_')], ['Customer ID', ids('cus_')], ['Invoice ID', ids('in_')]]), 'Fee', { kpiId: 'costs', unit: 'currency' }],
      ['Data 3', tab(DATES, [['id', ids('ch_')], ['Amount', MONEY], ['Amount Refunded', BLANK], ['Converted Amount', MONEY], ['Fee', FEES], ['Card ID', ids('card_')], ['Customer ID', ids('cus_')], ['Invoice ID', ids('in_')]]), 'Converted Amount', { kpiId: null, unit: 'currency' }],
      ['Data 4', tab(DATES, [['Charge ID', ids('ch_')], ['Amount', MONEY], ['Captured', text('true')], ['Fee', FEES]]), 'Fee', { kpiId: 'costs' }],
      // 5. Search Console's pages in the index, counted.
      ['Data 6', tab(DATES, [['Not indexed', SMALL], ['In index', SMALL]]), 'In index', { unit: 'count' }],
    ],
  },
  fr_FR: {
    changed: [
      // 1.
      ['Factures', tab(DATES, [['Date facture', BLANK], ['N° facture', ids('F')], ['Statut du devis', text('Accepté')], ['Client', names], ['Total TTC', MONEY]]), 'Total TTC', { kpiId: 'revenue' }],
      ['Ventes', tab(DATES, [['Date du devis', BLANK], ['Client', names], ['Montant facturé', MONEY]]), 'Montant facturé', { kpiId: 'revenue' }],
      // 2. A sales journal's and a till's operations are sales, summed.
      ['Journal des ventes', tab(DATES, [['Pièce', ids('VT')], ['Client', names], ["Type d'opération", BLANK], ['Montant HT', MONEY], ['TVA', FEES], ['Montant TTC', MONEY]]), 'Montant HT', { kpiId: 'revenue', aggregation: 'total' }],
      ['Caisse', tab(DATES, [["Type d'opération", text('Vente')], ['Client', names], ['Montant TTC', MONEY]]), 'Montant TTC', { kpiId: 'revenue', aggregation: 'total' }],
      // 4. A change on the year before, a share of sales: percentages.
      ['Données 1', tab(DATES, [['Montant évolution N-1 %', CHANGES]]), 'Montant évolution N-1 %', { unit: 'percent' }],
      ['Données 2', tab(DATES, [['Montant / CA 2025 %', SMALL]]), 'Montant / CA 2025 %', { unit: 'percent' }],
      ['Données 5', monthly([['Montant TVA 5,5%', TAX]]), 'Montant TVA 5,5%', { unit: 'currency', aggregation: 'total' }],
      // 5. A change or a rank in an index: a score, no KPI of its tab.
      ['Ventes 2', monthly([['Ventes', WHOLE.map((v) => v * 10)], ["Variation dans l'indice", INDEX_CHANGES]]), "Variation dans l'indice", { kpiId: null, unit: 'score' }],
      ['Clients', tab(DATES, [["Rang dans l'indice", SMALL]]), "Rang dans l'indice", { kpiId: null, unit: 'score' }],
      ['Données 3', tab(DATES, [["Rang dans l'indice", SMALL]]), "Rang dans l'indice", { unit: 'score' }],
    ],
    near: [
      // 2. A bank's transactions by their type stay no sale by their values, beside a client's name too.
      ['Données 6', tab(DATES, [["Type d'opération", DATES.map((_, i) => (i % 2 ? 'Prélèvement' : 'Virement'))], ['Client', names], ['Montant TTC', MONEY]]), 'Montant TTC', { kpiId: null }],
      // 1. The quotes' own amounts beside their number, status and linked invoices stay no KPI (hdr60's set 18 line).
      ['Données 4', tab(DATES, [['numéro du devis', ids('D')], ['statut du devis', BLANK], ['nom du client', names], ['montant HT', MONEY], ['Facture(s) liée(s)', BLANK]]), 'montant HT', { kpiId: null, unit: 'currency' }],
    ],
  },
};

describeHeaderCases('mend60h', CASES);

/** Three invoices a month, January to October 2026, about $12,000 a month and rising. */
const JOB_ROWS = MONTHS.flatMap((month, m) => [0, 1, 2].map((k) => [`${month.slice(0, 8)}${String(5 + k * 9).padStart(2, '0')}`, `J${m * 3 + k + 1}`, month, `Customer ${k + 1}`, 3600 + m * 60 + k * 300]));

describe('mend60h: Check goals on "Jobs" reads the invoices beside a quote date as the revenue', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  addSheet(h.emulator, 'Jobs', [['Invoice Date', 'Job #', 'Quote Date', 'Customer', 'Invoice Total'], ...JOB_ROWS]);
  const goals = addSheet(h.emulator, 'Goals', [GOALS_TAB.en_US.cols, ['G1', 'Reach $12,000 in monthly revenue by June 2027.', '', 'Emma', '', '', '', '']]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const cell = (row: number, header: string): unknown => values[row][(values[0] as string[]).indexOf(header)];
  it('judges the goal on the invoices, not "No KPI tab found"', () => {
    expect(cell(1, 'SMART notes')).not.toMatch(/No KPI tab found/);
    expect(cell(1, 'Verdict')).toBe('on track');
  });
});

/** Three invoices a month (an agency's fee on each, refunds blank), beside a monthly "Expenses" tab of about $26,000. */
const INVOICE_ROWS = MONTHS.flatMap((month, m) => [0, 1, 2].map((k) => [`${month.slice(0, 8)}${String(5 + k * 9).padStart(2, '0')}`, `INV-${m * 3 + k + 1}`, `Client ${k + 1}`, 4200 + m * 50 + k * 400, 420 + m * 5 + k * 40, '']));
const EXPENSES = [25100, 25400, 25900, 25600, 26100, 26300, 25800, 26500, 26200, 26400];

describe('mend60h: an invoice list\'s "Fee" beside "Amount Refunded" is no card processor\'s costs', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  addSheet(h.emulator, 'Expenses', monthly([['Operating costs', EXPENSES]]));
  addSheet(h.emulator, 'Invoices', [['Date', 'Invoice #', 'Client', 'Amount', 'Fee', 'Amount Refunded'], ...INVOICE_ROWS]);
  const goals = addSheet(h.emulator, 'Goals', [GOALS_TAB.en_US.cols, ['G1', 'Keep monthly costs under $30,000 through June 2027.', '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const cell = (row: number, header: string): unknown => values[row][(values[0] as string[]).indexOf(header)];
  it('reads the fee as money that is not the costs', () => {
    expect(context.series.find((s) => s.sheetName === 'Invoices' && s.name === 'Fee')).toEqual(expect.objectContaining({ unit: 'currency', kpiId: expect.not.stringMatching(/^costs$/) }));
  });
  // The reviewer's unknown ("“Operating costs” is on 2 tabs (Expenses, Invoices)") is not reproduced by these tabs: on track on
  // 80d286c9's bundle too, kept as a guard.
  it('judges the costs goal on the Expenses tab alone', () => {
    expect(cell(1, 'SMART notes')).not.toMatch(/2 tabs/);
    expect(cell(1, 'Verdict')).toBe('on track');
  });
});
