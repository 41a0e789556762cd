/**
 * Add-on settings as stored in document properties (one JSON value). The
 * sidebar edits them, Check goals and the plan report read them, and the
 * report prints the ones it used. `normalizeSettings` is the only way in:
 * properties may hold an old, partial or hand-edited value, so every field
 * is validated and anything unusable falls back to its default.
 */
import type { Lang } from './types';

/**
 * Achievability policy as settings carry it. Mirrors the contract of
 * `AchievabilityPolicy` (src/core/achievability): `stretchAllowance` is the
 * extra effort, as a fraction, accepted above the forecast before a target is
 * called unrealistic; `useHistoricalBest` lets the team's best past period
 * count as evidence a target is reachable. Extra numeric/boolean fields set by
 * the achievability engine are kept as they come.
 */
export interface SettingsPolicy {
  stretchAllowance: number;
  useHistoricalBest: boolean;
  [extra: string]: number | boolean;
}

export interface Settings {
  /** 'auto' follows the user's locale (Session.getActiveUserLocale()). */
  language: 'auto' | Lang;
  policy: SettingsPolicy;
  /** First month of the fiscal year, 1-12 (quarters and "end of year" follow it). */
  fiscalYearStartMonth: number;
  /** Name of the goals tab when it is neither "Goals" nor "Objectifs"; null = auto-detect. */
  goalsSheetName: string | null;
}

export const DEFAULT_POLICY_SETTINGS: SettingsPolicy = { stretchAllowance: 0.2, useHistoricalBest: true };

export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  policy: { ...DEFAULT_POLICY_SETTINGS },
  fiscalYearStartMonth: 1,
  goalsSheetName: null,
};

const MAX_SHEET_NAME = 100;

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

/** Policy fields: known ones validated, unknown numeric/boolean ones kept (they belong to the achievability engine). */
export function normalizePolicy(raw: unknown, defaults: SettingsPolicy = DEFAULT_POLICY_SETTINGS): SettingsPolicy {
  const policy: SettingsPolicy = { ...defaults };
  const record = parseRaw(raw);
  if (!record) return policy;
  for (const [key, value] of Object.entries(record)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const expected = Object.prototype.hasOwnProperty.call(defaults, key) ? typeof defaults[key] : null;
    const asBool = booleanValue(value);
    const asNumber = finiteNumber(value);
    if (expected === 'boolean') {
      if (asBool !== null) policy[key] = asBool;
    } else if (expected === 'number') {
      if (asNumber !== null && asNumber >= 0) policy[key] = asNumber;
    } else if (typeof value === 'boolean') {
      policy[key] = value;
    } else if (typeof value === 'number' && Number.isFinite(value)) {
      policy[key] = value;
    }
  }
  // A stretch allowance above 300 % would make every goal "achievable"; cap it.
  policy.stretchAllowance = Math.min(3, Math.max(0, policy.stretchAllowance));
  return policy;
}

/** Tolerant of garbage, partial objects and JSON strings: always returns complete, valid settings. */
export function normalizeSettings(raw: unknown): Settings {
  const record = parseRaw(raw);
  if (!record) return { ...DEFAULT_SETTINGS, policy: { ...DEFAULT_SETTINGS.policy } };

  const languageRaw = typeof record.language === 'string' ? record.language.trim().toLowerCase() : '';
  const language: Settings['language'] = languageRaw === 'fr' || languageRaw === 'en' ? languageRaw : 'auto';

  const month = finiteNumber(record.fiscalYearStartMonth);
  const fiscalYearStartMonth = month !== null && Number.isInteger(month) && month >= 1 && month <= 12 ? month : DEFAULT_SETTINGS.fiscalYearStartMonth;

  const nameRaw = typeof record.goalsSheetName === 'string' ? record.goalsSheetName.trim() : '';
  const goalsSheetName = nameRaw === '' ? null : nameRaw.slice(0, MAX_SHEET_NAME);

  return { language, policy: normalizePolicy(record.policy), fiscalYearStartMonth, goalsSheetName };
}

/** The language to use: the settings override, else the user's locale language. */
export function resolveLanguage(settings: Settings, localeLang: Lang): Lang {
  return settings.language === 'auto' ? localeLang : settings.language;
}
