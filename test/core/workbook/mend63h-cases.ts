/**
 * mend63h: the header cases of hdr63's review (/work/wt/prompts/reviews/hdr63.md, findings 1–7), shared by the core rows
 * (`detectKpiSeries`, mend63h-headers.test.ts here) and the built bundle's wizard list (test/gas/workbook/mend63h-headers.test.ts).
 * `changed`: read otherwise on hdr63's merge (98bae591, main at f958cc94) — back to what main read before hdr63 where the review
 * expects it, money where a tax states its rate beside its amounts (the lead's ruling on « TPS (5 %) »); `near`: hdr63's readings
 * that stay (its twenty-first set's classes). Tabs of records at irregular dates (weekly records 4 May – 7 Sep 2026) unless
 * monthly; CSV-like columns, no number format.
 */
export type Locale = 'en_US' | 'fr_FR';
export interface Expected {
  kpiId?: string | null;
  unit?: string | null;
  aggregation?: 'level' | 'total' | null;
}
/** The tab, its rows, the series' name as the wizard lists it, the reading expected. */
export type Case = readonly [sheet: string, rows: unknown[][], listed: string, expected: Expected];

export const DATES = ['2026-05-04', '2026-05-11', '2026-05-18', '2026-06-02', '2026-06-19', '2026-07-03', '2026-07-21', '2026-08-05', '2026-08-24', '2026-09-07'];
export const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const MONEY = [1708.92, 1712.56, 4656.99, 3485.94, 1413.96, 850.91, 2210.4, 1990, 3050.25, 1200];
const COUNTS = [120, 80, 90, 40, 70, 35, 64, 88, 51, 77];
const SMALL = [1, 2, 1, 1, 3, 1, 2, 1, 4, 1];
export const tab = (dates: readonly string[], columns: ReadonlyArray<readonly [string, readonly unknown[]]>): unknown[][] => [
  ['Date', ...columns.map(([header]) => header)],
  ...dates.map((date, i) => [date, ...columns.map(([, cells]) => cells[i])]),
];
const text = (word: string, dates: readonly string[] = DATES): string[] => dates.map(() => word);
const ids = (prefix: string): string[] => DATES.map((_, i) => `${prefix}${i + 1}`);

/** One row a deal, as Pipedrive exports them: 5,000 … 30,000 each. */
export const DEAL_VALUES = [5000, 12000, 7500, 30000, 2500, 18000, 9000, 4000, 15000, 6000];
export const deals = (title: string, value: string, currency: string, stage: string, at: string, status?: readonly [string, string]): unknown[][] =>
  tab(DATES, [[title, text('Acme')], [value, DEAL_VALUES], [currency, text('USD')], [stage, text(at)], ...(status ? [[status[0], text(status[1])] as const] : [])]);
/** The open pipeline's value month by month, one row a stage's month (no deal's title): a level. */
export const OPEN = [430000, 441000, 452500, 449000, 461000, 470500, 468000, 476000, 483500, 490000];
const snapshots = (value: string, currency: string, stage: string, at: string): unknown[][] => tab(MONTHS, [[value, OPEN], [currency, text('USD', MONTHS)], [stage, text(at, MONTHS)]]);
/** Subtotals of invoices and Canada's taxes on them (5 % and 9,975 %): amounts, no rates. */
const SUBTOTAL = [250, 749, 120, 400, 1000, 60, 88, 320, 500, 75];
const GST = SUBTOTAL.map((v) => Math.round(v * 5) / 100);
const QST = SUBTOTAL.map((v) => Math.round(v * 9.975) / 100);
/** Prices before tax and a VAT at 20 % or a tax at 10 % of each: the tax's amount follows the price. */
const PRICE = [25, 50, 25, 100, 50, 25, 100, 50, 25, 100];
/** A line's VAT rate in points (France's 20 and 5.5; with its five rates 0, 2.1, 5.5, 10, 20). */
const VAT_RATES = [20, 5.5, 20, 20, 5.5, 20, 10, 20, 5.5, 20];
const FIVE_RATES = [20, 2.1, 5.5, 10, 0, 20, 20, 5.5, 10, 20];
/** GA4's engagement rate a day, as a fraction and in points. */
const ENGAGEMENT = [0.52, 0.48, 0.61, 0.55, 0.5, 0.47, 0.58, 0.6, 0.49, 0.53];
/** An average ticket in whole euros. */
const BASKET = [23, 25, 21, 27, 24, 22, 26, 28, 25, 23];

