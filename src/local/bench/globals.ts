/**
 * What a custom function's execution sees, for the benches that call the bundle directly: the emulator's
 * globals for an empty spreadsheet in Paris (its locale and zone, Utilities.formatDate, Session, document
 * Properties — the services Google's custom-function table allows). With bare stubs the bundle fell back on
 * GMT and on a failing Utilities call, which neither Sheets nor a user's sheet does.
 */
import { zonedMidnight } from '../../core/dates';
import type { IsoDate } from '../../core/types';
import { createEmulator } from '../emulator';
import { zoneOffsetMinutes } from '../emulator/format-date';

/** The benches' spreadsheet zone: one with daylight saving time, like most users' sheets. */
export const BENCH_TIME_ZONE = 'Europe/Paris';

export function customFunctionGlobals(spreadsheetLocale = 'en_US', timeZone = BENCH_TIME_ZONE): Record<string, unknown> {
  return createEmulator({ spreadsheetLocale, timeZone, firstSheetName: null }).globals;
}

/**
 * A history as a custom function receives its range: a date cell is a Date at midnight of that day in the
 * spreadsheet's zone (developers.google.com/apps-script/guides/sheets/functions#data_types), a number a number.
 */
export function sheetRows(points: ReadonlyArray<{ date: IsoDate; value: number }>, timeZone = BENCH_TIME_ZONE): Array<[Date, number]> {
  const zone = (epochMs: number): number => zoneOffsetMinutes(new Date(epochMs), timeZone);
  return points.map((p) => [new Date(zonedMidnight(p.date, zone)), p.value]);
}
