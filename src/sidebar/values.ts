/**
 * KPI values between the sheet's representation (percent as fractions) and
 * what a person types and reads in the wizard ("25" or "25 %" for 25 %).
 */
import { currencySymbol, defaultCurrency, formatNumber, formatPoints, formatValue } from '../core/format';
import { t } from '../core/messages/ui';
import { bareRate } from '../core/kpi/bare-rate';
import { parseLocaleNumber } from '../core/numbers';
import type { Lang, Unit } from '../core/types';

/**
 * Parses what the user typed for a KPI level; percent fields accept "25", "25 %", "25,5"; an amount may carry its
 * currency's sign or code either side ("150 000 €", "$150,000", "150000 EUR"), as a cell formatted in that currency
 * reads it — its own currency only: "$150,000" is no euro amount.
 */
export function parseUnitInput(text: string, unit: Unit, lang: Lang, currency?: string | null): number | null {
  const code = currency || defaultCurrency();
  if (unit === 'currency' && code) {
    const marks = [currencySymbol(code), code];
    let body = text.trim();
    for (const mark of marks) {
      if (body.startsWith(mark)) body = body.slice(mark.length).trim();
      else if (body.endsWith(mark)) body = body.slice(0, -mark.length).trim();
    }
    text = body;
  }
  const value = parseLocaleNumber(text, lang);
  if (value === null) return null;
  // The field shows "%" beside it: every number typed there is in points (core/kpi/bare-rate.ts, every surface's rule).
  if (unit === 'percent' && !text.includes('%')) return bareRate(value, 'fractions', true);
  return value;
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
