/**
 * THE table of currency marks, for every surface (fixes62: the cells' reader, the wizard's fields, the statement reader
 * and the number-format reader each had a list, so "R$" was a real in a format and "$" in a sentence): which marks exist
 * and which currency each names — the sign a column's number format shows ("€", "CA$", "kr"), the one typed in a cell,
 * a field or a goal sentence ("R$ 60.000", "₹45L"), or an ISO code. Check goals (a goal in another currency than its
 * tab's is not judged there) and the wizard (an amount typed with another currency's mark is refused) read it alike.
 */
import { escapeRegExp } from './regexp';
import { STAND_INS } from './stand-ins';
import type { Lang } from './types';

/** The spreadsheet locale's currency, or how to find it (read only when an amount without its own currency is written). */
export type CurrencySource = string | null | (() => string | null);

let currencySource: CurrencySource = null;

/**
 * The currency of amounts whose goal writes none, for this execution: the spreadsheet locale's (format.ts
 * `currencyOfLocale`: en_US USD, en_GB GBP, fr_FR EUR, fr_CA CAD, de_CH CHF, en_IN INR — Apps Script gives a sheet's
 * locale, `getSpreadsheetLocale`, and no currency), set lazily by `entry` (src/gas/scope.ts) and by the wizard from
 * `SidebarContext.currency`, as `useDateOrder`; null (no sign, never a made-up one) without a known locale. Returns the
 * previous source, which the caller restores.
 */
export function useCurrency(source: CurrencySource): CurrencySource {
  const previous = currencySource;
  currencySource = source;
  return previous;
}

export function defaultCurrency(): string | null {
  if (typeof currencySource === 'function') currencySource = currencySource();
  return currencySource;
}

/**
 * Narrow currency signs (Unicode CLDR's "narrow" symbol: what people type) and the other signs CLDR gives a currency
 * ("CA$", "$CA"), by ISO code. A sign shared by several currencies ($, ¥, kr) is accepted for each of them: typed in a
 * sheet of one of them, it means that one.
 */
const DOLLARS = 'USD CAD AUD NZD SGD HKD MXN ARS CLP COP TWD BSD BBD BZD BMD BND FJD GYD JMD KYD LRD NAD SBD SRD TTD XCD';
export const NARROW_SIGNS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(DOLLARS.split(' ').map((code) => [code, ['$']])),
  USD: ['$', '$US', 'US$', 'USD'],
  CAD: ['$', '$CA', 'CA$', 'C$'],
  AUD: ['$', '$AU', 'A$', 'AU$'],
  NZD: ['$', '$NZ', 'NZ$'],
  HKD: ['$', 'HK$'],
  SGD: ['$', 'S$'],
  MXN: ['$', 'MX$'],
  TWD: ['$', 'NT$'],
  BRL: ['R$'],
  EUR: ['€'],
  GBP: ['£'],
  JPY: ['¥', '￥'],
  CNY: ['¥', '￥', 'CN¥'],
  INR: ['₹', 'Rs', 'Rs.'],
  KRW: ['₩'],
  RUB: ['₽'],
  TRY: ['₺'],
  ILS: ['₪'],
  VND: ['₫'],
  PHP: ['₱'],
  NGN: ['₦'],
  UAH: ['₴'],
  KZT: ['₸'],
  PLN: ['zł'],
  ZAR: ['R'],
  SEK: ['kr'],
  NOK: ['kr'],
  DKK: ['kr'],
  ISK: ['kr'],
  CHF: ['CHF', 'Fr.', 'fr.'],
  // The CFA francs as CLDR 48 writes them (Intl fr-SN "1 235 F CFA", fr-CM "1 235 FCFA": the first, a sheet of that
  // currency's own) and sheets type them; the Moroccan dirham as Moroccans write it (" DH", « Dhs »: CLDR fr-MA writes MAD).
  XOF: ['F\u202fCFA', 'FCFA', 'F CFA'],
  XAF: ['FCFA', 'F\u202fCFA', 'F CFA'],
  MAD: ['MAD', 'DH', 'Dhs', 'Dh'],
};

