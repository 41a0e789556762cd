/**
 * Goal values in messages: percentages as percentages, money with its
 * currency symbol only when the currency is known (a spreadsheet's amounts
 * may be in any currency: no euro sign by default), counts as numbers.
 */
import { formatValue } from '../format';
import type { Lang, Unit } from '../types';

export function formatGoalValue(value: number, unit: Unit | null, currency: string | null | undefined, lang: Lang): string {
  if (unit === 'currency' && !currency) return formatValue(value, 'count', lang);
  return formatValue(value, unit, lang, currency ?? undefined);
}

/**
 * A Sheets number format that shows this value without noise. Not
 * "#,##0.##": Sheets shows a whole number in it with a trailing point
 * ("120."), so whole numbers get no decimals and others one or two.
 */
export function numberFormatFor(value: number | null, unit: Unit | null): string {
  const whole = (x: number): boolean => Math.abs(x - Math.round(x)) < 1e-9;
  if (unit === 'percent') return value === null || whole(value * 100) ? '0%' : '0.0#%';
  return value === null || whole(value) ? '#,##0' : '#,##0.0#';
}
