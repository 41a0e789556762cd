/** Review 9: the BUILT add-on on hostile but realistic workbooks must never damage what the user typed. */
import type { AddDriverGoalsResponse, AddGoalResponse, SidebarContext } from '../../../src/core/api';
import type { CheckSummary } from '../../../src/core/workbook/types';
import { addSheet, harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

describe('D1: Check goals leaves the user’s cells under the goals table alone', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  h.run('insertExampleWorkbook');
  h.run<CheckSummary>('checkGoals');
  const goals = h.emulator.spreadsheet.getSheetByName('Goals') as unknown as Sheet;
  const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
  const notes = header.indexOf('SMART notes') + 1;
  const probability = header.indexOf('Probability') + 1;
  const check = header.indexOf('Check') + 1;
  const lastGoal = goals.getLastRow();
  // A footnote two rows below the last goal in our notes column, a bold formatted figure in our Probability column.
  goals.getRange(lastGoal + 2, notes).setValue('Source: Q3 board pack');
  goals.getRange(lastGoal + 3, probability).setValue(0.5).setNumberFormat('0.0%').setFontWeight('bold');
  h.run<CheckSummary>('checkGoals');

  it('keeps the footnote, its neighbour’s value, number format and weight on a re-run', () => {
    expect(goals.getRange(lastGoal + 2, notes).getValue()).toBe('Source: Q3 board pack');
    expect(goals.getRange(lastGoal + 3, probability).getValue()).toBe(0.5);
    expect(goals.getRange(lastGoal + 3, probability).getNumberFormat()).toBe('0.0%');
    expect(goals.getRange(lastGoal + 3, probability).getFontWeight()).toBe('bold');
  });

  it('still clears its own marks from a goal deleted since the last run, and keeps the footnote below it', () => {
    expect(goals.getRange(lastGoal, check).getValue()).not.toBe('');
    const userWidth = header.indexOf('SMART score');
    goals.getRange(lastGoal, 1, 1, userWidth > 0 ? userWidth : 5).clearContent();
    h.run<CheckSummary>('checkGoals');
    expect(goals.getRange(lastGoal, check).getValue()).toBe('');
    expect(goals.getRange(lastGoal, notes).getValue()).toBe('');
    expect(goals.getRange(lastGoal + 2, notes).getValue()).toBe('Source: Q3 board pack');
    expect(goals.getRange(lastGoal + 3, probability).getFontWeight()).toBe('bold');
  });

  it('leaves a note typed in its columns on a blank row inside the table, and still writes the goals on both sides', () => {
    goals.insertRowAfter(3);
    goals.getRange(4, notes).setValue('Q2 starts here');
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.checked).toBeGreaterThan(10);
    expect(goals.getRange(4, notes).getValue()).toBe('Q2 starts here');
    expect(goals.getRange(3, check).getValue()).not.toBe('');
    expect(goals.getRange(5, check).getValue()).not.toBe('');
    expect(goals.getRange(1, notes).getValue()).toBe('SMART notes');
    expect(goals.getRange(1, notes).getFontWeight()).toBe('bold');
  });
});

