/**
 * Locale-aware number and date formatting for messages. Implemented by hand
 * (no Intl) so results are identical in Node, browsers and Apps Script.
 */
import { isoParts, type DateOrder } from './dates';
import type { IsoDate, Lang, Unit } from './types';
import { currencySymbol, defaultCurrency, markScale, SCALE_PREFIXES } from './currency-marks';
import { groupsByLakhs, numberLang } from './numbers';

// The sheet's currency and the marks amounts are written with live in core's one table of marks (fixes64).
export { currencySymbol, defaultCurrency, useCurrency, type CurrencySource } from './currency-marks';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Formats a number with grouping: "1,234.5" (en) or "1 234,5" (fr). */
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * Formats a number with grouping: "1,234.5" (en) or "1 234,5" (fr). From 10¹⁵ on, where whole numbers
 * stop being exact, in powers of ten ("1.8 × 10³⁰⁸"); never "Infinity" or "NaN" in a message.
 *
 * THE rule of a signed number written in text, on every surface and in both languages (fixes48): a negative number
 * takes the hyphen-minus "-" (U+002D), never the typographic minus "−" (U+2212) — it is what Sheets shows in a number
 * cell beside our text (-8.3), what CLDR's en and fr number symbols write (Node: (-1.5).toLocaleString('fr-FR') is
 * "-1,5"; U+2212 is sv's or fi's), and text a user can copy into a cell and get a number; a change written with its sign
 * takes "+" when positive (`formatPoints`, pace texts). Numbers returned as numbers carry no text sign at all.
 */
export function formatNumber(value: number, lang: Lang, maxDecimals = 2): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '-∞';
  if (Math.abs(value) >= 1e15) {
    let exponent = Math.floor(Math.log10(Math.abs(value)));
    let mantissa = Number((value / 10 ** exponent).toFixed(2));
    if (Math.abs(mantissa) >= 10) {
      mantissa /= 10;
      exponent += 1;
    }
    return `${formatNumber(mantissa, lang, 2)}${lang === 'fr' ? NNBSP : ' '}×${lang === 'fr' ? NNBSP : ' '}10${superscript(exponent)}`;
  }
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(value) * factor) / factor;
  const [intPart, decPart = ''] = rounded.toFixed(maxDecimals).split('.');
  const trimmedDec = decPart.replace(/0+$/, '');
  // English in an English decimal-comma locale grouping with a space (en_ZA: CLDR "1 234,5", `numberLang` 'fr') writes
  // its cells' separators (audit65: "Aim for R 4,910" beside a cell showing « R 4 910 », read there as 4.91); English in
  // another language's locale (fr_FR, de_DE) keeps "1,234.5" (format-locale.test.ts). The analyser reads both.
  const numbers = localeNumbers();
  const comma = lang === 'fr' || numbers.comma;
  const group = lang === 'fr' ? numbers.french.group : comma ? NBSP : ',';
  // English in an Indian locale (`groupsByLakhs`: en_IN, hi_IN, bn_IN, ta_IN…) groups as its cells show them, by lakhs
  // and crores (CLDR's en_IN pattern "#,##,##0.###": "₹2,00,00,000", not "₹20,000,000" beside it: fmt63); every other
  // locale, and French in any, by thousands. A sentence the add-on writes so reads back in every locale: the statement
  // analyser reads lakh groups wherever it runs (core/statement/quantities.ts `NUMBER`, fixes60).
  const grouped = intPart.replace(lang === 'en' && numbers.lakhs ? /\B(?=(\d{2})*\d{3}(?!\d))/g : /\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value < 0 && rounded !== 0 ? '-' : '';
  return sign + grouped + (trimmedDec ? (comma ? ',' : '.') + trimmedDec : '');
}

/** A whole, positive exponent in superscript digits, as a power is written (1,1², 10³⁰⁸; never a caret, 1,1^2). */
export function superscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
}

/** Formats a fraction as a percentage: 0.255 → "25.5%" (en) / "25,5 %" (fr). */
export function formatPercent(fraction: number, lang: Lang, maxDecimals = 1): string {
  const body = formatNumber(fraction * 100, lang, maxDecimals);
  return lang === 'fr' ? `${body}${NNBSP}%` : `${body}%`;
}

