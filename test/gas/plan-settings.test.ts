/**
 * The Settings pane's team plan (ramp, planned hires, coverage threshold)
 * through the BUILT bundle: saved by sidebarSaveSettings (google.script.run's
 * rules, strict), read back by sidebarGetSettings, and used by the next
 * Check goals — the capacity and coverage notes of a revenue goal change.
 */
import type { SettingsView } from '../../src/core/api';
import { createEmulator, type Emulator } from '../../src/local/emulator';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface Book {
  emulator: Emulator;
  addon: LoadedAddon;
  goals: Sheet;
}

/** The example workbook with its sales goal (G5) given a cumulative revenue target, so capacity and coverage apply. */
function book(): Book {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', userLocale: 'en_US', clock: { start: '2026-11-26T12:00:00Z' } });
  const addon = bridged(loadAddon(emulator.globals));
  addon.call('menuInsertExampleWorkbook');
  const ss = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const goals = ss.getSheetByName('Goals') as Sheet;
  const row = goals.getDataRange().getValues().findIndex((r) => r[0] === 'G5') + 1;
  goals.getRange(row, 6).setValue(150000);
  goals.getRange(row, 11).setValue('total');
  return { emulator, addon, goals };
}

/** G5's notes after a Check goals run. */
function checkNotes(b: Book): string {
  b.emulator.runExecution(() => b.addon.call('menuCheckGoals'));
  const values = b.goals.getDataRange().getValues();
  const notes = values[0].indexOf('SMART notes');
  return String(values.find((r) => r[0] === 'G5')?.[notes] ?? '');
}

describe('plan settings saved from the sidebar change Check goals', () => {
  it('round-trips through the sidebar calls and keeps the rest of the settings', () => {
    const b = book();
    const before = b.addon.call<SettingsView>('sidebarGetSettings');
    expect(before.plan).toEqual({ ramp: [0.25, 0.5, 0.75, 1], hires: [], coverageThreshold: 1.5, capacityThreshold: 1.2, salesCycleDays: null });
    const plan = { ramp: [0.5, 1], hires: [{ date: '2026-12-01', count: 4 }], coverageThreshold: 0.8, capacityThreshold: 1.3, salesCycleDays: 45 };
    const saved = b.addon.call<SettingsView>('sidebarSaveSettings', { ...before, plan });
    expect(saved.plan).toEqual(plan);
    expect(b.addon.call<SettingsView>('sidebarGetSettings')).toEqual(saved);
    // Blank sales cycle: none (null), read from the workbook again.
    expect(b.addon.call<SettingsView>('sidebarSaveSettings', { ...saved, plan: { ...plan, salesCycleDays: null } }).plan.salesCycleDays).toBeNull();
    b.addon.call<SettingsView>('sidebarSaveSettings', saved);
    // A later save without the plan (an older sidebar) keeps it; a partial plan keeps the other plan fields.
    const { plan: _omitted, ...withoutPlan } = saved;
    expect(b.addon.call<SettingsView>('sidebarSaveSettings', { ...withoutPlan, fiscalYearStartMonth: 4 } as SettingsView).plan).toEqual(plan);
    expect(b.addon.call<SettingsView>('sidebarSaveSettings', { ...saved, plan: { ramp: [1] } } as unknown as SettingsView).plan).toEqual({ ...plan, ramp: [1] });
  });

  it('planned hires and their ramp raise the capacity note; the coverage threshold decides the coverage flag', () => {
    const b = book();
    const before = checkNotes(b);
    expect(before).toMatch(/Capacity: 6 ramped reps × \$[\d,.]+ per rep and month/);
    expect(before).toContain('Pipeline coverage is low');
    const settings = b.addon.call<SettingsView>('sidebarGetSettings');
    b.addon.call('sidebarSaveSettings', { ...settings, plan: { ramp: [1], hires: [{ date: '2026-12-01', count: 4 }], coverageThreshold: 0.5 } });
    const after = checkNotes(b);
    const reps = (text: string) => Number(/Capacity: ([\d.]+) ramped reps/.exec(text)?.[1]);
    // Four reps fully productive from their first month: about ten on average until June.
    expect(reps(after)).toBeGreaterThan(reps(before) + 3);
    expect(after).not.toContain('Pipeline coverage is low');
    expect(after).toMatch(/Pipeline coverage: .* \(healthy from 50%\)/);
    // The same hires at a slow ramp count fewer reps.
    b.addon.call('sidebarSaveSettings', { ...settings, plan: { ramp: [0, 0.1], hires: [{ date: '2026-12-01', count: 4 }], coverageThreshold: 0.5 } });
    expect(reps(checkNotes(b))).toBeLessThan(reps(after));
  });

  it('the healthy capacity ratio judges the capacity line, the sales cycle decides how much pipeline counts (issue 13)', () => {
    const b = book();
    const settings = b.addon.call<SettingsView>('sidebarGetSettings');
    // By default: capacity well above this total target (healthy), and the sales cycle estimated from the pipeline (Little's law).
    const before = checkNotes(b);
    expect(before).toMatch(/\(\d+% of the target\)\. Healthy \(from 120%\)\./);
    expect(before).toMatch(/win rate \(from Close rate, last \d+ weeks\) = .* Sales cycle \d+ days \(estimated as Pipeline value × win rate ÷ value won per day\)/);
    // Departures from December (ramp 100 %): 1 rep left is between 1× and 3× the target, none left is short.
    const capacity = (departures: number, threshold: number) => {
      b.addon.call('sidebarSaveSettings', { ...settings, plan: { ...settings.plan, ramp: [1], hires: [{ date: '2026-12-01', count: -departures }], capacityThreshold: threshold } });
      return /\((\d+)% of the target\)\. (Short|Tight|Healthy)/.exec(checkNotes(b));
    };
    const one = capacity(5, 1.2)!;
    expect(Number(one[1])).toBeGreaterThanOrEqual(120);
    expect(Number(one[1])).toBeLessThan(300);
    expect(one[2]).toBe('Healthy');
    expect(capacity(5, 3)![2]).toBe('Tight');
    expect(checkNotes(b)).toMatch(/Tight: no slack for attrition or missed quotas \(healthy from 300%\)\./);
    expect(capacity(6, 1.2)![2]).toBe('Short');
    // A 400-day sales cycle from the Settings: the deadline (end of June 2027) is closer, so only part of the pipeline counts.
    b.addon.call('sidebarSaveSettings', { ...settings, plan: { ...settings.plan, salesCycleDays: 400 } });
    const long = checkNotes(b);
    expect(long).toMatch(/Pipeline coverage is low: \$[\d,.]+ × \d+% closing by the deadline × \d+% win rate \(from Close rate, last \d+ weeks\)/);
    expect(long).toMatch(/Sales cycle 400 days \(Settings\) but the deadline is \d+ days away: (only \d+% of today’s pipeline is expected to close by then|most of today’s pipeline will not close before the deadline)/);
  });
});
