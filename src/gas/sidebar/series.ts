/** KPI series as the wizard shows them: recent history, average, trend, unit. */
import type { CatalogKpiView, SeriesSummary } from '../../core/api';
import { KPI_CATALOG, kpiById } from '../../core/kpi/catalog';
import { nameGrammar } from '../../core/kpi/phrase';
import type { IsoDate, KpiPoint, Lang, Period, Unit } from '../../core/types';
import { isPeriodAmountUnit, latestPeriodTotals } from '../../core/series/period';
import type { KpiSeries } from '../../core/workbook/types';
import { fold } from '../../core/workbook/text';
import { namesIndex } from '../../core/workbook/kpis';
import { defaultBaseline, pointsUpTo } from '../../core/achievability/baseline';

/** Points sent to the sidebar per series: a year of weekly data is plenty for a sparkline and the chart, and keeps the payload small. */
export const HISTORY_CAP = 52;

/** How many recent periods make the "recent average" (the article's "last three weeks"). */
export function recentWindow(period: Period | null): number {
  switch (period) {
    case 'day':
      return 7;
    case 'year':
      return 2;
    default:
      return 3;
  }
}

/** Average; each value is divided first so that huge amounts (1e308) do not overflow the sum. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const average = values.reduce((a, b) => a + b / values.length, 0);
  return Number.isFinite(average) ? average : null;
}

/** Least-squares slope per step (trend per period); null under 2 points. */
export function slope(values: readonly number[]): number | null {
  const n = values.length;
  if (n < 2) return null;
  const meanX = (n - 1) / 2;
  // Scaled by the largest magnitude: a column of 1e308 must give a number (or null), never Infinity or NaN.
  const scale = Math.max(...values.map((v) => Math.abs(v))) || 1;
  const meanScaled = values.reduce((a, b) => a + b / scale / n, 0);
  let num = 0;
  let den = 0;
  values.forEach((v, i) => {
    num += (i - meanX) * (v / scale - meanScaled);
    den += (i - meanX) ** 2;
  });
  const trend = (num / den) * scale;
  return Number.isFinite(trend) ? trend : null;
}

/**
 * Values between 0 and 1 with decimals look like percent cells (Sheets stores 25 % as 0.25), but not under a header naming
 * an index (0.62 … 1.00, about to pass 1: fc25): a plain number with decimals, as a score is, never rounded as a count.
 */
function guessUnit(points: readonly KpiPoint[], name: string): Unit {
  if (namesIndex(name)) return 'score';
  if (points.length && points.every((p) => p.value >= 0 && p.value <= 1) && points.some((p) => !Number.isInteger(p.value))) return 'percent';
  return 'count';
}

/**
 * The series' name in the UI language: a recognised KPI whose header is written in the other
 * language ("Close rate" in a French UI) shows its catalog label ("Taux de conclusion"), so the
 * French sidebar does not write "Augmenter le close rate"; a name of the user's own stays.
 */
export function labelIn(series: Pick<KpiSeries, 'name' | 'catalogId'>, lang: Lang): string {
  const definition = series.catalogId ? kpiById(series.catalogId) : undefined;
  if (!definition) return series.name;
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  const name = fold(series.name);
  const ours = [definition.label[lang], ...definition.synonyms[lang]].map(fold);
  const theirs = [definition.label[other], ...definition.synonyms[other]].map(fold);
  return theirs.includes(name) && !ours.includes(name) ? definition.label[lang] : series.name;
}

/**
 * A period's total as the tab shows its figures: a month summed from whole weekly amounts, split at the month's edges, is
 * whole too on a tab that shows no cents (mend51a's ruling 7: a computed amount at the tab's precision).
 */
function shownTotals(totals: Partial<Record<Period, KpiPoint>>, decimals: number | undefined): Partial<Record<Period, KpiPoint>> {
  if (decimals !== 0) return totals;
  const shown: Partial<Record<Period, KpiPoint>> = {};
  for (const [period, point] of Object.entries(totals) as Array<[Period, KpiPoint]>) shown[period] = { ...point, value: Math.round(point.value) };
  return shown;
}

/**
 * The wizard's view of a series; `today` (the context's) adds an amount's latest whole-period totals, quarters and years
 * of the fiscal year starting in `fiscalStartMonth` (core `latestPeriodTotals`).
 */
export function summarize(series: KpiSeries, lang: Lang = 'en', today?: IsoDate, fiscalStartMonth = 1): SeriesSummary {
  const definition = series.catalogId ? kpiById(series.catalogId) : undefined;
  const points = series.points;
  // Where the KPI stands today: rows dated after today (a plan typed ahead, a wrong year) are no reading yet, as Check
  // goals and the assessment leave them out (core/achievability/baseline.ts `pointsUpTo`; review 23: "latest 31 %" and a
  // baseline of 31 % from a row dated next month). The chart's history keeps them.
  const current = pointsUpTo(points, today);
  const aggregation = series.aggregation ?? definition?.aggregation ?? 'level';
  const window = recentWindow(series.period);
  const recent = current.slice(-window).map((p) => p.value);
  // The trend looks a little further back than the average so one odd period does not flip it.
  const trendPoints = current.slice(-Math.max(window * 4, 8)).map((p) => p.value);
  const name = labelIn(series, lang);
  const unit = series.unit ?? definition?.unit ?? guessUnit(points, series.name);
  return {
    id: series.key,
    name,
    sheetName: series.sheetName,
    kpiId: series.catalogId,
    grammar: nameGrammar(name, definition),
    unit,
    aggregation,
    currency: series.currency ?? null,
    ...(series.amountDecimals !== undefined ? { amountDecimals: series.amountDecimals } : {}),
    lowerIsBetter: definition?.lowerIsBetter ?? false,
    period: series.period,
    history: points.slice(-HISTORY_CAP),
    ...(today && isPeriodAmountUnit(unit) ? { latestTotals: shownTotals(latestPeriodTotals(points, today, fiscalStartMonth), series.amountDecimals) } : {}),
    count: points.length,
    latest: current.length ? current[current.length - 1] : null,
    recentAverage: mean(recent),
    // Check goals' start for a goal that states no baseline (core/achievability/baseline.ts), so the wizard pre-fills it.
    defaultBaseline: defaultBaseline(current, aggregation),
    recentWindow: Math.min(window, current.length),
    trendPerPeriod: slope(trendPoints),
  };
}

/** The catalog as the wizard lists it; the KPIs in `withSynonyms` (those the workbook's KPI cards are) carry their synonyms for the KPI search box. */
export function catalogViews(lang: Lang, withSynonyms: ReadonlySet<string> = new Set()): CatalogKpiView[] {
  return KPI_CATALOG.map((k) => ({
    id: k.id,
    label: k.label[lang],
    ...(k.label.grammar ? { grammar: k.label.grammar } : {}),
    unit: k.unit,
    aggregation: k.aggregation,
    lowerIsBetter: k.lowerIsBetter,
    ...(withSynonyms.has(k.id) ? { synonyms: [...k.synonyms[lang]] } : {}),
  }));
}
