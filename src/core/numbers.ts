/**
 * Number text as people type it in a sheet: "25 %", "1 234,5" (fr),
 * "1,234.5" (en), "12,5 %". Percentages become fractions (25 % → 0.25),
 * as Sheets stores percent cells.
 */
import type { Lang } from './types';

const SPACES_RE = /[\u00a0\u202f\s']/g;

/**
 * Parses a number typed in the given locale; null when it is not a number.
 * An unambiguous other-locale form is also accepted ("0.25" in French,
 * "12,5" in English when a comma cannot be a thousands separator).
 */
export function parseLocaleNumber(text: string, lang: Lang): number | null {
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
    const groupsOfThree = /^[+-]?\d{1,3}(,\d{3})+$/.test(s);
    s = lang === 'en' && groupsOfThree ? s.replace(/,/g, '') : s.replace(',', '.');
  } else if (hasDot && lang === 'fr' && /^[+-]?\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, '');
  }
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  if (!Number.isFinite(n)) return null;
  return percent ? n / 100 : n;
}