/**
 * Decimals of a rate's value, one rule on every surface (issue 11): three significant digits, at least one decimal —
 * 45 %, 30.8 %, 3.56 %, 0.25 % (a 2.94 % conversion rate written "2.9 %" in a note and "2.94 %" in the report
 * read as two numbers). `formatRate` writes the text, `rateNumberFormat` the cell format showing the same digits.
 */
export function rateDecimals(fraction: number): number {
  const points = Math.abs(fraction * 100);
  if (!Number.isFinite(points) || points === 0) return 1;
  return Math.min(6, Math.max(1, 2 - Math.floor(Math.log10(points))));
}

/** A rate's value as text by `rateDecimals`: "3.56%", « 30,8 % », trailing zeros dropped ("3.4%", "30%"). */
export function formatRate(fraction: number, lang: Lang): string {
  return formatPercent(fraction, lang, rateDecimals(fraction));
}

/**
 * The Sheets number format that shows a rate's cell with the digits `formatRate` writes: "0.00%" for 3.56 %, "0.0%"
 * for 3.4 % (not "3.40%"), "0%" for 30 % — a format with optional digits ("0.##%") would show "30.%" in Sheets.
 */
export function rateNumberFormat(fraction: number | null): string {
  if (fraction === null || !Number.isFinite(fraction)) return '0%';
  const decimals = rateDecimals(fraction);
  const shown = (Math.round(Math.abs(fraction) * 100 * 10 ** decimals) / 10 ** decimals).toFixed(decimals).replace(/\.?0+$/, '');
  const used = shown.includes('.') ? shown.length - shown.indexOf('.') - 1 : 0;
  return used === 0 ? '0%' : `0.${'0'.repeat(used)}%`;
}

/** Formats a difference of two fractions in percentage points: 0.041 → "+4.1 pts" (en) / "+4,1 points" (fr, which does not abbreviate). */
export function formatPoints(deltaFraction: number, lang: Lang, maxDecimals = 1, keepSmall = true): string {
  // A small change stays visible ("+0.04 pts per week" for a far deadline, not "+0 pts"), unless the caller rounds small to flat.
  let decimals = maxDecimals;
  const points = Math.abs(deltaFraction * 100);
  while (keepSmall && points > 0 && decimals < 3 && Math.round(points * 10 ** decimals) === 0) decimals++;
  const body = formatNumber(deltaFraction * 100, lang, decimals);
  const sign = deltaFraction > 0 && body !== '0' ? '+' : '';
  // French counts below 2 in the singular (« 1,5 point »), English only 1 ("+1 pt per week", "+1.5 pts"). Judged on the
  // rounded figure shown, not on the text, whose separators follow the spreadsheet's locale.
  const shownScaled = Math.round(points * 10 ** decimals);
  const unit = lang === 'fr' ? (shownScaled < 2 * 10 ** decimals ? 'point' : 'points') : shownScaled === 10 ** decimals ? 'pt' : 'pts';
  return `${sign}${body}${NBSP}${unit}`;
}

/**
 * THE table of a territory's currency, for every surface (Check goals' and the example's cell formats, messages, the
 * plan report, the wizard): Unicode CLDR 48's supplementalData.xml `<currencyData><region iso3166=…>`, each region's
 * current tender (the currency without a `to` date; Bulgaria's euro from 2026-01-01, Croatia's from 2023): the codes
 * of a region's own currency, whose region is the code's first two letters (INR → IN, the ISO 4217 rule), then each
 * shared currency followed by the regions that use it (EUR then AD, AT, AX…; USD; the CFA francs XOF, XAF; CHF for
 * LI). Left out, so written with no sign (the bundle's size budget; no Sheets locale names them): regions whose CLDR
 * entry lists two current tenders (PA, HT, ZW, CW, SX) or a change under way (SL), and the small territories sharing
 * another's currency outside those groups (XCD, AUD, NZD, DKK, GBP, XPF, NOK, MAD, ILS users: AG, KI, CK, FO, JE, NC…).
 */
