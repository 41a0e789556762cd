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