describe('D2: Add goal and Add driver goals never overwrite the user’s copy-down formulas', () => {
  function workbook() {
    const h = harness({ spreadsheetLocale: 'en_US', evaluateFormulas: true });
    const rates: unknown[][] = [['Week', 'Close rate']];
    for (let i = 0; i < 40; i++) rates.push([new Date(2026, 0, 5 + 7 * i), (24 + (i % 4)) / 100]);
    addSheet(h.emulator, 'Close rate', rates);
    const goals = addSheet(h.emulator, 'Goals', [
      ['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline', 'Status (mine)'],
      ['G1', 'Raise close rate from 25% to 30% by March 31, 2027', 'Close rate', 'Bo', '', '', 'on it'],
      ['G2', 'Raise close rate to 27% by June 30, 2027', 'Close rate', 'Al', '', '', ''],
    ]);
    // The user's copy-down formulas, blank until a goal is typed in column B.
    for (let r = 4; r <= 30; r++) {
      goals.getRange(r, 1).setFormula(`=IF(B${r}="","","G"&(ROW()-1))`);
      goals.getRange(r, 7).setFormula(`=IF(B${r}="","",IF(E${r}>0,"set","todo"))`);
    }
    goals.getRange('E4').setFormula('=IF(B4="","",0.3)');
    const context = h.run<SidebarContext>('sidebarGetContext');
    const series = context.series[0];
    const draft = {
      kpi: { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, name: series.name, unit: series.unit, aggregation: series.aggregation, lowerIsBetter: false },
      baseline: 0.25,
      direction: 'increase',
      targetMode: 'level',
      target: 0.29,
      change: null,
      start: null,
      deadline: '2027-03-31',
      owner: 'Zed',
      levers: '',
      notes: '',
      parentId: null,
      statement: 'Raise close rate to 29% by March 31, 2027',
    };
    return { h, goals, draft, series };
  }

  it('puts the goal on the first row showing nothing, keeps every formula there and says which fields it left to them', () => {
    const { h, goals, draft } = workbook();
    const added = h.run<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 0.29 });
    expect(added.row).toBe(4);
    expect(goals.getRange('A4').getFormula()).toBe('=IF(B4="","","G"&(ROW()-1))');
    expect(goals.getRange('E4').getFormula()).toBe('=IF(B4="","",0.3)');
    expect(goals.getRange('G4').getFormula()).toBe('=IF(B4="","",IF(E4>0,"set","todo"))');
    expect(goals.getRange('B4').getValue()).toBe('Raise close rate to 29% by March 31, 2027');
    expect(goals.getRange('D4').getValue()).toBe('Zed');
    // The ID is the one the formula shows, so the wizard can name it as a parent.
    expect(added.id).toBe('G3');
    expect(added.note).toBe('Your formulas were kept (ID, Target): those cells show what they compute.');
  });

  it('writes no note when no formula was in the way, and the driver goals’ parent is the ID the formula shows', () => {
    const { h, goals, draft, series } = workbook();
    goals.getRange('A4:A30').clearContent();
    goals.getRange('E4').clearContent();
    const plain = h.run<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 0.29 });
    expect(plain.note ?? null).toBeNull();
    expect(goals.getRange('E4').getValue()).toBe(0.29);
    for (let r = 5; r <= 30; r++) goals.getRange(r, 1).setFormula(`=IF(B${r}="","","G"&(ROW()-1))`);
    const result = h.run<AddDriverGoalsResponse>('sidebarAddDriverGoals', {
      parent: { draft: { ...draft, statement: 'Raise close rate to 31% by March 31, 2027', target: 0.31 }, targetLevel: 0.31 },
      parentId: null,
      goals: [{ statement: 'Raise close rate to 28% by March 31, 2027', kpi: 'Close rate', target: 0.28, seriesId: series.id, sheetName: series.sheetName }],
      owner: 'Zed',
      deadline: '2027-03-31',
    });
    expect(result.parentId).toBe('G4');
    expect(result.added.map((a) => a.id)).toEqual(['G5']);
    expect(goals.getRange('A6').getFormula()).toBe('=IF(B6="","","G"&(ROW()-1))');
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0];
    expect(goals.getRange(6, header.indexOf('Parent') + 1).getValue()).toBe('G4');
    expect(result.message).toContain('Your formulas were kept (ID)');
  });

  it('names the parent the formula shows on every driver goal in ONE write, not one call per row (review 22)', () => {
    const { h, goals, draft, series } = workbook();
    const driver = (target: number) => ({ statement: `Raise close rate to ${Math.round(target * 100)}% by March 31, 2027`, kpi: 'Close rate', target, seriesId: series.id, sheetName: series.sheetName });
    // IDs numbered by the user's formula in a style of its own: the add-on learns them only once the rows are written.
    for (let r = 4; r <= 30; r++) goals.getRange(r, 1).setFormula(`=IF(B${r}="","","T-"&(ROW()*10))`);
    h.emulator.calls.reset();
    const result = h.run<AddDriverGoalsResponse>('sidebarAddDriverGoals', {
      parent: { draft: { ...draft, statement: 'Raise close rate to 31% by March 31, 2027', target: 0.31 }, targetLevel: 0.31 },
      parentId: null,
      goals: [driver(0.28), driver(0.29), driver(0.3)],
      owner: 'Zed',
      deadline: '2027-03-31',
    });
    expect(result.parentId).toBe('T-40');
    expect(result.added.map((a) => a.id)).toEqual(['T-50', 'T-60', 'T-70']);
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0];
    expect(goals.getRange(5, header.indexOf('Parent') + 1, 3, 1).getValues()).toEqual([['T-40'], ['T-40'], ['T-40']]);
    const calls = h.emulator.calls.byMethod();
    // The three Parent cells in one setValues (they were three Range.setValue calls).
    expect(calls['Range.setValue'] ?? 0).toBe(0);
    expect(calls['Range.getDisplayValues']).toBe(1);
  });
});

