/**
 * Review 32, through the BUILT bundle on the emulator: a count's target that a change gives ("+10 % leads": 3,692 × 1.1 =
 * 4,061.2) was written unrounded in a past period's "missed" note ("a target of 4,061.2") beside a report showing 4,061,
 * and judged against 4,061.2. It is whole as the goal needs it — `roundCount`'s `requirement`, the repo's one count
 * rounding (core `countTarget`): 4,062 in the note, the report, Check goals' judgement and SMARTSCORE's, and the wizard's
 * target from a change (core `draftTargetLevel`).
 */
import { draftTargetLevel } from '../../../src/core/api';
import { statementQuestion } from '../../../src/core/achievability';
import { analyzeStatement } from '../../../src/core/statement';
import { kpiById } from '../../../src/core/kpi/catalog';
import { emptyDraft } from '../../../src/sidebar/steps';
import { addSheet, harness, monthlyRows, MONTHLY_LEADS, TODAY } from './harness';

/** Monthly leads December 2024 – November 2026 (January–March 2026: 3,692). */
const LEADS = MONTHLY_LEADS.map((v, i) => v * 31 + (i % 3));
const cases = {
  en_US: { goals: ['Goals', 'ID', 'Goal', 'KPI'], notes: 'SMART notes', missed: /the KPI was at 3,661 for a target of 4,062 \(missed\)/, report: /^(SMART plan)/ },
  fr_FR: { goals: ['Objectifs', 'ID', 'Objectif', 'Indicateur'], notes: 'Remarques SMART', missed: /l’indicateur était à 3\u202f661 pour une cible de 4\u202f062 \(manquée\)/, report: /^(Plan SMART)/ },
} as const;

describe.each(Object.keys(cases) as (keyof typeof cases)[])('a count’s target from a change is whole (%s)', (locale) => {
  const c = cases[locale];
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
  const book = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getActiveSheet();
  goals.setName(c.goals[0]);
  // Q1 2027 of a fiscal year from April: April–June 2026, over; June 2027's reference the seven months before today.
  goals.getRange(1, 1, 3, 3).setValues([c.goals.slice(1), ['L1', 'Increase leads by 10% in Q1 2027', 'Leads'], ['L2', 'Increase leads by 10% by June 2027', 'Leads']]);
  addSheet(h.emulator, 'Leads', monthlyRows('Leads', LEADS));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  h.run('generatePlanReport');
  const report = book.getSheets().find((s) => c.report.test(s.getName()))!.getDataRange().getValues();

  it('a past period’s note says the whole target it was judged against', () => {
    const notes = String(values[1][(values[0] as string[]).indexOf(c.notes)]);
    expect(notes).toMatch(c.missed);
  });

  it('the plan report’s Target cells are the whole targets', () => {
    const target = (id: string): unknown => report.find((r) => r[0] === id && r.some((v) => v instanceof Date))!.find((v) => typeof v === 'number');
    expect(target('L1')).toBe(4062);
    // 8,254 (May – November 2026) × 1.1 = 9,079.4: the goal needs 9,080.
    expect(target('L2')).toBe(9080);
  });
});

describe('one rule for SMARTSCORE and the wizard', () => {
  const leads = kpiById('leads')!;
  it('SMARTSCORE’s question asks the whole count', () => {
    const points = monthlyRows('Leads', LEADS).slice(1).map(([date, value]) => ({ date: date as string, value: value as number }));
    const analysis = analyzeStatement('Increase leads by 10% by June 2027', { asOf: TODAY, lang: 'en', fiscalYearStartMonth: 4 });
    expect(statementQuestion(analysis, points, TODAY, leads, 4)?.target).toBe(9080);
    const fewer = analyzeStatement('Reduce leads by 10% by June 2027', { asOf: TODAY, lang: 'en', fiscalYearStartMonth: 4 });
    // A decrease needs at most 7,428.6: 7,428.
    expect(statementQuestion(fewer, points, TODAY, leads, 4)?.target).toBe(7428);
  });

  it('the wizard’s target from a change: whole for a count, exact for an amount', () => {
    const draft = { ...emptyDraft(), targetMode: 'change' as const, baseline: 3692, change: { value: 0.1, kind: 'relative' as const }, direction: 'increase' as const };
    expect(draftTargetLevel({ ...draft, kpi: { unit: 'count' } })).toBe(4062);
    expect(draftTargetLevel({ ...draft, kpi: { unit: 'currency' } })).toBeCloseTo(4061.2, 6);
  });
});
