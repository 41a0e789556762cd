/**
 * A KPI tab column counting a rate's events ("Cancellations", "Clients perdus") through the BUILT bundle: Check
 * goals reads it as counts (no catalog rate, values not divided by 100) and checks a goal on it in counts.
 */
import { harness, addSheet, monthlyRows } from './harness';

const monthly = monthlyRows;

const COUNTS = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];

describe.each([
  ['en_US', 'Cancellations', ['Goal ID', 'Goal', 'KPI', 'Target', 'Deadline'], 'Reduce cancellations to 20 per month by June 2027', 'Suggested target'],
  ['fr_FR', 'Clients perdus', ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], 'Réduire les clients perdus à 20 par mois d’ici juin 2027', 'Cible suggérée'],
])('a column of %s counts named like a rate’s events (%s)', (locale, header, goalHeaders, statement, suggestedHeader) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 5).setValues([goalHeaders, ['G1', statement, header, 20, '2027-06-30']]);
  addSheet(h.emulator, 'Suivi', monthly(header, COUNTS));
  h.run('checkGoals');

  // The goal is judged on the column's counts (June 2027's total: "per month" before a deadline is that month's
  // window, test/gas/workbook/period-window.test.ts); read as the churn rate, its history would have been 0.41,
  // 0.38… and its suggested target a percentage.
  it('checks the goal in counts: its suggested target is a count, not a rate', () => {
    const values = goals.getDataRange().getValues();
    const column = (values[0] as string[]).indexOf(suggestedHeader);
    expect(column).toBeGreaterThan(0);
    const suggested = values[1][column];
    expect(typeof suggested).toBe('number');
    expect(suggested as number).toBeGreaterThan(20);
    expect(Number.isInteger(suggested)).toBe(true);
    expect(goals.getRange(2, column + 1).getDisplayValue()).not.toContain('%');
  });
});

describe('a count column beside the rate it counts the events of', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 4, 2).setValues([
    ['Goal ID', 'Goal'],
    ['G1', 'Reduce cancellations to 20 per month by June 2027'],
    ['G2', 'Cut cancellations by 30% by June 2027'],
    ['G3', 'Reduce the churn rate to 5% by June 2027'],
  ]);
  const rows: unknown[][] = [['Month', 'Cancellations', 'Churn rate']];
  COUNTS.forEach((v, i) => rows.push([`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v, 0.06 + (i % 3) / 200]));
  addSheet(h.emulator, 'Churn', rows);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('judges a goal on the counted events in counts, and a goal on the rate on the rate', () => {
    // 20 a month against 35–44: unrealistic, with a suggestion in counts (was probability 1 against the rate).
    expect(values[1][column('Verdict')]).toBe('unrealistic');
    expect(values[1][column('Suggested target')] as number).toBeGreaterThan(20);
    expect(goals.getRange(2, column('Suggested target') + 1).getDisplayValue()).not.toContain('%');
    // 30 % fewer cancellations: a suggestion in counts, not "aim for 6%".
    expect(goals.getRange(3, column('Suggested target') + 1).getDisplayValue()).not.toContain('%');
    expect(String(values[2][column('SMART notes')])).not.toMatch(/Aim for \d+(\.\d+)?%/);
    // The rate goal stays on the rate.
    expect(typeof values[3][column('Probability')]).toBe('number');
    expect(String(values[3][column('SMART notes')])).not.toMatch(/Aim for \d{2,}\b(?!%)/);
  });
});