describe('D3: regenerating the plan report never deletes a report the user may have edited', () => {
  it('writes "… (2)", "… (3)" the same day, keeps the note typed on the earlier report and says so', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    h.run('insertExampleWorkbook');
    const first = h.run<{ sheetName: string }>('generatePlanReport');
    const second = h.run<{ sheetName: string }>('generatePlanReport');
    expect(second.sheetName).toBe(`${first.sheetName} (2)`);
    const earlier = h.emulator.spreadsheet.getSheetByName(second.sheetName) as unknown as Sheet;
    earlier.getRange('H2').setValue('Discussed with Bo on Monday');
    const third = h.run<{ sheetName: string }>('generatePlanReport');
    expect(third.sheetName).toBe(`${first.sheetName} (3)`);
    expect((h.emulator.spreadsheet.getSheetByName(second.sheetName) as unknown as Sheet).getRange('H2').getValue()).toBe('Discussed with Bo on Monday');
    expect(h.emulator.spreadsheet.getSheetByName(first.sheetName)).not.toBeNull();
    expect(h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1].message).toBe(`Plan report written to "${third.sheetName}"; earlier reports are kept.`);
  });
});

describe('D4: Add goal finds the goals tab without reading every tab in full', () => {
  function manyTabs(goalsName: string) {
    const h = harness({ spreadsheetLocale: 'en_US' });
    for (let t = 1; t <= 30; t++) {
      const rows: unknown[][] = [['Week', `Metric ${t}`]];
      for (let i = 0; i < 40; i++) rows.push([new Date(2026, 0, 5 + 7 * i), 100 + i + t]);
      addSheet(h.emulator, `Tab ${t}`, rows);
    }
    const log: unknown[][] = [['When', 'Who', 'What']];
    for (let i = 0; i < 20000; i++) log.push([new Date(2026, 0, 1 + (i % 300)), `rep ${i % 40}`, `call ${i}`]);
    addSheet(h.emulator, 'Call log', log);
    addSheet(h.emulator, goalsName, [
      ['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline'],
      ['G1', 'Raise Metric 1 to 160 by March 31, 2027', 'Tab 1', 'Bo', 160, '2027-03-31'],
    ]);
    const draft = { kpi: null, baseline: null, direction: 'increase', targetMode: 'level', target: 170, change: null, start: null, deadline: '2027-06-30', owner: 'Zed', levers: '', notes: '', parentId: null, statement: 'Raise Metric 2 to 170 by June 30, 2027' };
    h.emulator.calls.reset();
    const added = h.run<AddGoalResponse>('sidebarAddGoal', { draft, targetLevel: 170 });
    return { added, calls: h.emulator.calls };
  }

  it('reads the tab named Goals alone: one getValues, not 32, and names each tab once', () => {
    const { added, calls } = manyTabs('Goals');
    console.log(`D4: sidebarAddGoal on 32 tabs (Goals by name): ${calls.total()} service calls`);
    expect(added).toMatchObject({ sheetName: 'Goals', row: 3, id: 'G2' });
    // The Goals tab alone, twice: the second read just before writing checks that nobody moved it meanwhile (misc13).
    expect(calls.of('Range.getValues')).toBe(2);
    expect(calls.of('Sheet.getDataRange')).toBe(2);
    expect(calls.of('Sheet.getName')).toBe(34);
  });

  it('finds a goals tab of another name by the first rows of each tab, reading only that one in full', () => {
    const { added, calls } = manyTabs('Plan 2027');
    console.log(`D4: sidebarAddGoal on 32 tabs (goals found by headers): ${calls.total()} service calls`);
    expect(added).toMatchObject({ sheetName: 'Plan 2027', row: 3, id: 'G2' });
    expect(calls.of('Range.getValues')).toBe(2);
    expect(calls.of('Sheet.getSheetValues')).toBe(32);
  });
});
