/**
 * A deals log (several rows a day) with one date typed 1926 for 2026, or 9999, through the BUILT bundle: Check goals and
 * ACHIEVABILITY read its weeks without zero-filling a century (or 416,000 weeks up to 9999) and give the clean log's
 * answer, with the note any far-past or future row gets (core `logPoints`).
 */
import vm from 'node:vm';
import { addSheet, harness, TODAY } from './harness';

/** About 400 deals from January to mid-November 2026 (working days, one to three a day). */
const deals = (D: DateConstructor): unknown[][] => {
  const rows: unknown[][] = [];
  for (let day = 0; day < 320; day++) {
    const date = new D(2026, 0, 5 + day);
    if (date.getDay() === 0 || date.getDay() === 6) continue;
    for (let k = 0; k < ((day * 7) % 3) + 1; k++) rows.push([new D(2026, 0, 5 + day, 9 + 2 * k), 500 + ((day * 37 + k * 101) % 2000)]);
  }
  return rows;
};

describe.each([
  ['1926', 1926, 'left out: far before the rest of the history'],
  ['9999', 9999, 'has dates after today (up to'],
])('a deals log with one row dated %s', (_title, year, note) => {
  it('Check goals: the clean log’s verdict and probability, and a note', () => {
    const results = [false, true].map((withRow) => {
      const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'America/New_York' });
      const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
      goals.setName('Goals');
      goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['D1', 'Close $250,000 of deals by March 31, 2027', 'Amount']]);
      addSheet(h.emulator, 'Deals log', [['Closed at', 'Amount'], ...deals(Date), ...(withRow ? [[new Date(year, 2, 4), 700]] : [])]);
      h.run('checkGoals');
      const v = goals.getDataRange().getValues();
      const at = (header: string): unknown => v[1][(v[0] as string[]).indexOf(header)];
      return { verdict: at('Verdict'), probability: at('Probability'), notes: String(at('SMART notes')) };
    });
    expect(typeof results[0].probability).toBe('number');
    expect(results[1].verdict).toBe(results[0].verdict);
    expect(results[1].probability).toBe(results[0].probability);
    expect(results[1].notes).toContain(note);
  });

  it('ACHIEVABILITY and REALISTICTARGET: the clean log’s answers', () => {
    const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'America/New_York' });
    const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
    const answers = (history: unknown[][]) => [h.run('ACHIEVABILITY', history, 250000, '2027-03-31', TODAY), h.run('REALISTICTARGET', history, '2027-03-31', TODAY)];
    const clean = answers(deals(D));
    expect(typeof clean[0]).toBe('number');
    expect(answers([...deals(D), [new D(year, 2, 4), 700]])).toEqual(clean);
  });
});
