/**
 * The plan settings as the Settings pane shows and reads them (pure: no DOM).
 * The ramp is typed as percentages ("25", "25 %", "12,5"), each between 0 and
 * 100 (a ramp need not rise: a rep may be slower in month 3 than month 2);
 * a planned hire is a date and a whole number of reps (negative for
 * departures); the coverage and capacity thresholds are ratios ("1.5", "1,5×", "1.5x");
 * the sales cycle is whole days or blank (none).
 * Every problem names its row, so the pane can mark the input and say which.
 */
import type { PlanSettingsView } from '../core/api';
import { isValidIsoDate } from '../core/dates';
import type { MessageKey, MessageParams } from '../core/messages/ui';
import { parseLocaleNumber } from '../core/numbers';
import type { Lang } from '../core/types';

/** Months a ramp may list, and hires the list may hold (core/settings' own limits). */
export const MAX_RAMP_MONTHS = 24;
export const MAX_HIRES = 100;
export const MAX_HIRE_COUNT = 1000;
export const MIN_COVERAGE = 0.1;
export const MAX_COVERAGE = 10;
export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 3;
export const MAX_SALES_CYCLE_DAYS = 730;

/** What the inputs hold, as typed. */
export interface PlanForm {
  ramp: string[];
  hires: Array<{ date: string; count: string }>;
  coverage: string;
  /** Healthy capacity ratio ("1.2", "1,2×"). */
  capacity: string;
  /** Sales cycle in days, or blank (none). */
  salesCycle: string;
}

export interface PlanProblem {
  /** Which input: a ramp month, a hire's date or count (by 0-based index), or the threshold. */
  field: 'ramp' | 'hireDate' | 'hireCount' | 'coverage' | 'capacity' | 'salesCycle';
  index: number;
  key: MessageKey;
  params?: MessageParams;
}

