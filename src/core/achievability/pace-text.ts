/**
 * How a required pace is written, one rule for every surface (issue 11): the plan report's *Required pace* column,
 * the wizard's "Required pace", the assessment's reasons (Check goals' notes and pane, the formulas' explanations) and
 * REQUIREDPACE's number (`paceKindOfValues`, `paceKindOfWord`).
 *
 * - A rate (a percentage KPI: close rate, churn, conversion) moves in POINTS per period: "-8.3 pts per month". A
 *   relative change of a rate ("−24 % per month" of a 45 % churn) reads as points to a sales manager, who then hears
 *   −24 points: never written.
 * - An amount or a count kept as a level (revenue a month, the pipeline, the headcount) moves by its change per period in
 *   its own unit, followed by the compounded relative change the seed article speaks in ("X % per week/month"):
 *   "+$4,694 (+2.8%) per month".
 * - A total (new accounts, leads summed over the period) needs an average per period: "2.28 per week" — no sign, no
 *   relative change (a plus sign read as a weekly increase, review 5).
 */
import { t } from '../messages';
import { defaultCurrency, formatCurrency, formatNumber, formatPercent, formatPoints, isWholeCurrency, moneyDecimals, tabShowsWholeAmounts } from '../format';
import type { Aggregation, Lang, Unit } from '../types';
import { ownWord } from '../workbook/text';

/** A pace's figures: the change (or, for a total, the amount) per period and its compounded relative change. */
export interface PaceFigures {
  perPeriod: number;
  perPeriodRelative: number | null;
}

/** The change per period in the values' own unit (a rate's points), or the compounded relative change. */
export type PaceKind = 'change' | 'relative';

/**
 * REQUIREDPACE's pace when its `kind` argument is blank. A formula gets numbers, not a KPI nor the cells' formats, so
 * the guess reads what it has, in this order:
 * 1. a value typed as text says its unit (`writtenUnit`): a percentage ("95 %" → "110 %": a rate, also above 100 %) gets
 *    its change per period in points, an amount ("€0.5M" → "€0.9M", an amount at most 1) its compounded relative change;
 * 2. otherwise two numbers between −100 % and 100 % — a rate as a cell holds it (45 % is 0.45; a growth rate or a margin
 *    may be negative, −5 % → +10 %, and has no relative pace at all) — get the points, any other pair the relative pace.
 * Plain numbers cannot tell 95 % → 110 % (points: pass "points") nor 0.5 → 0.9 million (relative: pass "relative")
 * from the other reading: the help says so.
 */
export function paceKindOfValues(baseline: number, target: number, written: readonly ('percent' | 'amount' | null)[] = []): PaceKind {
  if (written.includes('percent')) return 'change';
  if (written.includes('amount')) return 'relative';
  return Math.abs(baseline) <= 1 && Math.abs(target) <= 1 ? 'change' : 'relative';
}

/**
 * REQUIREDPACE's `kind` words, folded (lower case, no accents). The documented pair is "points" / « points » — the change
 * per period in the values' unit, a rate's points ("change" / « variation » and the other synonyms say the same) — and
 * "relative" / « relatif », the compounded rate per period. "percent", « pourcentage », "%" are AMBIGUOUS for a pace: a
 * sales manager asking a close rate's pace "in percent" may mean points (30 % → 35 % is "5 %") as well as the relative
 * change (+16.7 %); answering either would be a silent wrong answer half of the time, so they are refused with a message
 * naming the two words (they meant "relative" until fixes48).
 */
const PACE_KIND_WORDS: Readonly<Record<string, PaceKind | 'ambiguous'>> = {
  points: 'change',
  point: 'change',
  pts: 'change',
  pt: 'change',
  change: 'change',
  variation: 'change',
  absolute: 'change',
  absolu: 'change',
  absolue: 'change',
  units: 'change',
  unites: 'change',
  relative: 'relative',
  relatif: 'relative',
  compound: 'relative',
  compounded: 'relative',
  compose: 'relative',
  composee: 'relative',
  percent: 'ambiguous',
  percentage: 'ambiguous',
  pct: 'ambiguous',
  pourcent: 'ambiguous',
  pourcentage: 'ambiguous',
  '%': 'ambiguous',
};

