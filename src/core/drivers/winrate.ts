/**
 * The two inputs pipeline coverage needs besides the pipeline itself: the win
 * rate (which share of the open pipeline is won) and the sales cycle (how long
 * an open deal takes to close), each with where it came from, so the sentence
 * can say it (docs/WORKBOOK.md, "Drivers": Coverage).
 *
 * Win rate, most honest first:
 *  1. a series that IS a win rate by its name ("Win rate", "Taux de gain",
 *     "Taux de transformation des opportunités"); the catalog files "win rate"
 *     and "taux de gain" under `close_rate` (one KPI id), so the name decides;
 *  2. computed from won and lost history (value or count): Σ won ÷ (Σ won + Σ lost);
 *  3. computed from deals won and opportunities: Σ deals won ÷ Σ opportunities,
 *     the opportunities taken one sales cycle earlier when the cycle is known;
 *  4. else the close-rate series, said so.
 * Averaged (or summed) over the last sales cycle, at least 3 readings; without
 * a cycle, the last 3 readings.
 *
 * Sales cycle: Settings (Team plan), else a series named so ("Sales cycle",
 * "Cycle de vente", "Days to close": days, mean of the last 3 readings), else
 * estimated by Little's law — an open deal stays in the pipeline on average
 * pipeline ÷ (value leaving it per day), and value leaves at (value won per
 * day) ÷ win rate — so cycle ≈ pipeline × win rate ÷ value won per day, the
 * value won from a won-value series or deals won × average deal size. Outside
 * 1–730 days it is not used. Coverage then counts pipeline × min(1, days left ÷
 * cycle): open deals taken to close evenly over the next cycle.
 */
import { addDays, daysBetween, PERIOD_DAYS } from '../dates';
import type { IsoDate, KpiPoint, Period } from '../types';
import { fold } from '../workbook/text';
import type { NamedSeries } from './resolve';

export type WinRateSource = 'named' | 'wonLost' | 'wonOpportunities' | 'closeRate';

export interface WinRate {
  rate: number;
  source: WinRateSource;
  /** The series it came from: the rate; won and lost; deals won and opportunities. */
  keys: string[];
  /** Their names as the workbook writes them (a win-rate series: the header or tab that says "win rate"). */
  names: string[];
  /** Readings of the (first) series averaged or summed, and their period. */
  readings: number;
  period: Period | null;
  /** wonOpportunities: the opportunities were read one sales cycle before the deals. */
  lagged: boolean;
}

export type CycleSource = 'settings' | 'series' | 'estimate';

export interface SalesCycle {
  days: number;
  source: CycleSource;
  /** The series named so, or (estimate) the pipeline. */
  key: string | null;
}

/** A sales cycle outside this many days is not one (a typo, or an estimate from unrelated series). */
export const MAX_CYCLE_DAYS = 730;
const MIN_READINGS = 3;

const WIN_RATE_RE = /\b(?:win (?:rate|ratio)|taux de gain|taux de transformation des opportunites|taux de reussite des opportunites)\b/;
const OPPORTUNITY_RE = /\b(?:opportunit(?:y|ies|e|es)|opps?)\b/;
const WON_RE = /\b(?:won|wins|gagnee?s?)\b/;
const LOST_RE = /\b(?:lost|losses|perdue?s?)\b/;
const RATE_RE = /\b(?:rate|ratio|taux|%)\b/;
const CYCLE_RE = /\b(?:sales cycle|cycle de vente|cycle commercial|days to close|time to close|duree du cycle|delai de signature)\b/;

const nameOf = (s: NamedSeries) => fold(`${s.name} ${s.sheetName}`);
/** Customers won and lost are acquisition and churn, not deals won and lost (a "Customers" tab holds both). */
const PEOPLE_RE = /\b(?:customers?|clients?|users?|utilisateurs?|subscribers?|abonnes?|members?|membres?|accounts?|comptes?)\b/;
/** Two series count the same thing: money with money, counts with counts (when the reader knows their units). */
const sameUnit = (a: NamedSeries, b: NamedSeries) => !a.unit || !b.unit || a.unit === b.unit;
/** A cycle's unit written in its header ("Sales cycle (months)", "Cycle de vente (semaines)"): days per unit. */
const CYCLE_UNITS: readonly [RegExp, number][] = [
  [/\b(?:months?|mois)\b/, PERIOD_DAYS.month],
  [/\b(?:weeks?|semaines?|wks?)\b/, 7],
];
const isRate = (s: NamedSeries) => s.points.length > 0 && s.points.every((p) => p.value >= 0 && p.value <= 1);