function decimal(value: number, lang: Lang): string {
  const text = String(Math.round(value * 1e6) / 1e6);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** The stored plan as input texts: fractions as percentages, the threshold as a plain ratio. */
export function planFormOf(plan: PlanSettingsView, lang: Lang): PlanForm {
  return {
    ramp: plan.ramp.map((share) => decimal(share * 100, lang)),
    hires: plan.hires.map((hire) => ({ date: hire.date, count: String(hire.count) })),
    coverage: decimal(plan.coverageThreshold, lang),
    capacity: decimal(plan.capacityThreshold, lang),
    salesCycle: plan.salesCycleDays === null ? '' : String(plan.salesCycleDays),
  };
}

/** A percentage as typed ("25", "25 %", "12,5 %") as a fraction, or null when it is not one between 0 and 100. */
export function parseRampPercent(text: string, lang: Lang): number | null {
  const body = text.trim().replace(/[\s\u00a0\u202f]*%$/, '');
  if (body === '') return null;
  const value = parseLocaleNumber(body, lang);
  return value !== null && value >= 0 && value <= 100 ? value / 100 : null;
}

/** A coverage ratio as typed ("1.5", "1,5", "1.5×", "1.5x"), or null outside 0.1–10. */
export function parseCoverage(text: string, lang: Lang): number | null {
  const body = text.trim().replace(/[\s\u00a0\u202f]*[×xX]$/, '');
  if (body === '') return null;
  const value = parseLocaleNumber(body, lang);
  return value !== null && value >= MIN_COVERAGE && value <= MAX_COVERAGE ? value : null;
}

/** A healthy capacity ratio as typed ("1.2", "1,2×"), or null outside 1–3. */
export function parseCapacity(text: string, lang: Lang): number | null {
  const body = text.trim().replace(/[\s\u00a0\u202f]*[×xX]$/, '');
  if (body === '') return null;
  const value = parseLocaleNumber(body, lang);
  return value !== null && value >= MIN_CAPACITY && value <= MAX_CAPACITY ? value : null;
}

/** A sales cycle as typed ("60", "60 days", "60 jours"): whole days 1–730; blank is none (undefined: not a cycle). */
export function parseSalesCycle(text: string, lang: Lang): number | null | undefined {
  const body = text.trim().replace(/[\s\u00a0\u202f]*(?:days?|jours?|j|d)\.?$/i, '');
  if (body === '') return text.trim() === '' ? null : undefined;
  const value = parseLocaleNumber(body, lang);
  return value !== null && Number.isInteger(value) && value >= 1 && value <= MAX_SALES_CYCLE_DAYS ? value : undefined;
}

/** A number of reps: a whole number other than 0, at most 1,000 either way. */
export function parseHireCount(text: string, lang: Lang): number | null {
  const body = text.trim();
  if (body === '') return null;
  const value = parseLocaleNumber(body, lang);
  return value !== null && Number.isInteger(value) && value !== 0 && Math.abs(value) <= MAX_HIRE_COUNT ? value : null;
}

/**
 * The plan the form describes, or every problem in it (in the order of the
 * inputs, so the first one is where the focus goes). A hire row left wholly
 * blank is dropped rather than refused.
 */
export function readPlanForm(form: PlanForm, lang: Lang): { plan: PlanSettingsView; problems: [] } | { plan: null; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const ramp: number[] = [];
  if (form.ramp.length === 0) problems.push({ field: 'ramp', index: 0, key: 'sidebar.settings.rampEmpty' });
  if (form.ramp.length > MAX_RAMP_MONTHS) problems.push({ field: 'ramp', index: MAX_RAMP_MONTHS, key: 'sidebar.settings.rampTooLong', params: { max: MAX_RAMP_MONTHS } });
  form.ramp.slice(0, MAX_RAMP_MONTHS).forEach((text, index) => {
    const share = parseRampPercent(text, lang);
    if (share === null) problems.push({ field: 'ramp', index, key: 'sidebar.settings.rampInvalid', params: { month: index + 1 } });
    else ramp.push(share);
  });
  const hires: PlanSettingsView['hires'] = [];
  const rows = form.hires.filter((hire) => hire.date.trim() !== '' || hire.count.trim() !== '');
  if (rows.length > MAX_HIRES) problems.push({ field: 'hireCount', index: MAX_HIRES, key: 'sidebar.settings.hiresTooMany', params: { max: MAX_HIRES } });
  form.hires.forEach((hire, index) => {
    if (hire.date.trim() === '' && hire.count.trim() === '') return;
    const date = hire.date.trim();
    const count = parseHireCount(hire.count, lang);
    if (!isValidIsoDate(date)) problems.push({ field: 'hireDate', index, key: 'sidebar.settings.hireDateInvalid', params: { row: index + 1 } });
    if (count === null) problems.push({ field: 'hireCount', index, key: 'sidebar.settings.hireCountInvalid', params: { row: index + 1 } });
    if (isValidIsoDate(date) && count !== null) hires.push({ date, count });
  });
  const coverage = parseCoverage(form.coverage, lang);
  if (coverage === null) problems.push({ field: 'coverage', index: 0, key: 'sidebar.settings.coverageInvalid' });
  const capacity = parseCapacity(form.capacity, lang);
  if (capacity === null) problems.push({ field: 'capacity', index: 0, key: 'sidebar.settings.capacityInvalid' });
  const salesCycle = parseSalesCycle(form.salesCycle, lang);
  if (salesCycle === undefined) problems.push({ field: 'salesCycle', index: 0, key: 'sidebar.settings.salesCycleInvalid' });
  if (problems.length > 0 || coverage === null || capacity === null || salesCycle === undefined) return { plan: null, problems };
  hires.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { plan: { ramp, hires: hires.slice(0, MAX_HIRES), coverageThreshold: coverage, capacityThreshold: capacity, salesCycleDays: salesCycle }, problems: [] };
}