const OWN_CURRENCIES =
  'AEDAFNALLAMDAOAARSAUDAZNBAMBBDBDTBHDBIFBMDBNDBOBBRLBSDBTNBWPBYNBZDCADCDFCHFCLPCNYCOPCRCCUPCVECZKDJFDKKDOPDZDEGPERN' +
  'ETBFJDFKPGBPGELGHSGIPGMDGNFGTQGYDHKDHNLHUFIDRILSINRIQDIRRISKJMDJODJPYKESKGSKHRKMFKPWKRWKWDKYDKZTLAKLBPLKRLRDLSLLYD' +
  'MADMDLMGAMKDMMKMNTMOPMRUMURMVRMWKMXNMYRMZNNADNGNNIONOKNPRNZDOMRPENPGKPHPPKRPLNPYGQARRONRSDRUBRWFSARSBDSCRSDGSEKSGD' +
  'SHPSOSSRDSSPSTNSYPSZLTHBTJSTMTTNDTOPTRYTTDTWDTZSUAHUGXUSDUYUUZSVESVNDVUVWSTYERZARZMW';
const SHARED_CURRENCIES = 'EURADATAXBEBGBLCYDEEEESFIFRGFGPGRHRIEITLTLULVMCMEMFMQMTNLPMPTRESISKSMTFVAXKYT USDASBQECFMGUIOMHMPPRPWSVTCTLUMVGVI XOFBFBJCIGWMLNESNTG XAFCFCGCMGAGQTD CHFLI';

/**
 * The currency of a spreadsheet locale ("en_US" → USD, "fr_CA" → CAD, "ja_JP" → JPY): its territory's in CLDR (`OWN_CURRENCIES`, `SHARED_CURRENCIES`).
 * ONE rule for a locale that names no territory we know ("fr", "es_419", a region left out): null, and amounts are
 * written with no sign — a plain number is true, whereas a guessed "$" would tell a user in India or Japan that their
 * rupees or yen are dollars (a silent wrong answer; the rules of the house prefer a blank to that).
 */
export function currencyOfLocale(locale: string | null | undefined): string | null {
  const country = /[_-]([A-Za-z]{2})\b/.exec(locale ?? '')?.[1]?.toUpperCase();
  if (!country) return null;
  let code = currencyOfCountry.get(country);
  if (code === undefined) {
    code = OWN_CURRENCIES.match(/.../g)?.find((c) => c.startsWith(country)) ?? SHARED_CURRENCIES.split(' ').find((group) => group.slice(3).match(/../g)?.includes(country))?.slice(0, 3) ?? null;
    currencyOfCountry.set(country, code);
  }
  return code;
}

/** Territory → currency, as found in the tables above: every execution that writes an amount asks for its locale's (a scan of 150 codes). */
const currencyOfCountry = new Map<string, string | null>();


/** Whether a three-letter upper-case code is a current currency of the CLDR table above ("JPY", "BRL"; not "jpy", "ABC"). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && (OWN_CURRENCIES.match(/.../g)?.includes(code) || SHARED_CURRENCIES.split(' ').some((group) => group.startsWith(code))) === true;
}

/**
 * ISO 4217's currencies with no minor unit (minor unit "0" in the ISO 4217 list, SIX's "List one", as mirrored by
 * ECMA-402's currency digits: searchfox.org/firefox-main/source/js/src/builtin/intl/CurrencyDataGenerated.js), restricted
 * to current tenders (UYI, a fund, left out): an amount in them never shows decimals — "¥44", never "¥43.80" (mend47d).
 */
const WHOLE_CURRENCIES = 'BIFCLPDJFGNFISKJPYKMFKRWPYGRWFUGXVNDVUVXAFXOFXPF';

