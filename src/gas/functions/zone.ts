/**
 * The spreadsheet's time zone, the one zone every date path of the add-on uses (custom
 * functions, series cleaning, Check goals, report, sidebar): core's `dateToIso` /
 * `zonedMidnight` rule applied with this zone.
 *
 * Why not the script's zone: the manifest fixes the script's zone (appsscript.json,
 * Europe/Paris) and `new Date().getDate()` & co. work in it, but Sheets stores a date cell as
 * a day of the SPREADSHEET's calendar and hands it to a script (getValues, custom function
 * arguments: "Date → JavaScript Date object", developers.google.com/apps-script/guides/sheets/functions#data_types)
 * as midnight of that day in the spreadsheet's zone (Spreadsheet.getSpreadsheetTimeZone());
 * a Date the script writes back is shown in the spreadsheet's zone too. Read in Paris, a
 * Tokyo sheet's 30 June (30 June 00:00 JST = 29 June 17:00 CEST) would be 29 June.
 *
 * The offset of a zone at an instant comes from Intl (ECMA-402, built into the V8 runtime)
 * once it has been checked against `Utilities.formatDate(date, zone, 'Z')` for this zone;
 * where Intl lacks the zone or disagrees, from Utilities.formatDate itself, memoized per
 * instant. Either way no call per cell is made on the Spreadsheet services.
 */
import { dateToIso, utcTime, UTC_ZONE, zonedMidnight, type ZoneOffset } from '../../core/dates';
import type { IsoDate } from '../../core/types';
import { activeSpreadsheet, inCall, perCall } from '../scope';

/** Zone used when the spreadsheet's cannot be read (no spreadsheet in AuthMode.NONE). */
export const FALLBACK_TIME_ZONE = 'Etc/GMT';

let cached: { name: string; zone: ZoneOffset } | null = null;

/** "+0530" / "-0800" → minutes east of UTC; NaN when unreadable. */
function parseOffset(text: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!m) return NaN;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function offsetByUtilities(name: string, epochMs: number): number {
  return parseOffset(Utilities.formatDate(new Date(epochMs), name, 'Z'));
}

/** Offset from Intl, or null when this runtime's Intl cannot give it for `name`. */
function intlZone(name: string): ZoneOffset | null {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone: name, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
  } catch {
    return null;
  }
  const byParts = (seconds: number): number => {
    const parts = format.formatToParts(new Date(seconds));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? NaN);
    // utcTime, not Date.UTC: a wall clock in years 0–99 must not be read as 1900–1999 (a 1,900-year offset).
    return utcTime(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  };
  return byInstant((epochMs) => {
    const seconds = Math.floor(epochMs / 1000) * 1000;
    // en-US with these options formats "6/30/2027, 00:00:00": reading that one string is about three times
    // cheaper than formatToParts (a daily history reads one Date per row). Any other shape — another ICU,
    // a year before 1000 — goes through the parts.
    const m = EN_US_WALL.exec(format.format(seconds));
    const wall = m ? utcTime(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]) % 24, Number(m[5]), Number(m[6])) : byParts(seconds);
    return Math.round((wall - seconds) / 60_000);
  });
}

/** Offsets remembered per zone and execution (a 20-year daily history is 7,300 dates). */
const MEMO_LIMIT = 50_000;

/**
 * `offset` looked up once per instant: a KPI tab's dates come back on every call over it (a column of formulas,
 * Check goals' several reads). Bounded, so a huge history cannot grow it without end.
 */
function byInstant(offset: ZoneOffset): ZoneOffset {
  const memo = new Map<number, number>();
  return (epochMs) => {
    const known = memo.get(epochMs);
    if (known !== undefined) return known;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = offset(epochMs);
    memo.set(epochMs, value);
    return value;
  };
}

/** "M/D/YYYY, HH:MM:SS", what `intlZone`'s en-US format prints. */
const EN_US_WALL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * Zones the tz database defines as a fixed offset, with no rule to look up: UTC and its aliases, and
 * "Etc/GMT+5" & co., whose POSIX sign is inverted (Etc/GMT+5 is five hours BEHIND UTC; tzdata's `etcetera`
 * file). FALLBACK_TIME_ZONE is one of them, so a run without a spreadsheet pays nothing per date.
 */
function fixedZone(name: string): ZoneOffset | null {
  if (/^(?:Etc\/)?(?:UTC|UCT|GMT[+-]?0?|Universal|Zulu|Greenwich)$/i.test(name)) return UTC_ZONE;
  const m = /^Etc\/GMT([+-])(\d{1,2})$/i.exec(name);
  if (!m || Number(m[2]) > 14) return null;
  const minutes = (m[1] === '+' ? -60 : 60) * Number(m[2]);
  return () => minutes;
}

/** The offset function of a named zone (see the module comment). */
export function zoneNamed(name: string): ZoneOffset {
  const fixed = fixedZone(name.trim());
  if (fixed) return fixed;
  const byUtilities = byInstant((epochMs) => {
    try {
      return offsetByUtilities(name, epochMs);
    } catch {
      return NaN;
    }
  });
  const intl = intlZone(name);
  if (intl) {
    // Two probes (January and July of a fixed year) catch a zone Intl knows under another rule.
    const probes = [Date.UTC(2026, 0, 15, 12), Date.UTC(2026, 6, 15, 12)];
    try {
      const checked = probes.map((ms) => ({ intl: intl(ms), utilities: byUtilities(ms) }));
      // Agreement, or no Utilities to ask (a runtime without the service): Intl is then the only answer.
      if (checked.every((c) => c.intl === c.utilities) || checked.every((c) => !Number.isFinite(c.utilities))) return intl;
    } catch {
      // Intl present but unusable for this zone: Utilities.
    }
  }
  return (epochMs) => {
    const offset = byUtilities(epochMs);
    return Number.isFinite(offset) ? offset : UTC_ZONE(epochMs);
  };
}

/** The spreadsheet's zone name, read once per execution (../scope.ts); its offsets are kept per name. */
export function spreadsheetTimeZone(): string {
  // Outside an entry point (code called from source) the zone last set is kept, as `useSpreadsheetTimeZone` sets it.
  const name = perCall('timeZone', () => {
    if (cached && !inCall()) return cached.name;
    try {
      return activeSpreadsheet().getSpreadsheetTimeZone() || FALLBACK_TIME_ZONE;
    } catch {
      // No spreadsheet: GMT.
      return FALLBACK_TIME_ZONE;
    }
  });
  useSpreadsheetTimeZone(name);
  return name;
}

/** Entry points that already read the zone name (workbookEnv) share it here. */
export function useSpreadsheetTimeZone(name: string): void {
  if (cached?.name !== name) cached = { name, zone: zoneNamed(name) };
}

/** The spreadsheet's zone as core takes it. */
export function sheetZone(): ZoneOffset {
  spreadsheetTimeZone();
  return cached?.zone ?? UTC_ZONE;
}

/** The day a Date from a cell stands for (null for an invalid Date). */
export function sheetDateToIso(date: Date): IsoDate | null {
  return dateToIso(date, sheetZone());
}

/** A day as the Date Sheets shows as that day: midnight in the spreadsheet's zone. */
export function isoToSheetDate(iso: IsoDate): Date {
  return new Date(zonedMidnight(iso, sheetZone()));
}