/**
 * Marks that are ordinary letters elsewhere ("DH Sales", D. H.'s initials; "MAD", a mean absolute deviation): a currency
 * only against an amount ("500 DH", "Dhs 1,200", '#,##0" DH"': a digit or a format's, a quote and a space at most between).
 */
const BESIDE_NUMBER = /^(MAD|DH|Dhs?)$/i;

/**
 * Before "dh" in folded text: not the dirham after a small count (one or two digits, no group nor decimal before) when the
 * words say people — a parenthesis that names them or a role's noun after ("3 DH (department heads)", « 2 DH (chefs de
 * service) », "3 DH managers"), or a hiring verb acting on the count, right before it or one word apart ("Hire 3 DH",
 * « Embaucher 4 DH », "hire another 2 DH"). mend51a: any parenthesis ("85 DH (hors taxes)") and a hiring stem anywhere
 * before, even inside a word ("s-hir-t", "t-hir-ty", "recrutement à 80 DH"), took prices for people.
 */
const SMALL_COUNT = '(?:^|[^\\d.,\\s])\\s*\\d{1,2}\\s?';
const PEOPLE = '(?:heads?|managers?|directors?|leads?|staff|people|persons?|chefs?|directeurs?|directrices?|responsables?|personnes?)';
const ROLE = `(?:${PEOPLE}|roles?|positions?|postes?)`;
// The verb's forms only ("hire", « recrutons »), never a noun sharing its stem ("recruitment", « recrutement »); the word
// between may not be a preposition ("cost per hire to 95 DH": the amount "hire" is no verb of).
const HIRING = "(?<![a-z])(?:hire[sd]?|hiring|recruit(?:s|ed|ing)?|embauch(?:er|e|es|ons|ez|ent|ee?s?)|recrut(?:er|e|es|ons|ez|ent|ee?s?))";
const NOT_PREPOSITION = "(?!(?:to|at|by|of|for|per|a|de|du|des|par|pour|au|aux|en)\\s)[a-z']+\\s+";
export const NOT_DH_COUNT = `(?!(?<=${SMALL_COUNT})dhs?(?:\\s*\\([^)]{0,40}?(?<![a-z])${PEOPLE}(?![a-z])|\\s+${ROLE}(?![a-z])))(?<!${HIRING}\\s+(?:${NOT_PREPOSITION})?\\d{1,2}\\s?)`;

/** Every mark of the table: the signs and the codes they belong to, the longest first (so "R$" is read before "$"). */
const MARKS = [...new Set(Object.entries(NARROW_SIGNS).flatMap(([code, signs]) => [code, ...signs]))].sort((a, b) => b.length - a.length);

/**
 * Each mark of the table by its lower case, the first in MARKS' order kept: what `MARKS.find((m) => m.toLowerCase() ===
 * lower)` returned, without lower-casing the hundred-odd marks on every call (perf55: 37 `toLowerCase` a statement).
 */
const MARK_BY_LOWER = new Map<string, string>();
for (const mark of MARKS) if (!MARK_BY_LOWER.has(mark.toLowerCase())) MARK_BY_LOWER.set(mark.toLowerCase(), mark);

/** Signs that name one currency only ("€" → EUR, "R$" → BRL, "zł" → PLN), to read a sheet's currency given as a sign. */
const SIGN_CODES = new Map<string, string>();
for (const mark of MARKS) {
  const codes = Object.keys(NARROW_SIGNS).filter((code) => NARROW_SIGNS[code].includes(mark));
  if (codes.length === 1 && codes[0] !== mark) SIGN_CODES.set(mark, codes[0]);
}

const LETTER = /[A-Za-z]/;
/** A mark as folded text writes it: lower-case, a wide sign ("€", "₹", "zł"'s "ł") as its one-byte stand-in (stand-ins.ts). */
const asFolded = (mark: string): string => [...mark.toLowerCase()].map((ch) => STAND_INS[ch] ?? ch).join('');