/** Whether a currency (a code, or a sign as `currencySymbol` writes it: "¥", "₩") has no minor unit (`WHOLE_CURRENCIES`). */
export function isWholeCurrency(currency: string | null | undefined): boolean {
  if (!currency) return false;
  // A sign's currency depends on the sheet's own ("¥" is JPY in ja_JP, CNY in zh_CN: `currencySymbol`): part of the key.
  const key = `${defaultCurrency() ?? ''} ${currency}`;
  let whole = wholeByCurrency.get(key);
  if (whole === undefined) {
    // English signs only: French CLDR writes these currencies by their codes ("JPY"), which the first test finds.
    // The CFA francs' signs ("FCFA", "F CFA": XAF, XOF) as a sheet's format shows them.
    whole = /CFA$/.test(currency) || WHOLE_CURRENCIES.match(/.../g)?.some((code) => code === currency || currencySymbol(code, 'en') === currency) === true;
    wholeByCurrency.set(key, whole);
  }
  return whole;
}

/**
 * Each currency's answer, found once: every amount written asks (a 2,000-goal report thousands of times), and the scan
 * built 16 signs each time. Keyed by the code or sign asked and the sheet's own currency, all the answer depends on.
 */
const wholeByCurrency = new Map<string, boolean>();

/**
 * The decimals the KPI tab being written about shows for amounts (mend51a, the lead's ruling 7): 0 on a whole-unit tab
 * (`"$"#,##0`, or unformatted whole values), 2 on one with cents, 1 on unformatted values carrying one decimal (81,5 k€:
 * polish61); null where no tab is known. Set around one goal's
 * figures by `withAmountDecimals`, as `useCurrency` sets the sheet's currency.
 */
let amountDecimals: number | null = null;

/** Runs `write` with computed amounts at a KPI tab's precision (`KpiSeries.amountDecimals`), then restores the previous one. */
export function withAmountDecimals<T>(decimals: number | null | undefined, write: () => T): T {
  const previous = amountDecimals;
  amountDecimals = decimals ?? null;
  try {
    return write();
  } finally {
    amountDecimals = previous;
  }
}

/** Whether the KPI tab being written about shows whole amounts (`withAmountDecimals`): a pace then drops its cents too. */
export function tabShowsWholeAmounts(): boolean {
  return amountDecimals === 0;
}

/**
 * THE money precision rule (mend47d; docs/ARCHITECTURE.md, Formats). An amount the sentence STATES shows every digit it
 * has, at least two after the mark ("$6.25", "$6.50", "$1,234.56", "$0.005": a stated amount is never rounded into
 * another value), and at least the tab's precision ("$997.00" on a cents tab: surf52). A COMPUTED figure (a current level, a forecast, a pace, a milestone, a gap) shows its currency's minor
 * unit — cents when it has some ("$14,451.93"), none in a currency without one (`isWholeCurrency`: JPY, KRW…) — on every
 * surface alike (surf51: the notes wrote "$14,452" beside the report's "$14,451.93") — at most the precision its KPI tab
 * shows (`withAmountDecimals`, mend51a: whole on a `"$"#,##0` tab, the values' own in a formula). A suggested
 * target is rounded to a readable figure before it gets here (core/achievability `roundToward`), so it has no stray cents.
 */
export function moneyDecimals(value: number, currency?: string | null, stated = false): number {
  const size = Math.abs(value);
  if (stated) {
    // Its decimals to the millionth (float noise dropped: 0.1 + 0.2 has one), at least two when it has any — as it has
    // them in a currency with no minor unit, which has no cents to pad to (surf50: « 7,5 FCFA », "¥43.8").
    const digits = (String(Number(size.toFixed(6))).split('.')[1] ?? '').length;
    const whole = isWholeCurrency(currency ?? defaultCurrency());
    // At least the tab's precision (surf52, the lead's ruling b): a stated $997 reads "$997.00" beside a computed "$975.07".
    // Only a tab showing cents pads: one showing a decimal (81,5 k€) writes a whole 1 200 k€ whole (polish61).
    return Math.max(digits && (whole ? digits : Math.max(2, digits)), amountDecimals === 2 && !whole ? 2 : 0);
  }
  // A scaled amount on a tab showing one decimal (81,5 k€ under the automatic format) has at most that one (polish61:
  // forecasts read « 122,39 k€ » there); an unscaled currency's decimals are its cents, two.
  const most = amountDecimals === 1 && markScale(currency ?? '') ? 1 : 2;
  // The tab's precision caps a computed amount (a whole-dollar tab: "$17,426 in the last full period"), never above the currency's.
  // Under 10 whole units misstate it still ("Aim for $6.21", not "$6": mend47d).
  return (amountDecimals !== 0 || size < 10) && !isWholeCurrency(currency ?? defaultCurrency()) && Math.round(size * 100) % 100 !== 0 ? most : 0;
}

