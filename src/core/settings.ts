/**
 * Add-on settings as stored in document properties (one JSON value). The
 * sidebar edits them, Check goals and the plan report read them, and the
 * report prints the ones it used. `normalizeSettings` is the only way in:
 * properties may hold an old, partial or hand-edited value, so every field
 * is validated and anything unusable falls back to its default.
 */
import { DEFAULT_POLICY, resolvePolicy, type AchievabilityPolicy } from './achievability/policy';
import { isValidIsoDate } from './dates';
import type { IsoDate, Lang } from './types';

export interface Settings {
  /** 'auto' follows the user's locale (Session.getActiveUserLocale()). */
  language: 'auto' | Lang;
  policy: AchievabilityPolicy;
  /** First month of the fiscal year, 1-12 (quarters and "end of year" follow it). */
  fiscalYearStartMonth: number;
  /** Name of the goals tab when it is neither "Goals" nor "Objectifs"; null = auto-detect. */
  goalsSheetName: string | null;
  /** Bottom-up plans (core/drivers): new reps' ramp, planned hires, healthy pipeline coverage. */
  plan: PlanSettings;
}

export interface PlanSettings {
  /** Share of full productivity in a new rep's 1st, 2nd… month (the last value holds after). */
  ramp: number[];
  /** Hires the team plans (a start date and a number of reps), which the history cannot know. */
  hires: Array<{ date: IsoDate; count: number }>;
  /** Pipeline × win rate ÷ remaining target below this is flagged. */
  coverageThreshold: number;
  /** Capacity ÷ target from which capacity is healthy (below 1 short, from 1 to this tight). */
  capacityThreshold: number;
  /** Days from an opportunity's opening to its close; null: read from the workbook or not modelled (core/drivers/winrate.ts). */
  salesCycleDays: number | null;
}

const DEFAULT_PLAN: PlanSettings = { ramp: [0.25, 0.5, 0.75, 1], hires: [], coverageThreshold: 1.5, capacityThreshold: 1.2, salesCycleDays: null };
/** Limits the Settings pane enforces too (src/sidebar/plan-settings.ts). */
export const MIN_CAPACITY_THRESHOLD = 1;
export const MAX_CAPACITY_THRESHOLD = 3;
export const MAX_SALES_CYCLE_DAYS = 730;
const MAX_RAMP_MONTHS = 24;
const MAX_HIRES = 100;

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  policy: { ...DEFAULT_POLICY },
  fiscalYearStartMonth: 1,
  goalsSheetName: null,
  plan: DEFAULT_PLAN,
};

const MAX_SHEET_NAME = 100;

/**
 * A stored setting that could not be used and was replaced by its default ('all': the stored value is no JSON object).
 * The stored value itself is left as it is (user data is never overwritten): the Settings pane and the next menu run
 * say which ones (`settingsNote`), and saving the Settings replaces them.
 */
export type SettingsField =
  | 'all'
  | 'language'
  | 'policy'
  | 'fiscalYearStartMonth'
  | 'goalsSheetName'
  | 'plan'
  | 'plan.ramp'
  | 'plan.hires'
  | 'plan.coverageThreshold'
  | 'plan.capacityThreshold'
  | 'plan.salesCycleDays';

/** A value was stored there (not absent, null or blank text). */
function stored(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

function parseRaw(raw: unknown): Record<string, unknown> | null {
  if (typeof raw === 'string') {
    try {
      return asRecord(JSON.parse(raw));
    } catch {
      return null;
    }
  }
  return asRecord(raw);
}

function finiteNumber(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value.trim().replace(',', '.'));
    return Number.isFinite(parsed) ? parsed : null;
  }
  return null;
}

function booleanValue(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 1) return true;
  if (value === 'false' || value === 0) return false;
  return null;
}

/**
 * Policy fields as stored: numbers may come back as text ("0,2") or booleans
 * as "true"; unknown fields are dropped; ranges are enforced by the
 * achievability engine's own `resolvePolicy`.
 */
export function normalizePolicy(raw: unknown, unused?: SettingsField[]): AchievabilityPolicy {
  const record = parseRaw(raw);
  if (!record) {
    if (stored(raw)) unused?.push('policy');
    return resolvePolicy(null);
  }
  const partial: Partial<AchievabilityPolicy> = {};
  let bad = false;
  for (const key of Object.keys(DEFAULT_POLICY) as Array<keyof AchievabilityPolicy>) {
    const value = record[key];
    const parsed = typeof DEFAULT_POLICY[key] === 'boolean' ? booleanValue(value) : finiteNumber(value);
    if (parsed !== null) (partial as Record<string, boolean | number>)[key] = parsed;
    else if (stored(value)) bad = true;
  }
  const policy = resolvePolicy(partial);
  // A number out of its range is brought back into it (resolvePolicy): that is not the value saved either.
  if (bad || (Object.keys(partial) as Array<keyof AchievabilityPolicy>).some((key) => partial[key] !== policy[key])) unused?.push('policy');
  return policy;
}

