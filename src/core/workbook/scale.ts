/**
 * The scale a KPI column's header writes for its amounts (surf54): "Revenue (k€)", « CA (M€) », "Sales (millions)",
 * "Revenue ($M)", "revenue_kusd", « CA en milliers d'euros », "cost_micros" (Google Ads' millionths of the account's
 * currency: "cost_micros … in micros of the account currency", developers.google.com/google-ads/api/fields/latest/metrics#cost_micros).
 *
 * Thousands and millions are how the sheet SHOWS its amounts: the column keeps the numbers a user reads in it, and its mark
 * carries the scale (`scaledMark`: « 420 k€ », "$420M"), so every surface writes and compares in the sheet's own unit.
 * Millionths are no unit anybody reads: they are converted to the currency (values × 10⁻⁶) and keep its plain mark.
 * docs/WORKBOOK.md, *Amounts in thousands or millions*.
 */
import { isCurrencyCode } from '../format';
import { SCALE_PREFIXES } from '../currency-marks';
import type { StatementAnalysis } from '../statement/types';

/** A scale letter or word right beside a currency's sign or code ("k€", "€k", "$M", "MEUR", "kusd", "Md€", "£bn"). */
const BESIDE_MARK = /(?<![a-z])(k|m|mn|mm|md|mrd|bn)\s?(\p{Sc}|[a-z]{3}(?![a-z]))|\p{Sc}\s?(k|m|mn|mm|bn)(?![a-z\d²])/gu;
/**
 * Words naming the scale whatever the currency ("(millions)", « en milliers d'euros », "in thousands"). Not after per, par,
 * au, pour, a, the, each: "Revenue per thousand sessions ($)", "CPM (cost per thousand)", « Prix au millier (€) » are rates
 * in the whole currency (mend54f: $80 was read as $0.08k, "on track").
 */
const WORDS = /(?<!(?:^|[^a-z])(?:per|par|au|pour|a|the|each)[\s_-]+)(?<![a-z])(thousands?|milliers?|millions?|billions?|milliards?|micros)(?![a-z])/;

/** A scale's letters or word as a factor: k, thousand, millier 10³; b(illion), md, mrd, milliard 10⁹; micro 10⁻⁶; the rest (m, mn, mm, million) 10⁶. */
const factorOf = (word: string): number => (/^(k|t|millie)/.test(word) ? 1e3 : /^(b|md|mrd|milliard)/.test(word) ? 1e9 : word[2] === 'c' ? 1e-6 : 1e6);

/**
 * The factor the header's numbers are to be multiplied by to be in the currency (1,000 for "k€", 10⁻⁶ for "micros"), or
 * null when the header writes none. A letter counts only against a currency's sign or ISO code ("kusd", not "kilo" nor
 * "Size (M)"), a word alone ("(millions)").
 */
export function headerScale(header: string): number | null {
  const text = header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const beside of text.matchAll(BESIDE_MARK)) {
    if (beside[1] === undefined || !/^[a-z]{3}$/.test(beside[2]) || isCurrencyCode(beside[2].toUpperCase())) return factorOf(beside[1] ?? beside[3]);
  }
  const word = WORDS.exec(text);
  return word ? factorOf(word[1]) : null;
}

/**
 * A column's amounts in the unit its header shows: millionths converted to the currency, thousands and millions kept as
 * shown with the scale in the currency's mark ("k€"); `mark` is the currency the column shows (a sign or a code; null: the
 * locale's, written by its code then).
 */
export function scaledColumn(factor: number | null, mark: string | null, fallback: string | null): { mark: string | null; divide: number } {
  const prefix = Object.keys(SCALE_PREFIXES).find((p) => SCALE_PREFIXES[p] === factor);
  // Divided by the whole 10⁶ (3,810,000,000 micros are 3,810 exactly; × 10⁻⁶ is not).
  if (factor !== null && factor < 1) return { mark, divide: Math.round(1 / factor) };
  return { mark: prefix && (mark ?? fallback) ? `${prefix}${mark ?? fallback}` : mark, divide: 1 };
}

/**
 * A goal sentence's amounts of money ("500 000 €", "500 k€": both 500,000 in the currency) in the unit of a column shown in
 * thousands or millions of it (`factor`): 500 beside "CA (k€)", the number a user reads there. A bare number ("reach 500")
 * is already the column's: it is not divided (docs/WORKBOOK.md, *Amounts in thousands or millions*).
 */
export function amountsShownIn(analysis: StatementAnalysis, factor: number): StatementAnalysis {
  if (analysis.currency === null) return analysis;
  const shown = (value: number | null): number | null => (value === null ? null : value / factor);
  const change = analysis.change?.kind === 'absolute' ? { ...analysis.change, value: analysis.change.value / factor } : analysis.change;
  return { ...analysis, baseline: shown(analysis.baseline), target: shown(analysis.target), change };
}
