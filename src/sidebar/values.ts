/**
 * KPI values between the sheet's representation (percent as fractions) and
 * what a person types and reads in the wizard ("25" or "25 %" for 25 %).
 */
import { currencyCode, currencyMarkSource, markScale, NARROW_SIGNS } from '../core/currency-marks';
import { currencySymbol, defaultCurrency, formatCurrency, formatNumber, formatPoints, formatValue, moneyDecimals, withAmountDecimals } from '../core/format';
import { t } from '../core/messages/ui';
import { escapeRegExp } from '../core/regexp';
import { bareRate } from '../core/kpi/bare-rate';
import { hasCurrencyMark, parseCellNumber, writtenUnit, type NumberLang } from '../core/numbers';
import type { Lang, Unit } from '../core/types';

/** A currency mark at either end of an amount: one of core's table ("$", "CA$", "€", "zł", "Rs.") or three capitals ("CAD"). */
const MARK = currencyMarkSource(true);
const LEADING_MARK = new RegExp(`^(?:${MARK}|[A-Z]{3}(?![A-Za-z]))`);
const TRAILING_MARK = new RegExp(`(?:${MARK}|(?<![A-Za-z])[A-Z]{3})$`);

/**
 * An amount typed in the wizard, read against the KPI's currency: its own marks (ISO code, symbol, CLDR's other signs,
 * the narrow sign — "$150,000", "150 000 $CA", "150000 CAD" in a Canadian sheet) are taken off either end; another
 * currency's mark ("£150,000", "150,000 USD" in a euro sheet) is named in `other`, so the wizard says so. A sign shared
 * with the sheet's currency is never "another currency" ("$" in a sheet whose currency is a bare "$").
 */
export function readAmountText(text: string, currency: string | null): { body: string; other: string | null } {
  let body = text.trim();
  if (!currency) return { body, other: null };
  // A sign outside core's table that the KPI's format shows ("180 000 FCFA": core `formatShows`) is its own too (surf49) —
  // only as a WHOLE sign, next to the number or a space: "$" is no suffix of "500 A$", "R" none of "500 ZAR" or "500 EUR"
  // (mend49b: surf49 cut them, leaving "500 A" refused and "500 EU" no longer named another currency). The CFA franc's
  // signs are one currency (CLDR French writes XOF "F CFA", sheets "FCFA"), so either is the other's.
  for (const sign of shownSigns(currency)) {
    const cut = withoutSign(body, sign);
    if (cut === null) continue;
    body = cut;
    break;
  }
  // A scale written against a code ("500 kUSD", "2 MEUR", as a column's header writes it: core/workbook/scale.ts) is the
  // number's multiplier, then the code: "500 k USD" (surf55: "kUSD" was no mark, nor "kEUR" another currency's).
  body = body.replace(/(?<=\d\s?)(k|M|Md|bn)(?=[A-Z]{3}$)/, '$1 ');
  const code = currencyCode(currency);
  const own = new Set([currency, currencySymbol(currency), ...(code ? [code, currencySymbol(code), ...(NARROW_SIGNS[code] ?? [])] : [])]);
  const ownSigns = new Set([...own].flatMap((mark) => [mark, ...(NARROW_SIGNS[mark] ?? [])]));
  let other: string | null = null;
  for (const [re, cut] of [[LEADING_MARK, (b: string, m: string) => b.slice(m.length)], [TRAILING_MARK, (b: string, m: string) => b.slice(0, -m.length)]] as const) {
    const mark = re.exec(body)?.[0];
    if (!mark) continue;
    // "Rs." is a mark of its own in the table (final read: "Rs. 50,000" left ". 50,000", read as 50).
    if (ownSigns.has(mark) || (!code && mark.includes(currency))) body = cut(body, mark).trim();
    // "USD" in a sheet whose currency is a bare "$": maybe the same, maybe not — no number, and no claim either way.
    else if (!code && (NARROW_SIGNS[mark] ?? []).includes(currency)) continue;
    else other = mark;
  }
  return { body, other };
}

/** The text without `sign` as a whole sign at its end or start ("180 000 FCFA", "kUSD 500"), else null. */
function withoutSign(body: string, sign: string): string | null {
  const end = new RegExp(`(?:^|[\\s\\d])${escapeRegExp(sign)}$`, 'u').exec(body);
  const start = new RegExp(`^${escapeRegExp(sign)}(?=$|[\\s\\d+\\-])`, 'u').exec(body);
  return end ? body.slice(0, end.index + end[0].length - sign.length).trim() : start ? body.slice(sign.length).trim() : null;
}

