/**
 * fmt63 (audit63's left (c)), through the BUILT bundle: an en_IN sheet shows its amounts lakh-grouped ("₹2,00,00,000",
 * CLDR's en_IN pattern "#,##,##0.###", as Sheets formats a number by the spreadsheet locale) but the add-on's messages
 * wrote them by thousands beside them ("₹20,000,000"): Check goals' notes, SMARTCHECK's rewrite and the plan report.
 * English messages in an Indian locale (`groupsByLakhs`: en_IN, hi_IN, bn_IN, ta_IN…) now group as the cells do; every
 * other locale, and French messages in any, by thousands as before.
 */
import { addSheet, harness } from './harness';

const TODAY = '2026-12-07';
const LAKH = /\d{1,2},\d\d,\d{3}\b/;
/** Thousands groups of a figure of a lakh or more ("20,000,000", "1,500,000"), which an Indian cell never shows. */
const THOUSANDS = /\b\d{1,3},\d{3},\d{3}\b|\b\d{3},\d{3}\b/;

function check(locale: string, sentence: string, language?: 'fr'): string {
  const h = harness({ spreadsheetLocale: locale, timeZone: 'Asia/Kolkata' }, { __SMART_GOALS_TODAY__: TODAY });
  if (language) h.run('sidebarSaveSettings', { language });
  return String(h.addon.call('SMARTCHECK', sentence, TODAY));
}

describe('English messages in an Indian locale group amounts by lakhs and crores', () => {
  it.each(['en_IN', 'hi_IN', 'bn_IN', 'ta_IN'])('SMARTCHECK in %s restates ₹2 crore as ₹2,00,00,000 and ₹50 lakh as ₹50,00,000', (locale) => {
    expect(check(locale, 'Reach ₹2 crore in revenue by 31/3/2027')).toContain('₹2,00,00,000');
    expect(check(locale, 'Reach ₹50 lakh in pipeline value by 31/3/2027')).toContain('₹50,00,000');
    // A count, not money, too: the sheet's cells group every number so.
    expect(check(locale, 'Get 1,50,000 website visitors by 31/3/2027')).toContain('1,50,000');
    // Below a lakh the two groupings agree.
    expect(check(locale, 'Reach ₹75,000 in revenue by 31/3/2027')).toContain('₹75,000');
  });

  it.each([
    ['en_US', 'Reach $20 million in revenue by March 31, 2027', '$20,000,000'],
    ['en_GB', 'Reach £20 million in revenue by 31/3/2027', '£20,000,000'],
    ['en_SG', 'Reach S$20 million in revenue by 31/3/2027', '20,000,000'],
    ['fr_FR', 'Atteindre 20 M€ de chiffre d’affaires d’ici le 31/03/2027', '20\u202f000\u202f000\u00a0€'],
    ['fr_CH', 'Atteindre CHF 20 M de chiffre d’affaires d’ici le 31.03.2027', '20\u202f000\u202f000\u00a0CHF'],
  ])('near miss: %s keeps its thousands', (locale, sentence, amount) => {
    expect(check(locale, sentence)).toContain(amount);
  });

  it('near miss: a French message in an en_IN sheet (Settings: French) groups by thousands, as French does', () => {
    const line = check('en_IN', 'Atteindre 2 crores de chiffre d’affaires d’ici le 31/03/2027', 'fr');
    expect(line).toMatch(/^SMART\u202f:|^À corriger/);
    expect(line).toContain('20\u202f000\u202f000');
  });

  it('Check goals’ notes and the plan report of a Bengaluru workbook write lakh groups, as its cells show them', () => {
    const h = harness({ spreadsheetLocale: 'en_IN', timeZone: 'Asia/Kolkata' }, { __SMART_GOALS_TODAY__: TODAY });
    h.run('sidebarSaveSettings', { fiscalYearStartMonth: 4 });
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = ss.getActiveSheet();
    goals.setName('Goals');
    const rows = [
      ['ID', 'Goal', 'KPI'],
      ['G1', 'Reach ₹2 crore in revenue this FY', 'Revenue'],
      ['G2', 'Reach ₹2.4 crore revenue by 31/3/2027', 'Revenue'],
    ];
    goals.getRange(1, 1, rows.length, 3).setValues(rows);
    const months = Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, 12)), Math.round(1_500_000 * (1 + 0.02 * i + 0.05 * Math.sin(i)))]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...months]).getRange(2, 2, months.length, 1).setNumberFormat('[$₹-4009]#,##,##0');
    h.run('checkGoals');
    const shown = goals.getDataRange().getDisplayValues();
    const notes = shown.slice(1).map((r) => r[shown[0].indexOf('SMART notes')]);
    for (const note of notes) {
      expect(note).toMatch(LAKH);
      expect(note).not.toMatch(THOUSANDS);
    }
    // G1 is still judged as the fiscal year's total, done so far counted from 1 April.
    expect(notes[0]).toMatch(/already done since 1 April 2026/);
    h.run('generatePlanReport');
    const report = ss.getSheets().find((s) => /^SMART plan /.test(s.getName()))!;
    const text = report
      .getDataRange()
      .getDisplayValues()
      .flat()
      .filter((v) => /₹/.test(v) && /[a-z]{3}/i.test(v));
    expect(text.some((v) => LAKH.test(v))).toBe(true);
    expect(text.filter((v) => THOUSANDS.test(v))).toEqual([]);
  });
});