/** Whether a computed amount is written with its cents (`moneyDecimals`). */
export function hasCents(value: number, currency?: string | null): boolean {
  return moneyDecimals(value, currency) > 0;
}

/**
 * An amount in its currency (a code or a symbol), else the locale's (`defaultCurrency`), else a plain number, at the
 * precision `moneyDecimals` gives a computed figure (`maxDecimals` when the caller knows better: a stated amount's digits,
 * a pace's size). A whole amount shows no cents ("$6", never "$6.00"), a decimal part at least two digits ("$6.50"); a computed
 * amount in a currency with no minor unit none (`isWholeCurrency`), a stated one the digits the user typed.
 */
export function formatCurrency(value: number, lang: Lang, currency?: string | null, maxDecimals?: number): string {
  // A column shown in thousands or millions ("k€", "M$": core/workbook/scale.ts) writes its amounts as it shows them, the
  // scale beside the sign: « 420 k€ », "€420k", "$1.5M", « 2 Md€ », "€2bn".
  const scaled = currency ? markScale(currency) : null;
  // Below its scale's unit, an amount goes to the next smaller scale, down to the currency itself ($0.0042M is "$4.2k",
  // 0.042 k€ « 42 € »): "$0M" lost every digit (surf55), and "$0.0042M" is written by nobody; the scale stays beside the
  // sign, so the amount is never read in the column's unit. Decided on the amount as written, rounded to the decimals it
  // gets (two at least): 0.9999996 M$ is "$1M", not "$1,000k" (mend55f); and the decimals asked for are kept in the smaller
  // scale ("$4.2k" for 0.0042 M$ at two, not "$4k").
  if (scaled && value && Number(Math.abs(value).toFixed(Math.max(2, maxDecimals ?? 0))) < 1) {
    const smaller = Object.keys(SCALE_PREFIXES).find((prefix) => SCALE_PREFIXES[prefix] * 1e3 === scaled.factor) ?? '';
    return formatCurrency(value * 1e3, lang, smaller + scaled.base, maxDecimals);
  }
  const code = scaled?.base ?? (currency || defaultCurrency());
  const scale = scaled?.prefix.replace('G', lang === 'fr' ? 'Md' : 'bn') ?? '';
  // A scaled amount is no currency's cents: the decimals it has, up to two (« 432,4 k€ », never « 432,40 k€ »), whatever its currency.
  const decimals = maxDecimals ?? moneyDecimals(value, scaled ? currency : code);
  if (!code) return formatNumber(value, lang, decimals);
  const symbol = currencySymbol(code, lang);
  // Cents padded to two ("$12.5" → "$12.50"); a currency with no minor unit keeps the digits it has (« 7,5 FCFA »), and so
  // does a scaled amount.
  const digits = formatNumber(value, lang, decimals);
  const cents = !scaled && !isWholeCurrency(code);
  let body = cents ? digits.replace(/[.,]\d$/, '$&0') : digits;
  // Given cents on a tab showing cents, a whole amount shows them as its cells do ("$997.00": surf52, the lead's ruling b).
  const mark = lang === 'fr' || localeNumbers().comma ? ',' : '.';
  if (amountDecimals && decimals > 1 && /\d$/.test(body) && !body.includes(mark) && cents) body += `${mark}00`;
  // French: the sign after the amount in every French CLDR locale (fr_CH "1 234.50 CHF": its amounts' decimal point).
  if (lang === 'fr') return `${localeNumbers().french.currencyDecimal === ',' ? body : body.replace(',', '.')}${NBSP}${scale}${symbol}`;
  // CLDR's English pattern "¤#,##0.00" puts every sign first ("$12", "CHF 12", "JPY 12", "CA$12"), with a no-break space
  // after a sign that ends with a letter (CLDR currencySpacing).
  return `${value < 0 ? '-' : ''}${symbol}${/\p{L}$/u.test(symbol) ? NBSP : ''}${body.replace(/^-/, '')}${scale}`;
}

