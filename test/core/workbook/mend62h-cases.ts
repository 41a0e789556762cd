/**
 * mend62h: the header cases of hdr62's review (/work/wt/prompts/reviews/hdr62.md, findings 1–6), shared by the core rows
 * (`detectKpiSeries`, mend62h-headers.test.ts here) and the built bundle's wizard list (test/gas/workbook/mend62h-headers.test.ts).
 * `changed`: read otherwise on hdr62's merge (04bf5a98) — back to what main read before hdr62, as the review expects; `near`:
 * hdr62's readings that stay (its register, its Meta and Pipedrive exports, its currency-only headers). Tabs of records at
 * irregular dates (weekly records 4 May – 7 Sep 2026) unless monthly; CSV-like columns, no number format.
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
export const tab = (dates: readonly string[], columns: ReadonlyArray<readonly [string, readonly unknown[]]>): unknown[][] => [
  ['Date', ...columns.map(([header]) => header)],
  ...dates.map((date, i) => [date, ...columns.map(([, cells]) => cells[i])]),
];
const text = (word: string, dates: readonly string[] = DATES): string[] => dates.map(() => word);
const ids = (prefix: string): string[] => DATES.map((_, i) => `${prefix}${i + 1}`);

/** A month's sales and expenses and their difference (a net, « Total »). */
const REVENUE = [42000, 43500, 41000, 45500, 47000, 44000, 48500, 46000, 49500, 47500];
const EXPENSES = [30000, 31200, 29500, 32000, 30800, 33100, 31000, 32500, 30900, 31700];
const NET = REVENUE.map((r, i) => r - EXPENSES[i]);
/** A budget's running balance: it dips and climbs. */
const BALANCE = [500, 1300, 1180, 920, 2120, 1900, 1600, 2500, 2350, 2250];
/** Exchange rates and unit prices. */
const FX = [1.08, 1.09, 1.07, 1.085, 1.1, 1.095, 1.092, 1.088, 1.1, 1.105];
const FX2 = [0.86, 0.85, 0.87, 0.855, 0.84, 0.86, 0.852, 0.848, 0.861, 0.858];
/** A stock's quantity on hand and its value at 10 a unit, month by month. */
const ON_HAND = [120, 110, 130, 125, 118, 140, 135, 128, 122, 131];
const HELD_VALUE = ON_HAND.map((q) => q * 10);
const PAYOUTS = [3, 4, 2, 5, 4, 3, 6, 4, 5, 3];
/** A cheque register's lines (hdr62's « depense, sous_total, tps, tvq, total »): labels, amounts, Canada's taxes. */
const REGISTER = (depense: string, subtotal: string, total: string, gst: string, qst: string): unknown[][] =>
  tab(DATES, [[depense, text('Fournitures')], [subtotal, MONEY], [gst, MONEY.map((v) => Math.round(v * 5) / 100)], [qst, MONEY.map((v) => Math.round(v * 9.975) / 100)], [total, MONEY.map((v) => Math.round(v * 114.975) / 100)]]);

