/**
 * Capacity and coverage, the two checks RevOps teams run before they sign a
 * number: can the team we will have produce it (reps × productivity per rep
 * × ramp), and does the open pipeline, at our win rate, cover what is left?
 *
 * Two kinds of goal. A goal on a *total* (deals won by June, revenue booked in
 * Q2) adds its KPI up until the deadline: capacity is the sum, over the
 * periods left, of the ramped headcount of each period × the output per rep
 * and period. A goal on a *level* that is a flow measured per period
 * ("monthly revenue of 180,000 by June": what the team books in one month)
 * is judged in one period, the deadline's: capacity = the ramped headcount in
 * that period × the output per rep and period. For such a level, productivity
 * per rep is the KPI's value in a past period divided by the headcount then
 * (revenue booked in a month ÷ reps that month): what one rep brought in one
 * period. It means nothing for a stock read at a date (pipeline value, MRR
 * balance, headcount) or a rate (close rate): the caller passes only flows
 * (core/drivers/goal.ts, isFlowPerPeriod).
 */
import { addDays, daysBetween, isValidIsoDate } from '../dates';
import { roundCount } from '../achievability/count-rounding';
import { normalizePoints } from '../series/clean';
import { detectPeriod, periodDate, periodsUntil } from '../series/period';
import type { Aggregation, IsoDate, KpiPoint, Period } from '../types';
import type { Range } from './bottomup';

/** Share of full productivity in a new rep's 1st, 2nd, 3rd… month (the last value holds after). */
export const DEFAULT_RAMP: readonly number[] = [0.25, 0.5, 0.75, 1];

export interface PlannedHire {
  date: IsoDate;
  count: number;
}

export interface CapacityInput {
  /** Headcount over time (a level). */
  reps: readonly KpiPoint[];
  /** The goal's KPI as a volume per period (revenue booked, deals closed). */
  output: readonly KpiPoint[];
  /**
   * 'total' (default): the target is the output summed until the deadline. 'level': the target is the
   * output of one period, the deadline's (a flow measured per period: monthly revenue).
   */
  aggregation?: Aggregation;
  target: number;
  deadline: IsoDate;
  today: IsoDate;
  hires?: readonly PlannedHire[];
  ramp?: readonly number[];
}

export interface CapacityResult {
  period: Period;
  /** As the input said: summed until the deadline ('total') or the deadline's period alone ('level'). */
  aggregation: Aggregation;
  horizon: number;
  repsNow: number;
  /** Average ramped headcount until the deadline ('total'), or the ramped headcount in the deadline's period ('level'). */
  rampedReps: number;
  /** Output per fully ramped rep and period: mean and 80 % range of the recent periods. */
  productivity: Range;
  capacity: Range;
  /** capacity median / target. */
  ratio: number | null;
  /** The date the deadline's period is read at (its ramp shares), and the last headcount reading (hires after it count). */
  deadlineDate: IsoDate;
  lastReading: IsoDate;
}

/** Periods of recent productivity used (half a year of weeks, two years of months). */
const RECENT_PERIODS = 26;
/** A plan further out than this many periods is not a capacity plan (and would loop on the calendar). */
const MAX_PERIODS = 1000;
const Z80 = 1.2815515655446004;
const DAYS_PER_MONTH = 30.436875;

function repsOn(reps: readonly KpiPoint[], date: IsoDate): number | null {
  let value: number | null = null;
  for (const p of reps) {
    if (p.date > date) break;
    value = p.value;
  }
  return value;
}

function rampShare(ramp: readonly number[], hireDate: IsoDate, date: IsoDate): number {
  if (date < hireDate || ramp.length === 0) return 0;
  const month = Math.floor(daysBetween(hireDate, date) / DAYS_PER_MONTH);
  return Math.max(0, Math.min(1, ramp[Math.min(month, ramp.length - 1)]));
}

/** A headcount series by its catalog KPI or its name (reps, headcount, commerciaux, effectif…), as capacity finds it. */
export const HEADCOUNT_RE = /\b(?:reps|sales reps|headcount|commerciaux|effectifs?|sales team|team size|taille de l equipe|nombre de commerciaux|sdrs?|aes?)\b/;

/**
 * The planned hires' ramped headcount on a date: each hire dated after the last headcount reading
 * (`after`: one dated on or before it is already in that reading) counts its ramp share of that
 * month of tenure; departures (negative counts) count likewise. Capacity and the bottom-up
 * reading of a tree with a headcount driver both add it to the headcount they forecast.
 */
export function rampedHires(hires: readonly PlannedHire[] | undefined, ramp: readonly number[] | undefined, after: IsoDate, date: IsoDate): number {
  const shares = ramp && ramp.length > 0 ? ramp : DEFAULT_RAMP;
  let total = 0;
  for (const hire of hires ?? []) {
    if (!isValidIsoDate(hire.date) || !Number.isFinite(hire.count) || hire.date <= after) continue;
    total += hire.count * rampShare(shares, hire.date, date);
  }
  return total;
}

