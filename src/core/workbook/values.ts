/**
 * Goal values in messages: percentages as percentages, money with its
 * currency symbol — the goal's or its KPI column's, else the spreadsheet
 * locale's (`defaultCurrency`), no sign when none is known —, counts as numbers.
 */
import { markScale } from '../currency-marks';
import { cellDateFormat, localeDateOrder } from '../dates';
import { currencySymbol, defaultCurrency, formatValue, hasCents, rateNumberFormat } from '../format';
import type { Lang, Unit } from '../types';
import { t } from '../messages';

export function formatGoalValue(value: number, unit: Unit | null, currency: string | null | undefined, lang: Lang): string {
  if (unit === 'currency' && !currency && !defaultCurrency()) return formatValue(value, 'count', lang);
  return formatValue(value, unit, lang, currency ?? undefined);
}

/**
 * A Sheets number format that shows this value without noise. Not
 * "#,##0.##": Sheets shows a whole number in it with a trailing point
 * ("120."), so whole numbers get no decimals and others one or two.
 */
export function numberFormatFor(value: number | null, unit: Unit | null, currency: string | null = null, lang: Lang = 'en'): string {
  const whole = (x: number): boolean => Math.abs(x - Math.round(x)) < 1e-9;
  // A rate with the digits its text shows (`rateNumberFormat`, one rule on every surface).
  if (unit === 'percent') return rateNumberFormat(value);
  // Money: whole units, or cents when a figure under 10 has some ("$6.25" was shown "$6": story47, mend47d's `moneyDecimals`, as the messages write it,
  // `formatCurrency`), with the currency's symbol where the spreadsheet's locale puts it: "#,##0 €" in French, "$#,##0" in
  // English. Sheets patterns are locale-independent: the locale still chooses the separators (187 751 € / €187,751).
  if (unit === 'currency' && currency) {
    return currencyCellFormat(currency, lang, `#,##0${hasCents(value ?? 0, currency) ? '.00' : ''}`);
  }
  return value === null || whole(value) ? '#,##0' : '#,##0.0#';
}

/**
 * A money cell's Sheets format, `digits` beside the currency's sign where the language puts it ("$#,##0", « #,##0 € »),
 * on the report and the Goals tab alike. A scaled mark ("k€", "G$": core/workbook/scale.ts) as `formatCurrency` writes it
 * (mend54f: cells read « 1,50 G€ » and "500 k€" while the notes said « 1,50 Md€ » and "€500k"): « Md » in French, "bn" in
 * English, after the number.
 */
export function currencyCellFormat(currency: string, lang: Lang, digits: string): string {
  const scaled = markScale(currency);
  const symbol = currencySymbol(scaled?.base ?? currency, lang);
  const scale = scaled?.prefix.replace('G', lang === 'fr' ? 'Md' : 'bn') ?? '';
  return lang === 'fr' || symbol.length > 1 ? `${digits}"\u00a0${scale}${symbol}"` : `"${symbol}"${digits}${scale && `"${scale}"`}`;
}

/** The date format of the cells the add-on writes: the spreadsheet locale's short date (`cellDateFormat`), as the plan report; no locale: the language's order. */
export function dateFormatFor(locale: string | null | undefined, lang: Lang): string {
  return cellDateFormat(locale, localeDateOrder(locale, lang));
}

/**
 * True for a number format worth copying onto our cells (the user's own money or number format on
 * a KPI or Target column): not General, text or a date.
 */
export function isAmountFormat(pattern: string | null | undefined): pattern is string {
  if (!pattern || pattern === '@' || /^general$/i.test(pattern)) return false;
  const bare = pattern.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[\$[^\]]*\]/g, '');
  return /[0#]/.test(bare) && !/[dy]/i.test(bare) && !/h+\]?:m/i.test(bare) && !bare.includes('%');
}

/** How much of a Target's formula the note quotes: enough to recognise it (mend54f: a 2,500-character =IFS(…) made a 2,506-character note and 30 report rows). */
const FORMULA_QUOTE_CHARS = 60;

/** A Target computed by a formula (surf54): what the notes and the plan report's line under the goal say; a long formula's start, then "…". */
export function targetFormulaNote(formula: string, lang: Lang): string {
  return t(lang, 'check.note.targetFormula', { formula: formula.length > FORMULA_QUOTE_CHARS ? `${formula.slice(0, FORMULA_QUOTE_CHARS - 1)}…` : formula });
}
