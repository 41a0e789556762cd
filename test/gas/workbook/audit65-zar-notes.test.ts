/**
 * audit65, through the BUILT bundle: a Johannesburg revenue-ops lead's en_ZA sheet shows « R 4 910 » and « 19,6% » in
 * Check goals' Suggested target cells (Sheets draws the locale's separators: CLDR en_ZA "1 234,5"), while the note beside
 * said "Aim for R 4,910 … instead" and "Aim for 19.6%" — in South Africa's own notation 4,910 rand is under five rand, and
 * the sheet reads a typed "4,910" so. English notes, the plan report's texts and SMARTCHECK now write en_ZA's separators
 * ("R 4 910", "19,6%", "+0,67 pts per month"); an en_GB sheet keeps "R 4,910" and "19.6%" (its SMARTCHECK names the rand by its code there, as before).
 */
import { addSheet, harness } from './harness';

// One zone for both: the months' cells are Johannesburg midnights; the locale alone differs.
const ZONES = { en_ZA: 'Africa/Johannesburg', en_GB: 'Africa/Johannesburg' } as const;

function checked(locale: keyof typeof ZONES): { cell(id: string, name: string): string; report: string[][]; smartcheck(text: string): string } {
  const h = harness({ spreadsheetLocale: locale, timeZone: ZONES[locale], userLocale: 'en' }, { __SMART_GOALS_TODAY__: '2026-12-07' });
  const month = (i: number) => new Date(Date.UTC(2024, 11 + i, 1, -2));
  addSheet(h.emulator, 'Win rate', [['Month', 'Win rate'], ...Array.from({ length: 24 }, (_, i) => [month(i), 0.16 + 0.001 * i])]).getRange(2, 2, 24, 1).setNumberFormat('0.0%');
  addSheet(h.emulator, 'CAC', [['Month', 'CAC'], ...Array.from({ length: 24 }, (_, i) => [month(i), 5200 - 10 * i])]).getRange(2, 2, 24, 1).setNumberFormat('[$R-1C09] #,##0.00');
  const goals = addSheet(h.emulator, 'Goals', [
    ['ID', 'Goal', 'KPI'],
    ['G1', 'Lift win rate from 18% to 24% by 31/08/2027', 'Win rate'],
    ['G2', 'Cut CAC below R4 500 by 28 February 2027', 'CAC'],
  ]);
  h.run('checkGoals');
  const [header, ...rows] = goals.getDataRange().getDisplayValues();
  h.run('generatePlanReport');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const report = ss.getSheets().find((s) => /^SMART plan /.test(s.getName()))!.getDataRange().getDisplayValues();
  return {
    cell: (id, name) => rows.find((r) => r[0] === id)![header.indexOf(name)].replace(/\u00a0/g, ' '),
    report: report.map((r) => r.map((c) => c.replace(/\u00a0/g, ' '))),
    smartcheck: (text) => h.run<string>('SMARTCHECK', text, '2026-12-07').replace(/\u00a0/g, ' '),
  };
}

describe('en_ZA: the notes write the numbers as the cells beside them show them', () => {
  const sheet = checked('en_ZA');

  it('Check goals: the suggested target in the note is the cell’s, « R 4 910 », « 19,6% »', () => {
    expect(sheet.cell('G2', 'Suggested target')).toBe('R 4 910');
    expect(sheet.cell('G2', 'SMART notes')).toContain('Aim for R 4 910 by 28 February 2027 instead.');
    expect(sheet.cell('G1', 'Suggested target')).toBe('19,6%');
    expect(sheet.cell('G1', 'SMART notes')).toContain('Aim for 19,6% by 31 August 2027 instead.');
  });

  it('the plan report’s paces and fixes, and SMARTCHECK, in the same notation', () => {
    const text = sheet.report.flat().join('\n');
    expect(text).toContain('+0,67 pts per month');
    expect(text).toContain('Lower the target to R 4 910 by 28 February 2027');
    expect(text).not.toMatch(/R \d{1,3},\d{3}\b|\b19\.6%/);
    expect(sheet.smartcheck('Cut CAC below R4 500,50 by 28 February 2027')).toBe('SMART: Reduce CAC to R 4 500,50 by 28 February 2027');
  });
});

describe('near miss (en_GB): a decimal-point locale keeps "R 4,910" and "19.6%"', () => {
  const sheet = checked('en_GB');

  it('Check goals’ notes and SMARTCHECK', () => {
    expect(sheet.cell('G2', 'SMART notes')).toContain('Aim for R 4,910 by 28 February 2027 instead.');
    expect(sheet.cell('G1', 'SMART notes')).toContain('Aim for 19.6% by 31 August 2027 instead.');
    expect(sheet.smartcheck('Cut CAC below R4 500.50 by 28 February 2027')).toBe('SMART: Reduce CAC to ZAR 4,500.50 by 28 February 2027');
  });
});
