/**
 * The numbers a custom function hands Sheets. Sheets shows a custom function's number in the cell's own format, and
 * "Automatic" shows up to about ten significant digits: a pace of 2290.2374670 or a chance of 0.9999192079 claimed a
 * precision no forecast or pace has (and a progress of 0.42400000000000004 showed float noise). One rule for the
 * formulas: an estimate (a pace, a forecast) keeps three significant digits — REALISTICTARGET's suggestion already did (0.339, 167,000), as
 * the plan report and the wizard write figures — and a chance a tenth of a percent, never certain before its deadline
 * (Check goals writes ">99%"); an exact quotient of the user's numbers only loses its float noise. A cell formatted by the user (0.0%, #,##0) shows them as it shows any number.
 */

import { hasCents, rateDecimals } from '../format';
import type { Unit } from '../types';

/** `value` to three significant digits (2290.237 → 2290, 0.0032710 → 0.00327); 0 and non-finite values as they are. */
export function estimateForCell(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(3));
}

/**
 * An exact quotient of the user's own numbers (GOALPROGRESS) as Sheets shows a division in a formula, its float noise
 * left out: 0.42400000000000004 is 0.424, 23/70 keeps its digits (=23/70 in a cell shows them too). Twelve significant
 * digits: more than "Automatic" shows, fewer than a double's noise.
 */
export function exactForCell(value: number): number {
  return value === 0 || !Number.isFinite(value) ? value : Number(value.toPrecision(12));
}

/** A chance to a tenth of a percent, kept inside 0.1–99.9 % unless it is exactly 0 or 1 (a passed deadline's outcome). */
export function chanceForCell(probability: number): number {
  if (!(probability > 0 && probability < 1)) return probability;
  return Math.min(0.999, Math.max(0.001, Math.round(probability * 1000) / 1000));
}

/**
 * A goal's value in the plan report (a baseline, a target, a suggested target, a roll-up, a quarter's share) at the
 * precision its cell shows, one rule per unit: a rate to its three significant digits in points (`rateDecimals`, the
 * notes' and the cell format's: 2.94 %, 30.8 %, 30 %; a target of 3.5574 % was written beside a 30 % one), an amount
 * or a count in whole units (the report shows them so: a quarter's share of 46,937.50 € is 46,938 €) — money under
 * 10 to the cent, as the notes write it (`moneyDecimals`, mend47d; never in a currency with no minor unit, ¥ ₩) —, days and scores
 * to the hundredth `numberFormatFor`'s #,##0.0# shows. Non-finite values as they are.
 */
export function goalValueForCell(value: number, unit: Unit | null, currency?: string | null): number {
  if (!Number.isFinite(value)) return value;
  if (unit === 'percent') {
    // One division: dividing by the scale, then by 100, gave 40.4 % as 0.40399999999999997 (fixes61).
    const scale = 100 * 10 ** rateDecimals(value);
    return Math.round(value * scale) / scale;
  }
  // Money under 10 keeps the cents the notes write (`hasCents`, story47: a suggested $6.21 was written 6, shown "$6.00"
  // by a "$#,##0.00" column beside "Aim for $6.21"), to the hundredth as days and scores; a larger estimate, or any in a
  // currency with no minor unit (¥, ₩: mend47d), is read in whole units.
  if (unit === 'count' || (unit === 'currency' && !hasCents(value, currency))) return Math.round(value);
  return Math.round(value * 100) / 100;
}
