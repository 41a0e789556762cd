/**
 * SMARTSCORE and Check goals read a goal stated per period on a summed KPI by ONE rule (core/achievability/per-period.ts
 * `perPeriodReading`: the window, the baseline period, the date): through the BUILT bundle, the same goal over the same
 * history gets the same SMART score from both, and Check goals' probability is the one SMARTSCORE's Achievable
 * criterion was judged on (the score differs with the verdict). Monthly and weekly histories, FR and EN; a weekly goal on
 * a monthly history is judged on the months, its target scaled (per-period.ts `coarserScale`) on both surfaces.
 */
import { harness, addSheet, monthlyRows, MONTHLY_LEADS, TODAY } from './harness';

/** Weekly leads (Mondays) from 6 January 2025 to 16 November 2026, 8–11 a week. */
function weeklyRows(): unknown[][] {
  const rows: unknown[][] = [['Week', 'Leads']];
  for (let t = Date.UTC(2025, 0, 6), i = 0; t <= Date.UTC(2026, 10, 16); t += 7 * 86_400_000, i++) rows.push([new Date(t).toISOString().slice(0, 10), 8 + ((i * 7) % 4)]);
  return rows;
}

const CASES: ReadonlyArray<[string, string[], string, unknown[][], string[]]> = [
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'monthly', monthlyRows('Leads', MONTHLY_LEADS), [
    'Get 45 leads per month by June 2027',
    'Get 40 leads per month by 1 June 2027',
    'Increase leads by 5 per month by June 2027',
    'Increase leads by 1 per month by 1 June 2027',
    'Get 36 leads per month by 15 March 2027',
    'Increase leads by 10% per month by June 2027',
    'Increase leads by 10 % per month',
    // A weekly goal on monthly totals: judged in the history's months, the target scaled by 30/7 (14 a week ≈ 60 a month).
    'Get 14 leads per week by 31 March 2027',
    'Get 20 leads per week by 15 February 2027',
  ]],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'monthly', monthlyRows('Leads', MONTHLY_LEADS), [
    'Obtenir 45 leads par mois d’ici juin 2027',
    'Obtenir 40 leads par mois d’ici le 1er juin 2027',
    'Augmenter les leads de 5 par mois d’ici juin 2027',
    'Augmenter les leads de 1 par mois d’ici le 1er juin 2027',
    '+10 % par mois de prospects',
    'Obtenir 14 leads par semaine d’ici le 31 mars 2027',
  ]],
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'weekly', weeklyRows(), [
    'Get 11 leads per week by 31 March 2027',
    'Get 40 leads per month by 30 June 2027',
    'Increase leads by 1 per week by 31 January 2027',
  ]],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'weekly', weeklyRows(), [
    'Obtenir 11 leads par semaine d’ici le 31 mars 2027',
    'Augmenter les leads de 1 par semaine d’ici le 31 janvier 2027',
  ]],
];

describe.each(CASES)('SMARTSCORE and Check goals agree on per-period goals (%s, %s history)', (locale, headers, _kind, tab, sentences) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  // Typed as a user must for Sheets to keep it text: « +10 % … » unescaped is a formula there, #ERROR! (emul29).
  const typed = (s: string): string => (/^[+-]/.test(s) ? `'${s}` : s);
  goals.getRange(1, 1, sentences.length + 1, 3).setValues([headers, ...sentences.map((s, i) => [`G${i + 1}`, typed(s), 'Leads'])]);
  addSheet(h.emulator, 'Leads', tab);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (names: string[]): number => (values[0] as string[]).findIndex((v) => names.includes(v));
  const history = tab.slice(1);

  it.each(sentences.map((s, i) => [s, i + 1] as const))('%s', (sentence, row) => {
    const checkScore = values[row][column(['SMART score', 'Score SMART'])];
    const probability = values[row][column(['Probability', 'Probabilité'])];
    expect(typeof probability).toBe('number');
    expect(h.addon.call<number>('SMARTSCORE', sentence, history, TODAY)).toBe(checkScore);
  });
});
