/**
 * Window 33, through the BUILT bundle on the emulator: a change stated for one named period wholly after the history
 * ("Grow deals revenue 10% in Q1 FY2028" on review 30's deals log, fiscal year from February, today 26 November 2026).
 * Check goals took its reference from the quarter-length just before today ($651,850, 24 August – 22 November) and
 * SMARTSCORE compared a five-month total with the five months before (85, unrealistic, where Check goals said realistic,
 * 100). One reading now (core `onePeriodWindow`, docs/ARCHITECTURE.md "Per-period goals"): the quarter's total against
 * the last full quarter plus the change once — the target the wizard gets from its "Latest quarter" —, the same verdict,
 * chance and score on Check goals, SMARTSCORE and the wizard, in English and French.
 */
import type { AssessResponse, SeriesSummary } from '../../../src/core/api';
import { verdictWord } from '../../../src/core/achievability';
import { addSheet, harness, seeded } from './harness';

const random = seeded(11);
const deals: unknown[][] = [['Close date', 'Customer', 'Amount']];
for (let d = new Date(Date.UTC(2024, 10, 4)); d <= new Date(Date.UTC(2026, 10, 24)); d.setUTCDate(d.getUTCDate() + 1)) {
  if (d.getUTCDay() === 0 || d.getUTCDay() === 6 || random() < 0.2) continue;
  deals.push([d.toISOString().slice(0, 10), `Customer ${deals.length}`, Math.round((6000 + random() * 14000) / 50) * 50]);
}
const scores: Record<string, number> = { 'on-track': 100, realistic: 100, stretch: 93, unrealistic: 85 };

const cases = {
  en: {
    locale: 'en_US',
    format: '$#,##0',
    headers: ['ID', 'Goal', 'KPI', 'Owner'],
    columns: { verdict: 'Verdict', probability: 'Probability', score: 'SMART score', notes: 'SMART notes' },
    judged: /Per quarter: judged on February 1, 2027 – April 30, 2027 alone/,
    goals: [
      ['R1', 'Grow deals revenue 10% in Q1 FY2028', (q: number) => q * 1.1],
      ['R2', 'Increase deals revenue by 30% in Q1 FY2028', (q: number) => q * 1.3],
      ['A1', 'Increase deals revenue by $50,000 in Q1 FY2028', (q: number) => q + 50000],
      ['T1', 'Close $800,000 in deals in Q1 FY2028', () => 800000],
    ],
  },
  fr: {
    locale: 'fr_FR',
    format: '#,##0 [$€-40C]',
    headers: ['ID', 'Objectif', 'Indicateur', 'Responsable'],
    columns: { verdict: 'Verdict', probability: 'Probabilité', score: 'Score SMART', notes: 'Remarques SMART' },
    judged: /Par trimestre\s: jugé sur la période du 1er février 2027 au 30 avril 2027 seule/,
    goals: [
      ['R1', 'Augmenter le CA des affaires de 10 % au T1 de l’exercice 2028', (q: number) => q * 1.1],
      ['R2', 'Augmenter le CA des affaires de 30 % au T1 de l’exercice 2028', (q: number) => q * 1.3],
      ['A1', 'Augmenter le CA des affaires de 50 000 € au T1 de l’exercice 2028', (q: number) => q + 50000],
      ['T1', 'Conclure 800 000 € d’affaires au T1 de l’exercice 2028', () => 800000],
    ],
  },
} as const;

describe.each(['en', 'fr'] as const)('a change in Q1 FY2028 on a deals log (%s)', (lang) => {
  const c = cases[lang];
  const h = harness({ spreadsheetLocale: c.locale, userLocale: lang, timeZone: lang === 'en' ? 'America/New_York' : 'Europe/Paris' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 2 });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(lang === 'en' ? 'Goals' : 'Objectifs');
  goals.getRange(1, 1, c.goals.length + 1, 4).setValues([[...c.headers], ...c.goals.map(([id, goal]) => [id, goal, 'Deals', 'Dana'])]);
  addSheet(h.emulator, 'Deals', deals).getRange(2, 3, deals.length - 1, 1).setNumberFormat(c.format);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const cell = (id: string, header: string): unknown => values.find((r) => r[0] === id)![(values[0] as string[]).indexOf(header)];
  const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
  const tab = context.series.find((s) => s.sheetName === 'Deals')!;
  const quarter = tab.latestTotals!.quarter!;

  it.each(c.goals.map(([id, goal, target]) => [id, goal, target] as const))('%s "%s": Check goals, SMARTSCORE and the wizard agree', (id, goal, target) => {
    // The wizard: a quarter's total, its target the "Latest quarter" (August – October 2026) changed once.
    const live = h.run<AssessResponse>('sidebarAssess', { seriesId: tab.id, sheetName: tab.sheetName, catalogId: tab.kpiId, baseline: null, direction: 'increase', target: target(quarter.value), deadline: '2027-04-30', aggregation: null, period: 'quarter' });
    expect(cell(id, c.columns.verdict)).toBe(verdictWord(live.verdict, lang));
    expect(Math.abs((cell(id, c.columns.probability) as number) - live.probability!)).toBeLessThanOrEqual(0.001);
    const notes = String(cell(id, c.columns.notes));
    expect(notes).toMatch(c.judged);
    // Not the quarter-length just before today: that reference is gone.
    expect(notes).not.toMatch(/the same length of time just before|la même durée juste avant/);
    expect(cell(id, c.columns.score)).toBe(scores[live.verdict]);
    expect(h.run('SMARTSCORE', goal, deals.map((r) => [r[0], r[2]]), '2026-11-26')).toBe(scores[live.verdict]);
  });

  it('a change says its reference: the last full quarter, changed once', () => {
    const notes = String(cell('R1', c.columns.notes));
    expect(notes).toMatch(lang === 'en' ? /: \$688,900 in the last full period \(August 1, 2026 – October 31, 2026\) × 1\.1\./ : /\s: 688\s900\s€ sur la dernière période complète \(du 1er août 2026 au 31 octobre 2026\) × 1,1\./);
    expect(quarter).toEqual({ date: '2026-08-01', value: 688900 });
  });

  it('the plan report’s pace is the quarter’s rise from the last full quarter', () => {
    h.run('generatePlanReport');
    const report = book.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!.getDataRange().getDisplayValues();
    const row = report.find((r) => r[0] === 'A1' && /2027$/.test(r[6]))!;
    expect(row[4]).toMatch(lang === 'en' ? /^\+\$\d{1,3}(,\d{3})* \(\+\d+(\.\d+)?%\) per quarter$/ : /^\+\d{1,3}(\s\d{3})*\s€ \(\+\d+(,\d+)?\s%\) par trimestre$/);
  });
});