export function capacityPlan(input: CapacityInput): CapacityResult | null {
  if (!isValidIsoDate(input.today) || !isValidIsoDate(input.deadline) || input.deadline <= input.today) return null;
  const level = input.aggregation === 'level';
  const reps = normalizePoints(input.reps, 'average').filter((p) => p.date <= input.today);
  // Two readings on one date: two parts of a flow add up, two readings of a level per period are one value.
  const output = normalizePoints(input.output, level ? 'average' : 'sum').filter((p) => p.date <= input.today);
  const period = detectPeriod(output);
  if (!period || reps.length === 0 || output.length < 3) return null;
  const productivity: number[] = [];
  for (const p of output.slice(-RECENT_PERIODS)) {
    const headcount = repsOn(reps, p.date);
    if (headcount !== null && headcount > 0) productivity.push(p.value / headcount);
  }
  if (productivity.length < 3) return null;
  const n = productivity.length;
  const mean = productivity.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(productivity.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  const last = output[output.length - 1].date;
  const horizon = periodsUntil(last, input.deadline, period);
  if (horizon < 1 || horizon > MAX_PERIODS) return null;
  const repsNow = reps[reps.length - 1].value;
  const lastReading = reps[reps.length - 1].date;
  const headcountAt = (k: number): number => Math.max(0, repsNow + rampedHires(input.hires, input.ramp, lastReading, periodDate(last, period, k)));
  let sum = 0;
  let sumSquares = 0;
  // A total adds every period until the deadline; a level per period is the deadline's period alone
  // (its ramp read at that period's date, as a total reads each period's).
  for (let k = level ? horizon : 1; k <= horizon; k++) {
    const headcount = headcountAt(k);
    sum += headcount;
    sumSquares += headcount * headcount;
  }
  const periods = level ? 1 : horizon;
  const median = mean * sum;
  // Period-to-period noise (independent periods) and the uncertainty of the mean itself.
  const spread = Math.sqrt(sd * sd * sumSquares + ((sd * sd) / n) * sum * sum);
  return {
    period,
    aggregation: level ? 'level' : 'total',
    horizon,
    repsNow,
    rampedReps: sum / periods,
    productivity: { median: mean, low: mean - (Z80 * sd), high: mean + (Z80 * sd) },
    capacity: { median, low: Math.max(0, median - Z80 * spread), high: median + Z80 * spread },
    ratio: input.target > 0 ? median / input.target : null,
    deadlineDate: periodDate(last, period, horizon),
    lastReading,
  };
}

/** A hire plan that closes a capacity gap: this many more reps, starting by this date. */
export interface HiresToClose {
  count: number;
  date: IsoDate;
  /** True when they are fully productive in the deadline's period (the ramp's last month reached). */
  fullyRamped: boolean;
}

/** More hires than this is not a plan. */
const MAX_EXTRA_HIRES = 1000;

/**
 * "+1 fully ramped rep by June": the fewest extra reps that bring capacity's median to the target, starting
 * late enough to be fully ramped in the deadline's period when there is time for that (else tomorrow, or
 * right after the last headcount reading), on top of the hires already planned. Capacity grows linearly
 * with the number of reps starting on one date, so one more capacity plan gives the count. Null when
 * capacity already meets the target or one more rep adds nothing by the deadline.
 */
export function hiresToClose(input: CapacityInput, base: CapacityResult): HiresToClose | null {
  if (base.ratio === null || base.ratio >= 1 || !(base.productivity.median > 0)) return null;
  const ramp = input.ramp && input.ramp.length > 0 ? input.ramp : DEFAULT_RAMP;
  const full = ramp.findIndex((share) => share >= 1);
  const earliest = [addDays(input.today, 1), addDays(base.lastReading, 1)].sort()[1];
  // A level is read in the deadline's period: start by its date minus the ramp's months. A total adds every period: start now.
  const latest = full >= 0 && base.aggregation === 'level' ? addDays(base.deadlineDate, -Math.ceil(full * DAYS_PER_MONTH)) : earliest;
  const date = latest > earliest ? latest : earliest;
  const one = capacityPlan({ ...input, hires: [...(input.hires ?? []), { date, count: 1 }] });
  const perRep = one ? one.capacity.median - base.capacity.median : 0;
  if (!(perRep > 0)) return null;
  // Reps are a count a plan needs: 2.3 reps' worth of capacity takes 3 hires (core `roundCount`'s `requirement`).
  const count = roundCount((input.target - base.capacity.median) / perRep, 'requirement');
  if (count < 1 || count > MAX_EXTRA_HIRES) return null;
  return { count, date, fullyRamped: full >= 0 && rampShare(ramp, date, base.deadlineDate) >= 1 };
}

/** Default healthy capacity: ramped reps × productivity at least 1.2× the target (RevOps' 1.2–1.35× quota coverage). */
export const DEFAULT_CAPACITY_THRESHOLD = 1.2;

/** Below 1× capacity is short of the target; from 1× to the healthy ratio it is tight (no slack for attrition or misses). */
export type CapacityBand = 'short' | 'tight' | 'healthy';

export function capacityBand(ratio: number, healthy = DEFAULT_CAPACITY_THRESHOLD): CapacityBand {
  return ratio < 1 ? 'short' : ratio < Math.max(1, healthy) ? 'tight' : 'healthy';
}

/** Default healthy coverage: open pipeline × win rate at least 1.5× the remaining target. */
export const DEFAULT_COVERAGE_THRESHOLD = 1.5;

export interface Coverage {
  /** Expected value of the open pipeline that closes by the deadline (pipeline × closing share × win rate). */
  expected: number;
  /** Share of the pipeline expected to close by the deadline (1 when the sales cycle is not modelled). */
  closingShare: number;
  ratio: number | null;
  healthy: boolean | null;
}

export function pipelineCoverage(pipeline: number, winRate: number, remaining: number, threshold = DEFAULT_COVERAGE_THRESHOLD, closingShare = 1): Coverage | null {
  if (![pipeline, winRate, remaining, threshold, closingShare].every(Number.isFinite) || pipeline < 0 || winRate < 0 || winRate > 1 || closingShare < 0 || closingShare > 1) return null;
  const expected = pipeline * closingShare * winRate;
  if (remaining <= 0) return { expected, closingShare, ratio: null, healthy: true };
  const ratio = expected / remaining;
  return { expected, closingShare, ratio, healthy: ratio >= threshold };
}
