/**
 * The second final read of 2026-12-04, through the BUILT bundle on the emulator: a change stated for the period under way
 * ("Increase leads by 10% this quarter", "… in Q4 2026") — SMARTSCORE took its reference from today (one month before the
 * deadline: 546 leads), Check goals from the quarter's start (the quarter before: 1,591), so one said on track where the
 * other said unrealistic. Both count from the stated start now.
 */
import { harness, addSheet, monthlyRows, TODAY } from './harness';

const SCORE_OF: Record<string, number> = { 'on track': 100, realistic: 100, stretch: 93, unrealistic: 85 };

describe('a change stated for the quarter under way', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName('Goals');
  const sentences = ['Increase leads by 10% this quarter', 'Increase leads by 10% in Q4 2026', 'Increase leads by 40% this quarter', 'Increase leads by 1% this quarter'];
  goals.getRange(1, 1, sentences.length + 1, 3).setValues([['ID', 'Goal', 'KPI'], ...sentences.map((g, i) => [`L${i}`, g, 'Leads'])]);
  const values = Array.from({ length: 24 }, (_, i) => 480 + ((i * 37) % 60) + i * 2);
  const rows = monthlyRows('Leads', values);
  addSheet(h.emulator, 'Leads', rows);
  h.run('checkGoals');
  const table = goals.getDataRange().getValues();
  const col = (header: string): number => (table[0] as string[]).indexOf(header);

  it.each(sentences.map((s, i) => [s, i + 1]))('%s: SMARTSCORE scores what Check goals judges', (sentence, row) => {
    const verdict = String(table[row as number][col('Verdict')]);
    expect(Object.keys(SCORE_OF)).toContain(verdict);
    expect(h.run('SMARTSCORE', sentence, rows, TODAY)).toBe(SCORE_OF[verdict]);
    expect(table[row as number][col('SMART score')]).toBe(SCORE_OF[verdict]);
  });

  it('tells an easy change from a hard one', () => {
    expect(new Set(table.slice(1).map((r) => r[col('Verdict')])).size).toBeGreaterThan(1);
  });
});