/**
 * A regular expression's source matching any mark of the table (`codes`: the ISO codes too; `lower`: as folded text
 * writes it, lower-case, its wide signs as their stand-ins; `oneLetter`: "R" too — the statement reader keeps its narrower rand, "R50,000"): a mark that starts or ends with a letter is a whole word ("kr", not the end of "Mark"; "CHF"
 * not inside "CHFX"), and a one-letter sign ("R", the rand) only right before digits ("R50,000"), never a word's letter.
 */
export function currencyMarkSource(codes: boolean, lower = false, oneLetter = true): string {
  const marks = MARKS.filter((mark) => (codes || !/^[A-Z]{3}$/.test(mark)) && (oneLetter || !/^[A-Za-z]$/.test(mark))).map((mark) => (lower ? asFolded(mark) : mark));
  return [...new Set(marks)]
    .map((mark) => {
      const body = escapeRegExp(mark);
      if (mark.length === 1 && LETTER.test(mark)) return `(?<![A-Za-z])${body}(?=\\s?\\d)`;
      if (BESIDE_NUMBER.test(mark)) return `(?:(?<=[\\d#]["\\s]{0,2})${lower && /^dh/i.test(mark) ? NOT_DH_COUNT : ''}${body}(?![A-Za-z])|(?<![A-Za-z])${body}(?=["\\s]{0,2}[\\d#]))`;
      // A mark opening on a letter is whole only after a non-letter: tested after the mark (the same characters before it),
      // so a scan rejects on the mark's first character before it runs any look-behind (perf54: QUANTITY_RE tries these
      // sixty-odd alternatives at every position it scans).
      return `${body}${LETTER.test(mark[0]) ? `(?<![A-Za-z]${body})` : ''}${LETTER.test(mark[mark.length - 1]) ? '(?![A-Za-z])' : ''}`;
    })
    .join('|');
}

/**
 * The currency a mark written in a goal SENTENCE names (`currencyCode`, any case: "r$" in folded text is BRL): a shared
 * sign the sheet's own currency, else the one a reader takes it for — "$" the US dollar, "¥" the yen (the statement
 * reader's readings before this table) — and "kr" none (four currencies): null. Undefined when it is no mark of the table.
 */
export function sentenceCurrency(mark: string): string | null | undefined {
  const sign = MARK_BY_LOWER.get(mark.toLowerCase());
  return sign === undefined ? undefined : (currencyCode(sign) ?? (sign === '$' ? 'USD' : /^[¥￥]$/.test(sign) ? 'JPY' : null));
}

/** The SI prefixes of a scaled mark (surf54, core/workbook/scale.ts): "k€" thousands of euros, "M$" millions, "GUSD" billions. */
export const SCALE_PREFIXES: Readonly<Record<string, number>> = { k: 1e3, M: 1e6, G: 1e9 };

/**
 * A mark standing for thousands, millions or billions of a currency ("k€", "M$", "kUSD": a column whose header says so),
 * read back: its factor and the currency's own mark; null for any other mark, one of the table ("kr", "MX$") included.
 */
export function markScale(mark: string): { factor: number; base: string; prefix: string } | null {
  // The prefix before a sign that starts with no letter ("€", "$", "R$") or before a code: never "kr" nor "MX$", "MAD".
  const scaled = /^([kMG])(\P{L}.*|[A-Z]{3})$/u.exec(mark);
  return scaled && { factor: SCALE_PREFIXES[scaled[1]], base: scaled[2], prefix: scaled[1] };
}

/** The sheet's currency as an ISO code when it says which ("CAD", "€", "$" in a Canadian locale), else null (a bare "$"). */
export function currencyCode(mark: string): string | null {
  const currency = markScale(mark)?.base ?? mark;
  if (/^[A-Z]{3}$/.test(currency)) return currency;
  const signed = SIGN_CODES.get(currency);
  if (signed) return signed;
  const local = defaultCurrency();
  return local && (NARROW_SIGNS[local] ?? []).includes(currency) ? local : null;
}

