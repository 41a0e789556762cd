/**
 * Dates typed year first, in the forms CLDR 48 gives the year-first locales (read from Node's ICU 78.2 / CLDR 48):
 * 「2026年6月30日」 (ja, zh), « 2026. 06. 30. » (hu), « 2026년 6월 30일 » and « 26. 6. 30. » (ko), and the locales whose
 * short date starts with the year beyond ja/zh/ko/hu — lt_LT, fr_CA, en_ZA (month before day when the year comes
 * last, as their Md pattern), sv_SE (day before month: d/M), en_CA (month first, as before). core/dates.ts
 * `localeDateOrder`, `yearFirstDate`; through the BUILT bundle on the emulator (ACHIEVABILITY's year-last text deadline; the
 * sidebar and Check goals on a KPI tab and a deadline cell typed so), near-misses included.
 */
import { addDays, localeDateOrder, yearFirstDate } from '../../src/core/dates';
import { cellDate } from '../../src/core/workbook/cells';
import type { SidebarContext } from '../../src/core/api';
import { bridged } from '../../src/local/script-run';
import { addSheet, harness, TODAY } from './workbook/harness';

const HISTORY_ISO = [
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
  ['2026-11-23', 0.27],
];

describe('localeDateOrder follows CLDR 48', () => {
  it.each([
    ['ja_JP', 'ymd'], ['zh_CN', 'ymd'], ['zh_TW', 'ymd'], ['zh_HK', 'dmy'], ['ko_KR', 'ymd'], ['hu_HU', 'ymd'],
    ['lt_LT', 'ymd'], ['fr_CA', 'ymd'], ['en_ZA', 'ymd'], ['mn_MN', 'ymd'], ['sv_SE', 'dmy'], ['af_ZA', 'dmy'],
    ['en_CA', 'mdy'], ['en_US', 'mdy'], ['fr_FR', 'dmy'], ['lt', 'ymd'], ['ltg_LV', 'dmy'],
  ])('%s → %s', (locale, order) => {
    expect(localeDateOrder(locale, 'en')).toBe(order);
  });
});

describe('yearFirstDate: the year-first forms, near-misses refused', () => {
  it.each([
    ['2026年6月30日', '2026-06-30'], ['2026年6月30', '2026-06-30'], ['2026. 06. 30.', '2026-06-30'], ['2026. 6. 30', '2026-06-30'],
    ['2026년 6월 30일', '2026-06-30'], ['2026년6월30일', '2026-06-30'], ['2026/06/30', '2026-06-30'], ['2026.6.30', '2026-06-30'],
    [' 2026年12月1日 ', '2026-12-01'],
  ])('%s → %s', (text, iso) => {
    expect(yearFirstDate(text)).toBe(iso);
  });

  it.each(['2026年2月30日', '2026年13月1日', '2026年6月', '2026. 06. 30. 12:00', '2026-06-30日', '20260630', '2026年 6月 30日 x', '26/6/30'])('%s → no date', (text) => {
    expect(yearFirstDate(text, 'ymd')).toBeNull();
  });

  it('a two-digit year first (ko\'s yy. M. d.) only where the locale writes the year first', () => {
    expect(yearFirstDate('26. 6. 30.', 'ymd')).toBe('2026-06-30');
    expect(yearFirstDate('26. 6. 30.', 'dmy')).toBeNull();
    expect(cellDate('26. 6. 30.', 'en', { order: 'ymd' })).toBe('2026-06-30');
    expect(cellDate('30. 06. 26.', 'en', { order: 'dmy' })).toBeNull();
  });
});

describe('the built add-on reads them in each locale', () => {
  const deadline = (locale: string, text: string, iso: string) => {
    const h = harness({ spreadsheetLocale: locale });
    return [h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, text, TODAY), h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, iso, TODAY)];
  };

  it.each([
    ['lt_LT', '2027-03-12'], ['fr_CA', '2027-03-12'], ['en_ZA', '2027-03-12'], ['en_CA', '2027-03-12'], ['sv_SE', '2027-12-03'],
  ])('%s: "03/12/2027" (year last) is %s, as its CLDR Md pattern', (locale, iso) => {
    const [typed, expected] = deadline(locale, '03/12/2027', iso);
    expect(typed).toBe(expected);
    const [, other] = deadline(locale, '03/12/2027', iso === '2027-03-12' ? '2027-12-03' : '2027-03-12');
    expect(typed).not.toBeCloseTo(other, 4);
  });

  it('a formula deadline typed 「2027年3月12日」 in ja_JP is 12 March 2027 (dateArg reads text through cellDate)', () => {
    const [typed, expected] = deadline('ja_JP', '2027年3月12日', '2027-03-12');
    expect(typed).toBe(expected);
    expect(typeof typed).toBe('number');
  });

  /** 30 weekly close rates from Monday 4 May 2026 (TODAY is 26 November 2026), their dates typed as text in `form`. */
  const WEEKS = Array.from({ length: 30 }, (_, i) => addDays('2026-05-04', 7 * i));
  const FORMS: Record<string, (y: string, m: string, d: string) => string> = {
    kanji: (y, m, d) => `${y}年${Number(m)}月${Number(d)}日`,
    hangul: (y, m, d) => `${y}년 ${Number(m)}월 ${Number(d)}일`,
    dotted: (y, m, d) => `${y}. ${m}. ${d}.`,
    short: (y, m, d) => `${y.slice(2)}. ${Number(m)}. ${Number(d)}.`,
  };

  it.each([
    ['ja_JP', 'kanji'], ['zh_CN', 'kanji'], ['zh_TW', 'kanji'], ['hu_HU', 'dotted'], ['ko_KR', 'dotted'], ['ko_KR', 'hangul'], ['ko_KR', 'short'],
  ])('%s: a KPI tab dated in the %s form, and a deadline cell typed so, read as their days', (locale, form) => {
    const typed = (iso: string) => FORMS[form](iso.slice(0, 4), iso.slice(5, 7), iso.slice(8, 10));
    const h = harness({ spreadsheetLocale: locale, userLocale: 'en' });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName('Goals');
    goals.getRange(1, 1, 2, 4).setValues([['Goal ID', 'Goal', 'KPI', 'Deadline'], ['G1', 'Raise the close rate to 30%', 'Close rate', `'${typed('2027-03-12')}`]]);
    addSheet(h.emulator, 'Close rate', [['Week', 'Close rate'], ...WEEKS.map((w, i) => [`'${typed(w)}`, 0.22 + ((i * 7) % 5) / 100])]);
    const context = h.emulator.runExecution(() => bridged(h.addon).call<SidebarContext>('sidebarGetContext'));
    const series = context.series.find((s) => s.sheetName === 'Close rate');
    expect(series?.count).toBe(30);
    expect(series?.history[0]?.date).toBe('2026-05-04');
    expect(series?.latest?.date).toBe('2026-11-23');
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const notes = String(values[1][(values[0] as string[]).indexOf('SMART notes')]);
    expect(notes).not.toMatch(/deadline|unreadable|ignored/i);
    expect(values[1][(values[0] as string[]).indexOf('T – Time-bound')]).toBe('OK');
  });
});
