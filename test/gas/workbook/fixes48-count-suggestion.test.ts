/**
 * fixes48, a count's suggested target: "45 meetings per week" on a monthly meetings tab is judged as a month's total
 * and mapped back, and Check goals' notes said "Aim for 35.4" while its column held 35.41683778234086 and the plan report
 * showed 35 (a "19.7 deals" beside a report's "20"). One rule (core `countSuggestion`): a count's suggestion is a whole
 * number rounded toward the status quo — down when more is better, up when less is — so it stays within what the
 * forecast calls achievable (rounding 19.7 up to 20 would suggest a target the policy calls unrealistic). The notes, the
 * column, the report and the Check pane say the same number, in English and French.
 */
import { harness, addSheet, monthlyRows } from './harness';

const MEETINGS = [120, 131, 118, 125, 140, 122, 128, 135, 119, 127, 133, 121, 126, 138, 124, 129, 131, 120, 134, 125, 128, 136, 122, 130];

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Book 45 meetings per week by June 2027', 'Reduce meetings to 20 per week by June 2027', 'Suggested target', 'SMART notes', /Aim for (\d+(?:\.\d+)?) by June 30, 2027 instead/, /^SMART plan /],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Obtenir 45 rendez-vous par semaine d’ici juin 2027', 'Réduire les rendez-vous à 20 par semaine d’ici juin 2027', 'Cible suggérée', 'Remarques SMART', /Visez plutôt (\d+(?:,\d+)?) d’ici le 30 juin 2027\./, /^Plan SMART /],
] as const)('a count’s suggested target is one whole number on every surface (%s)', (locale, headers, up, down, suggestedHeader, notesHeader, aim, reportName) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 3, 3).setValues([[...headers], ['G1', up, 'Meetings'], ['G2', down, 'Meetings']]);
  addSheet(h.emulator, 'Meetings', monthlyRows(locale === 'fr_FR' ? 'Rendez-vous' : 'Meetings booked', MEETINGS));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('more is better: rounded down (35.42 → 35), the same in the column and the notes', () => {
    const suggested = values[1][column(suggestedHeader)];
    expect(suggested).toBe(35);
    expect(String(values[1][column(notesHeader)])).toMatch(aim);
    expect(aim.exec(String(values[1][column(notesHeader)]))![1]).toBe('35');
  });

  it('less is better: rounded up, never below what the forecast calls achievable', () => {
    const suggested = values[2][column(suggestedHeader)] as number;
    expect(Number.isInteger(suggested)).toBe(true);
    expect(suggested).toBeGreaterThan(20);
    expect(aim.exec(String(values[2][column(notesHeader)]))![1]).toBe(String(suggested));
  });

  it('the plan report shows the same number', () => {
    h.run('menuGeneratePlanReport');
    const report = spreadsheet.getSheets().find((s) => reportName.test(s.getName()))!;
    const raw = report.getDataRange().getValues();
    // The goals table: ID, statement, baseline, suggested target…
    const row = raw.find((r) => r[0] === 'G1' && typeof r[3] === 'number');
    expect(row?.[3]).toBe(35);
  });
});

describe.each([
  ['en_US', 'Meetings booked'],
  ['fr_FR', 'Rendez-vous'],
] as const)('the wizard suggests a count as a whole number too (%s)', (locale, header) => {
  it('a meetings tab of weekly averages (not whole numbers): the suggestion is whole, in the number and its text', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale });
    // Weekly meetings per rep, averaged: 30.5, 31.25… — a count KPI whose history is no whole numbers.
    const rows: unknown[][] = [['Week', header]];
    for (let i = 0; i < 20; i++) rows.push([new Date(Date.UTC(2026, 6, 6 + 7 * i)), 30 + ((i * 7) % 5) * 0.75 + 0.25]);
    addSheet(h.emulator, 'Meetings', rows);
    const context = h.run<{ series: Array<{ id: string; sheetName: string; kpiId: string | null; unit: string | null }> }>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === 'Meetings')!;
    expect(series.unit).toBe('count');
    const answer = h.run<{ verdict: string; suggestedTarget: number | null; suggestedTargetText: string | null }>('sidebarAssess', {
      seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 80, deadline: '2027-01-31', aggregation: 'level',
    });
    expect(answer.verdict).toBe('unrealistic');
    expect(Number.isInteger(answer.suggestedTarget)).toBe(true);
    expect(answer.suggestedTargetText).toBe(String(answer.suggestedTarget));
  });
});