/**
 * The currency a request names (smartAssess's "currency", the CLI's cells' mark as written: mend66f): a code as it is; a
 * sign of the locale's own currency that currency ("A$" under en_AU: AUD, shown "$"); a sign naming one currency — the two
 * CFA francs as one ("F CFA") — kept as written ("A$60,000" under en_US, as CLDR writes it); a sign naming several that
 * the locale's own does not settle ("kr" under en_US, "$" under fr_FR, "¥" under fr_FR) ambiguous: its first code, a hint.
 */
export function requestCurrency(written: string): string | { hint: string } {
  const sign = MARK_BY_LOWER.get(written.toLowerCase()) ?? written;
  const code = currencyCode(sign);
  if (code !== null && code === defaultCurrency()) return code;
  const codes = new Set(Object.keys(NARROW_SIGNS).filter((c) => NARROW_SIGNS[c].includes(sign)).map(cfaAsOne));
  return codes.size > 1 ? { hint: [...codes][0] } : written;
}

/**
 * Whether a goal's currency (an ISO code) and a tab's (the sign its number format shows, or a code) are two currencies:
 * both known and different. A tab's bare "$" is any dollar or peso (a format's "$" is often no choice of currency), so
 * it never differs from one — but it is no euro nor yen (surf51: a € goal on a "$" tab was judged, its $ baseline in €).
 */
export function differentCurrencies(goal: string | null, tab: string | null | undefined): boolean {
  // A "k$" or "M$" column's "$" likewise (mend55f: "€500k" beside "Revenue (k$)" was judged in dollars).
  if (tab && (markScale(tab)?.base ?? tab) === '$') return goal !== null && !(NARROW_SIGNS[goal] ?? []).includes('$');
  if (!goal || !tab) return false;
  const tabCode = currencyCode(tab);
  return tabCode !== null && cfaAsOne(tabCode) !== cfaAsOne(goal);
}

/**
 * The two CFA francs as one (mend51a): « FCFA », « F CFA », « CFA » name both (XOF and XAF share the name and the par, 1 to 1
 * — both pegged at 655.957 to the euro), so a goal in FCFA is judged on a tab in XAF as on one in XOF (surf51 refused it).
 */
function cfaAsOne(code: string): string {
  return code === 'XAF' ? 'XOF' : code;
}

/**
 * The mark a goal's text writes for its currency (`code`), longest first ("FCFA", "DH", "€"), else `currencySymbol`'s: a
 * message about it shows what the user wrote, never a code they did not (mend51a: « L'objectif est en XOF » for « FCFA »).
 */
export function writtenMark(code: string, text: string, lang?: Lang): string {
  const folded = text.replace(/[\u00a0\u202f]/g, ' ').toLowerCase();
  const marks = [...new Set([...(NARROW_SIGNS[code] ?? []), code])].sort((a, b) => b.length - a.length);
  const found = marks.find((mark) => new RegExp(`(?<![\\p{L}])${escapeRegExp(mark.replace(/[\u00a0\u202f]/g, ' ').toLowerCase())}(?![\\p{L}])`, 'u').test(folded));
  return found ?? currencySymbol(code, lang);
}

/**
 * The mark an amount in a currency (an ISO code; a mark is kept as it is) is written with, from this one table (fixes64:
 * a second table of six signs wrote "BRL 60,000" for reais): the sheet's own currency its first sign, CLDR's local one
 * ("$" in en_CA, "R$" in pt_BR, "kr" in sv_SE); another currency its first sign naming it alone with a symbol in it ("R$",
 * "€", "₹", "$" read as the US dollar where the sheet has no dollar, "$CA" — "CA$" in English, as "$US" is "US$" —),
 * else its code ("PLN", "CHF", "SEK").
 */
export function currencySymbol(code: string, lang?: Lang): string {
  const signs = NARROW_SIGNS[code] ?? [];
  const sign = code === defaultCurrency() ? signs[0] : signs.find((mark) => /[^\p{L}.]/u.test(mark) && sentenceCurrency(mark) === code);
  return lang === 'en' ? (sign ?? code).replace(/^\$([A-Z]+)$/, '$1$$') : (sign ?? code);
}
