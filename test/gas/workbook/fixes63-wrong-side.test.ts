/**
 * fixes63, item 1: a goal whose target is on the wrong side of where it starts — an increase with its Target below its
 * Baseline or below the tab's latest value, a churn decrease with its target above — was judged silently ("increase"
 * to 20 % with the close rate at 26 % read "on track, 97 %"), where the wizard refuses it (review 24,
 * `sidebar.target.wrongSide`). Check goals now says so once, in the spreadsheet's language, and flags the row.
 */
import { addSheet, harness } from './harness';

const WEEKS = ['2026-10-05', '2026-10-12', '2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'];

function check(locale: 'en_US' | 'fr_FR', rows: unknown[][]): { notes: string[]; flags: string[]; verdicts: string[] } {
  const h = harness({ spreadsheetLocale: locale, timeZone: 'Europe/Paris' });
  addSheet(h.emulator, 'Close rate', [['Week', 'Close rate'], ...WEEKS.map((w, i) => [w, [0.24, 0.25, 0.26, 0.25, 0.24, 0.25, 0.26][i]])]);
  addSheet(h.emulator, 'Churn', [['Week', 'Churn'], ...WEEKS.map((w, i) => [w, [0.05, 0.052, 0.049, 0.05, 0.051, 0.05, 0.049][i]])]);
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getSheets()[0];
  goals.setName('Goals');
  goals.getRange(1, 1, rows.length + 1, 7).setValues([['ID', 'Goal', 'KPI', 'Direction', 'Baseline', 'Target', 'Deadline'], ...rows] as Array<Array<string | number>>);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: RegExp) => values.slice(1).map((row) => String(row[values[0].findIndex((cell) => name.test(String(cell)))]));
  return { notes: column(/^(SMART notes|Remarques SMART)$/), flags: column(/^(Check|Contrôle)$/), verdicts: column(/^Verdict$/) };
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('a target on the wrong side of its start (Check goals)', () => {
  it('says so once in English and flags the row: below the Baseline, below the latest value, a churn decrease upwards', () => {
    const { notes, flags } = check('en_US', [
      ['G1', 'Increase the close rate', 'Close rate', 'increase', 0.3, 0.28, '2027-03-31'],
      ['G2', 'Increase the close rate to 20% by March 31, 2027', 'Close rate', '', '', '', ''],
      ['G3', 'Reduce churn', 'Churn', 'decrease', '', 0.08, '2027-03-31'],
      ['G4', 'Increase the close rate to 30% by March 31, 2027', 'Close rate', '', '', '', ''],
      ['G5', 'Reach a close rate of 20% by March 31, 2027', 'Close rate', '', '', '', ''],
    ]);
    expect(notes[0]).toContain('A target of 28% is not above the baseline (30%): an increase needs a higher target (or the direction “maintain”).');
    expect(notes[1]).toContain('A target of 20% is not above the latest value of the “Close rate” tab (26%, November 16, 2026): an increase needs a higher target');
    expect(notes[2]).toContain('A target of 8% is not below the latest value of the “Churn” tab (4.9%, November 16, 2026): a decrease needs a lower target');
    for (const note of notes.slice(0, 3)) expect(occurrences(note, 'A target of')).toBe(1);
    expect(flags.slice(0, 3)).toEqual(['⚠ Review', '⚠ Review', '⚠ Review']);
    // A target on the right side says nothing of the kind; nor does a level to reach, which no verb moves (a floor kept).
    expect(notes[3]).not.toContain('is not above');
    expect(notes[4]).not.toContain('is not above');
  });

  it('says it in French with its typography', () => {
    const { notes, flags } = check('fr_FR', [
      ['G1', 'Augmenter le taux de conclusion', 'Close rate', 'hausse', 0.3, 0.28, '31/03/2027'],
      ['G2', 'Réduire le churn', 'Churn', 'baisse', 0.05, 0.08, '31/03/2027'],
    ]);
    expect(notes[0]).toContain('Une cible de 28\u202f% n’est pas au-dessus du point de départ (30\u202f%)\u202f: une hausse demande une cible plus haute (ou la direction «\u202fmaintenir\u202f»).');
    expect(notes[1]).toContain('Une cible de 8\u202f% n’est pas en dessous du point de départ (5\u202f%)\u202f: une baisse demande une cible plus basse');
    expect(flags).toEqual(['⚠ À revoir', '⚠ À revoir']);
  });
});
