/**
 * Number text as people type it in a sheet: "25 %", "1 234,5" (fr),
 * "1,234.5" (en), "12,5 %". Percentages become fractions (25 % → 0.25),
 * as Sheets stores percent cells.
 */
import { currencyMarkSource, sentenceCurrency } from './currency-marks';
import type { Lang } from './types';

/**
 * Locales whose decimal separator is a comma ("0,3"), from each locale's Unicode CLDR number symbols (`decimal`,
 * cldr-numbers-full numbers.json — the locale data Google's products share; Google's help only says the spreadsheet
 * locale sets number formatting, support.google.com/docs/answer/58515): most of continental Europe, Russia, Turkey,
 * Indonesia, Vietnam, Brazil and Portugal, Spanish outside Mexico/the US/Central America, every French locale (as before) and en_ZA. A point elsewhere
 * (en_*, ja, zh, ko, hi, th…) and in de_CH/de_LI/it_CH, es_MX/es_US/es_419 and the Central American Spanish locales.
 */
const DECIMAL_COMMA_LOCALE = /^(?:fr(?![a-z])|(?:af|az|be|bg|bs|ca|cs|da|de|el|es|et|eu|fi|fr|gl|hr|hu|hy|id|is|it|ka|kk|ky|lt|lv|mk|nb|nl|nn|no|pl|pt|ro|ru|sk|sl|sq|sr|sv|tr|uk|uz|vi)(?![a-z])(?![_-](?:CH|LI|MX|US|419|GT|HN|NI|PA|PR|SV|DO|PE)\b)|en[_-](?:ZA|BE|DE|NL|AT|SI|DK)\b)/i;

/**
 * Decimal-comma locales whose CLDR `group` symbol is "." (de_DE "1.234,5", es_ES, it_IT, pt_BR, nl_NL, da, tr, id…);
 * the others group with a (narrow) no-break space (fr "1\u202f234,5", ru, pl, sv, fi, nb, cs, de_AT, pt_PT, en_ZA…).
 */
const DOT_GROUP_LOCALE = /^(?:az|bs|ca|da|de(?![_-]AT\b)|el|es|eu|gl|hr|id|is|it|mk|nl|pt(?![_-]PT\b)|ro|sl|sr|tr|vi|fr[_-](?:LU|MA)\b|en[_-](?:BE|DE|NL|AT|SI|DK)\b)(?![a-z])/i;

/**
 * How numbers typed in a spreadsheet read: 'en' (decimal point, comma groups thousands), 'fr' (decimal comma, a space
 * groups thousands) or 'de' (decimal comma, "." groups thousands: "1.234" is 1234) — the locale's separators, not its
 * language. Typed dates in those cells read day first, as in French.
 */
export type NumberLang = Lang | 'de' | 'in' | 'ch' | 'frch';

/**
 * Decimal-point locales with their own CLDR grouping, read like English plus it: 'in' (en_IN, hi_IN… pattern
 * "#,##,##0.###": "1,00,000" is 100000, "100,000" too) and 'ch' (de_CH, de_LI, it_CH, en_CH: `group` "’" U+2019,
 * "1’234.50"; the ASCII "'" people type for it too). An apostrophe groups digits in those locales only.
 */
const LAKH_LOCALE = /^[a-z]{2,3}[_-]IN\b/i;

/** Whether a spreadsheet locale groups digits by lakhs (en_IN, hi_IN…: "7,50,00,00,000"): ONE rule, the cells', the sentences' ('in') and the report's column widths. */
export function groupsByLakhs(locale: string | null | undefined): boolean {
  return LAKH_LOCALE.test((locale ?? '').trim());
}
const APOSTROPHE_LOCALE = /^(?:de|it|en|rm|gsw)[_-](?:CH|LI)\b/i;
/**
 * 'frch' (fr_CH): read like French — CLDR 48's `decimal` "," and `group` U+202F ("4,3 %", "1 234,5") — and an apostrophe
 * between groups of three too ("CHF 1'350'000", "480'000.50"; the point decimal French already takes): CLDR up to 22
 * gave fr_CH de_CH's symbols (decimal ".", group "'": unicode.org/cldr/cldr-aux/charts/22.1/summary/fr_CH.html), glibc's
 * fr_CH still takes LC_NUMERIC from de_CH, and Swiss French pages write "10'200 entreprises", "50’000 cadeaux" (review 24).
 */
const SWISS_FRENCH_LOCALE = /^fr[_-]CH\b/i;

/** The number reading of this locale (`NumberLang`); no locale: `lang`. */
export function numberLang(locale: string | null | undefined, lang: Lang): NumberLang {
  const code = (locale ?? '').trim();
  return code === '' ? lang : groupsByLakhs(code) ? 'in' : APOSTROPHE_LOCALE.test(code) ? 'ch' : SWISS_FRENCH_LOCALE.test(code) ? 'frch' : DECIMAL_COMMA_LOCALE.test(code) ? (DOT_GROUP_LOCALE.test(code) ? 'de' : 'fr') : 'en';
}

