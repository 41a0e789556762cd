/**
 * The plan settings as the Settings pane shows and reads them (pure: no DOM).
 * The ramp is typed as percentages ("25", "25 %", "12,5"), each between 0 and
 * 100 (a ramp need not rise: a rep may be slower in month 3 than month 2);
 * a planned hire is a date and a whole number of reps (negative for
 * departures); the coverage threshold is a ratio ("1.5", "1,5×", "1.5x").
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

/** What the inputs hold, as typed. */
export interface PlanForm {
  ramp: string[];
  hires: Array<{ date: string; count: string }>;
  coverage: string;
}

export interface PlanProblem {
  /** Which input: a ramp month, a hire's date or count (by 0-based index), or the threshold. */
  field: 'ramp' | 'hireDate' | 'hireCount' | 'coverage';
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
  if (problems.length > 0 || coverage === null) return { plan: null, problems };
  hires.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { plan: { ramp, hires: hires.slice(0, MAX_HIRES), coverageThreshold: coverage }, problems: [] };
}
