/**
 * Fixes 60, item 5, through the BUILT bundle: in a sheet whose Settings start the fiscal year in April (India's), a
 * Deadline cell "Q4 2027" meant the calendar Q4 (31 December 2027) while the same words in the sentence meant the
 * fiscal Q4 (31 March 2027), and "FY27" in a Deadline cell was refused ("not a date"): the cell now follows the
 * sentence's rule (core `namedFiscalBlock`), in Check goals and in the formulas' deadline argument. Sheets keeps both
 * typed texts as text (no date pattern of Sheets names a quarter or a fiscal year); so does the emulator.
 */
import { addSheet, harness } from './workbook/harness';

const AS_OF = '2026-12-03';

/** Weekly new accounts, two years to the end of November 2026: 2 to 4 a week. */
function weeklyAccounts(): unknown[][] {
  const rows: unknown[][] = [['Week', 'New accounts']];
  for (let i = 0; i < 104; i++) rows.push([new Date(Date.UTC(2024, 11, 2 + 7 * i)).toISOString().slice(0, 10), 2 + (i % 3)]);
  return rows;
}

describe('a Deadline cell "Q4 2027" or "FY27" is the fiscal one, as in the sentence (April start)', () => {
  const h = harness({ spreadsheetLocale: 'en_IN', userLocale: 'en' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
  const history = weeklyAccounts();
  // A level rising 0.1 a week (about 12 now): 16 is far by March 2027, within reach by December 2027.
  const rising = history.slice(1).map((row, i) => [row[0], 2 + 0.1 * i + 0.3 * (i % 3)]);
  addSheet(h.emulator, 'New accounts', history);
  const goals = addSheet(h.emulator, 'Goals', [
    ['Goal ID', 'Goal', 'KPI', 'Deadline'],
    ['S-Q4', 'Close 40 new accounts by Q4 2027', '', ''],
    ['C-Q4', 'Close 40 new accounts', 'New accounts', 'Q4 2027'],
    ['C-DATE', 'Close 40 new accounts', 'New accounts', '2027-03-31'],
    ['C-FY', 'Close 40 new accounts', 'New accounts', 'FY27'],
    ['C-FY2', 'Close 40 new accounts', 'New accounts', 'FY 2026-27'],
    ['S-FY', 'Close 40 new accounts by FY27', '', ''],
  ]);

  it('Sheets keeps the typed texts as text (the emulator agrees)', () => {
    const typed = goals.getRange(3, 4, 4, 1).getValues().map((row) => row[0]);
    expect(typed[0]).toBe('Q4 2027');
    expect(typed[1]).toBeInstanceOf(Object);
    expect(typed[2]).toBe('FY27');
    expect(typed[3]).toBe('FY 2026-27');
  });

  it('Check goals judges each row as the goal ending 31 March 2027, and refuses none', () => {
    h.run('checkGoals');
    const values = goals.getDataRange().getDisplayValues();
    const column = (name: string): number => values[0].indexOf(name);
    const rows = values.slice(1);
    const probability = rows.map((row) => row[column('Probability')]);
    const verdicts = rows.map((row) => row[column('Verdict')]);
    expect(probability[0]).not.toBe('');
    expect(new Set(probability)).toEqual(new Set([probability[0]]));
    expect(new Set(verdicts)).toEqual(new Set([verdicts[0]]));
    expect(rows.map((row) => row[column('SMART notes')]).join('\n')).not.toMatch(/not a date/);
  });

  it('the formulas’ deadline argument reads them alike (ACHIEVABILITY, GOALVERDICT)', () => {
    const data = rising;
    const chance = (deadline: string): unknown => h.addon.call('ACHIEVABILITY', data, 16, deadline, AS_OF);
    expect(chance('Q4 2027')).toBe(chance('2027-03-31'));
    expect(chance('FY27')).toBe(chance('2027-03-31'));
    expect(chance('Q4 2027')).not.toBe(chance('2027-12-31'));
    expect(h.addon.call('GOALVERDICT', data, 16, 'FY2026/27', AS_OF)).toBe(h.addon.call('GOALVERDICT', data, 16, '2027-03-31', AS_OF));
  });

  it('near miss: under a January start "Q4 2027" is the calendar Q4, and a two-year "FY 2026-27" is no date', () => {
    const calendar = harness({ spreadsheetLocale: 'en_US' });
    const chance = (deadline: string): unknown => calendar.addon.call('ACHIEVABILITY', rising, 16, deadline, AS_OF);
    expect(chance('Q4 2027')).toBe(chance('2027-12-31'));
    expect(chance('FY27')).toBe(chance('2027-12-31'));
    expect(chance('Q4 2027')).not.toBe(chance('2027-03-31'));
    expect(() => chance('FY 2026-27')).toThrow(/date/i);
  });
});
