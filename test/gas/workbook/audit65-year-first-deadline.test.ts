/**
 * audit65, through the BUILT bundle: a Johannesburg revenue-ops lead (en_ZA, Africa/Johannesburg, a fiscal year from
 * March) types the date of a goal as her sheet shows dates — CLDR's en_ZA short date, y/MM/dd ("2028/02/29"). Check goals
 * wrote the goal's Deadline 2028/12/31 and judged it over all of 2028; the plan report's Deadline and timeline said the
 * same, and SMARTPARSE gave 31 December 2028 (in every locale: a Brussels manager's « d'ici le 2027/10/31 » alike). The
 * date is now its day, as "2028-02-29" is; "by end of FY2028" (the fiscal year named) and "31/08/2027" keep theirs.
 */
import { smartCells, smartParser } from '../smartparse';
import { addSheet, harness } from './harness';

describe('a year-first slash date in a goal (en_ZA, fiscal year from March)', () => {
  const h = harness({ spreadsheetLocale: 'en_ZA', timeZone: 'Africa/Johannesburg', userLocale: 'en' }, { __SMART_GOALS_TODAY__: '2026-12-07' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: 3 });
  const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, -2)), Math.round(3000000 + 40000 * i + 90000 * Math.sin(i))]);
  addSheet(h.emulator, 'ARR', [['Month', 'ARR'], ...months]).getRange(2, 2, 24, 1).setNumberFormat('[$R-1C09] #,##0.00');
  const goals = addSheet(h.emulator, 'Goals', [
    ['ID', 'Goal', 'KPI'],
    ['G1', 'Grow ARR to R4 500 000 by 2028/02/29', 'ARR'],
    ['G2', 'Grow ARR to R4 500 000 by end of FY2028', 'ARR'],
    ['G3', 'Grow ARR to R4 200 000 by 31/08/2027', 'ARR'],
  ]);
  h.run('checkGoals');
  const [header, ...rows] = goals.getDataRange().getDisplayValues();
  const cell = (id: string, name: string): string => rows.find((r) => r[0] === id)![header.indexOf(name)];


  it('Check goals judges it by 29 February 2028, as the same target by FY2028’s end', () => {
    expect(cell('G1', 'Probability')).toMatch(/^\d+%$/);
    expect(cell('G1', 'Probability')).toBe(cell('G2', 'Probability'));
    expect(cell('G1', 'Verdict')).toBe(cell('G2', 'Verdict'));
  });

  it('the plan report’s Goals table and timeline say 2028/02/29, and 2027/08/31 for the day-first date', () => {
    h.run('generatePlanReport');
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const report = ss.getSheets().find((s) => /^SMART plan /.test(s.getName()))!.getDataRange().getDisplayValues();
    const deadlines = (id: string): string[] => report.filter((r) => r[0] === id).flatMap((r) => r.filter((c) => /^\d{4}\/\d\d\/\d\d$/.test(c)));
    expect(deadlines('G1')).toEqual(['2028/02/29', '2028/02/29']);
    expect(deadlines('G2')).toEqual(['2028/02/29', '2028/02/29']);
    expect(deadlines('G3')).toEqual(['2027/08/31', '2027/08/31']);
  });
});

describe.each(['en_ZA', 'ja_JP', 'fr_BE', 'en_US'])('SMARTPARSE (%s): a year-first slash date', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('is its day, in English and in French', () => {
    expect(cells('Lift win rate from 18% to 24% by 2027/08/31').slice(1)).toEqual([0.18, 0.24, '2027-08-31']);
    expect(cells("Passer le chiffre d'affaires à 450 000 € d'ici le 2027/10/31").slice(2)).toEqual([450000, '2027-10-31']);
  });

  it('near misses: a fiscal year over two, a day-first date', () => {
    expect(cells('Reach 500 customers by 2027/28').slice(2)).toEqual([500, '2028-12-31']);
    expect(cells("Atteindre 500 clients d'ici le 31/08/2027").slice(2)).toEqual([500, '2027-08-31']);
  });
});