export const CASES: Record<Locale, { changed: readonly Case[]; near: readonly Case[] }> = {
  en_US: {
    changed: [
      // 1. A bare total beside a numeric series of expenses is a net or a balance, no costs; beside an invoice neither.
      ['Tracker', tab(MONTHS, [['Revenue', REVENUE], ['Expenses', EXPENSES], ['Total', NET]]), 'Total', { kpiId: null }],
      ['Budget', tab(DATES, [['Description', text('x')], ['Income', [0, 800, 0, 0, 1200, 0, 0, 900, 0, 0]], ['Expense', [500, 0, 120, 260, 0, 220, 300, 0, 150, 100]], ['Total', BALANCE]]), 'Total', { kpiId: null }],
      ['Billing', tab(DATES, [['Invoice ID', ids('INV')], ['Expenses', MONEY.map((v) => v / 10)], ['Subtotal', MONEY], ['Total', MONEY.map((v) => v * 1.1)]]), 'Subtotal', { kpiId: null }],
      ['Billing', tab(DATES, [['Invoice ID', ids('INV')], ['Expenses', MONEY.map((v) => v / 10)], ['Subtotal', MONEY], ['Total', MONEY.map((v) => v * 1.1)]]), 'Total', { kpiId: null }],
      // 2. An inventory's value is held at a date: a level.
      ['Inventory', tab(MONTHS, [['Item', text('A12', MONTHS)], ['Quantity on hand', ON_HAND], ['Unit price', MONTHS.map(() => 10)], ['Value', HELD_VALUE]]), 'Inventory (Value)', { unit: 'currency', aggregation: 'level' }],
      ['Stock', tab(MONTHS, [['Item', text('A', MONTHS)], ['Quantity', ON_HAND], ['Value', HELD_VALUE], ['Currency', text('EUR', MONTHS)]]), 'Stock (Value)', { unit: 'currency', aggregation: 'level' }],
      // 3. Payouts counted or waited for are no money.
      ['Payouts', tab(MONTHS, [['# of payouts', PAYOUTS], ['Payouts (#)', PAYOUTS], ['Payout delay', PAYOUTS]]), '# of payouts', { unit: 'count', aggregation: 'total' }],
      ['Payouts', tab(MONTHS, [['# of payouts', PAYOUTS], ['Payouts (#)', PAYOUTS], ['Payout delay', PAYOUTS]]), 'Payouts (#)', { unit: 'count' }],
      ['Payouts', tab(MONTHS, [['# of payouts', PAYOUTS], ['Payouts (#)', PAYOUTS], ['Payout delay', PAYOUTS]]), 'Payout delay', { unit: 'count' }],
      // 4. A customer's spend is no costs of ours.
      ['Customers', tab(DATES, [['Customer', text('Emma')], ['Orders', [1, 2, 1, 3, 1, 2, 1, 4, 2, 1]], ['Amount spent', MONEY]]), 'Amount spent', { kpiId: null, unit: 'currency' }],
      // 5. Exchange rates and a price list in two currencies are levels; a value beside a rate no money.
      ['FX rates', tab(DATES, [['EUR', FX2], ['GBP', FX2.map((v) => v * 0.9)]]), 'EUR', { unit: 'currency', aggregation: 'level' }],
      ['Rates', tab(DATES, [['Source', text('ECB')], ['USD', FX], ['CAD', FX.map((v) => v * 1.4)]]), 'USD', { unit: 'currency', aggregation: 'level' }],
      ['Prices', tab(MONTHS, [['Product', text('Pro plan', MONTHS)], ['USD', MONTHS.map(() => 49)], ['EUR', MONTHS.map(() => 45)]]), 'USD', { unit: 'currency', aggregation: 'level' }],
      ['FX', tab(DATES, [['Currency', text('USD')], ['Value', FX]]), 'FX', { unit: 'count' }],
      ['Metrics', tab(DATES, [['Value', [12, 15, 11, 14, 16, 13, 17, 15, 18, 16]], ['Currency rate', FX]]), 'Metrics (Value)', { unit: 'count' }],
    ],
    near: [
      // hdr62's readings that stay: an expense register's totals the costs, a label-filed claim's total too.
      ['Register', REGISTER('Expense', 'Subtotal', 'Total', 'GST', 'QST'), 'Total', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Claims', tab(DATES, [['Expense type', text('Meals')], ['Employee', text('Emma')], ['Total', MONEY]]), 'Total', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      // A running total rising on every row beside an expense stays no amount paid out.
      ['Fuel', tab(DATES, [['Expense', text('Fuel')], ['Total', [100, 220, 310, 450, 600, 710, 840, 990, 1100, 1240]]]), 'Total', { kpiId: null }],
      // Payouts are money; counted ones no money.
      ['Bets', tab(DATES, [['id', ids('P')], ['app', text('Bet')], ['payout', MONEY]]), 'payout', { unit: 'currency' }],
      ['Counted', tab(DATES, [['Number of payouts', PAYOUTS]]), 'Number of payouts', { unit: 'count' }],
      // A line's value beside its quantity and price, a deal's beside its currency: money (a tab named "Deals" stays the review's known gap).
      ['Lines', tab(DATES, [['Item', text('A12')], ['Quantity', PAYOUTS], ['Unit price', PAYOUTS.map((q) => q * 3)], ['Value', PAYOUTS.map((q) => q * q * 3)]]), 'Lines (Value)', { unit: 'currency', aggregation: 'total' }],
      ['Pipedrive', tab(DATES, [['ID', ids('D')], ['Value', MONEY], ['Currency', text('EUR')], ['Stage', text('Qualified')]]), 'Pipedrive', { kpiId: null, unit: 'currency' }],
      // A currency-only header alone on its row, beside a payment method: an amount summed.
      ['Donations', tab(DATES, [['Category', text('Donation')], ['UAH', MONEY], ['Payment method', text('Card')]]), 'UAH', { unit: 'currency', aggregation: 'total' }],
      // Meta's export: the ad spend.
      ['Ads', tab(DATES, [['Campaign name', text('Spring')], ['Amount spent (USD)', MONEY]]), 'Amount spent (USD)', { kpiId: 'costs', unit: 'currency' }],
    ],
  },
  fr_FR: {
    changed: [
      // 1. « Recette, Dépense, Total »: the total is the net; a seller's lines no costs either.
      ['Caisse', tab(DATES, [['Recette', [1200, 900, 1500, 1100, 1300, 950, 1600, 1250, 1400, 1000]], ['Dépense', [400, 650, 300, 800, 350, 700, 420, 500, 610, 380]], ['Total', [800, 250, 1200, 300, 950, 250, 1180, 750, 790, 620]]]), 'Total', { kpiId: null }],
      ['Suivi', tab(MONTHS, [['Ventes', REVENUE], ['Dépenses', EXPENSES], ['Total', NET]]), 'Total', { kpiId: null }],
      ['Vendeurs', tab(DATES, [['Vendeur', text('Emma')], ['Région', text('Nord')], ['Dépense', MONEY.map((v) => v / 5)], ['Total', MONEY]]), 'Total', { kpiId: null }],
      // 2. « Valeur » of an inventory, of a tab « Stock »: a level.
      ['Inventaire', tab(MONTHS, [['Article', text('A12', MONTHS)], ['Quantité en stock', ON_HAND], ['Prix unitaire', MONTHS.map(() => 10)], ['Valeur', HELD_VALUE]]), 'Inventaire (Valeur)', { unit: 'currency', aggregation: 'level' }],
      ['Stock', tab(MONTHS, [['Article', text('A', MONTHS)], ['Quantité', ON_HAND], ['Prix', MONTHS.map(() => 10)], ['Valeur', HELD_VALUE]]), 'Stock (Valeur)', { unit: 'currency', aggregation: 'level' }],
      // 4. « Montant dépensé » beside a client: what the customer spent, no costs.
      ['Clients', tab(DATES, [['Client', text('Emma')], ['Nombre de commandes', [1, 2, 1, 3, 1, 2, 1, 4, 2, 1]], ['Montant dépensé', MONEY]]), 'Montant dépensé', { kpiId: null, unit: 'currency' }],
      // 5. Exchange rates under currency-only headers: levels; « Devise, Valeur » on a tab of rates no money.
      ['Taux de change', tab(DATES, [['USD', FX], ['GBP', FX2], ['CHF', FX2.map((v) => v * 1.1)]]), 'USD', { unit: 'currency', aggregation: 'level' }],
      ['Change', tab(DATES, [['Devise', text('USD')], ['Valeur', FX]]), 'Change', { unit: 'count' }],
      // 6. « Tps moyen » is a time, no tax, beside « TVQ » too.
      ['Délais', tab(DATES, [['Tps moyen', [12, 14, 11, 13, 15, 12, 10, 14, 13, 12]], ['TVQ', MONEY.map((v) => v * 0.09975)]]), 'Tps moyen', { unit: 'count', aggregation: 'level' }],
    ],
    near: [
      // hdr62's register: « sous_total » and « total » the costs, « tps » beside « tvq » money summed.
      ['Registre', REGISTER('depense', 'sous_total', 'total', 'tps', 'tvq'), 'total', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Registre', REGISTER('depense', 'sous_total', 'total', 'tps', 'tvq'), 'tps', { kpiId: null, unit: 'currency', aggregation: 'total' }],
      // Meta's French export: the ad spend.
      ['Meta', tab(DATES, [['Nom de la campagne', text('Printemps')], ['Montant dépensé (EUR)', MONEY]]), 'Montant dépensé (EUR)', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      // Pipedrive's « Valeur » beside « Devise de Valeur »: money.
      ['Pipedrive', tab(DATES, [['ID', ids('D')], ['Valeur', MONEY], ['Devise de Valeur', text('EUR')], ['Étape', text('Qualifié')]]), 'Pipedrive', { kpiId: null, unit: 'currency' }],
      // A line's « valeur » beside « Quantite » and « Prix unitaire »: money summed.
      ['Lignes', tab(DATES, [['Article', text('A12')], ['Quantite', PAYOUTS], ['Prix unitaire', PAYOUTS.map((q) => q * 3)], ['valeur', PAYOUTS.map((q) => q * q * 3)]]), 'Lignes (valeur)', { unit: 'currency', aggregation: 'total' }],
      // « € » beside a supplier: the costs; « Client, Produit, EUR »: a sale.
      ['Achats', tab(DATES, [['Fournisseur', text('Metro')], ['€', MONEY]]), '€', { kpiId: 'costs', unit: 'currency', aggregation: 'total' }],
      ['Ventes', tab(DATES, [['Client', text('X')], ['Produit', text('P')], ['EUR', MONEY]]), 'EUR', { kpiId: 'revenue', unit: 'currency', aggregation: 'total' }],
      // « Nb de payouts » counted.
      ['Versements', tab(MONTHS, [['Nb de payouts', PAYOUTS]]), 'Nb de payouts', { unit: 'count' }],
    ],
  },
};
