/**
 * mend53b through the BUILT bundle (dist/Code.js) on the emulator, EN and FR: stmt53 made "sales force" and « force de vente »
 * catalog synonyms of the sales headcount, and the workbook reader matches catalog synonyms on headers, so "Sales force
 * cost", "Sales force productivity", « Coût force de vente » and « Force de vente » columns became headcounts (a cost read as
 * a level count) and a cost goal was judged as one ("Aim for 44,500" without "$", its per-month note gone). The force is now
 * read in sentences only (core/statement/kpi.ts salesForceMentions): these columns and that goal read as before stmt53
 * (6e55f210). Every case here fails on main's bundle at 1108d8f1.
 */
import { addSheet, datedTab, describeHeaderCases, harness, type HeaderCase } from './harness';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'];
const COSTS = MONTHS.map((_, i) => 42000 + 100 * i);
const TEAM = datedTab(MONTHS, [
  ['Sales force cost', COSTS],
  ['Sales force productivity', MONTHS.map((_, i) => 1.2 + i / 100)],
  ['Coût force de vente', COSTS],
  ['Force de vente', MONTHS.map((_, i) => 10 + (i % 3))],
]);
/** As before stmt53: no catalog KPI; the costs summed money, the others a level. */
const AS_BEFORE: readonly HeaderCase[] = [
  ['Team', TEAM, 'Sales force cost', { kpiId: null, unit: 'currency', aggregation: 'total' }],
  ['Team', TEAM, 'Sales force productivity', { kpiId: null, aggregation: 'level' }],
  ['Team', TEAM, 'Coût force de vente', { kpiId: null, unit: 'currency', aggregation: 'total' }],
  ['Team', TEAM, 'Force de vente', { kpiId: null, aggregation: 'level' }],
];

/** Near misses: the headcount's own catalog names still read as it (the wizard shows the first under the locale's label). */
const HEADCOUNT = datedTab(MONTHS, [['Sales reps', MONTHS.map((_, i) => 10 + (i % 3))], ['Effectif commercial', MONTHS.map((_, i) => 12 + (i % 2))]]);

describeHeaderCases('mend53b: a sales force header is no headcount', {
  en_US: { changed: AS_BEFORE, near: [['Headcount', HEADCOUNT, 'Sales reps', { kpiId: 'sales_reps' }]] },
  fr_FR: { changed: AS_BEFORE, near: [['Headcount', HEADCOUNT, 'Effectif commercial', { kpiId: 'sales_reps' }]] },
});

describe('mend53b: a sales force cost goal is judged as money, per month', () => {
  it('Check goals suggests a dollar target and keeps the per-month note (en_US)', () => {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    addSheet(h.emulator, 'Cost', [['Month', 'Sales force cost'], ...MONTHS.map((m, i) => [m, 42000 + 150 * i])]);
    const goals = addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI'], ['G1', 'Cut sales force cost to $40,000 per month by the end of 2027.', 'Sales force cost']]);
    h.run('checkGoals');
    const [header, row] = goals.getDataRange().getValues() as unknown[][];
    const notes = String(row[(header as string[]).indexOf('SMART notes')]);
    expect(notes).toContain('Aim for $44,500 by December 31, 2027 instead.');
    expect(notes).toContain('Per month: judged on December 1, 2027 – December 31, 2027 alone');
  });
});