/** Formats a value according to its unit kind. */
export function formatValue(value: number, unit: Unit | null, lang: Lang, currency?: string | null): string {
  switch (unit) {
    case 'percent':
      return formatRate(value, lang);
    case 'currency':
      return formatCurrency(value, lang, currency);
    default:
      return formatNumber(value, lang);
  }
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
};

/** How a French message writes numbers: the digit group separator, and the decimal mark of amounts. */
export interface FrenchNumbers {
  group: string;
  currencyDecimal: string;
}

const FRENCH_NUMBERS: FrenchNumbers = { group: NNBSP, currencyDecimal: ',' };

/**
 * CLDR 48's French-speaking territories whose numbers differ from France's ("1 234 567,5", "1 234,50 €", U+202F groups):
 * fr_CA groups with a no-break space U+00A0 ("1 234 567,5", "1 234,50 $"); fr_CH writes amounts with a decimal POINT
 * ("1 234.50 CHF", its `currencyDecimal`; other numbers "1 234,5") — and groups with U+202F like France, not with de_CH's
 * apostrophe ("1'234.50", U+0027 in CLDR 48, U+2019 before); fr_LU groups with a point ("1.234.567,5"). fr_BE, fr_MA,
 * fr_SN… write as France. Checked against Node's ICU 78.2 / CLDR 48 `Intl.NumberFormat` (test/core/format-locale.test.ts).
 */
const FRENCH_TERRITORIES: Readonly<Record<string, FrenchNumbers>> = {
  CA: { group: NBSP, currencyDecimal: ',' },
  CH: { group: NNBSP, currencyDecimal: '.' },
  LU: { group: '.', currencyDecimal: ',' },
};

/**
 * How French messages write numbers in a spreadsheet of this locale: its own CLDR conventions when it is French-speaking
 * (fr_CH, fr_CA, fr_LU), France's otherwise — a de_CH or en_US spreadsheet whose messages are in French (Settings) writes
 * "1 234 CHF", never "CHF 1'234" inside a French sentence.
 */
export function frenchNumbersOfLocale(locale: string | null | undefined): FrenchNumbers {
  const match = /^fr[_-](?:[A-Za-z]{4}[_-])?([A-Za-z]{2})\b/i.exec(locale ?? '');
  return (match && FRENCH_TERRITORIES[match[1].toUpperCase()]) || FRENCH_NUMBERS;
}

/** The spreadsheet locale messages' numbers follow, or how to find it (read only when a number is written). */
export type NumberLocaleSource = string | null | (() => string | null);

let numberLocale: NumberLocaleSource = null;
let numbersCache: { locale: string | null; french: FrenchNumbers; lakhs: boolean; comma: boolean } | null = null;

/**
 * The spreadsheet locale numbers follow for this execution (French: `frenchNumbersOfLocale`; English: lakhs where
 * `groupsByLakhs`), set lazily by `entry`
 * (src/gas/scope.ts) and by the wizard from `SidebarContext.locale`, as `useCurrency`; null: France's. Returns the
 * previous source, which the caller restores.
 */
export function useNumberLocale(source: NumberLocaleSource): NumberLocaleSource {
  const previous = numberLocale;
  numberLocale = source;
  return previous;
}

/** How this execution's messages write numbers (`useNumberLocale`): French ones' separators, whether English ones group by lakhs or write en_ZA's decimal comma. */
function localeNumbers(): { french: FrenchNumbers; lakhs: boolean; comma: boolean } {
  if (typeof numberLocale === 'function') numberLocale = numberLocale();
  if (numbersCache?.locale !== numberLocale) numbersCache = { locale: numberLocale, french: frenchNumbersOfLocale(numberLocale), lakhs: groupsByLakhs(numberLocale), comma: /^en[_-]/i.test(numberLocale ?? '') && numberLang(numberLocale, 'en') === 'fr' };
  return numbersCache;
}

