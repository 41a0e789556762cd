/**
 * A KPI tab's column roles, classified ONCE a tab (hdr49): what each header of the row says its column is — an event's id
 * (the rows are records), a client, a supplier, an order line's product or quantity, a seller and the ground they sell on,
 * a biller, a payment, an account… Before hdr49 each rule of `detectKpiSeries` re-tested its own pattern on the whole header
 * row's words, overlapping rule by rule (hdr45–mend48d); now each column's roles are read here once, per header cell, and the
 * rules ask which roles the tab holds (`TabRoles.has`). Pure logic: no Google, Node or DOM API.
 */
import { currencyMarkSource } from '../currency-marks';
import type { NumberLang } from '../numbers';
import { namesYearToDate } from '../series/ytd';
import { cellNumber, isBlankCell } from './cells';
import type { CellValue } from './types';

/**
 * Events a table records one a row: sales, orders, invoices, payments, claims, contracts, enrolments, bookings (hdr48);
 * shipments, deliveries, rentals, payouts, bills, timesheets and donations (hdr49: the seventh header set's carriers,
 * marketplaces, telecom bills, timesheets and charities keep one row an event too).
 */
const EVENTS =
  '(contra(c?t)|polic(y|ie)|transaction|invoice|facture|order|commande|claim|sinistre|pa(ie|y)ment|record|vente|sale|devis|inscription|ticket|booking|reservation|adhesion|subscription|deal|shipment|expedition|deliver(y|ie)|livraison|rental|payout|bill|timesheet|donation)s?';

/**
 * The roles a header may say, each by its words (folded, `foldHeader`), tested on each header cell of the row. A column may
 * hold several ("Invoice #": a record and an invoice).
 */
