/**
 * The spreadsheet-zone rule in the bundle (src/gas/functions/zone.ts): offsets from Intl once it
 * agrees with Utilities.formatDate for the zone, otherwise from Utilities.formatDate per instant —
 * the same days either way, and no Spreadsheet call per cell.
 */
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';

const DAYS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'];

function run(timeZone: string, withIntl: boolean, withUtilities = true): { verdict: unknown; iso: unknown; parsed: string; formatDateCalls: number; zoneCalls: number } {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', timeZone });
  const sheet = emulator.spreadsheet.getSheets()[0];
  sheet.getRange(1, 1, DAYS.length, 2).setValues(DAYS.map((d, i) => [d, `${22 + (i % 4)} %`]));
  sheet.getRange('C1').setValue('2027-06-30');
  sheet.getRange('C2').setValue('2026-11-26');
  sheet.getRange('C3').setValue('2026-12-01');
  const history = sheet.getRange(1, 1, DAYS.length, 2).getValues();
  const [deadline, asOf, december] = sheet.getRange('C1:C3').getValues().map((r) => r[0]);
  // A runtime without Intl: the bundle must fall back on Utilities.formatDate.
  const globals = withIntl ? emulator.globals : { ...emulator.globals, Intl: undefined };
  const addon = loadAddon(withUtilities ? globals : { ...globals, Utilities: undefined });
  emulator.calls.reset();
  const verdict = emulator.runExecution(() => addon.call('ACHIEVABILITY', history, 0.3, deadline, asOf));
  const formatDateCalls = emulator.calls.of('Utilities.formatDate');
  const zoneCalls = emulator.calls.of('Spreadsheet.getSpreadsheetTimeZone');
  const iso = emulator.runExecution(() => addon.call('ACHIEVABILITY', DAYS.map((d, i) => [d, (22 + (i % 4)) / 100]), 0.3, '2027-06-30', '2026-11-26'));
  const row = emulator.runExecution(() => addon.call<unknown[][]>('SMARTPARSE', 'Close 10 new accounts by the end of the month', december))[0];
  const parsed = (emulator.globals.Utilities as GoogleAppsScript.Utilities.Utilities).formatDate(row[4] as GoogleAppsScript.Base.Date, timeZone, 'yyyy-MM-dd');
  return { verdict, iso, parsed, formatDateCalls, zoneCalls };
}

describe('the spreadsheet zone in the bundle', () => {
  it.each(['Pacific/Auckland', 'America/Los_Angeles'])('reads and writes the typed days with Intl and without it (%s)', (zone) => {
    const intl = run(zone, true);
    const bare = run(zone, false);
    for (const r of [intl, bare]) {
      expect(r.verdict).toBe(r.iso);
      expect(r.parsed).toBe('2026-12-31');
      expect(r.zoneCalls).toBeLessThanOrEqual(1);
    }
    // With Intl: two probes; without: one call per distinct instant (8 history days, the deadline, as-of) + the probes at most.
    expect(intl.formatDateCalls).toBeLessThanOrEqual(2);
    expect(bare.formatDateCalls).toBeGreaterThan(2);
    expect(bare.formatDateCalls).toBeLessThanOrEqual(DAYS.length + 2 + 2);
  });
});

describe('zones without a rule to look up', () => {
  // tzdata's etcetera file: fixed offsets, POSIX sign (Etc/GMT+5 is UTC−5); no Intl, no Utilities call per date.
  it.each(['UTC', 'Etc/GMT', 'Etc/GMT+5', 'Etc/GMT-14'])('reads the typed days of a %s sheet without asking Utilities', (zone) => {
    const r = run(zone, true);
    expect(r.verdict).toBe(r.iso);
    expect(r.parsed).toBe('2026-12-31');
    expect(r.formatDateCalls).toBe(0);
  });
});

describe('a runtime without Utilities', () => {
  it.each(['Europe/Paris', 'Asia/Tokyo'])('takes Intl at its word and reads the same days (%s)', (zone) => {
    const withIt = run(zone, true);
    const without = run(zone, true, false);
    expect(without.verdict).toBe(withIt.verdict);
    expect(without.iso).toBe(withIt.iso);
    expect(without.verdict).toBe(without.iso);
  });
});
