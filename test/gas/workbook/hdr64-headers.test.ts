/**
 * hdr64 through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: the twenty-second header set's classes — a quantity
 * (« Qté demandée », « QTE_FABRIQUEE », "Qty allocated") things counted over the period, summed, a stock's or one on hand held,
 * and one beside a work centre or a production order (« Poste de charge », « NUM_OF ») made, not sold; business failures
 * (« défaillances », "bankruptcies") events counted « par date de jugement »; a budget's situation or execution (« Situation
 * mensuelle du budget de l'État - Dépenses - Cumul depuis le début de l'année ») its actuals, cumulated a level; an amount in a
 * ledger beside its debit and its credit (« montant_debit », « montant_final ») a movement summed; loyalty points no retention;
 * a Shopify order's "Shipping" beside its currency's column money; TikTok's "New followers" and a "Net growth" beside followers
 * sign-ups summed; GA4's "Total revenue" of the Nth day summed.
 * `changed` cases fail on the session start's bundle (d83463d7: main's 79361f19 with the set renamed); near misses pass on both.
 * CSV-like columns: no number format.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, COUNTS, DATES, datedTab, describeHeaderCases, GOALS_TAB, harness, HELD, ids, MONEY, MONTHS, QUARTERS, SMALL, type HeaderCase } from './harness';

const tab = datedTab;
const text = (word: string): string[] => DATES.map(() => word);
/** A ledger's lines: an account, its debit, its credit and the month's net (zeros on the other side). */
const LEDGER = (debit: string, credit: string, net?: string): unknown[][] =>
  tab(DATES, [['num_compte', ids('60')], [debit, MONEY], [credit, MONEY.map((v, i) => (i % 2 ? v : 0))], ...(net ? [[net, MONEY.map((v, i) => (i % 2 ? 0 : v))] as const] : [])]);
/** A Shopify order export, two orders a day: its currency's column beside the order's money, shipping charged in whole amounts. */
const SHOPIFY = (): unknown[][] => tab(DATES.map((_, i) => DATES[i - (i % 2)]), [['Name', ids('#10')], ['Currency', text('USD')], ['Subtotal', MONEY], ['Shipping', SMALL], ['Total', MONEY.map((v, i) => v + SMALL[i])]]);
/** TikTok's daily account export. */
const TIKTOK = (): unknown[][] => tab(DATES, [['Video views', COUNTS.map((v) => v * 50)], ['Net growth', [10, 100, 26, -2, 14, 8, 30, 12, 5, 9]], ['New followers', [10, 100, 26, 1, 14, 8, 30, 12, 5, 9]], ['Lost followers', [0, 0, 0, 3, 0, 0, 0, 0, 0, 0]]]);
/** The State's spending cumulated since January, rising through the year (millions). */
const CUMULATED = [22164, 57524, 86751, 120330, 151002, 182410, 215876, 248011, 280443, 312907];