const ROLES = {
  /**
   * An event's identifier ("claim_id", « id_vente », « devis_numero », "invoice_number", "CommandeID", "Booking ref"): the
   * tab's rows are records — one claim, payment, invoice, enrolment or order each —, not one row a period (hdr48). A thing's
   * or a person's id (« id_magasin », "startup_id", "client_id") is a panel's, one row a period for each: no records.
   * "n" before a plural counts ("n_orders": orders a month, prevmend55), as `COUNT_WORDS` reads it; « N° commande » and
   * « N° devis » (a French noun in -is is the same in the plural) are one.
   */
  record: new RegExp(`\\b${EVENTS} (ids?|refs?|reference|numero|number|no|n)\\b|\\b(id|ref|numero|no|n(?! \\w+[^i]s\\b))( de)? ${EVENTS}\\b`),
  /**
   * A client, a buyer, a ship-to or a recipient (mend47c: a reseller's or a dropshipper's orders are sales); a charity's donor
   * and a care provider's patient pay it too (hdr49, the seventh header set's donations received and claims billed). A
   * lower-case export's "customerid", "customername" (Sage Intacct's: hdr52) name the customer as "customer_id" does.
   */
  client: /\b(c(lient|ustomer)s?(id|name)?|buyers?|acheteu(r|se)s?|destinataires?|ship to|donors?|donateur|patients?)\b/,
  /** A purchase or expense ledger's supplier or expense (hdr45): beside it an amount is money paid out. */
  supplier: /\b(fournisseurs?|suppliers?|depenses?|expenses?)\b/,
  expense: /\b(depense|expense)/,
  /** The customer named by the row: a client or a renter (hdr49: a rental's record; a guest's fee may be a platform's, hdr48). */
  customer: /\b(clients?|customers?(id|name)?|renters?)\b/,
  /** An order line's product, quantity or client (hdr45): beside it a bare amount is what was sold. */
  orderLine: /\b(produits?|products?|quantites?|quantity|qte|qty|clients?|customers?(id|name)?|donors?|donateur|patients?)\b/,
  product: /\b(produit|product|line ?item)/,
  quantity: /\b(quantit|qte|qty)/,
  priced: /\b(prix|price|montant|amount)/,
  /** A vendor, a payee or a provider's bill (mend47c) — not a supplier: a Shopify export's "Vendor" is the brand sold. */
  biller: /\b(vendors?|payees?|prestataires?|bills?)\b/,
  /** An invoice or a bill, or an accounts-payable column (QuickBooks' bill `payable_account_id`: hdr53), an amount due (Stripe's invoices: hdr60). */
  invoice: /invoice|factur|\bbills?\b|\bpayable\b|amount due/,
  /** An invoice, a booking or a membership sold (hdr47, hdr48). */
  booked: /invoice|factur|reserv|booking|adhesion|membership/,
  staff: /\b(employees?|salariee?s?)\b/,
  /** Money moved by type (deposits, withdrawals, transfers: hdr48): the customers' money, no sale. « Type d'opération » elided
   *  too (a bank's transactions: hdr60). */
  typed: /\btype (de? )?(transaction|operation)|transaction type/,
  /** A sales rep, and the ground they sell on (mend48d: a seller alone is a purchase's other party as often). */
  seller: /vendeu|seller/,
  ground: /region|zone|secteur|equipe|team/,
  contract: /revenue|contra/,
  /** An account's or a transaction's words: a balance beside them is money (hdr48, mend48d); a treasury's cash in or out
   *  (« encaissements », « décaissements »: hdr59). A payment's (`payment`) with an amount or cents (`measureOf`, mend59h).
   *  A loan's (interest, principal, « intérêts », « emprunt »): an amortisation schedule's whole-number Balance is money
   *  (the final read of mend59h: it read a count). A bank statement's "Posting Date" (hdr60). */
  account: /debit|credit|account|bank|cash|compte|(en|de)caiss|interest|interet|principal|emprunt|\bloan|posting/,
  stage: /\b(stage|etape)/,
  /** An RFM table's recency (hdr52): beside it a bare frequency is each customer's orders counted. */
  recency: /^recen(ce|cy)\b/,
  /** A payment, a payer, a transaction, an invoice or an order: a transaction's row (`TRANSACTION_ROW` before hdr49). */
  payment: /\b(pa(ie|y)ment|payeu?r|transaction|factur|invoice|order|commande)/,
  training: /train|formation|formateur|coach|gym|fitness/,
  /** A row's total (« total_occitanie », "Total", "Grand total"): the columns beside it whose words say nothing are its parts (hdr50). */
  sumOfParts: /^(grand )?total( [a-z]+)?$/,
  /**
   * An app's own id (hdr50: a store's sessions are an app's, no website's traffic): "app_id", "package_name", a bundle id, «
   * application » — not "App installs" beside a site's sessions (mend50b).
   */
  app: /^(app( id| name)?|applications?)$|\b(app id|package name|bundle id)\b/,
  insurer: /polic|contra|claim|sinistre|insur|assur/,
  /** hdr62: Québec's sales tax (« tvq »): beside it « tps » is the federal one (a cheque register's « sous_total, tps, tvq »). */
  quebecTax: /\btvq\b/,
  /**
   * hdr62: a column of the currency an amount is in (« Devise de Valeur », Pipedrive's; "Currency", Shopify's, PayPal's).
   * mend62h: not an exchange rate ("Currency rate", « Devise taux »): a rate beside a value names no value's currency.
   */
  currencyColumn: /^(?!.*\b(rates?|taux|change|exchange|fx)\b)((devises?|currenc(y|ies))( (de |of )?\w+( \w+)?)?$|.*\b(devise|currency)$)/,
  /** An installer's jobs (hdr51): beside a technician, a meter or a box, « installations » are no app's new users. */
  fitter: /\b(techni\w+|install(er|ateur)s?|poseurs?|interventions?|compteurs?|meters?|box(es)?|boitiers?|chaudieres?|panneaux|panels?|equipements?|equipment)\b/,
} as const;
export type ColumnRole = keyof typeof ROLES;

/** Whether some words (a tab's name, say) say the role, by the same words a header cell does. */
export const saysRole = (role: ColumnRole, words: string): boolean => ROLES[role].test(words);
const ROLE_NAMES = Object.keys(ROLES) as ColumnRole[];

/**
 * Money words of a header whose format shows no sign: an amount, a price, a cost, a tax, an amount per head, a salary, "money"
 * itself (hdr54: a coffee shop's "money" per card payment read as a count; mend54a: as the head noun only — alone, "money
 * in/out", "Money raised" — not "Money back requests", a count, nor "Money velocity", a ratio), an amount in millionths as
 * Google Ads writes them ("cost_micros": hdr53, removed by mend53a, back since surf54 converts millionths to the currency,
 * ./scale.ts); cash held ("Cash Position", « Trésorerie »: hdr55), not cash counted ("Cash transactions"). Not "balance"
 * ("Stock balance", "Work-life balance": money beside an account's words only, `detectKpiSeries`) nor "premium" ("Premium
 * users") (mend48d).
 */
