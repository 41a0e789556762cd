/**
 * A year-to-date column through the BUILT bundle: Check goals and ACHIEVABILITY judge a goal past the January reset on
 * the new year's figure (the flows it adds up), with the note, alike.
 */
import vm from 'node:vm';
import { addSheet, harness, TODAY } from './harness';

/** Monthly figures cumulated since January, from January 2025 to October 2026 (about 100,000 a month). */
const rows = (D: DateConstructor): unknown[][] => {
  const out: unknown[][] = [];
  let total = 0;
  for (let i = 0; i < 22; i++) {
    if (i % 12 === 0) total = 0;
    total += 100000 + 800 * i + ((i * 7919) % 13) * 1500 - 9000;
    out.push([new D(2025 + Math.floor(i / 12), i % 12, 1), total]);
  }
  return out;
};

describe('a year-to-date KPI tab', () => {
  it('Check goals: a goal for March 2027 is judged on 2027’s figure, and says so', () => {
    const h = harness({ spreadsheetLocale: 'fr_FR' });
    const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    goals.setName('Objectifs');
    goals.getRange(1, 1, 3, 3).setValues([
      ['ID', 'Objectif', 'KPI'],
      ['Y1', 'Atteindre 330 000 € de CA cumulé d’ici le 31 mars 2027', 'CA cumulé depuis le début de l’année'],
      ['Y2', 'Atteindre 1 200 000 € de CA cumulé d’ici le 31 mars 2027', 'CA cumulé depuis le début de l’année'],
    ]);
    addSheet(h.emulator, 'CA cumulé', [['Mois', 'CA cumulé depuis le début de l’année'], ...rows(Date)]);
    h.run('checkGoals');
    const v = goals.getDataRange().getValues();
    const at = (row: number, header: string): unknown => v[row][(v[0] as string[]).indexOf(header)];
    const probability = Number(at(1, 'Probabilité'));
    expect(probability).toBeGreaterThan(0.2);
    expect(probability).toBeLessThan(0.9);
    expect(String(at(1, 'Remarques SMART'))).toContain('Cumul depuis le début de l’année, remis à zéro chaque janvier');
    expect(at(1, 'Contrôle')).toBe('✓ OK');
    expect(Number(at(2, 'Probabilité'))).toBeLessThan(0.05);
    // fixes50: the year-to-date note is said once, then the verdict's line with its word and chance.
    const y2 = String(at(2, 'Remarques SMART'));
    expect(y2.split('Cumul depuis le début de l’année, remis à zéro').length - 1).toBe(1);
    expect(y2).toContain(`Atteignable\u202f: ${String(at(2, 'Verdict'))}\u00a0— `);
  });

  it('ACHIEVABILITY with the header row: the same reading', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
    const history = [['Month', 'YTD revenue'], ...rows(D)];
    const p = h.run<number>('ACHIEVABILITY', history, 330000, '2027-03-31', TODAY);
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.9);
    expect(h.run<number>('ACHIEVABILITY', history, 1200000, '2027-03-31', TODAY)).toBeLessThan(0.05);
    const target = h.run<number>('REALISTICTARGET', history, '2027-03-31', TODAY);
    expect(target).toBeGreaterThan(250000);
    // The level reading put the median near 886,000.
    expect(target).toBeLessThan(600000);
  });

  it('a named column with no reset yet follows the Settings’ fiscal year start (ACHIEVABILITY as Check goals)', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
    // April to October 2026, cumulated since April: no reset in sight.
    const fromApril = rows(D).slice(15).map(([date], i) => [date, 105000 * (i + 1)]);
    const history = [['Month', 'YTD revenue'], ...fromApril];
    // January start (the default): June 2027's figure holds January–June, about 630,000.
    expect(h.run<number>('ACHIEVABILITY', history, 500000, '2027-06-30', TODAY)).toBeGreaterThan(0.95);
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
    // April start: June 2027's figure holds April–June only, about 315,000.
    expect(h.run<number>('ACHIEVABILITY', history, 500000, '2027-06-30', TODAY)).toBeLessThan(0.05);
    expect(h.run<number>('ACHIEVABILITY', history, 300000, '2027-06-30', TODAY)).toBeGreaterThan(0.5);
  });

  it('a year-to-date growth is judged as the level it is, (GOALVERDICT: the same verdict as the column named without YTD)', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const D = vm.runInContext('Date', h.addon.context) as DateConstructor;
    const growth = rows(D).map(([date], i) => [date, 0.04 + 0.006 * (i % 12)]);
    const named = h.run<string>('GOALVERDICT', [['Month', 'YTD sales growth'], ...growth], 0.1, '2027-03-31', TODAY);
    const plain = h.run<string>('GOALVERDICT', [['Month', 'Sales growth'], ...growth], 0.1, '2027-03-31', TODAY);
    expect(named).toBe(plain);
    expect(named).not.toBe('Insufficient data');
  });
});
