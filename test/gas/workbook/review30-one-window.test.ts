/**
 * Review 30, through the BUILT bundle on the emulator: an en_US deals log (one row per deal) with a fiscal year from
 * February, as review 29 found it.
 *
 * (3) A quarter's total is the sum of the deals dated in it: the log's weekly rows were spread pro rata over the weeks
 *     straddling the quarter's bounds (the wizard pre-filled $984,614 for a quarter whose deals summed to $969,100).
 *     Each week keeps its days (core/series/period.ts `LOG_DAYS`).
 * (1) "Close $800,000 in deals in Q1 FY2028" (1 February – 30 April 2027, after the log): Check goals judged the total
 *     from today less what is expected before February, so the uncertainty of December–January stayed in it (23 %,
 *     "realistic"), where the wizard and SMARTSCORE judge the quarter's own total. One reading now (core `windowPeriod`):
 *     the same verdict and chance on the three surfaces, the note naming the quarter, the report's pace the quarter's quota
 *     per week (pace61; the quarter's rise until then).
 */
import type { AssessResponse, SeriesSummary } from '../../../src/core/api';
import { verdictWord } from '../../../src/core/achievability';
import { addSheet, harness, seeded } from './harness';

const random = seeded(11);
const rows: unknown[][] = [['Close date', 'Customer', 'Amount']];
for (let d = new Date(Date.UTC(2024, 10, 4)); d <= new Date(Date.UTC(2026, 10, 24)); d.setUTCDate(d.getUTCDate() + 1)) {
  if (d.getUTCDay() === 0 || d.getUTCDay() === 6 || random() < 0.2) continue;
  rows.push([d.toISOString().slice(0, 10), `Customer ${rows.length}`, Math.round((6000 + random() * 14000) / 50) * 50]);
}
const sumIn = (from: string, to: string): number => rows.slice(1).reduce<number>((sum, r) => (r[0] as string) >= from && (r[0] as string) <= to ? sum + (r[2] as number) : sum, 0);

describe('a deals log under a fiscal year from February', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en', timeZone: 'America/New_York' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 2 });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 3, 4).setValues([
    ['ID', 'Goal', 'KPI', 'Owner'],
    ['B1', 'Close $800,000 in deals in Q1 FY2028', 'Deals', 'Dana'],
    ['B2', 'Close $720,000 in deals in Q1 FY2028', 'Deals', 'Dana'],
  ]);
  addSheet(h.emulator, 'Deals', rows).getRange(2, 3, rows.length - 1, 1).setNumberFormat('$#,##0');
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const cell = (id: string, header: string): unknown => values.find((r) => r[0] === id)![(values[0] as string[]).indexOf(header)];
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const deals = context.series.find((s) => s.sheetName === 'Deals')!;

  it('(3) the latest quarter’s and month’s totals are the sums of the deals dated in them', () => {
    expect(deals.latestTotals?.quarter).toEqual({ date: '2026-08-01', value: sumIn('2026-08-01', '2026-10-31') });
    expect(deals.latestTotals?.month).toEqual({ date: '2026-10-01', value: sumIn('2026-10-01', '2026-10-31') });
  });

  it.each([['B1', 800000], ['B2', 720000]] as const)('(1) %s: Check goals, the wizard and SMARTSCORE judge the quarter alike', (id, target) => {
    const live = h.run<AssessResponse>('sidebarAssess', { seriesId: deals.id, sheetName: deals.sheetName, catalogId: deals.kpiId, baseline: null, direction: 'increase', target, deadline: '2027-04-30', aggregation: null, period: 'quarter' });
    expect(cell(id, 'Verdict')).toBe(verdictWord(live.verdict, 'en'));
    expect(Math.abs((cell(id, 'Probability') as number) - live.probability!)).toBeLessThanOrEqual(0.001);
    expect(String(cell(id, 'SMART notes'))).toContain('Per quarter: judged on February 1, 2027 – April 30, 2027 alone');
    const scores: Record<string, number> = { 'on-track': 100, realistic: 100, stretch: 93, unrealistic: 85 };
    expect(h.run('SMARTSCORE', String(cell(id, 'Goal')), rows.map((r) => [r[0], r[2]]), '2026-11-26')).toBe(scores[live.verdict]);
  });

  // pace61 amended this: the pace was the quarter's total's rise ("+$… (+…%) per quarter"), a level's change, where a
  // total's pace is its quota — the quarter's $800,000 over the log's weeks in it, REQUIREDPACE(0, 800000, Start, Deadline).
  it('(1) the plan report’s pace is the quarter’s quota over the log’s weeks, as REQUIREDPACE gives it', () => {
    h.run('generatePlanReport');
    const report = book.getSheets().find((s) => s.getName().startsWith('SMART plan'))!.getDataRange().getDisplayValues();
    const pace = report.find((r) => r[0] === 'B1' && /\/2027$/.test(r[6]))![4];
    const quota = h.run<number>('REQUIREDPACE', 0, 800000, '2027-02-01', '2027-04-30', 'week', 'points');
    expect(pace).toMatch(/^\$\d{1,3}(,\d{3})* per week$/);
    // REQUIREDPACE gives three significant digits (62,900), the report the tab's whole dollars.
    expect(Math.abs(Number(pace.replace(/[^\d.]/g, '')) - quota) / quota).toBeLessThan(0.005);
  });
});

/**
 * (1) A window named by its dates ("from January 1, 2027 to March 31, 2027") that is one calendar quarter is judged as
 *     the quarter named ("in Q1 2027") by SMARTSCORE too: it took the total from today less what comes before January.
 */
it('(1) SMARTSCORE judges a quarter named by its dates as the quarter named', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const weekly = seeded(3);
  const history: unknown[][] = [['Week', 'New accounts']];
  for (let i = 0; i < 90; i++) history.push([new Date(Date.UTC(2025, 1, 3 + 7 * i)).toISOString().slice(0, 10), Math.round(1 + weekly() * 3)]);
  const score = (sentence: string): unknown => h.run('SMARTSCORE', sentence, history, '2026-11-26');
  for (const n of [36, 44, 50]) expect(score(`Close ${n} new accounts from January 1, 2027 to March 31, 2027`)).toBe(score(`Close ${n} new accounts in Q1 2027`));
  expect(score('Close 44 new accounts in Q1 2027')).toBe(93);
});