/**
 * Tolerant of garbage, partial objects and JSON strings: always returns complete, valid settings. `unused`, when
 * given, receives each stored field that could not be used and was replaced by its default (`SettingsField`).
 */
export function normalizeSettings(raw: unknown, unused?: SettingsField[]): Settings {
  const record = parseRaw(raw);
  if (!record) {
    if (stored(raw)) unused?.push('all');
    return { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy }, plan: normalizePlan(null) };
  }

  const languageRaw = typeof record.language === 'string' ? record.language.trim().toLowerCase() : '';
  const language: Settings['language'] = languageRaw === 'fr' || languageRaw === 'en' ? languageRaw : 'auto';
  if (stored(record.language) && language !== languageRaw) unused?.push('language');

  const month = finiteNumber(record.fiscalYearStartMonth);
  const monthValid = month !== null && Number.isInteger(month) && month >= 1 && month <= 12;
  const fiscalYearStartMonth = monthValid ? month : DEFAULT_SETTINGS.fiscalYearStartMonth;
  if (stored(record.fiscalYearStartMonth) && !monthValid) unused?.push('fiscalYearStartMonth');

  const nameRaw = typeof record.goalsSheetName === 'string' ? record.goalsSheetName.trim() : '';
  if (stored(record.goalsSheetName) && typeof record.goalsSheetName !== 'string') unused?.push('goalsSheetName');
  // Cut by characters, not UTF-16 units: a tab named with emoji ("Objectifs 🚀…") would lose half a character and no
  // longer match its tab (review 13b).
  const goalsSheetName = nameRaw === '' ? null : Array.from(nameRaw).slice(0, MAX_SHEET_NAME).join('');

  return { language, policy: normalizePolicy(record.policy, unused), fiscalYearStartMonth, goalsSheetName, plan: normalizePlan(record.plan, unused) };
}

/** Plan settings as stored: a bad ramp or threshold falls back to the default, bad hires are dropped (each said in `unused`). */
export function normalizePlan(raw: unknown, unused?: SettingsField[]): PlanSettings {
  const record = parseRaw(raw);
  if (!record && stored(raw)) unused?.push('plan');
  const rampRaw = Array.isArray(record?.ramp) ? record.ramp.map(finiteNumber) : null;
  const rampValid = rampRaw !== null && rampRaw.length > 0 && rampRaw.length <= MAX_RAMP_MONTHS && rampRaw.every((v) => v !== null && v >= 0 && v <= 1);
  const ramp = rampValid ? (rampRaw as number[]) : [...DEFAULT_PLAN.ramp];
  if (record && stored(record.ramp) && !rampValid) unused?.push('plan.ramp');
  const hires: PlanSettings['hires'] = [];
  if (Array.isArray(record?.hires)) {
    for (const item of record.hires.slice(0, MAX_HIRES)) {
      const hire = asRecord(item);
      const count = finiteNumber(hire?.count);
      if (hire && isValidIsoDate(hire.date) && count !== null && Number.isInteger(count) && count !== 0 && Math.abs(count) <= 1000) hires.push({ date: hire.date, count });
    }
    if (hires.length < record.hires.length) unused?.push('plan.hires');
  } else if (record && stored(record.hires)) unused?.push('plan.hires');
  const threshold = finiteNumber(record?.coverageThreshold);
  const capacity = finiteNumber(record?.capacityThreshold);
  const cycle = finiteNumber(record?.salesCycleDays);
  const thresholdValid = threshold !== null && threshold > 0 && threshold <= 10;
  const capacityValid = capacity !== null && capacity >= MIN_CAPACITY_THRESHOLD && capacity <= MAX_CAPACITY_THRESHOLD;
  const cycleValid = cycle !== null && Number.isInteger(cycle) && cycle >= 1 && cycle <= MAX_SALES_CYCLE_DAYS;
  if (record) {
    if (stored(record.coverageThreshold) && !thresholdValid) unused?.push('plan.coverageThreshold');
    if (stored(record.capacityThreshold) && !capacityValid) unused?.push('plan.capacityThreshold');
    if (stored(record.salesCycleDays) && !cycleValid) unused?.push('plan.salesCycleDays');
  }
  return {
    ramp,
    hires,
    coverageThreshold: thresholdValid ? threshold : DEFAULT_PLAN.coverageThreshold,
    capacityThreshold: capacityValid ? capacity : DEFAULT_PLAN.capacityThreshold,
    salesCycleDays: cycleValid ? cycle : null,
  };
}

/** The language to use: the settings override, else the spreadsheet locale's (gas `documentLang`), never the user's. */
export function resolveLanguage(settings: Settings, localeLang: Lang): Lang {
  return settings.language === 'auto' ? localeLang : settings.language;
}