// hdr61: Belgium's « HTVA » and « TVAC » (before and with VAT) and Canada's sales taxes — « TPS », « TVQ », « TVH », "GST",
// "HST", "QST" — as France's « HT » and « TVA » (a leasing broker's « Facture Leaser HTVA », a Québec summary's « TVQ Nette »);
// « TPS » only as a tax collected, paid or net, as "TPS" alone is transactions a second or « temps ».
// mend61h: not a tax's number, registration or count (« N° TVQ », "GST Number", "Gst Count": no money).
export const TAXED = 'ht|htva|ttc|tvac|tva|(?<!\\b(n|no|numero) )(tvq|tvh|gst|hst|qst)(?! (numbers?|no|ids?|registration|count)\\b)|tps(?= (percue|payee|nette|collectee|a payer))|vat|taxe?s?|costs?|couts?';
export const MONEY_WORDS = new RegExp(`\\b(${TAXED}|montants?|amounts?|money(?=$| (in|out)\\b| \\w+ed\\b)|prix|prices?|arp[au]|adr|rev ?par|ltv|mrr|e?cp[cm]|fees?|euros?|dollars?|loyers?|rents?|tarifs?|(contract|order|transaction) values?|valeurs? foncieres?|salary|salaires?|cogs|(?<!\\b(nb|nbre|nombre|number|count|no) (of |de |d )?|# (of )?|\\b(days|jours|delai) (to |before |until |avant |de |du |d )?)payouts?(?! (count|number|nb|delay|days|frequency|frequence|delai)\\b| #)|(?<=\\w )micros|cash(?=$| (position|balance|on hand)\\b)|tresorerie)\\b`);
/**
 * Currency codes exports put in a header's words ("montant_ht_eur", "revenue_inr_lakhs"), lower-case included; the dirham
 * after a money word only (« prix_promo_mad », « total_mad »: hdr46), as "MAD" or "mad_score" alone is a mean absolute
 * deviation, and so is an error's or a forecast's ("Erreur MAD", "demand_mad", "sales mad": mend46e). The CFA francs
 * (« montant_paye_xaf », "amount_xof": hdr48) are the codes of fourteen African countries' exports; the dong (`amount_vnd`: hdr51) a
 * POS export's in Vietnam. A scale before the code ("CA_MEUR", "revenue_kusd", "sales_mnusd": millions or thousands of it)
 * still names the currency (hdr53, the eleventh set's listed builder). Charges too (« frais_livraison_mad »: hdr57).
 */
export const CODE_WORD = /\b(?:k|m|mn|mm|bn)?(eur|usd|gbp|chf|cad|inr|xaf|xof|gnf|vnd|(?<=\b(prix|total|montant|amount|ca|price|frais)\b.* )mad)\b/;
/**
 * English "Salaries" as "salary" (mend53a), read on the header as written: folded, French « salariés » (staff) spells the
 * same, and staff counted (« nb_salaries ») is no money. Money only by its values too (`guessUnit`): "Salaries" at 12–16
 * is staff (hdr48's near miss).
 */
export const salaries = (name: string, folded: string): boolean => /(^|[^a-z])salaries([^a-z]|$)/i.test(name) && !/\b(nb|nbre|nombre|number|count|combien|effectifs?)\b/.test(folded);
/** hdr62: Canada's federal sales tax beside Québec's (« tps », « TPS 5 % », « TPS perçue ») — mend62h: not « Tps moyen », a time. */
export const FEDERAL_TAX = /^tps($| \d| (percue|payee|nette|collectee|a payer)\b)/;
/** Money by the header's words, code or sign ("Amount", "montant_ht_eur", "Revenue €"). */
export const saysMoney = (name: string, folded: string): boolean => MONEY_WORDS.test(folded) || CODE_WORD.test(folded) || NAME_MARK.test(name);

/**
 * A stock read at a date, in a table of records too: a running balance, work in progress, MRR by customer (hdr48); a running
 * total, and an amount a month or a night ("Monthly recurring revenue", "Monthly amount" beside "subscription_id", "Nightly
 * amount" beside "Booking ref": a subscription's or a room's rate, mend48d; cumulated ones are `namesYearToDate`'s); « revenu
 * récurrent » as "recurring" (hdr51).
 */
export const STOCK_WORDS = /\b(balance|solde|backlog|stock|inventory|encours|wip|outstanding|reserves?|mrr|arr|pipeline|tresorerie|recurring|recurrente?s?|running|monthly|mensuel\w*|nightly|weighted|ponderee?s?)\b/;