/** The order itself, or how to find it (read only when an English date is written). */
export type DateOrderSource = DateOrder | (() => DateOrder);

let dateOrder: DateOrderSource = 'dmy';

/**
 * How English dates are written in messages for this execution, from the spreadsheet locale's date order
 * (`localeDateOrder`): "March 31, 2027" where dates are month first (en_US), "31 March 2027" elsewhere (en_GB…); French
 * is always "31 mars 2027". Set by each adapter entry point (src/gas/scope.ts `entry` sets a lazy source, so an entry
 * point that reads no locale still writes the locale's order); without one, day first. Returns the previous source,
 * which the caller restores when its execution ends.
 */
export function useDateOrder(order: DateOrderSource): DateOrderSource {
  const previous = dateOrder;
  dateOrder = order;
  return previous;
}

/** Abbreviated months (Unicode CLDR's "abbreviated" format names for en and fr: "Sep", « sept. »). */
export const MONTHS_SHORT: Readonly<Record<Lang, readonly string[]>> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

export type DateStyle = 'long' | 'short';

let dateStyle: DateStyle = 'long';

/**
 * How `formatDate` spells months for this execution: 'long' ("March 31, 2027") by default — goal sentences, the Goals
 * tab, reports —, 'short' ("Mar 31, 2027", « 31 mars 2027 » → « 7 sept. 2026 ») for the wizard's live panels, whose
 * chart axis and deadline menu need the short form: one style on one surface. Returns the previous style, which the
 * caller restores (src/gas/scope.ts `entry` does).
 */
export function useDateStyle(style: DateStyle): DateStyle {
  const previous = dateStyle;
  dateStyle = style;
  return previous;
}

/**
 * "Sep 7, 2026" (en, month first), "7 Sep 2026" (en, day first), « 7 sept. 2026 » (fr) — the order `formatDate` follows
 * (`useDateOrder`); without the year ("Sep 7", « 7 sept. ») when `withYear` is false.
 */
export function formatShortDate(iso: IsoDate, lang: Lang, withYear = true): string {
  return spellDate(iso, lang, MONTHS_SHORT[lang], withYear);
}

/** A month's name, 1–12: "January" / « janvier ». */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1];
}

/** "31 March 2027" (en, day first) or "March 31, 2027" (en, month first: `useDateOrder`) / "31 mars 2027" (fr); months abbreviated under `useDateStyle('short')`. */
export function formatDate(iso: IsoDate, lang: Lang): string {
  return spellDate(iso, lang, (dateStyle === 'short' ? MONTHS_SHORT : MONTHS)[lang], true);
}

function spellDate(iso: IsoDate, lang: Lang, months: readonly string[], withYear: boolean): string {
  const { year: y, month, day } = isoParts(iso);
  const monthWord = months[month - 1];
  // Four digits always: the year 0099 is not "99" (which a reader, or Sheets, would take for 1999).
  const year = y >= 0 && y < 1000 ? String(y).padStart(4, '0') : String(y);
  if (lang === 'fr') return withYear ? `${day === 1 ? '1er' : day} ${monthWord} ${year}` : `${day === 1 ? '1er' : day} ${monthWord}`;
  if (typeof dateOrder === 'function') dateOrder = dateOrder();
  if (dateOrder === 'mdy') return withYear ? `${monthWord} ${day}, ${year}` : `${monthWord} ${day}`;
  return withYear ? `${day} ${monthWord} ${year}` : `${day} ${monthWord}`;
}

/**
 * `text` with its first letter in capitals, the rest as written — THE rule of a sentence or a name starting a cell, on every
 * surface: "win rate" → "Win rate", « échéance » → « Échéance » (French capitals keep their accents), "" → "". The
 * locale-independent `toUpperCase`: `toLocaleUpperCase` follows the host's locale (a Turkish one writes "İ" for "i"), and
 * our two languages need none. A first character outside the BMP is taken whole, not half a surrogate pair.
 */
export function upperFirst(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + text.slice(head.length);
}

/** Case-, accent- and apostrophe-insensitive text ("equipe" finds "Équipe", "l'equipe" finds "l’équipe"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’`´]/g, "'")
    .toLowerCase();
}
