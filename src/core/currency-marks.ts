/**
 * Which currency a sheet's mark names: the sign a column's number format shows ("€", "CA$", "kr") or an ISO code.
 * One reading for Check goals (a goal in another currency than its tab's is not judged there) and the wizard (an
 * amount typed with another currency's mark is refused).
 */
import { defaultCurrency } from './format';

/**
 * Narrow currency signs (Unicode CLDR's "narrow" symbol: what people type) and the other signs CLDR gives a currency
 * ("CA$", "$CA"), by ISO code. A sign shared by several currencies ($, ¥, kr) is accepted for each of them: typed in a
 * sheet of one of them, it means that one.
 */
const DOLLARS = 'USD CAD AUD NZD SGD HKD MXN ARS CLP COP TWD BSD BBD BZD BMD BND FJD GYD JMD KYD LRD NAD SBD SRD TTD XCD';
export const NARROW_SIGNS: Readonly<Record<string, readonly string[]>> = {
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

/** The sheet's currency as an ISO code when it says which ("CAD", "€", "$" in a Canadian locale), else null (a bare "$"). */
export function currencyCode(currency: string): string | null {
  if (/^[A-Z]{3}$/.test(currency)) return currency;
  // A string, never what every object inherits ("constructor", "__proto__" are no marks).
  const signed = SIGN_CODES[currency];
  if (typeof signed === 'string') return signed;
  const local = defaultCurrency();
  return local && (NARROW_SIGNS[local] ?? []).includes(currency) ? local : null;
}

/**
 * Whether a goal's currency (an ISO code) and a tab's (the sign its number format shows, or a code) are two currencies:
 * both known and different. A tab's bare "$" is any dollar or peso (a format's "$" is often no choice of currency), so
 * it never differs from one.
 */
export function differentCurrencies(goal: string | null, tab: string | null | undefined): boolean {
  if (!goal || !tab || tab === '$') return false;
  const tabCode = currencyCode(tab);
  return tabCode !== null && tabCode !== goal;
}
