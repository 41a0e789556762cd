/**
 * Geometry of the inline SVG charts (sparkline, history + forecast band +
 * target). Pure functions, so the path math is unit-tested without a browser.
 */
import { isoToDayNumber } from '../core/dates';
import type { IsoDate } from '../core/types';

export interface Box {
  width: number;
  height: number;
  padding: number;
}

export interface Scale {
  (value: number): number;
  domain: readonly [number, number];
}

/** Linear map of [d0, d1] onto [r0, r1]; a flat domain maps to the middle of the range. */
export function linearScale(d0: number, d1: number, r0: number, r1: number): Scale {
  const span = d1 - d0;
  const fn = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as Scale;
  fn.domain = [d0, d1];
  return fn;
}

/** Extent of finite numbers, padded by `margin` of the span (or of the value when flat). */
export function extent(values: readonly number[], margin = 0.08): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return [0, 1];
  let lo = Math.min(...finite);
  let hi = Math.max(...finite);
  const span = hi - lo || Math.abs(hi) || 1;
  lo -= span * margin;
  hi += span * margin;
  return [lo, hi];
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** "M x y L x y …" through the points; '' for none. */
export function linePath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)} ${round(y)}`).join(' ');
}

/** Closed polygon between an upper and a lower line (same x's), for the forecast band. */
export function bandPath(upper: ReadonlyArray<readonly [number, number]>, lower: ReadonlyArray<readonly [number, number]>): string {
  if (upper.length === 0) return '';
  const back = [...lower].reverse();
  return `${linePath(upper)} ${back.map(([x, y]) => `L${round(x)} ${round(y)}`).join(' ')} Z`;
}

/** Sparkline path of a series of values spread evenly over the box. */
export function sparklinePath(values: readonly number[], box: Box): string {
  if (values.length === 0) return '';
  const [lo, hi] = extent(values, 0.05);
  const x = linearScale(0, Math.max(values.length - 1, 1), box.padding, box.width - box.padding);
  const y = linearScale(lo, hi, box.height - box.padding, box.padding);
  return linePath(values.map((v, i) => [values.length === 1 ? box.width / 2 : x(i), y(v)] as const));
}

export interface ChartData {
  history: ReadonlyArray<{ date: IsoDate; value: number }>;
  forecast: ReadonlyArray<{ date: IsoDate; median: number; low: number; high: number }>;
  target: number | null;
  deadline: IsoDate | null;
}

export interface ChartGeometry {
  historyPath: string;
  medianPath: string;
  bandPath: string;
  /** Horizontal target line from the last observation to the deadline. */
  target: { x1: number; x2: number; y: number } | null;
  /** Vertical "today" separator between history and forecast. */
  splitX: number | null;
  yDomain: readonly [number, number];
}

/** Lays out history, forecast band and target in a box, on a shared date axis. */
export function chartGeometry(data: ChartData, box: Box): ChartGeometry {
  const days = [...data.history.map((p) => isoToDayNumber(p.date)), ...data.forecast.map((p) => isoToDayNumber(p.date))];
  if (data.deadline) days.push(isoToDayNumber(data.deadline));
  const finiteDays = days.filter((d) => Number.isFinite(d));
  const values = [...data.history.map((p) => p.value), ...data.forecast.flatMap((p) => [p.low, p.high, p.median])];
  if (data.target !== null) values.push(data.target);
  const yDomain = extent(values);
  // Counts, amounts and rates that never go below zero get no negative axis ("-3.2 accounts").
  if (yDomain[0] < 0 && values.every((v) => !Number.isFinite(v) || v >= 0)) yDomain[0] = 0;
  const x = linearScale(finiteDays.length ? Math.min(...finiteDays) : 0, finiteDays.length ? Math.max(...finiteDays) : 1, box.padding, box.width - box.padding);
  const y = linearScale(yDomain[0], yDomain[1], box.height - box.padding, box.padding);
  const at = (date: IsoDate, value: number) => [x(isoToDayNumber(date)), y(value)] as const;
  const last = data.history[data.history.length - 1];
  // The forecast starts where the history ends, so the band grows out of the last point.
  const anchor = last ? [{ date: last.date, median: last.value, low: last.value, high: last.value }] : [];
  const forecast = [...anchor, ...data.forecast];
  const upper = forecast.map((p) => at(p.date, p.high));
  const lower = forecast.map((p) => at(p.date, p.low));
  const startX = last ? x(isoToDayNumber(last.date)) : box.padding;
  const endX = data.deadline ? x(isoToDayNumber(data.deadline)) : box.width - box.padding;
  return {
    historyPath: linePath(data.history.map((p) => at(p.date, p.value))),
    medianPath: data.forecast.length ? linePath(forecast.map((p) => at(p.date, p.median))) : '',
    bandPath: data.forecast.length ? bandPath(upper, lower) : '',
    target: data.target !== null && Number.isFinite(data.target) ? { x1: startX, x2: Math.max(endX, startX), y: y(data.target) } : null,
    splitX: last ? startX : null,
    yDomain,
  };
}

type ForecastPoint = ChartData['forecast'][number];

/**
 * A cumulative forecast of a TOTAL (accounts closed from today to each date)
 * as an average per period, so it shares the axis with the per-period
 * history; the target total becomes the pace it needs (40 in 6 weeks → 6.67
 * a week). Point h periods ahead is divided by h, read from its date's share
 * of the horizon (the path may skip periods on long horizons). The starting
 * point (0 periods ahead, all zeros) is dropped: the chart anchors the band
 * at the last observation.
 */
export function perPeriodView(forecast: readonly ForecastPoint[], target: number | null, horizon: number): { forecast: ForecastPoint[]; target: number | null } {
  if (!(horizon > 0) || forecast.length < 2) return { forecast: [], target: target === null ? null : target / Math.max(horizon, 1) };
  const start = isoToDayNumber(forecast[0].date);
  const span = isoToDayNumber(forecast[forecast.length - 1].date) - start;
  const perPeriod = forecast.slice(1).map((point, index, rest) => {
    const ahead = index === rest.length - 1 || span <= 0 ? horizon : Math.max(1, (horizon * (isoToDayNumber(point.date) - start)) / span);
    return { date: point.date, median: point.median / ahead, low: point.low / ahead, high: point.high / ahead };
  });
  return { forecast: perPeriod, target: target === null ? null : target / horizon };
}
