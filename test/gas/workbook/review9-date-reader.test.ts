/**
 * review9 W5, through the BUILT bundle: a KPI tab dated with text "Jan-25" … (or a mix of "Jan-25", ISO and 1/1/2025) is
 * read by Check goals as the formulas read it (one date-cell reader), not "No KPI tab found for 'Revenue'".
 */
import { addSheet, harness, TODAY } from './harness';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const text = (i: number): string => `'${MONTHS[i % 12]}-${i < 12 ? 25 : 26}`;
const iso = (i: number): string => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const us = (i: number): string => `${(i % 12) + 1}/1/${2025 + Math.floor(i / 12)}`;

describe.each([
  ['text dates Jan-25 …', text],
  ['a mix of Jan-25, ISO and 1/1/2025', (i: number) => [text, iso, us][i % 3](i)],
])('a Revenue tab with %s', (_title, date) => {
  const rows: unknown[][] = [['Month', 'Revenue', 'Deals']];
  for (let i = 0; i < 23; i++) rows.push([date(i), 100_000 + i * 3000, 20 + i]);

  it('Check goals judges the goal on it, with the same chance as the tab dated with dates', () => {
    const verdicts = [rows, rows.map((r, i) => (i ? [iso(i - 1), r[1], r[2]] : r))].map((tab) => {
      const h = harness({ spreadsheetLocale: 'en_US' });
      const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
      goals.setName('Goals');
      goals.getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Grow monthly revenue to $200,000 by June 30, 2027', 'Revenue']]);
      addSheet(h.emulator, 'Revenue', tab);
      h.run('checkGoals');
      const v = goals.getDataRange().getValues();
      const at = (header: string): unknown => v[1][(v[0] as string[]).indexOf(header)];
      return { verdict: at('Verdict'), probability: at('Probability'), notes: String(at('SMART notes')) };
    });
    expect(verdicts[0].notes).not.toContain('No KPI tab found');
    expect(verdicts[0].verdict).not.toBe('');
    expect(verdicts[0]).toEqual(verdicts[1]);
    expect(TODAY).toBe('2026-11-26');
  });
});
