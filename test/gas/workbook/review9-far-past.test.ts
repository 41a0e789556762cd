/**
 * review9 W2, through the BUILT bundle: one churn row dated 12/30/1899 (Sheets' day zero: a blank date cell formatted as
 * a date) or 2015-01-01 (a typo for 2025) turned Check goals' "realistic, 47 %" into "stretch, 3 %" and ACHIEVABILITY's
 * 0.473 into 0.033 / 0.139, silently. It is left out, like a row dated after today, and Check goals names it.
 */
import vm from 'node:vm';
import { addSheet, harness, TODAY } from './harness';

const rows = (D: DateConstructor, extra: unknown[] | null): unknown[][] => {
  const r: unknown[][] = [];
  for (let i = 0; i < 20; i++) r.push([new D(2025, i, 1), 0.05 - i * 0.001]);
  return extra ? [...r, extra] : r;
};

describe.each([
  ['day zero', 1899, 11, 30, 'December 30, 1899'],
  ['a wrong year', 2015, 0, 1, 'January 1, 2015'],
])('a churn row dated %s', (_title, year, month, day, shown) => {
  it('Check goals: the same verdict and probability as without it, and a note naming its date', () => {
    const results = [false, true].map((withRow) => {
      const h = harness({ spreadsheetLocale: 'en_US' });
      const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
      goals.setName('Goals');
      goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Cut churn to 2% by December 31, 2027', 'Churn']]);
      addSheet(h.emulator, 'Churn', [['Month', 'Churn'], ...rows(Date, withRow ? [new Date(year, month, day), 0.2] : null)]);
      h.run('checkGoals');
      const v = goals.getDataRange().getValues();
      const at = (header: string): unknown => v[1][(v[0] as string[]).indexOf(header)];
      return { verdict: at('Verdict'), probability: at('Probability'), notes: String(at('SMART notes')) };
    });
    expect(results[0].verdict).not.toBe('');
    expect(results[1].verdict).toBe(results[0].verdict);
    expect(results[1].probability).toBe(results[0].probability);
    expect(results[1].notes).toContain(`1 row dated ${shown} left out: far before the rest of the history (blank date or wrong year?).`);
  });

  it('ACHIEVABILITY, GOALVERDICT, REALISTICTARGET: the same answers as without it', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
    const answers = (history: unknown[][]) => ['ACHIEVABILITY', 'GOALVERDICT'].map((f) => h.run(f, history, 0.02, '2027-12-31', TODAY)).concat([h.run('REALISTICTARGET', history, '2027-12-31', TODAY, 'decrease')]);
    const clean = answers(rows(D, null));
    expect(typeof clean[0]).toBe('number');
    expect(answers(rows(D, [new D(year, month, day), 0.2]))).toEqual(clean);
  });
});
