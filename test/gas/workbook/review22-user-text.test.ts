/**
 * Review 22 (a): what the user typed is stored as they typed it wherever the add-on writes it — the wizard's goal row
 * (statement, owner, levers, notes), Check goals' columns, the plan report's cells — even with the emulator turning a
 * leading = + - @ into a formula (`formulaPrefixes`: Sheets makes "=…" one, Range.setValue "parsed exactly as if it were
 * entered into the Google Sheets UI", Sheets API ValueInputOption.USER_ENTERED; a leading + or - is commonly reported to
 * become one too, undocumented). A goal « +10 % de CA », "=50 deals" or « 1/4 du CA » must not become a formula, a number
 * or a date. Through the BUILT add-on on the emulator.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { meetingDraft, TODAY } from './harness';

const TEXTS = ['+10 % de CA', '=50 deals', '1/4 du CA', '-5 % churn', '@team', '30/06', 'TRUE', '25 %', '1e5', "'quoted", "1'000", '- marge'];

describe.each(['fr_FR', 'en_US', 'de_CH'])('user text written by the add-on stays that text (%s)', (locale) => {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2), formulaPrefixes: ['=', '+', '-', '@'] });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = (name: string, ...args: unknown[]): unknown => emulator.runExecution(() => addon.call(name, ...args));
  run('menuInsertExampleWorkbook');
  for (const text of TEXTS) run('sidebarAddGoal', { draft: { ...meetingDraft(text), owner: text, levers: text, notes: text }, targetLevel: 40 });
  run('checkGoals');
  run('generatePlanReport');
  const sheets = emulator.spreadsheet.getSheets();
  const goals = sheets[0].getName() === 'Goals' || sheets[0].getName() === 'Objectifs' ? sheets[0] : sheets.find((s) => /^(Goals|Objectifs)$/.test(s.getName()));
  const report = sheets.find((s) => s.getName().includes(TODAY));

  it('adds no formula anywhere', () => {
    for (const sheet of [goals, report]) {
      const formulas = sheet?.getDataRange().getFormulas() ?? [];
      expect(formulas.flat().filter((f) => f !== '')).toEqual([]);
    }
  });

  it.each(TEXTS)('%s: the goal row holds it in its statement and owner cells, the report in its goals table', (text) => {
    const count = (sheet: typeof goals): number => (sheet?.getDataRange().getValues() ?? []).flat().filter((v) => v === text).length;
    // Statement and owner on the Goals tab (the example's table has no levers or notes column); the report's goals table,
    // timeline and owner cells.
    expect(count(goals)).toBe(2);
    expect(count(report)).toBeGreaterThanOrEqual(3);
  });
});