const SPACES_RE = /[\u00a0\u202f\s'’]/g;
const point = (lang: NumberLang): boolean => lang === 'en' || lang === 'in' || lang === 'ch';

/**
 * Parses a number typed in the given locale; null when it is not a number.
 * An unambiguous other-locale form is also accepted ("0.25" in French,
 * "12,5" in English when a comma cannot be a thousands separator).
 */
export function parseLocaleNumber(text: string, lang: NumberLang): number | null {
  let s = text.trim().replace(SPACES_RE, '');
  if (s === '') return null;
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  if (hasComma && hasDot) {
    // Whichever separator comes last is the decimal one.
    s = s.lastIndexOf(',') > s.lastIndexOf('.') ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (hasComma) {
    const grouped = /^[+-]?\d{1,3}(,\d{3})+$/.test(s) || (lang === 'in' && /^[+-]?\d{1,2}(,\d\d)+,\d{3}$/.test(s));
    s = point(lang) && grouped ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (hasDot && !point(lang) && /^[+-]?[1-9]\d{0,2}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  } else if (hasDot && lang === 'de' && /^[+-]?[1-9]\d{0,2}\.\d{3}$/.test(s)) {
    // "1.234" in de_DE, es_ES, pt_BR…: the dot groups thousands (CLDR `group` "."), so it is 1234, as a cell there reads it.
    // Not "0.250": no group starts with 0 — that is an English decimal (an import), 0.25 (review8).
    s = s.replace('.', '');
  }
  // `\d+(\.\d*)?`, not `\d+\.?\d*`: without the point both runs took the same digits, split every way before a refusal
  // (25,000 digits and an "x" took seconds: mend55f).
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}

// Every mark of core's one table (currency-marks.ts), codes included: "R$ 1.500", "1 500 zł", "₹2 crore", "INR 5,00,000",
// and the Australian, New Zealand and Canadian dollars as their sheets write them ("A$120,000", "AUD 120,000", "NZ$",
// "C$"; review 28: "Not a number" in an en_AU sheet).
const CURRENCY_MARK = `(?:${currencyMarkSource(true)})`;

/**
 * India's scale words, ONE table for cells and goal sentences (core/statement/quantities.ts): a lakh is 10⁵, a crore 10⁷,
 * a lakh crore 10¹² ("Rs 1 lakh crore": India's budget and export figures are written so); "L" and "Cr" their short
 * forms, which only an Indian locale or the rupee beside them makes lakhs and crores ("45 L" may be litres elsewhere).
 * Folded (lower-case) keys; `INDIAN_SCALE_WORDS` matches them, the longest first.
 */
export const INDIAN_SCALES: Readonly<Record<string, number>> = { lakh: 5, lakhs: 5, l: 5, crore: 7, crores: 7, cr: 7, 'lakh crore': 12, 'lakh crores': 12 };
export const INDIAN_SCALE_WORDS = 'lakh ?crores?|crores?|cr|lakhs?|l';
const INDIAN_SCALE_ANY_CASE = INDIAN_SCALE_WORDS.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * "1 500 €", "$1,500", "EUR 1 500", "30 k€", "1,5 M€", "2.5M", "1 Md€", "₹2 crore", "50 lakh", "₹45L", "₹1 lakh crore"
 * (amounts as people type them; "L" and "Cr" are lakh and crore in an Indian locale or beside the rupee, as a sentence
 * reads them).
 */
const SCALE = String.raw`(k|K|M|Mio|Md|Mds|Mrd|bn|B|(?:${INDIAN_SCALE_ANY_CASE})\.?)`;
const AMOUNT = new RegExp(String.raw`^(-)?\s*(?:(${CURRENCY_MARK})\s*)?(-)?\s*([\d][\d\s\u00a0\u202f.,'’]*)\s*${SCALE}?\s*(${CURRENCY_MARK})?\s*(?:HT|TTC)?$`);
const CURRENCY_RE = new RegExp(CURRENCY_MARK);

/**
 * AMOUNT run on the text with every run of spaces cut to its first character: AMOUNT's spaces may fall in several of its
 * pieces (the digits' group, the `\s*` around the scale and the mark), so a long run before a character it refuses was
 * split every way — "1", 250 spaces and "x" in a Target cell or the wizard took minutes (mend55f; a cell holds 50,000
 * characters). One space a run leaves each piece one way to match, and the amount read is the same (its digits' spaces are
 * dropped by `parseLocaleNumber`).
 */
function amountMatch(text: string): RegExpExecArray | null {
  return AMOUNT.exec(text.replace(/(\s)\s+/g, '$1'));
}

/** The currency mark a text carries ("$" in "$500k", "€" in "500 k€"), else undefined: which currency a typed amount names. */
export function amountMark(text: string): string | undefined {
  return CURRENCY_RE.exec(text)?.[0];
}

/** True when a text carries one of the currency marks `parseCellNumber` takes off an amount ("$", "€", "USD"…). */
export function hasCurrencyMark(text: string): boolean {
  return CURRENCY_RE.test(text);
}

/**
 * What a number typed as text says of its unit, beyond its value: "110 %" is a percentage whatever its size, "0,5 M€" or
 * "$0.9M" an amount (a currency mark or a k/M multiplier); null for a bare number. REQUIREDPACE's kind guess reads it.
 */
export function writtenUnit(text: string): 'percent' | 'amount' | null {
  const trimmed = text.trim();
  if (trimmed.includes('%')) return 'percent';
  const match = amountMatch(trimmed);
  return CURRENCY_RE.test(trimmed) || (match && match[5]) ? 'amount' : null;
}

/** Powers of ten of the multipliers, to scale a typed number exactly ("1,1 k" is 1100, not 1100.0000000000002). */
const MULTIPLIER_EXPONENTS: Readonly<Record<string, number>> = { k: 3, K: 3, M: 6, Mio: 6, Md: 9, Mds: 9, Mrd: 9, bn: 9, B: 9 };

/** The power of ten of a multiplier as typed ("Lakhs" → 5, "Cr." → 7); undefined for "L" or "Cr" neither in an Indian locale nor beside the rupee. */
function multiplierExponent(word: string, lang: NumberLang, rupee: boolean): number | undefined {
  const indian = word.toLowerCase().replace(/\.$/, '').replace(/\s+/, ' ');
  if ((indian === 'l' || indian === 'cr') && lang !== 'in' && !rupee) return undefined;
  return MULTIPLIER_EXPONENTS[word] ?? INDIAN_SCALES[indian];
}

/** Amount text: currency marks and k/M multipliers around a locale number; null when it is not one. */
function amountText(text: string, lang: NumberLang): number | null {
  const accounting = /^\((.+)\)$/.exec(text);
  if (accounting) {
    const innerText = accounting[1].trim();
    const inner = parseLocaleNumber(innerText, lang) ?? amountText(innerText, lang);
    return inner === null ? null : -inner;
  }
  const match = amountMatch(text);
  if (!match || (!match[5] && !CURRENCY_RE.test(text))) return null;
  const body = parseLocaleNumber(match[4].trim(), lang);
  const rupee = [match[2], match[6]].some((mark) => mark !== undefined && sentenceCurrency(mark) === 'INR');
  const exponent = match[5] ? multiplierExponent(match[5], lang, rupee) : 0;
  if (body === null || exponent === undefined) return null;
  const sign = match[1] || match[3] ? -1 : 1;
  return sign * (exponent ? Number(`${body}e${exponent}`) : body);
}

/**
 * A number typed as text in a cell or a formula argument, read the way Sheets reads what is typed in a cell of that
 * locale (Sheets API `ValueInputOption.USER_ENTERED`: strings "converted to numbers, dates, etc. following the same
 * rules that are applied when entering text into a cell via the Google Sheets UI"), one parser for Check goals and the
 * formulas: locale separators, signs, percentages, currency marks either side ("25 €", "$1,234.50"), accountants'
 * parentheses ("(100)" is −100), plus the k/M multipliers people type ("30 k€"). In English a comma only groups
 * thousands and a space never does: "0,3" and "1 234,5" are not numbers in an en_US sheet (they stay text there), so
 * they are refused rather than guessed. Null when it is not a number.
 */
export function parseCellNumber(text: string, lang: NumberLang): number | null {
  const trimmed = text.trim();
  // "1.234" in fr_FR and the other space-grouping locales: the dot is neither CLDR's group (U+202F) nor its decimal, and
  // Google documents no reading of it — 1.234 or 1234 would be a guess, so it is no number (a localized refusal).
  if ((lang === 'fr' || lang === 'frch') && /^[^\d.,]*[1-9]\d{0,2}\.\d{3}[^\d.,]*$/.test(trimmed)) return null;
  if (point(lang) && /\d[\s\u00a0\u202f]+\d/.test(trimmed)) return null;
  if ((lang === 'en' || lang === 'ch') && /,(?!\d{3}(?!\d))/.test(trimmed)) return null;
  // Digits grouped by an apostrophe only in 'ch' ("1’234.50") and 'frch', by "1,00,000" only in 'in' (review9).
  for (const run of trimmed.match(/\d[\d,'’]*|[,'’]/g) ?? []) {
    if (/['’]/.test(run) && !(lang === 'ch' ? /^\d{1,3}(['’]\d{3})+$/ : lang === 'frch' ? /^\d{1,3}(['’]\d{3})+(,\d+)?$/ : /^$/).test(run)) return null;
    if (lang === 'in' && run.includes(',') && !/^\d{1,3}(,\d{3})+$|^\d{1,2}(,\d\d)+,\d{3}$/.test(run)) return null;
  }
  return parseLocaleNumber(trimmed, lang) ?? amountText(trimmed, lang);
}
