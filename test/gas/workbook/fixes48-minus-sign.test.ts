/**
 * fixes48, one rule for a signed number written in text: the hyphen-minus "-" (U+002D) — what Sheets shows in a cell
 * formatted as a number (-8.3), what CLDR's en and fr number symbols write (Node: (-1.5).toLocaleString('fr-FR') is
 * "-1,5"), and text a user can paste into a cell and get a number — with "+" before a positive change. The per-period
 * step note wrote "−2" (U+2212) beside pace texts writing "-5 pts". Through the built bundle, FR and EN.
 */
import { harness, addSheet, monthlyRows, MONTHLY_LEADS } from './harness';

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Reduce leads by 2 per month by June 2027', 'SMART notes', ', -2 a month × 8 to the deadline’s month.'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Réduire les leads de 2 par mois d’ici juin 2027', 'Remarques SMART', ', -2 par mois × 8 jusqu’à la période de l’échéance.'],
] as const)('a negative step per period (%s)', (locale, headers, goal, notesHeader, step) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 3).setValues([[...headers], ['G1', goal, 'Leads']]);
  addSheet(h.emulator, 'Leads', monthlyRows('Leads', MONTHLY_LEADS));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = String(values[1][(values[0] as string[]).indexOf(notesHeader)]);

  it('writes the step with the hyphen-minus the pace texts and Sheets’ cells use', () => {
    expect(notes).toContain(step);
  });

  it('writes no U+2212 anywhere in the notes or the plan report', () => {
    expect(notes).not.toContain('\u2212');
    h.run('menuGeneratePlanReport');
    const report = spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
    const text = report.getDataRange().getDisplayValues().flat().join('\n');
    expect(text).not.toContain('\u2212');
    expect(text).toMatch(/-\d/);
  });
});