/** The signs a KPI's own currency is typed with beyond core's table: itself, and for a CFA franc sign its other spellings. */
function shownSigns(currency: string): string[] {
  const cfa = /^(F\s?CFA|XOF|XAF)$/u.test(currency) ? ['F\u00a0CFA', 'F\u202fCFA', 'F CFA', 'FCFA'] : [];
  // The sheet's own CFA code too ("180 000 XOF" in a fr_SN sheet whose column shows FCFA): the same franc.
  const local = defaultCurrency();
  if (cfa.length > 0 && (local === 'XOF' || local === 'XAF')) cfa.push(local);
  return [...new Set([...cfa, currency])].sort((a, b) => b.length - a.length);
}

/**
 * Parses what the user typed for a KPI level with the cells' own reader (`parseCellNumber`, core/numbers.ts), as the
 * field shows numbers — the sidebar's language: "145,500", « 145 500 », "1 200,5" — else as a cell of the sheet reads
 * them (`cells`, its `numberLang`: "1’234.5" in en_CH, "1,00,000" in en_IN, "150 000" in en_ZA); "0,3" is no number in
 * an English sidebar on an en_US sheet, as in its cells (review 26). Percent fields accept "25", "25 %", "25,5"; an
 * amount may carry its currency's marks either side (`readAmountText`): "150 000 €", "$150,000" or "150000 CAD" in a
 * Canadian sheet — its own currency only: "$150,000" is no euro amount (null; `otherCurrencyTyped` names it), nor is a
 * count "150 €". Amounts and counts take a k/M multiplier ("200 k€", "$1.5M", "12k"), a rate none; a leading "+" (a
 * change: "+20 k") is a sign, which the cells' reader takes on plain numbers only.
 */
export function parseUnitInput(text: string, unit: Unit, lang: Lang, currency?: string | null, cells: NumberLang = lang): number | null {
  // A column shown in thousands or millions ("k€", core/workbook/scale.ts, surf54): a bare number is in that unit, the number
  // its cells show; one typed with a mark or a multiplier ("500 000 €", "500 k€", "€500k") is in the currency, converted —
  // as Check goals reads a goal sentence's amount.
  let factor = 1;
  const scaled = unit === 'currency' && currency ? markScale(currency) : null;
  // The column's own label typed after or before the number ("500 kUSD" in a kUSD field, "500 k€" in a k€ one): that
  // number as its cells show it (surf55: it was refused, "kUSD" read as another currency).
  const labelled = scaled ? withoutSign(text.trim(), currency!) : null;
  if (labelled !== null && !/\p{L}/u.test(labelled)) text = labelled;
  else if (unit === 'currency') {
    const read = readAmountText(text, scaled?.base ?? (currency || defaultCurrency()));
    if (read.other) return null;
    if (scaled && (read.body !== text.trim() || /\p{L}/u.test(read.body))) factor = scaled.factor;
    text = read.body;
  }
  // A scale's word after the number (« 1,5 million », "2 thousand") is its multiplier, as "1,5 M" — "billion" only in
  // English: a French « billion » is 10¹², no scale the cells' reader has (refused, never read as a milliard).
  const body = text
    .trim()
    .replace(/^\+/, '')
    .replace(/(?<=\d)\s*(thousands?|milliers?|mille|millions?|milliards?|billions?)$/i, (word) => (/^\s*(th|mil+ie|mille)/i.test(word) ? 'k' : /^\s*milliard/i.test(word) ? 'Md' : /^\s*mil/i.test(word) ? 'M' : lang === 'en' ? 'bn' : word));
  // Where the two readings disagree ("180.000" is 180 in English, 180,000 in a de_DE sheet — review 27), the field's own
  // reading wins only on text the field itself shows that way ("145,500" put there by `toInputText`): anything else was
  // typed by a person whose habit is the sheet's.
  const own = parseCellNumber(body, lang);
  const sheet = parseCellNumber(body, cells);
  const value = own !== null && sheet !== null && own !== sheet && formatNumber(own, lang, 6).replace(/\s/g, '') !== body.replace(/\s/g, '') ? sheet : (own ?? sheet);
  if (value === null || (unit === 'percent' ? writtenUnit(body) === 'amount' : hasCurrencyMark(body))) return null;
  // The field shows "%" beside it: every number typed there is in points (core/kpi/bare-rate.ts, every surface's rule).
  if (unit === 'percent' && !text.includes('%')) return bareRate(value, 'fractions', true);
  return value / factor;
}

/** Another currency's mark in an amount typed for a currency KPI ("£" in a euro sheet), else null. */
export function otherCurrencyTyped(text: string, unit: Unit, currency?: string | null): string | null {
  return unit === 'currency' ? readAmountText(text, currency || defaultCurrency()).other : null;
}

/**
 * The line under an amount field where another currency is typed ("£150,000" in a euro sheet), else ''. On a KPI tab, Check
 * goals' reason (nothing is converted, surf51); a catalog KPI with no tab only asks for the amount in the sheet's currency
 * (mend51a: surf51 named "the KPI tab in $" where there was no tab).
 */
