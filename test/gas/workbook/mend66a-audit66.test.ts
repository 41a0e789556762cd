/**
 * mend66a, through the BUILT bundle: audit66's review in Check goals and the plan report, French (fr_FR, Africa/Casablanca)
 * and English (en_SG). « 3 MMDH » is billions of dirhams (milestones and report up to 3 000 000 000 MAD, not 3 000 000); a
 * version after "release" is no deadline (audit66: « irréaliste … d'ici le 5 janvier 2027 », 05/01/2027 in the report); a
 * firmware version leaves the goal and its lever as on efde0d23; a period no reader dates is named whole, after one colon.
 */
import { addSheet, harness } from './harness';

describe.each([
  ['fr', 'fr_FR', 'Africa/Casablanca', 'Objectifs', 'Remarques SMART', /3\s000\s000\s000\sMAD/, 'Temporel\u202f: la date de «\u202fFête des Mères\u202f» n’est pas connue ici\u202f; écrivez-la.', 'Temporel\u202f: ni échéance ni rythme.'],
  ['en', 'en_SG', 'Asia/Singapore', 'Goals', 'SMART notes', /MAD\s3,000,000,000/, 'Time-bound: The date of “Fête des Mères” is not known here; write it.', 'Time-bound: No deadline and no cadence.'],
] as const)('audit66 review in a workbook (%s)', (lang, locale, timeZone, sheet, notes, billions, named, none) => {
  const h = harness({ spreadsheetLocale: locale, timeZone, userLocale: lang }, { __SMART_GOALS_TODAY__: '2026-12-05' });
  const weeks = Array.from({ length: 60 }, (_, i) => [new Date(Date.UTC(2026, 11, 5 - 7 * 59 + 7 * i)), Math.round(300000 + 1500 * i)]);
  addSheet(h.emulator, 'CA', [['Semaine', 'CA'], ...weeks]);
  const goals = addSheet(h.emulator, sheet, [
    ['ID', 'Goal', 'KPI', 'Deadline'],
    ['G1', "Atteindre 3 MMDH de CA d'ici fin 2027", 'CA', ''],
    ['G2', 'Grow revenue 10% after release 2027.1.5', 'CA', ''],
    ['G3', 'Grow revenue 10% with firmware 2026.3.1 by June 2027', 'CA', ''],
    ['G4', "Signer 40 nouveaux clients d'ici la Fête des Mères", '', ''],
  ]);
  h.run('checkGoals');
  const [header, ...rows] = goals.getDataRange().getDisplayValues();
  const cell = (id: string, name: string): string => rows.find((r) => r[0] === id)![header.indexOf(name)];
  h.run('generatePlanReport');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const report = ss.getSheets().find((s) => /^(?:Plan SMART|SMART plan)/i.test(s.getName()))!.getDataRange().getDisplayValues();
  const reported = (id: string): string => report.filter((r) => r[0] === id).flat().join(' | ');
  const deadlines = (id: string): string[] => report.filter((r) => r[0] === id).flatMap((r) => r.filter((c) => /^\d\d\/\d\d\/\d{4}$/.test(c)));

  it('« 3 MMDH »: milestones and report up to three billion dirhams', () => {
    expect(cell('G1', notes)).toMatch(billions);
    expect(reported('G1')).toMatch(/3[\s,]000[\s,]000[\s,]000\sMAD/);
  });

  it('"after release 2027.1.5": no deadline anywhere; "with firmware 2026.3.1 by June 2027": due 30 June, its lever whole', () => {
    expect(cell('G2', notes)).toContain(none);
    expect(deadlines('G2')).toEqual([]);
    expect(deadlines('G3')).toEqual(['30/06/2027', '30/06/2027']);
    expect(cell('G3', notes)).toContain('firmware 2026.3.1');
  });

  it('« d’ici la Fête des Mères »: named whole, one colon', () => {
    expect(cell('G4', notes)).toContain(named);
  });
});
