/**
 * KPI values between the sheet's representation (percent as fractions) and
 * what a person types and reads in the wizard ("25" or "25 %" for 25 %).
 */
import { currencySymbol, defaultCurrency, formatNumber, formatPoints, formatValue } from '../core/format';
import { t } from '../core/messages/ui';
import { bareRate } from '../core/kpi/bare-rate';
import { parseLocaleNumber, parseScaledNumber } from '../core/numbers';
import type { NumberLang } from '../core/numbers';
import type { Lang, Unit } from '../core/types';

/**
 * Narrow currency signs (Unicode CLDR's "narrow" symbol: what people type) and the other signs CLDR gives a currency
 * ("CA$", "$CA"), by ISO code. A sign shared by several currencies ($, ¥, kr) is accepted for each of them: typed in a
 * sheet of one of them, it means that one.
 */
const DOLLARS = 'USD CAD AUD NZD SGD HKD MXN ARS CLP COP TWD BSD BBD BZD BMD BND FJD GYD JMD KYD LRD NAD SBD SRD TTD XCD';
const NARROW_SIGNS: Readonly<Record<string, readonly string[]>> = {
  ...Object.fromEntries(DOLLARS.split(' ').map((code) => [code, ['$']])),
  USD: ['$', 'US$', '$US', 'USD'],
  CAD: ['$', 'CA$', '$CA', 'C$'],
  AUD: ['$', 'A$', 'AU$', '$AU'],
  NZD: ['$', 'NZ$', '$NZ'],
  HKD: ['$', 'HK$'],
  SGD: ['$', 'S$'],
  MXN: ['$', 'MX$'],
  TWD: ['$', 'NT$'],
  BRL: ['R$'],
  EUR: ['€'],
  GBP: ['£'],
  JPY: ['¥', '￥'],
  CNY: ['¥', '￥', 'CN¥'],
  INR: ['₹', 'Rs'],
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
};