/** The readings of the last sales cycle (at least 3), or the last 3 without one. */
export function cycleWindow(points: readonly KpiPoint[], cycleDays: number | null): KpiPoint[] {
  if (points.length === 0) return [];
  const from = cycleDays === null ? null : addDays(points[points.length - 1].date, -Math.round(cycleDays));
  const inCycle = from === null ? [] : points.filter((p) => p.date > from);
  return inCycle.length >= MIN_READINGS ? inCycle : points.slice(-MIN_READINGS);
}

function sumIn(points: readonly KpiPoint[], after: IsoDate, upTo: IsoDate): { sum: number; n: number } {
  let sum = 0;
  let n = 0;
  for (const p of points) {
    if (p.date > after && p.date <= upTo) {
      sum += p.value;
      n++;
    }
  }
  return { sum, n };
}

const mean = (points: readonly KpiPoint[]) => points.reduce((s, p) => s + p.value, 0) / points.length;

/** The win rate and where it came from, or null when the workbook has none of the four sources. */
export function findWinRate(series: readonly NamedSeries[], cycleDays: number | null): WinRate | null {
  const usable = series.filter((s) => s.points.length > 0);
  const one = (s: NamedSeries, source: WinRateSource): WinRate => {
    const span = cycleWindow(s.points, cycleDays);
    const name = source === 'named' && !WIN_RATE_RE.test(fold(s.name)) ? s.sheetName : s.name;
    return { rate: mean(span), source, keys: [s.key], names: [name], readings: span.length, period: s.period ?? null, lagged: false };
  };
  const named = usable.find((s) => WIN_RATE_RE.test(nameOf(s)) && isRate(s));
  if (named) return one(named, 'named');

  // Two flows over the same span: the first's last cycle (≥ 3 readings), the second read over those dates.
  const ratio = (won: NamedSeries, other: NamedSeries, source: 'wonLost' | 'wonOpportunities'): WinRate | null => {
    const span = cycleWindow(won.points, cycleDays);
    const upTo = span[span.length - 1].date;
    const after = addDays(span[0].date, -1);
    const wonSum = span.reduce((s, p) => s + p.value, 0);
    // Deals won now came from opportunities opened about one cycle earlier, when the history reaches back that far.
    const lag = source === 'wonOpportunities' && cycleDays !== null && other.points[0].date <= addDays(after, -Math.round(cycleDays)) ? Math.round(cycleDays) : 0;
    const base = sumIn(other.points, addDays(after, -lag), addDays(upTo, -lag));
    if (base.n === 0) return null;
    const denominator = source === 'wonLost' ? wonSum + base.sum : base.sum;
    const rate = denominator > 0 ? wonSum / denominator : NaN;
    // More won than opportunities: the two series do not count the same deals.
    if (!(rate >= 0 && rate <= 1)) return null;
    return { rate, source, keys: [won.key, other.key], names: [won.name, other.name], readings: span.length, period: won.period ?? null, lagged: lag > 0 };
  };
  const flows = usable.filter((s) => !isRate(s) && !RATE_RE.test(nameOf(s)));
  // Won and lost of the same thing: one name but for the word ("Value won" / "Value lost", "Affaires gagnées" /
  // "Affaires perdues"), or two columns of one tab — never "Deals won" with a churn tab's "Customers lost".
  const stem = (s: NamedSeries, re: RegExp) => fold(s.name).replace(new RegExp(re.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
  for (const lost of flows.filter((s) => LOST_RE.test(nameOf(s)))) {
    // Same stem first ("Value won" with "Value lost", not "Deals lost" on the same tab), then two columns of one tab;
    // never money with counts ("Value won" ÷ "Deals lost").
    if (PEOPLE_RE.test(fold(lost.name))) continue;
    const candidates = flows.filter((s) => s !== lost && WON_RE.test(nameOf(s)) && sameUnit(s, lost) && !PEOPLE_RE.test(fold(s.name)));
    const won =
      candidates.find((s) => stem(s, WON_RE) === stem(lost, LOST_RE)) ??
      candidates.find((s) => s.sheetName === lost.sheetName && WON_RE.test(fold(s.name)) && LOST_RE.test(fold(lost.name)));
    const fromLost = won ? ratio(won, lost, 'wonLost') : null;
    if (fromLost) return fromLost;
  }
  const opportunities = flows.find((s) => OPPORTUNITY_RE.test(nameOf(s)) && !WON_RE.test(nameOf(s)) && !LOST_RE.test(nameOf(s)) && s.catalogId !== 'deals_closed' && s.catalogId !== 'pipeline_value');
  const deals = flows.find((s) => s.catalogId === 'deals_closed' && WON_RE.test(nameOf(s))) ?? flows.find((s) => s.catalogId === 'deals_closed');
  const fromOpportunities = opportunities && deals && sameUnit(deals, opportunities) ? ratio(deals, opportunities, 'wonOpportunities') : null;
  if (fromOpportunities) return fromOpportunities;
  const close = usable.find((s) => s.catalogId === 'close_rate' && isRate(s));
  return close ? one(close, 'closeRate') : null;
}

const perDay = (s: NamedSeries): number | null => {
  const span = s.points.slice(-MIN_READINGS);
  const period = s.period ?? null;
  return period && span.length > 0 ? mean(span) / PERIOD_DAYS[period] : null;
};

/**
 * The sales cycle in days and where it came from, or null when neither the Settings, a series nor an
 * estimate gives one (coverage then counts the whole pipeline, and says the cycle is not modelled).
 */
export function findSalesCycle(series: readonly NamedSeries[], settingsDays: number | null | undefined, pipeline: NamedSeries | null): SalesCycle | null {
  const valid = (days: number) => Number.isFinite(days) && days >= 1 && days <= MAX_CYCLE_DAYS;
  if (settingsDays !== null && settingsDays !== undefined && valid(settingsDays)) return { days: settingsDays, source: 'settings', key: null };
  // A column named so first ("Days to close" on a "Sales cycle" tab, not the tab's first column), then a tab named so
  // whose column is no count of things nor money; its unit from the header (days unless it says weeks or months).
  const usable = (s: NamedSeries) => s.points.length > 0 && s.unit !== 'currency' && s.unit !== 'percent';
  const named = series.find((s) => usable(s) && CYCLE_RE.test(fold(s.name))) ?? series.find((s) => usable(s) && s.unit !== 'count' && CYCLE_RE.test(nameOf(s)));
  if (named) {
    const perUnit = CYCLE_UNITS.find(([re]) => re.test(fold(named.name)))?.[1] ?? 1;
    const days = Math.round(mean(named.points.slice(-MIN_READINGS)) * perUnit);
    return valid(days) ? { days, source: 'series', key: named.key } : null;
  }
  if (!pipeline || pipeline.points.length === 0) return null;
  const winRate = findWinRate(series, null);
  if (!winRate || !(winRate.rate > 0)) return null;
  // Value won per day: a won-value series (not a count of deals), else deals won × average deal size.
  const flows = series.filter((s) => !isRate(s) && !RATE_RE.test(nameOf(s)) && s !== pipeline);
  const wonValue = flows.find((s) => WON_RE.test(nameOf(s)) && s.catalogId !== 'deals_closed' && !LOST_RE.test(nameOf(s)) && s.unit !== 'count' && !PEOPLE_RE.test(fold(s.name)));
  let wonPerDay = wonValue ? perDay(wonValue) : null;
  if (wonPerDay === null) {
    const deals = flows.find((s) => s.catalogId === 'deals_closed');
    const size = series.find((s) => s.catalogId === 'average_deal_size' && s.points.length > 0);
    const dealsPerDay = deals ? perDay(deals) : null;
    wonPerDay = dealsPerDay !== null && size ? dealsPerDay * mean(size.points.slice(-MIN_READINGS)) : null;
  }
  if (wonPerDay === null || !(wonPerDay > 0)) return null;
  const days = Math.round((mean(pipeline.points.slice(-MIN_READINGS)) * winRate.rate) / wonPerDay);
  return valid(days) ? { days, source: 'estimate', key: pipeline.key } : null;
}

/** The share of today's open pipeline expected to close by the deadline: min(1, days left ÷ cycle); 1 without a cycle. */
export function closingShare(today: IsoDate, deadline: IsoDate, cycle: SalesCycle | null): number {
  if (!cycle) return 1;
  return Math.max(0, Math.min(1, daysBetween(today, deadline) / cycle.days));
}