/** A mark in a column's or tab's name ("Revenue €", « CA (€) », "Sales (USD)"): not the rand's lone "R" ("Q1 R2"). */
export const NAME_MARK = new RegExp(currencyMarkSource(true, false, false));

// Header words that say a column is a level whatever its tab: a rate, a price, an average, a score, a duration (`Measure`'s
// rate; since hdr50 here, beside the other measure words, from kpis.ts). Rates and averages are levels whatever else the header says; "new", "won", "closed"…
// make a flow even of an amount ("won deals value", "new MRR"); then stock words; then count words. An amount per customer,
// click or thousand impressions (cac, cpc, ecpm), a click rate (ctr), a cost per unit, a contract's term and what is still
// open (cases, tickets: a backlog) are levels too, in a log as well (hdr45: a support team's or a customer's rows were summed);
// so are a score ("quality_score", "risk_score": never summed) and a hotel's average daily rate, ADR (hdr47), and a person's age
// (« age » beside « client_id »: hdr51) and a temperature (a town's, beside a shop's sales: hdr51); a power in kW or MW, a
// rate at an instant (RTE's « Consommation (MW) »: hdr52, where MWh are energy summed), in GW only after a word of power
// ("GW points" is no power: mend52a), never power added (`ADDED_POWER` in kpis.ts); things « en retard » are a backlog at a
// date (« Nombre de factures en retard »: mend52a) but trains, flights or deliveries late, events counted (« Nombre de trains
// en retard »: hdr52); « pour un(e) » is a ratio only before a unit of normalisation (« … pour un train en retard », « … pour
// 1 000 habitants »; not « Nombre de dons pour une association »: mend52a). French « par » is "per" (« Voyageurs par jour »,
// the opened sets' « euros_par_habitant », « taux_par_Mkm », « nuit_par_weekend », all levels) and « moyens », « moyennes »
// the plurals of « moyen » (mend54a: hdr54's count words summed them). hdr59: a cost per acquisition, lead or view (cpa, cpl,
// cpv) and a return on ad spend or investment (roas, roi: ratios) as cpc is, and a number of months or years (« Nbr_Mois_Echéance »
// of a credit sale: its term) as « durée » is. hdr65: a frequency (Meta's "Frequency", impressions per person; « Fréquence
// d'achat ») is a rate, a level in a campaign report's rows too — not « Fréquentation », visitors counted.
export const LEVEL_ALWAYS = /(%|\b(ages?|temperatures?|[km]w|(?<=\b(puissance|power|capacity|capacite|load|charge|consommation|consumption|production|demand|demande)\b.*)gw|rate|ratio|frequenc\w*|average|avg|mean|per|par(?! date)|pour (une? )?(habitants?|clients?|trains?|visiteurs?|personnes?|salarie\w*|employe\w*|patients?|eleves?|lits?|km|1 ?000|100|mille|cent)|taux|moyen(ne)?s?|pourcentage|pr?ct|percent|part|prix|(?<!total )prices?|unit co[su]ts?|unitaire|days|jours|duree|term( months?| mois)?$|(nbr?e?|nombre|number)( de| d| of)? (mois|months|annees|years)(?! (billed|sold|factur|vend))|contract term|aov|arp[au]|adr|ltv|cac|ctr|e?cp[acmlv]|roas|roi|open|scores?|bps|rating|notes?|delay|delais?|(?<!\b(trains?|tgv|ter|vols?|flights?|livraisons?|deliveries|colis|bus|cars?|rames?) en )retard|duration|deferred|differee?s?|m2|habitants?|capita|tarifs?|available|disponibles?|vacante?s?|co[su]ts? (par )?(heure|horaire|hour)|(?<!total |watch time )(seconds|secondes)|(?<!total )((resolution|response|wait(ing)?|handling|hold) time|time to (first )?(resolution|response))|temps (d )?(attente|traitement|reponse|resolution))\b)/;


/** Cells of an id: words, or numbers rising row by row (invoice numbers), not a count a period (mend48d). */
function holdsIds(cells: readonly CellValue[], lang: NumberLang): boolean {
  const numbers = cells.map((v) => cellNumber(v, lang));
  return numbers.every((n, i) => !i || n === null || n > (numbers[i - 1] ?? 0));
}

