/**
 * fix62 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: a reviewer's absurd target. On main
 * (c8152c35) Check goals read "We invest $40k a month in marketing and want to double our pipeline amount by 2028" as a
 * doubling every month and wrote "Target $67,108,864,000,000 … × 2²⁵" (the means' cadence taken for the goal's), and
 * SMARTCHECK restated the goal "by 100% per month". Now:
 * 1. the means' cadence is no recurrence: Check goals' note and SMARTCHECK's rewrite say no "per month", no "× 2²⁵";
 * 2. a multiplier really stated per period ("Double our pipeline amount every month by 2028") compounded past 1,000× is
 *    read once over the window: the note says "× 2", the Target a plain double;
 * SMARTSCORE scores them as Check goals does (en_US); near misses: "+5 % per month" still compounds ("× 1.05²⁵"), SMARTCHECK keeps « par mois » / "per month".
 */
import { addSheet, harness, monthlyRows } from './workbook/harness';

/** Monthly pipeline value, December 2024 – November 2026 (latest 2,000,000). */
const PIPELINE = Array.from({ length: 24 }, (_, i) => (i === 23 ? 2_000_000 : 1_800_000 + i * 5_000));

const CASES = [
  {
    locale: 'en_US',
    headers: ['Goal ID', 'Goal', 'KPI'],
    goals: 'Goals',
    kpi: 'Pipeline value',
    means: 'We invest $40k a month in marketing and want to double our pipeline amount by 2028',
    every: 'Double our pipeline amount every month by 2028',
    rate: 'Increase our pipeline amount by 5% per month by 2028',
    notes: 'SMART notes',
    once: /Target \$4,000,000: \$2,000,000 in the last full period \(November 1, 2026 – November 30, 2026\) × 2\./,
    compounded: '× 1.05²⁵',
    perPeriod: /per month/,
    spend: 'We spend $40k a month on ads and want to double our ad spend',
  },
  {
    locale: 'fr_FR',
    headers: ['ID', 'Objectif', 'Indicateur'],
    goals: 'Objectifs',
    kpi: 'Valeur du pipeline',
    means: 'Nous investissons 40 k€ par mois en marketing et voulons doubler la valeur de notre pipeline d’ici 2028',
    every: 'Doubler la valeur de notre pipeline chaque mois d’ici 2028',
    rate: 'Augmenter la valeur de notre pipeline de 5 % par mois d’ici 2028',
    notes: 'Remarques SMART',
    once: /Cible 4\u202f000\u202f000\u00a0€\u202f: 2\u202f000\u202f000\u00a0€ sur la dernière période complète \(du 1er novembre 2026 au 30 novembre 2026\) × 2\./,
    compounded: '× 1,05²⁵',
    perPeriod: /par mois/,
    spend: 'Nous dépensons 40 k€ par mois en publicité et voulons doubler notre budget publicitaire',
  },
] as const;

/** The Goals tab after Check goals on the three goals and a monthly Pipeline value tab. */
function checked(c: (typeof CASES)[number]): { h: ReturnType<typeof harness>; values: unknown[][] } {
  const h = harness({ spreadsheetLocale: c.locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(c.goals);
  const rows = [c.headers, ['G1', c.means, c.kpi], ['G2', c.every, c.kpi], ['G3', c.rate, c.kpi]];
  goals.getRange(1, 1, rows.length, 3).setValues(rows as unknown as string[][]);
  addSheet(h.emulator, c.kpi, monthlyRows(c.kpi, PIPELINE));
  h.run('checkGoals');
  return { h, values: goals.getDataRange().getValues() };
}

describe.each(CASES)('$locale', (c) => {
  const { h, values } = checked(c);
  const notes = (row: number): string => String(values[row][(values[0] as string[]).indexOf(c.notes)]);

  it('Check goals: the means’ "$40k a month" compounds nothing (no "× 2²⁵", no 14-digit target)', () => {
    expect(notes(1)).not.toMatch(/×\s?2[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
    expect(notes(1)).not.toMatch(/\d{1,3}(?:[,\u202f]\d{3}){4}/);
  });

  it('Check goals: "double every month" to 2028 is read once (× 2, a target of twice the latest)', () => {
    expect(notes(2)).toMatch(c.once);
  });

  it('near miss: "+5 % per month" to 2028 still compounds', () => {
    expect(notes(3)).toContain(c.compounded);
  });

  it('SMARTCHECK restates no cadence beside the means’ amount; the rate per month keeps its own', () => {
    const check = (text: string): string => JSON.stringify(h.addon.call('SMARTCHECK', text, '2026-11-26'));
    expect(check(c.spend)).not.toMatch(c.perPeriod);
    expect(check(c.means)).not.toMatch(c.perPeriod);
    expect(check(c.rate)).toMatch(c.perPeriod);
  });
});

// (en_US only: French « la valeur de notre pipeline » reads `funnel_throughput` in a sentence, a KPI leftover of its own,
// so SMARTSCORE, which has no KPI column, judges another KPI than Check goals' 'Valeur du pipeline' there.)
describe('en_US: SMARTSCORE judges the same targets as Check goals (its score is the Goals tab’s)', () => {
  const c = CASES[0];
  const { h, values } = checked(c);
  const tab = monthlyRows(c.kpi, PIPELINE).slice(1);
  const score = (row: number): unknown => values[row][(values[0] as string[]).indexOf('SMART score')];
  it.each([[1, c.means], [2, c.every], [3, c.rate]] as const)('row %i: %s', (row, text) => {
    expect(h.addon.call('SMARTSCORE', text, tab, '2026-11-26')).toBe(score(row));
  });
});