export const CASES: Record<Locale, { changed: readonly Case[]; near: readonly Case[] }> = {
  en_US: {
    changed: [
      // 1. One row a deal (a title), or deals won or lost, or an order's stage: no pipeline's level.
      ['Deals', deals('Title', 'Value', 'Currency', 'Stage', 'Proposal'), 'Deals', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Won deals', deals('Title', 'Value', 'Currency', 'Stage', 'Closed'), 'Won deals', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Deals 2', deals('Title', 'Value', 'Currency', 'Stage', 'Proposal', ['Status', 'lost']), 'Deals 2', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Orders', deals('Title', 'Value', 'Currency', 'Stage', 'Shipped'), 'Orders', { kpiId: 'deals_closed', aggregation: 'total' }],
      // 2. A tax stating its rate beside its amounts is its money, summed (the lead's ruling; "GST (5%)" was a rate already).
      ['Invoices', tab(DATES, [['Customer', text('Bob')], ['Subtotal', SUBTOTAL], ['GST (5%)', GST], ['QST (9.975%)', QST]]), 'GST (5%)', { unit: 'currency', aggregation: 'total' }],
      // 4. Support tickets are no sales; an average ticket stays the average deal size.
      ['Data 1', tab(DATES, [['Revenue', MONEY], ['Tickets opened', SMALL], ['CSAT', SMALL]]), 'Tickets opened', { kpiId: null }],
      ['Support', tab(DATES, [['Revenue', MONEY], ['Tickets', SMALL]]), 'Tickets', { kpiId: null }],
      ['Data 2', tab(DATES, [['Revenue', MONEY], ['Tickets escalated', SMALL]]), 'Tickets escalated', { kpiId: null }],
      ['Data 3', tab(DATES, [['Revenue', MONEY], ['Ticket size', BASKET]]), 'Ticket size', { kpiId: 'average_deal_size', unit: 'currency', aggregation: 'level' }],
      // 5. A VAT or a tax that follows the price before tax is its amount.
      ['Data 4', tab(DATES, [['Product', text('Tea')], ['Price excl. VAT', PRICE], ['VAT', PRICE.map((p) => p * 0.2)]]), 'VAT', { unit: 'currency', aggregation: 'total' }],
      ['Data 5', tab(DATES, [['Price net', PRICE], ['Taxes', PRICE.map((p) => p * 0.1)]]), 'Taxes', { unit: 'currency', aggregation: 'total' }],
      // 6. GA4's engagement rate beside its ordinal day stays a rate.
      ['Data 6', tab(DATES, [['Nth day', ids('')], ['Engagement rate', ENGAGEMENT]]), 'Engagement rate', { unit: 'percent', aggregation: 'level' }],
      // 7. A purchase order's value is no sale; an order total counted one row a month stays the orders.
      ['Data 7', tab(DATES, [['Order ID', ids('PO')], ['Supplier', text('Acme')], ['Order Value', MONEY]]), 'Order Value', { kpiId: null, unit: 'currency' }],
      ['Data 8', tab(MONTHS, [['Order Total', COUNTS]]), 'Order Total', { kpiId: 'deals_closed', unit: 'count' }],
    ],
    near: [
      // hdr63's readings that stay: an open pipeline's monthly value by stage, an Etsy order's total, a till's tickets beside
      // the revenue, a VAT rate beside a price before tax, GA4's visitors and engagement time.
      ['Pipeline deals', snapshots('Value', 'Currency', 'Stage', 'Proposal'), 'Pipeline deals', { kpiId: 'pipeline_value', unit: 'currency', aggregation: 'level' }],
      ['Data 9', tab(DATES, [['Order ID', ids('E')], ['Order Total', MONEY]]), 'Order Total', { kpiId: 'revenue', unit: 'currency', aggregation: 'total' }],
      ['Data 10', tab(DATES, [['Revenue', MONEY], ['Tickets', SMALL]]), 'Tickets', { kpiId: 'deals_closed', unit: 'count', aggregation: 'total' }],
      ['Data 11', tab(DATES, [['Product', text('Tea')], ['Price excl. VAT', MONEY], ['VAT', VAT_RATES]]), 'VAT', { unit: 'percent', aggregation: 'level' }],
      ['Data 12', tab(DATES, [['Nth day', ids('')], ['Average engagement time per active user', COUNTS]]), 'Average engagement time per active user', { kpiId: null, unit: 'count', aggregation: 'level' }],
      ['Data 13', tab(DATES, [['Nth day', ids('')], ['Active users', COUNTS]]), 'Active users', { kpiId: 'website_traffic', aggregation: 'total' }],
      // A tax stating its rate in a few values up to 30 is that rate.
      ['Data 14', tab(DATES, [['Customer', text('Bob')], ['Subtotal', SUBTOTAL], ['GST (5%)', DATES.map(() => 5)]]), 'GST (5%)', { unit: 'percent', aggregation: 'level' }],
    ],
  },
  fr_FR: {
    changed: [
      // 1. Deals won: no open pipeline.
      ['Affaires gagnées', deals('Titre', 'Valeur', 'Devise', 'Étape', 'Gagné'), 'Affaires gagnées', { kpiId: 'deals_closed', aggregation: 'total' }],
      ['Affaires', deals('Titre', 'Valeur', 'Devise de Valeur', 'Étape', 'Proposition'), 'Affaires', { kpiId: 'deals_closed', aggregation: 'total' }],
      // 2. « TPS (5 %) » beside its amounts: money summed, however the space before « % » is written (mend62h).
      ['Données 1', tab(DATES, [['Client', text('Marc')], ['Sous-total', SUBTOTAL], ['TPS (5 %)', GST], ['TVQ (9,975 %)', QST], ['Total', SUBTOTAL.map((v, i) => v + GST[i] + QST[i])]]), 'TPS (5 %)', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      ['Données 2', tab(DATES, [['Client', text('Marc')], ['Sous-total', SUBTOTAL], ['TPS (5%)', GST], ['TVQ', QST]]), 'TPS (5%)', { unit: 'currency', aggregation: 'total' }],
      ['Données 3', tab(DATES, [['Client', text('Marc')], ['Sous-total', SUBTOTAL], ['TPS 5\u202f%', GST], ['TVQ', QST]]), 'TPS 5\u202f%', { unit: 'currency', aggregation: 'total' }],
      ['Données 4', tab(DATES, [['Client', text('Marc')], ['Sous-total', SUBTOTAL], ['TPS (5\u00a0%)', GST], ['TVQ', QST]]), 'TPS (5\u00a0%)', { unit: 'currency', aggregation: 'total' }],
      // 4. A support desk's tickets are no sales; « Ticket moyen » in whole euros stays the average basket.
      ['Données 5', tab(DATES, [['CA', MONEY], ['Tickets ouverts', SMALL], ['Tickets fermés', SMALL]]), 'Tickets ouverts', { kpiId: null }],
      ['Données 6', tab(DATES, [['CA', MONEY], ['NbTicket', SMALL], ['Délai de réponse', SMALL]]), 'NbTicket', { kpiId: null }],
      ['Données 7', tab(DATES, [['CA', MONEY], ['NbTicket', SMALL], ['Satisfaction', SMALL]]), 'NbTicket', { kpiId: null }],
      ['Données 8', tab(DATES, [['CA', MONEY], ['Nb tickets', COUNTS], ['Ticket moyen', BASKET]]), 'Ticket moyen', { kpiId: 'average_deal_size', unit: 'currency', aggregation: 'level' }],
      // 5. A VAT that follows the price is its amount; France's five rates are rates.
      ['Données 9', tab(DATES, [['Produit', text('Thé')], ['Prix HT', PRICE], ['TVA', PRICE.map((p) => p * 0.2)]]), 'TVA', { unit: 'currency', aggregation: 'total' }],
      ['Données 10', tab(DATES, [['prix_ht', MONEY], ['TVA', FIVE_RATES]]), 'TVA', { unit: 'percent', aggregation: 'level' }],
      // 6. « Taux d’engagement » beside « Nième jour » stays a rate.
      ['Données 11', tab(DATES, [['Nième jour', ids('')], ['Taux d’engagement', ENGAGEMENT.map((v) => Math.round(v * 1000) / 10)]]), 'Taux d’engagement', { unit: 'percent', aggregation: 'level' }],
    ],
    near: [
      ['Affaires en cours', snapshots('Valeur', 'Devise', 'Étape', 'Proposition'), 'Affaires en cours', { kpiId: 'pipeline_value', unit: 'currency', aggregation: 'level' }],
      ['Données 12', tab(DATES, [['CACaisse', MONEY], ['UVCCaisse', COUNTS], ['NbTicket', SMALL]]), 'NbTicket', { kpiId: 'deals_closed', unit: 'count', aggregation: 'total' }],
      ['Données 12', tab(DATES, [['CACaisse', MONEY], ['UVCCaisse', COUNTS], ['NbTicket', SMALL]]), 'CACaisse', { kpiId: 'revenue', unit: 'currency' }],
      ['Données 13', tab(DATES, [['quantite', SMALL], ['prix_ht', MONEY], ['TVA', VAT_RATES]]), 'TVA', { kpiId: null, unit: 'percent', aggregation: 'level' }],
      ['Données 14', tab(DATES, [['Client', text('Marc')], ['Sous-total', SUBTOTAL], ['TPS (5 %)', DATES.map(() => 5)], ['TVQ (9,975 %)', DATES.map(() => 9.975)]]), 'TPS (5 %)', { unit: 'percent', aggregation: 'level' }],
      ['Données 15', tab(DATES, [['Nième jour', ids('')], ['Durée d’engagement moyenne par utilisateur actif', COUNTS]]), 'Durée d’engagement moyenne par utilisateur actif', { kpiId: null, unit: 'count', aggregation: 'level' }],
      ['Données 16', tab(DATES, [['depense', text('Fournitures')], ['sous_total', MONEY], ['tps', MONEY.map((v) => Math.round(v * 5) / 100)], ['tvq', MONEY.map((v) => Math.round(v * 9.975) / 100)]]), 'tps', { unit: 'currency', aggregation: 'total' }],
    ],
  },
};

/** Target columns once the acronym is split (finding 3): a plan, listed as no history. */
export const PLAN_HEADERS: Record<Locale, readonly string[]> = {
  en_US: ['RevenueTarget', 'MRRTarget'],
  fr_FR: ['CAObjectif', 'CABudget', 'CAForecast', 'CAPrevu', 'CACible'],
};
