/**
 * The left-alone sentences of issue 11 whose new reading changes a verdict (test/core/statement/left-alone.test.ts):
 * through the BUILT bundle, SMARTSCORE and Check goals judge each the same way (one rule: core/achievability/
 * statement-question.ts and per-period.ts), with the verdict the new reading gives. Monthly histories, FR and EN.
 */
import { t } from '../../../src/core/messages';
import { harness, addSheet, monthlyRows, MONTHLY_LEADS, TODAY } from './harness';

/** Monthly revenue, December 2024 – November 2026 (≈ 36,000–44,000 a month). */
const REVENUE = MONTHLY_LEADS.map((v) => v * 1000);

const CASES: ReadonlyArray<[string, 'en' | 'fr', string, readonly number[], ReadonlyArray<readonly [string, string, RegExp | null]>]> = [
  ['en_US', 'en', 'Leads', MONTHLY_LEADS, [
    // L5: +2 a week is +2 × (30/7)² a month on monthly totals (it was read as a one-off +2: realistic).
    ['Increase leads by 2 per week by 31 March 2027', 'unrealistic', /\+37\.81 a month × 5/],
    ['Increase leads by 1 per week by 31 January 2027', 'unrealistic', /a month × 3/],
  ]],
  ['fr_FR', 'fr', 'Leads', MONTHLY_LEADS, [
    ['Augmenter les leads de 2 par semaine d’ici le 31 mars 2027', 'unrealistic', /par mois × 5/],
  ]],
  ['en_US', 'en', 'Revenue', REVENUE, [
    // L1: +20 % on the year before (it was a target of 120 % on money: a unit clash, no verdict).
    ['Grow revenue to 120% of last year by 31 December 2027', 'realistic', null],
    // L3: +15 % against March 2026 (15 % was read as the baseline: no target, no verdict).
    ['Grow March 2027 revenue by 15% over March 2026', 'realistic', null],
  ]],
  ['fr_FR', 'fr', 'Revenue', REVENUE, [
    ['Atteindre 120 % du CA de l’an dernier d’ici le 31 décembre 2027', 'realistic', null],
  ]],
];

describe.each(CASES)('SMARTSCORE and Check goals agree on the new readings (%s, %s, %s)', (locale, lang, header, series, cases) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(lang === 'fr' ? 'Objectifs' : 'Goals');
  const headers = lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'];
  goals.getRange(1, 1, cases.length + 1, 3).setValues([headers, ...cases.map(([s], i) => [`G${i + 1}`, s, header])]);
  const tab = monthlyRows(header, series);
  addSheet(h.emulator, header, tab);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (key: 'col.score' | 'col.verdict' | 'col.notes'): number => (values[0] as string[]).indexOf(t(lang, key));

  it.each(cases.map(([s, verdict, note], i) => [s, verdict, note, i + 1] as const))('%s → %s', (sentence, verdict, note, row) => {
    expect(values[row][column('col.verdict')]).toBe(t(lang, `verdict.${verdict}` as 'verdict.realistic'));
    if (note) expect(String(values[row][column('col.notes')])).toMatch(note);
    expect(h.addon.call<number>('SMARTSCORE', sentence, tab.slice(1), TODAY)).toBe(values[row][column('col.score')]);
  });
});