/** Signs that name one currency only, to read a sheet's currency given as a sign ("€" → EUR). */
const SIGN_CODES: Readonly<Record<string, string>> = { '€': 'EUR', '£': 'GBP', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS', '₫': 'VND', '₱': 'PHP', '₦': 'NGN', '₴': 'UAH', '₸': 'KZT', 'zł': 'PLN', 'R$': 'BRL', 'US$': 'USD', '$US': 'USD', 'CA$': 'CAD', '$CA': 'CAD', 'C$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', 'NT$': 'TWD' };

/** A currency mark at either end of an amount: a sign ("$", "CA$", "€", "zł") or three capitals ("CAD"). */
const LEADING_MARK = /^(?:R(?=\s?\d)|[A-Z]{3}(?![A-Za-z])|[A-Z]{1,2}\$|\$[A-Z]{2}|R\$|[$€£¥￥₹₩₽₺₪₫₱₦₴₸]|zł|kr|Rs|CHF|Fr\.)/;
const TRAILING_MARK = /(?:(?<![A-Za-z])[A-Z]{3}|[A-Z]{1,2}\$|\$[A-Z]{2}|R\$|[$€£¥￥₹₩₽₺₪₫₱₦₴₸]|zł|kr|Rs|CHF|Fr\.)$/;

/** The sheet's currency as an ISO code when it says which ("CAD", "€", "$" in a Canadian locale), else null (a bare "$"). */
function currencyCode(currency: string): string | null {
  if (/^[A-Z]{3}$/.test(currency)) return currency;
  if (SIGN_CODES[currency]) return SIGN_CODES[currency];
  const local = defaultCurrency();
  return local && (NARROW_SIGNS[local] ?? []).includes(currency) ? local : null;
}

/**
 * An amount typed in the wizard, read against the KPI's currency: its own marks (ISO code, symbol, CLDR's other signs,
 * the narrow sign — "$150,000", "150 000 $CA", "150000 CAD" in a Canadian sheet) are taken off either end; another
 * currency's mark ("£150,000", "150,000 USD" in a euro sheet) is named in `other`, so the wizard says so. A sign shared
 * with the sheet's currency is never "another currency" ("$" in a sheet whose currency is a bare "$").
 */
export function readAmountText(text: string, currency: string | null): { body: string; other: string | null } {
  let body = text.trim();
  if (!currency) return { body, other: null };
  const code = currencyCode(currency);
  const own = new Set([currency, currencySymbol(currency), ...(code ? [code, currencySymbol(code), ...(NARROW_SIGNS[code] ?? [])] : [])]);
  const ownSigns = new Set([...own].flatMap((mark) => [mark, ...(NARROW_SIGNS[mark] ?? [])]));
  let other: string | null = null;
  for (const [re, cut] of [[LEADING_MARK, (b: string, m: string) => b.slice(m.length)], [TRAILING_MARK, (b: string, m: string) => b.slice(0, -m.length)]] as const) {
    const mark = re.exec(body)?.[0];
    if (!mark) continue;
    if (ownSigns.has(mark) || (!code && mark.includes(currency))) body = cut(body, mark).trim();
    // "USD" in a sheet whose currency is a bare "$": maybe the same, maybe not — no number, and no claim either way.
    else if (!code && (NARROW_SIGNS[mark] ?? []).includes(currency)) continue;
    else other = mark;
  }
  return { body, other };
}

/**
 * Parses what the user typed for a KPI level, read as the spreadsheet locale's cells read it (`SidebarContext.numberLang`:
 * "180.000" is 180,000 in a de_DE sheet whatever the UI's language); percent fields accept "25", "25 %", "25,5"; an amount may carry its
 * currency's marks either side (`readAmountText`): "150 000 €", "$150,000" or "150000 CAD" in a Canadian sheet — its own
 * currency only: "$150,000" is no euro amount (null; `otherCurrencyTyped` names it). Amounts and counts take a k/M
 * multiplier ("200 k€", "$1.5M", "12k").
 */
export function parseUnitInput(text: string, unit: Unit, lang: NumberLang, currency?: string | null): number | null {
  if (unit === 'currency') {
    const read = readAmountText(text, currency || defaultCurrency());
    if (read.other) return null;
    text = read.body;
  }
  // An amount or a count may carry a multiplier ("200 k€", "1,5 M€", "$1.5M"), as goal sentences and Check goals' cells do.
  const value = parseLocaleNumber(text, lang) ?? (unit === 'percent' ? null : parseScaledNumber(text, lang));
  if (value === null) return null;
  // The field shows "%" beside it: every number typed there is in points (core/kpi/bare-rate.ts, every surface's rule).
  if (unit === 'percent' && !text.includes('%')) return bareRate(value, 'fractions', true);
  return value;
}

/** Another currency's mark in an amount typed for a currency KPI ("£" in a euro sheet), else null. */
export function otherCurrencyTyped(text: string, unit: Unit, currency?: string | null): string | null {
  return unit === 'currency' ? readAmountText(text, currency || defaultCurrency()).other : null;
}

/**
 * A value taken from the history, rounded to what a person would type
 * (25.0333 % → 25 %, €131,333.33 → €131,333, 1.6667 → 1.67), so the input
 * shows exactly what will be saved.
 */
export function roundForEntry(value: number, unit: Unit): number {
  if (!Number.isFinite(value)) return value;
  // Percentages to a tenth of a point; large amounts to the unit; small counts to two decimals.
  const factor = unit === 'percent' ? 1000 : Math.abs(value) >= 100 ? 1 : 100;
  return Math.round(value * factor) / factor;
}

/** The value as it goes back into an input (no unit sign, no grouping, locale decimal mark). */
export function toInputText(value: number | null, unit: Unit, lang: Lang): string {
  if (value === null || !Number.isFinite(value)) return '';
  const shown = unit === 'percent' ? value * 100 : value;
  const rounded = Math.round(shown * 1e6) / 1e6;
  const text = String(rounded);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/**
 * A KPI level for reading: "25%", "25 %", "$1,200", "1 200 €", "120". An amount is written in
 * `currency` (a symbol as the column's format shows it, "$", or an ISO code, "USD"); with no
 * currency known it is a plain number — never a made-up €.
 */
export function displayValue(value: number, unit: Unit, lang: Lang, currency?: string | null): string {
  // Like the server's formatGoalValue (core/workbook/values, not imported to keep sidebar.html small), whole units as an amount.
  return formatValue(value, unit, lang, currency ?? undefined);
}

/** A change of a KPI level: "+4.1 pts" for percentages, "+$12" for amounts, "+12" otherwise. */
export function displayDelta(delta: number, unit: Unit, lang: Lang, currency?: string | null): string {
  if (unit === 'percent') return formatPoints(delta, lang, 1, false);
  const body = unit === 'currency' ? displayValue(delta, unit, lang, currency) : formatNumber(delta, lang, Math.abs(delta) >= 10 ? 0 : 1);
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
  return unit === 'currency' && code ? currencySymbol(code) : t(lang, `sidebar.unit.${unit}`);
}
