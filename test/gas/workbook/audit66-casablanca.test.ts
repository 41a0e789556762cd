/**
 * audit66, through the BUILT bundle: a Casablanca sales manager writes in French in an fr_FR sheet (Sheets' locale list
 * has no Morocco) whose time zone is Africa/Casablanca — UTC+1, but UTC+0 during Ramadan (7 February – 14 March 2027 in
 * Node's tzdata). Goals typed with a year-first date with dots or one-digit ISO parts were no deadline in Check goals and
 * the plan report while the same dates typed in the Échéance column were their days (the emulator coerces them as Sheets
 * does typed text: DATEVALUE's "1969-7-20", support.google.com/docs/answer/3093039); « avant le Ramadan » said only
 * « ni échéance ni rythme ». Deadlines on the switch days (7 February, 14 March) and « cette semaine » across them keep
 * their calendar days (passing before and after).
 */
import { addSheet, harness } from './harness';

describe('a Casablanca workbook (fr_FR, Africa/Casablanca, Ramadan 2027 on UTC+0)', () => {
  const h = harness({ spreadsheetLocale: 'fr_FR', timeZone: 'Africa/Casablanca', userLocale: 'fr' }, { __SMART_GOALS_TODAY__: '2027-02-08' });
  const weeks = Array.from({ length: 60 }, (_, i) => [new Date(Date.UTC(2027, 1, 7 - 7 * 59 + 7 * i)), Math.round(300000 + 1500 * i + 20000 * Math.sin(i))]);
  addSheet(h.emulator, 'CA', [['Semaine', 'CA'], ...weeks]).getRange(2, 2, 60, 1).setNumberFormat('#,##0.00 [$MAD]');
  const goals = addSheet(h.emulator, 'Objectifs', [
    ['ID', 'Objectif', 'KPI', 'Échéance'],
    ['G1', "Porter le chiffre d'affaires à 400 000 DH d'ici le 2027.08.15", 'CA', ''],
    ['G2', "Porter le chiffre d'affaires à 400 000 DH", 'CA', '2027.08.15'],
    ['G3', "Porter le chiffre d'affaires à 400 000 DH d'ici le 2027-1-5", 'CA', ''],
    ['G4', "Porter le chiffre d'affaires à 400 000 DH", 'CA', '2027-1-5'],
    ['G5', 'Signer 40 nouveaux clients avant le Ramadan', '', ''],
    ['G6', "Porter le chiffre d'affaires à 400 000 DH d'ici le 14/03/2027", 'CA', ''],
    ['G7', "Porter le chiffre d'affaires à 400 000 DH cette semaine", 'CA', ''],
    ['G8', "Porter le chiffre d'affaires à 400 000 DH", 'CA', ''],
  ]);
  // A Deadline kept as text (the column formatted "Texte brut"): read as the typed date is.
  goals.getRange(9, 4).setNumberFormat('@').setValue('2027-8-15');
  h.run('checkGoals');
  const [header, ...rows] = goals.getDataRange().getDisplayValues();
  const cell = (id: string, name: string): string => rows.find((r) => r[0] === id)![header.indexOf(name)];
  h.run('generatePlanReport');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const report = ss.getSheets().find((s) => /^Plan SMART /.test(s.getName()))!.getDataRange().getDisplayValues();
  const deadlines = (id: string): string[] => report.filter((r) => r[0] === id).flatMap((r) => r.filter((c) => /^\d\d\/\d\d\/\d{4}$/.test(c)));

  it('a date in the goal is judged as the same date in the Échéance column', () => {
    expect(cell('G1', 'Probabilité')).toMatch(/^\d+\s%$/);
    expect([cell('G1', 'Probabilité'), cell('G1', 'Verdict')]).toEqual([cell('G2', 'Probabilité'), cell('G2', 'Verdict')]);
    expect(cell('G3', 'Verdict')).toMatch(/^échéance dépassée/);
    expect(cell('G3', 'Verdict')).toBe(cell('G4', 'Verdict'));
  });

  it('the plan report gives both the same deadline', () => {
    expect(deadlines('G1')).toEqual(['15/08/2027', '15/08/2027']);
    expect(deadlines('G2')).toEqual(['15/08/2027', '15/08/2027']);
    expect(deadlines('G3')).toEqual(['05/01/2027', '05/01/2027']);
    expect(deadlines('G4')).toEqual(['05/01/2027', '05/01/2027']);
    expect(deadlines('G8')).toEqual(['15/08/2027', '15/08/2027']);
  });

  it('« avant le Ramadan » is named as a period without a date, in French', () => {
    expect(cell('G5', 'Remarques SMART')).toContain('Temporel\u202f: la date de «\u202fRamadan\u202f» n’est pas connue ici\u202f; écrivez-la.'); // one colon (mend66a)
  });

  it('near misses: the switch day and « cette semaine » across the switch keep their calendar days', () => {
    expect(deadlines('G6')).toEqual(['14/03/2027', '14/03/2027']);
    expect(deadlines('G7')).toEqual(['14/02/2027', '14/02/2027']);
  });
});
