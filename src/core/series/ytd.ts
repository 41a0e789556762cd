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

/** A drop at a year start leaves at most this share of the level before it. */
const RESET_SHARE = 0.5;
/** Fewest points a year of a shape-only year-to-date series holds (a climb, not a wobble). */
const MIN_POINTS_PER_YEAR = 4;

/**
 * The month a date-sorted series of non-negative values restarts in, when it is year-to-date: with `named` (its header
 * says so) never decreasing except at resets, else also at least one reset seen, every reset at the same month of
 * different years and leaving at most half the level, and at least four points between resets. January when named and
 * no reset is seen yet. Null when it is not.
 */
export function yearToDateStart(points: readonly KpiPoint[], named: boolean): number | null {
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
  if (month === null) return named ? 1 : null;
  return named || since >= MIN_POINTS_PER_YEAR ? month : null;
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
