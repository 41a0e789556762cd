/**
 * Year-to-date series: figures cumulated since the start of the (fiscal) year ("YTD revenue", « CA cumulé depuis le début
 * de l'année »), which climb all year and drop back at its start. Read as an ordinary level, the climb looks like a steady
 * trend and the forecast runs on through the reset. Recognised by their header words, or by their shape alone — never
 * decreasing within a year, and every drop a large one, at the same month each year — and then read as the flows they
 * add up (`decumulate`), which the forecast can follow.
 */
import { isoParts } from '../dates';
import type { IsoDate, KpiPoint } from '../types';

/** Header words of a cumulative year-to-date column (folded: no accents, lower case). */
const YTD_WORDS = /\b(?:f?ytd|year[\s-]to[\s-]date|cumul\w*|cumulative|depuis le debut de l'?\s?(?:annee|exercice)|since (?:the start of the year|january))\b/;

export function namesYearToDate(header: string | null | undefined): boolean {
  if (!header) return false;
  return YTD_WORDS.test(header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’`]/g, "'"));
}

/**
 * Words of a ratio (folded): a year-to-date GROWTH, share or rate — « croissance depuis le début de l'année », "YTD growth
 * vs last year", "YTD margin %" — is this year's cumulated figure over last year's (or over another cumulated figure),
 * a ratio that never adds up and never restarts from zero: read as the level it is, never de-cumulated.
 */
const RATIO_WORDS = /(?:%|\b(?:growth|grow|change|increase|evolution|progression|croissance|variation|hausse|vs|versus|n-1|yoy|ratio|rate|taux|share|part|margin|marge|rentabilite|pourcentage|percent(?:age)?)\b)/;

export function namesYearToDateRatio(header: string | null | undefined): boolean {
  if (!header || !namesYearToDate(header)) return false;
  return RATIO_WORDS.test(header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’`]/g, "'"));
}

/** A drop at a year start leaves at most this share of the level before it. */
const RESET_SHARE = 0.5;
/** Fewest points a year of a shape-only year-to-date series holds (a climb, not a wobble). */
const MIN_POINTS_PER_YEAR = 4;

/**
 * The month a date-sorted series of non-negative values restarts in, when it is year-to-date: with `named` (its header
 * says so) never decreasing except at resets, else also at least one reset seen, every reset at the same month of
 * different years and leaving at most half the level, and at least four points between resets. When named and no reset is
 * seen yet: `defaultMonth`, the Settings' fiscal year start (January by default) — unless a point of a later year climbs
 * on past it with no drop, which no series restarting then can do (then January, else nothing: not year-to-date). Null
 * when it is not.
 */
export function yearToDateStart(points: readonly KpiPoint[], named: boolean, defaultMonth = 1): number | null {
  if (points.length < (named ? 3 : 2 * MIN_POINTS_PER_YEAR)) return null;
  let month: number | null = null;
  let since = 0;
  const years = new Set<number>();
  for (let i = 0; i < points.length; i++) {
    const value = points[i].value;
    if (!(value >= 0)) return null;
    since++;
    if (i === 0 || value >= points[i - 1].value) continue;
    // A drop: a reset at a year's start, or no year-to-date series at all.
    const { year, month: at } = isoParts(points[i].date);
    if (value > RESET_SHARE * points[i - 1].value || (month !== null && at !== month) || years.has(year)) return null;
    if (!named && since - 1 < MIN_POINTS_PER_YEAR) return null;
    month = at;
    years.add(year);
    since = 1;
  }
  if (month === null) return named ? unbrokenStart(points, defaultMonth) : null;
  return named || since >= MIN_POINTS_PER_YEAR ? month : null;
}

/**
 * The start month of a named year-to-date series with no drop: `month` when no two points lie in different years
 * starting then (a climb across that month's first day would be no reset), else January, else null.
 */
function unbrokenStart(points: readonly KpiPoint[], month: number): number | null {
  for (const candidate of month === 1 ? [1] : [month, 1]) {
    if (yearStartOf(points[0].date, candidate) === yearStartOf(points[points.length - 1].date, candidate)) return candidate;
  }
  return null;
}

/** The first day of the year (starting in `month`) holding `date`. */
export function yearStartOf(date: IsoDate, month: number): IsoDate {
  const { year, month: at } = isoParts(date);
  return `${at >= month ? year : year - 1}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The flows a year-to-date series adds up: each point less the one before it in the same year; a year's first point is
 * its own flow (what the year added until then). The series' first point is left out unless it is in the start month:
 * starting mid-year, it holds the months before it too.
 */
export function decumulate(points: readonly KpiPoint[], month: number): KpiPoint[] {
  const flows: KpiPoint[] = [];
  points.forEach((point, i) => {
    const previous = points[i - 1];
    if (previous === undefined && isoParts(point.date).month !== month) return;
    const sameYear = previous !== undefined && yearStartOf(previous.date, month) === yearStartOf(point.date, month);
    flows.push({ date: point.date, value: sameYear ? point.value - previous.value : point.value });
  });
  return flows;
}