export function otherCurrencyLine(text: string, unit: Unit, lang: Lang, currency: string | null, onTab: boolean): string {
  const other = otherCurrencyTyped(text, unit, currency);
  if (!other) return '';
  const shown = unitLabel(unit, lang, currency);
  return onTab ? t(lang, 'sidebar.currency.notConverted', { goal: other, tab: shown }) : t(lang, 'sidebar.amount.otherCurrency', { typed: other, currency: shown });
}

/**
 * A value taken from the history, rounded to what a person would type
 * (25.0333 % → 25 %, €131,333.33 → €131,333, $123.456 → $123.46, 1.6667 → 1.67), so the input
 * shows exactly what will be saved.
 */
export function roundForEntry(value: number, unit: Unit): number {
  if (!Number.isFinite(value)) return value;
  // Percentages to a tenth of a point; large numbers to the unit, money from 1,000 (a price of $123.45 is typed with its
  // cents: it was 123, mend47d); small ones to two decimals.
  const factor = unit === 'percent' ? 1000 : Math.abs(value) >= (unit === 'currency' ? 1000 : 100) ? 1 : 100;
  return Math.round(value * factor) / factor;
}

/**
 * The value as it goes back into an input: no unit sign, grouped as the sidebar's messages group ("145,500", « 145 500 »:
 * review 26, "145500" was hard to read), which `parseUnitInput` reads back; fr_LU's "." groups are left out (a dot in a
 * French number is no group to the cells' reader).
 */
export function toInputText(value: number | null, unit: Unit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '';
  const shown = unit === 'percent' ? value * 100 : value;
  // From 10¹⁵ on `formatNumber` writes a power of ten, which no field reads back (final read): plain digits there.
  if (Math.abs(shown) >= 1e15) return String(Math.round(shown));
  const text = formatNumber(shown, lang, 6);
  return lang === 'fr' ? text.replace(/\./g, '') : text;
}

/**
 * A KPI level for reading: "25%", "25 %", "$1,200", "1 200 €", "120". An amount is written in
 * `currency` (a symbol as the column's format shows it, "$", or an ISO code, "USD"); with no
 * currency known it is a plain number — never a made-up €.
 */
export function displayValue(value: number, unit: Unit, lang: Lang, currency?: string | null, amountDecimals?: number): string {
  // Like the server's formatGoalValue (core/workbook/values, not imported to keep sidebar.html small), at the precision the
  // KPI's tab shows (`amountDecimals`: whole on a `"$"#,##0` tab), as Check goals and the report write it (surf52).
  return withAmountDecimals(amountDecimals, () => formatValue(value, unit, lang, currency ?? undefined));
}

/**
 * A value the user entered (a target, a baseline) as the goal states it: money with every digit typed ("$1,500.25";
 * mend47d, `moneyDecimals`'s stated rule) and at least its tab's precision ("$997.00" on a cents tab: surf52), else as shown.
 */
export function displayStated(value: number, unit: Unit, lang: Lang, currency: string | null, amountDecimals?: number): string {
  return unit === 'currency' ? withAmountDecimals(amountDecimals, () => formatCurrency(value, lang, currency, moneyDecimals(value, currency, true))) : displayValue(value, unit, lang, currency);
}

/**
 * A target level as the server judges and names it: one the wizard computed (a +10 % change, a change per period) is a
 * computed amount, at its tab's precision ("$1,612" on a `"$"#,##0` tab, as "Target level" shows it: mend52d); one the
 * user typed keeps every digit (`typed`).
 */
export function computedAtTabPrecision(target: number, typed: boolean, unit: Unit, amountDecimals?: number): number {
  if (typed || unit !== 'currency' || amountDecimals === undefined) return target;
  return Math.round(target * 10 ** amountDecimals) / 10 ** amountDecimals;
}

/** A change of a KPI level: "+4.1 pts" for percentages, "+$12" for amounts, "+12" otherwise. */
export function displayDelta(delta: number, unit: Unit, lang: Lang, currency?: string | null, amountDecimals?: number): string {
  if (unit === 'percent') return formatPoints(delta, lang, 1, false);
  const body = unit === 'currency' ? displayValue(delta, unit, lang, currency, amountDecimals) : formatNumber(delta, lang, Math.abs(delta) >= 10 ? 0 : 1);
  return delta > 0 ? `+${body}` : body;
}

/** True when a change is too small to show a digit other than 0 ("+0 pts" reads as "flat"). */
export function isNegligibleDelta(delta: number, unit: Unit, lang: Lang): boolean {
  return !/[1-9]/.test(displayDelta(delta, unit, lang));
}

/** The unit as a short label for input captions: an amount's currency sign ("$", "€") when known. */
export function unitLabel(unit: Unit, lang: Lang, currency?: string | null): string {
  if (unit === 'percent') return '%';
  const code = currency || defaultCurrency();
  return unit === 'currency' && code ? currencySymbol(code, lang) : t(lang, `sidebar.unit.${unit}`);
}