/** The pace kind a folded `kind` word names, 'ambiguous' for "percent" and its kin, null for a word it does not know. */
export function paceKindOfWord(folded: string): PaceKind | 'ambiguous' | null {
  return ownWord(PACE_KIND_WORDS, folded) ?? null;
}

/** Decimals that keep a small pace visible: a daily pace of $0.40 must not print as "+$0". */
function paceDecimals(magnitude: number, base: number): number {
  if (magnitude === 0 || magnitude >= 10) return base;
  return Math.min(4, Math.max(base, 1 - Math.floor(Math.log10(magnitude))));
}

/**
 * A pace's two parts as text: the change (or average amount) per period, and the relative change when the rule above
 * writes one ("+2.8%"), else null.
 */
export function paceParts(pace: PaceFigures, unit: Unit | null, aggregation: Aggregation | null, currency: string | null, lang: Lang): { change: string; relative: string | null } {
  const value = pace.perPeriod;
  const total = aggregation === 'total';
  if (unit === 'percent' && !total) return { change: formatPoints(value, lang, paceDecimals(Math.abs(value) * 100, 1)), relative: null };
  const magnitude = Math.abs(value);
  const sign = value > 0 && !total ? '+' : '';
  const code = unit === 'currency' ? currency || defaultCurrency() : null;
  // A currency with no minor unit (yen, won…) never gains decimals, a pace no more than a target or a milestone (mend47d's
  // rule, core `moneyDecimals`): "-¥0.48 per month" was a fraction of a yen no one pays.
  const whole = code !== null && isWholeCurrency(code);
  const amount =
    unit === 'percent'
      ? formatPercent(value, lang, paceDecimals(magnitude * 100, 1))
      : code
        ? formatCurrency(value, lang, currency, whole || tabShowsWholeAmounts() ? 0 : Math.max(moneyDecimals(value, code), paceDecimals(magnitude, 0)))
        : formatNumber(value, lang, paceDecimals(magnitude, 2));
  const r = pace.perPeriodRelative;
  const relative = !total && r !== null && Number.isFinite(r) ? `${r > 0 ? '+' : ''}${formatPercent(r, lang, paceDecimals(Math.abs(r) * 100, 1))}` : null;
  // Under one whole unit a period, the whole amount would say "-¥0": the relative change alone says the pace.
  if (whole && relative !== null && Math.round(magnitude) === 0) return { change: relative, relative: null };
  return { change: `${sign}${amount}`, relative };
}

/** The pace as one phrase before its period: "-8.3 pts", "+$4,694 (+2.8%)", "2.28". */
export function paceAmount(pace: PaceFigures, unit: Unit | null, aggregation: Aggregation | null, currency: string | null, lang: Lang): string {
  const { change, relative } = paceParts(pace, unit, aggregation, currency, lang);
  return relative === null ? change : `${change} (${relative})`;
}

/**
 * The pace as the wizard and the report write it before its period: `paceAmount`, and a decrease's quota on a total as the
 * ceiling it is, "at most 6.67" / « au plus 6,67 » (mend61p) — one helper for both surfaces (`paceText`, `paceLabel`).
 */
export function requiredPaceAmount(pace: PaceFigures & { ceiling?: true }, unit: Unit | null, aggregation: Aggregation | null, currency: string | null, lang: Lang): string {
  const amount = paceAmount({ perPeriod: pace.perPeriod, perPeriodRelative: pace.perPeriodRelative }, unit, aggregation, currency, lang);
  return pace.ceiling ? t(lang, 'plan.pace.atMost', { amount }) : amount;
}
