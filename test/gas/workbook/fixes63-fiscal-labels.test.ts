/**
 * fixes63, item 5, through the BUILT bundle: under Settings whose fiscal year starts in April, a Goals row's "Q4 2027"
 * and "FY27" are fiscal (fixes60, final read), but a KPI tab's row labels ("Q3 2027") stayed calendar quarters — a
 * fiscal Q3 2027 (October–December 2026) read as July 2027, after today — and the Planned hires column refused "2 in
 * FY28". Both now follow the Settings' fiscal start; the Goals tab found by its headers (the one reaching furthest)
 * compares Deadlines read that way too.
 */
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

/** Quarterly new accounts labelled by fiscal quarter, Q1 2025 (April 2024) to Q3 2027 (October 2026). */
const QUARTERS = ['Q1 2025', 'Q2 2025', 'Q3 2025', 'Q4 2025', 'Q1 2026', 'Q2 2026', 'Q3 2026', 'Q4 2026', 'Q1 2027', 'Q2 2027', 'Q3 2027'];

function fiscalBook() {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
  addSheet(h.emulator, 'New accounts', [['Quarter', 'New accounts'], ...QUARTERS.map((q, i) => [q, 30 + i])]);
  return h;
}

describe('quarters and fiscal years in KPI rows and Planned hires follow the Settings’ fiscal year (April)', () => {
  it('a KPI tab’s "Q3 2027" is October 2026: no row after today, the wizard’s latest value is that quarter', () => {
    const h = fiscalBook();
    const goals = addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Planned hires'], ['G1', 'Open 50 new accounts per quarter by March 31, 2027', 'New accounts', '2 in FY28']]);
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const notes = String(values[1][values[0].indexOf('SMART notes')]);
    expect(notes).not.toContain('has dates after today');
    expect(notes).not.toContain('Planned hires');
    const context = h.run<SidebarContext>('sidebarGetContext');
    expect(context.series.find((s) => s.name === 'New accounts')?.latest).toEqual({ date: '2026-10-01', value: 40 });
  });

  it('a formula over the tab reads its labels as the fiscal quarters: the same answer as over their first days', () => {
    const h = fiscalBook();
    const labelled = QUARTERS.map((q, i) => [q, 30 + i]);
    const firstDays = ['2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map((d, i) => [d, 30 + i]);
    const run = (history: unknown[][]): unknown => h.emulator.runExecution(() => h.addon.call('ACHIEVABILITY', history, 45, '2027-06-30', '2026-11-26'));
    expect(typeof run(firstDays)).toBe('number');
    expect(run(labelled)).toBe(run(firstDays));
  });

  it('of two goal tabs found by their headers, the current plan is the one whose fiscal Deadlines reach furthest', () => {
    const h = fiscalBook();
    // "Q4 2027" is 31 March 2027 under an April start: before 30 June 2027 (calendar, it would be 31 December 2027).
    const a = addSheet(h.emulator, 'Plan A', [['ID', 'Goal', 'KPI', 'Deadline'], ['A1', 'Open 50 new accounts per quarter', 'New accounts', 'Q4 2027']]);
    const b = addSheet(h.emulator, 'Plan B', [['ID', 'Goal', 'KPI', 'Deadline'], ['B1', 'Open 45 new accounts per quarter', 'New accounts', '2027-06-30']]);
    h.run('checkGoals');
    expect(b.getDataRange().getValues()[0]).toContain('SMART score');
    expect(a.getDataRange().getValues()[0]).not.toContain('SMART score');
  });
});