const CASES: Record<'en_US' | 'fr_FR', { changed: readonly HeaderCase[]; near: readonly HeaderCase[] }> = {
  en_US: {
    changed: [
      // Quantities allocated or produced are things counted, summed.
      ['Data 1', tab(DATES, [['Order', ids('SO')], ['Customer', text('Aldes')], ['Qty allocated', SMALL]]), 'Qty allocated', { kpiId: null, unit: 'count', aggregation: 'total' }],
      ['Data 2', tab(DATES, [['Production order', ids('OF')], ['Work center', text('Press 2')], ['Qty', COUNTS]]), 'Qty', { kpiId: null, aggregation: 'total' }],
      // A Shopify order's shipping beside its currency's column is money.
      ['Data 3', SHOPIFY(), 'Shipping', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // TikTok: new followers and the net growth beside them are sign-ups, summed.
      ['Data 4', TIKTOK(), 'New followers', { kpiId: 'signups', unit: 'count', aggregation: 'total' }],
      ['Data 4', TIKTOK(), 'Net growth', { kpiId: 'signups', unit: 'count', aggregation: 'total' }],
      // GA4's snapshot: the revenue of the Nth day is that day's, summed.
      ['Data 5', tab(DATES, [['Nth day', ids('')], ['Total revenue', MONEY]]), 'Total revenue', { kpiId: 'revenue', aggregation: 'total' }],
      // A loyalty programme's reward points are no retention rate.
      ['Data 7', tab(DATES, [['Customer', text('Bob')], ['Loyalty points', COUNTS]]), 'Loyalty points', { kpiId: null, unit: 'count' }],
    ],
    near: [
      // Bankruptcies counted by the date of the judgement were summed already by "Number" (no « par » in English).
      ['Data 6', tab(DATES, [['Number of bankruptcies by date of judgement', COUNTS]]), 'Number of bankruptcies by date of judgement', { kpiId: null, aggregation: 'total' }],
      // Stock held and quantities on hand stay levels; a quantity sold stays the deals counted.
      ['Data 8', tab(DATES, [['Stock quantity', HELD]]), 'Stock quantity', { aggregation: 'level' }],
      ['Data 9', tab(DATES, [['On hand qty', HELD]]), 'On hand qty', { aggregation: 'level' }],
      ['Data 10', tab(DATES, [['Order', ids('SO')], ['Customer', text('Aldes')], ['Quantity', SMALL]]), 'Quantity', { kpiId: 'deals_closed', aggregation: 'total' }],
      // A price per unit stays a level; a bank statement's balance beside debit and credit stays a level.
      ['Data 11', tab(DATES, [['Units sold', SMALL], ['Price per unit', MONEY]]), 'Price per unit', { aggregation: 'level' }],
      ['Data 12', tab(DATES, [['Debit', MONEY], ['Credit', MONEY], ['Balance', HELD]]), 'Balance', { aggregation: 'level' }],
      // A shipping count with no currency beside stays a count; a revenue growth stays sales growth.
      ['Data 13', tab(DATES, [['Orders', COUNTS], ['Shipping', SMALL]]), 'Shipping', { unit: 'count' }],
      // Beside a currency's column, a discount's rate stays a rate and discounts counted a count.
      ['Data 17', tab(DATES, [['Currency', text('USD')], ['Subtotal', MONEY], ['Discount rate', [5, 10, 5, 0, 15, 5, 10, 5, 0, 5]], ['Number of discounts', SMALL]]), 'Discount rate', { unit: 'percent' }],
      ['Data 17', tab(DATES, [['Currency', text('USD')], ['Subtotal', MONEY], ['Discount rate', [5, 10, 5, 0, 15, 5, 10, 5, 0, 5]], ['Number of discounts', SMALL]]), 'Number of discounts', { unit: 'count' }],
      ['Data 14', tab(DATES, [['Revenue', MONEY], ['Revenue growth %', [2, 3, 1, 4, 2, 3, 5, 2, 1, 3]]]), 'Revenue growth %', { kpiId: 'sales_growth' }],
      // An audience held stays no sign-ups.
      ['Data 15', tab(DATES, [['Followers', HELD]]), 'Followers', { kpiId: null }],
      // Revenue with no GA4 ordinal beside stays the catalog's level (ruling H4, cut).
      ['Data 16', tab(MONTHS, [['Revenue', MONEY]]), 'Revenue', { kpiId: 'revenue', aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // A laboratory's purchase requests and a maker's production orders: quantities counted, summed.
      ['Données 1', tab(DATES, [['Nom et prénom', text('Amine')], ['Quantité demandée', SMALL], ['Prix', MONEY]]), 'Quantité demandée', { kpiId: null, unit: 'count', aggregation: 'total' }],
      ['Données 2', tab(DATES, [['NUM_OF', ids('OF')], ['ARTICLE', text('EAR')], ['QTE_A_FABRIQUER', COUNTS], ['QTE_FABRIQUEE', COUNTS]]), 'QTE_FABRIQUEE', { kpiId: null, unit: 'count', aggregation: 'total' }],
      // A day's output by work centre is made, not sold.
      ['Données 3', tab(DATES, [['Article', text('BXC')], ['Type commande', text('Ferme')], ['Poste de charge', text('Presse')], ['Qté', SMALL]]), 'Qté', { kpiId: null, aggregation: 'total' }],
      // INSEE's business failures by date of judgement: events counted, summed.
      ['Données 4', tab(QUARTERS, [["Nombre de défaillances d'entreprises par date de jugement", COUNTS]]), "Nombre de défaillances d'entreprises par date de jugement", { kpiId: null, aggregation: 'total' }],
      // The State budget's situation is its actuals: spending cumulated since January, the costs at a level.
      ['Données 5', tab(MONTHS, [["Situation mensuelle du budget de l'État - Dépenses - Cumul depuis le début de l'année", CUMULATED]]), "Situation mensuelle du budget de l'État - Dépenses - Cumul depuis le début de l'année", { kpiId: 'costs', aggregation: 'level' }],
      // A ledger's amounts beside its debit and its credit are movements, summed.
      ['Données 6', LEDGER('montant_debit', 'montant_credit'), 'montant_debit', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 7', LEDGER('Debit', 'Credit', 'montant_final'), 'montant_final', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // Loyalty points held are no retention rate.
      ['Données 8', tab(DATES, [['nom', text('Awa')], ['points_fidelite', COUNTS]]), 'points_fidelite', { kpiId: null, unit: 'count' }],
    ],
    near: [
      // A stock's quantity stays a level; a quantity sold stays the deals counted.
      ['Données 9', tab(DATES, [['Quantité en stock', HELD]]), 'Quantité en stock', { aggregation: 'level' }],
      ['Données 10', tab(DATES, [['N° commande', ids('C')], ['Client', text('Marc')], ['Quantité', SMALL]]), 'Quantité', { kpiId: 'deals_closed', aggregation: 'total' }],
      // A bank statement's balance beside its debit and its credit stays a level.
      ['Données 11', tab(DATES, [['Libellé', text('Virement')], ['Débit', MONEY], ['Crédit', MONEY], ['Solde', HELD]]), 'Solde', { aggregation: 'level' }],
      // A ledger's unit price beside its debit and its credit stays a level.
      ['Données 15', tab(DATES, [['Débit', MONEY], ['Crédit', MONEY], ['Prix unitaire', MONEY]]), 'Prix unitaire', { aggregation: 'level' }],
      // A price per customer stays a level; the retention rate stays the rate.
      ['Données 12', tab(DATES, [['Prix par client', MONEY]]), 'Prix par client', { aggregation: 'level' }],
      ['Données 13', tab(DATES, [['Taux de fidélité', [0.81, 0.8, 0.82, 0.79, 0.83, 0.8, 0.81, 0.84, 0.82, 0.8]]]), 'Taux de fidélité', { kpiId: 'retention' }],
      // Revenue cumulated since January stays the revenue at a level.
      ['Données 14', tab(MONTHS, [["Chiffre d'affaires cumulé depuis le début de l'année", CUMULATED]]), "Chiffre d'affaires cumulé depuis le début de l'année", { kpiId: 'revenue', aggregation: 'level' }],
    ],
  },
};

describeHeaderCases('hdr64', CASES);

describe('hdr64: a plan stays a plan, a budget\'s situation is its actuals', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR' });
  addSheet(h.emulator, 'Budget', tab(MONTHS, [['Budget des dépenses', CUMULATED], ["Situation mensuelle du budget de l'État - Dépenses", CUMULATED]]));
  const context = h.run<SidebarContext>('sidebarGetContext');
  it('lists the situation, not the budget', () => {
    const names = context.series.filter((s) => s.sheetName === 'Budget').map((s) => s.name);
    expect(names).toEqual(["Situation mensuelle du budget de l'État - Dépenses"]);
  });
});

describe('hdr64: Check goals finds the followers of a TikTok export for a sign-ups goal ("No KPI tab found" on the base)', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  addSheet(h.emulator, 'TikTok', TIKTOK());
  const goals = addSheet(h.emulator, GOALS_TAB.en_US.goals, [GOALS_TAB.en_US.cols, ['G1', 'Get 400 sign-ups by June 30, 2027.', '', 'Emma', '', '', '', '']]);
  const context = h.run<SidebarContext>('sidebarGetContext');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = (values[0] as string[]).indexOf('SMART notes');
  it('reads the new followers as sign-ups summed', () => {
    expect(context.series.find((s) => s.sheetName === 'TikTok' && s.name === 'New followers')).toEqual(expect.objectContaining({ kpiId: 'signups', unit: 'count', aggregation: 'total' }));
  });
  it('finds a tab for the sign-ups goal', () => {
    expect(notes).toBeGreaterThanOrEqual(0);
    expect(String(values[1][notes])).not.toMatch(/No KPI tab found/);
  });
});