/**
 * What a column measures, one classification a column (hdr50; before it, each condition of `detectKpiSeries` and
 * `inferAggregation` re-tested the measure words on its own): a `rate` — a rate, a ratio, a price, an average, a score, a
 * duration, a column the format shows in % — is a level wherever it stands, never summed; a `running` total (year to date,
 * cumulated: `namesYearToDate`) and a `stock` read at a date (`STOCK_WORDS`) are levels in a table of records too; an
 * `amount` is money that flows, a `count` things counted. `money` says money by the header's words, code or sign, or by its
 * siblings' (a balance beside an account's words: hdr48, mend48d).
 */
export type MeasureKind = 'count' | 'amount' | 'rate' | 'stock' | 'running';
export interface ColumnMeasure {
  kind: MeasureKind;
  money: boolean;
}

/** A column's measure from its header (`folded` words, `raw` text), its format (`percentFormat`) and its tab's roles (`has`). */
export function measureOf(folded: string, raw: string, percentFormat: boolean, has: (role: ColumnRole) => boolean = () => false, cents = false): ColumnMeasure {
  // An insurer's premium or reserve is money (hdr50: `premium_monthly`, a claim's `reserve`), as "Premium users" is not.
  // Not days or hours held (« solde_conges » beside a payroll's « date_paiement »: hdr59), nor points, stock, data or units
  // (mend59h: "Points balance", "PTO balance", « Solde CP », "Data balance"). A payment alone says money only with an amount
  // or a price beside or cents (`cents`): a member's "Balance" beside "Points earned, Last payment" is points.
  // hdr62: « tps » beside « tvq » is Canada's federal sales tax; a value (weighted too: « Valeur pondérée ») is money beside its
  // currency's column (a CRM's « Devise de Valeur ») or beside a quantity and a price (a sale's or a stock movement's line, « Date,
  // Article, Quantite, Prix unitaire, valeur »).
  const value = /^(valeurs?|values?)( ponderee?s?)?$|^weighted values?$/.test(folded) && (has('currencyColumn') || (has('quantity') && has('priced')));
  const money = value || (FEDERAL_TAX.test(folded) && has('quebecTax')) || saysMoney(raw, folded) || (/\b(balance|solde)/.test(folded) && !/\b(conges?|leaves?|jours|days|heures|hours|p(oin)?ts?|stocks?|cp|rtt|pto|vacations?|data|[gm][ob]|unite?s?)\b/.test(folded) && (has('account') || (has('payment') && (has('priced') || cents)))) || (/\b(reserves?|pr(ime|emium)s?)\b/.test(folded) && has('insurer'));
  const kind: MeasureKind = percentFormat || LEVEL_ALWAYS.test(folded) ? 'rate' : namesYearToDate(raw) ? 'running' : STOCK_WORDS.test(folded) ? 'stock' : money ? 'amount' : 'count';
  return { kind, money };
}

export interface TabRoles {
  /** Each header cell's roles, by column. */
  columns: ReadonlyArray<ReadonlySet<ColumnRole>>;
  /** Whether a column of the tab (the asked one included) plays the role. */
  has: (role: ColumnRole) => boolean;
  /** Column c's measure (`measureOf`), read once, when first asked. */
  measure: (column: number) => ColumnMeasure;
}

/**
 * Every column's roles, once a tab. `words` are the header cells' folded words, `raw` their text, `cells(c)` column c's filled
 * data cells, `percentFormat(c)` whether column c's format shows a percentage. A number-named id ("Orders number", « No
 * ventes ») holds ids only if its cells are words or rise row by row: a weekly tab's count of orders is no record's id
 * (mend48d); "id", "ref", "#" say ids whatever the cells.
 */
export function readTabRoles(
  words: readonly string[],
  raw: readonly string[],
  cells: (column: number) => CellValue[],
  lang: NumberLang,
  percentFormat: (column: number) => boolean = () => false,
): TabRoles {
  const columns = words.map(
    (folded, c) =>
      new Set(ROLE_NAMES.filter((role) => saysRole(role, folded) && (role !== 'record' || /\b(id|ref)s?\b|#/.test(`${folded} ${raw[c]}`) || holdsIds(cells(c).filter((v) => !isBlankCell(v)), lang)))),
  );
  const present = new Set(columns.flatMap((roles) => [...roles]));
  const has = (role: ColumnRole): boolean => present.has(role);
  const measures = new Map<number, ColumnMeasure>();
  const measure = (column: number): ColumnMeasure => {
    let found = measures.get(column);
    if (!found) measures.set(column, (found = measureOf(words[column] ?? '', raw[column] ?? '', percentFormat(column), has, cells(column).some((v) => !Number.isInteger(cellNumber(v, lang) ?? 0)))));
    return found;
  };
  return { columns, has, measure };
}
