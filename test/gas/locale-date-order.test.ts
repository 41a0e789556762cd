/**
 * Dates typed as TEXT ("04/05/2026") are read in the SPREADSHEET LOCALE's order, not the language's: month first in
 * en_US (and the few month-first locales, core/dates.ts `localeDateOrder`, en_CA among them), day first in en_GB, en_AU, en_IN and
 * fr_FR. Through the BUILT bundle on the emulator: the sidebar's series, Check goals (a deadline typed in the sentence,
 * the KPI tab's text dates, a note for a history dated after today), and the formulas (=ACHIEVABILITY's text deadline,
 * GOALVERDICT on a text history). Review finding F2.
 */
import type { SidebarContext } from '../../src/core/api';
import { addDays } from '../../src/core/dates';
import { bridged } from '../../src/local/script-run';
import { addSheet, harness, TODAY } from './workbook/harness';

/** 30 weekly close rates from Monday 4 May 2026 to Monday 23 November 2026 (TODAY is 26 November 2026). */
const WEEKS = Array.from({ length: 30 }, (_, i) => addDays('2026-05-04', 7 * i));
const RATES = WEEKS.map((_, i) => 0.22 + ((i * 7) % 5) / 100);
/** "04/05/2026" typed as text (the apostrophe keeps it text in every locale). */
const dayFirstText = (iso: string): string => `'${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const monthFirstText = (iso: string): string => `'${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;

const DAY_FIRST = ['en_GB', 'en_AU', 'en_IN', 'fr_FR'] as const;

function workbook(locale: string, typed: (iso: string) => string, goal: string) {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const french = locale.startsWith('fr');
  const goals = spreadsheet.getActiveSheet();
  goals.setName(french ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 3).setValues([french ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', goal, french ? 'Taux de transformation' : 'Close rate']]);
  addSheet(h.emulator, french ? 'Taux de transformation' : 'Close rate', [['Week', french ? 'Taux de transformation' : 'Close rate'], ...WEEKS.map((w, i) => [typed(w), RATES[i]])]);
  return { h, goals };
}

function checked(h: ReturnType<typeof harness>, goals: GoogleAppsScript.Spreadsheet.Sheet): (header: string) => unknown {
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  return (header: string) => values[1][(values[0] as string[]).indexOf(header)];
}

describe('the sidebar reads a KPI tab’s text dates in the spreadsheet locale’s order', () => {
  it.each([...DAY_FIRST.map((l) => [l, dayFirstText] as const), ['en_US', monthFirstText] as const])('%s', (locale, typed) => {
    const { h } = workbook(locale, typed, 'Raise the close rate to 30% by 2027-03-12');
    const context = h.emulator.runExecution(() => bridged(h.addon).call<SidebarContext>('sidebarGetContext'));
    const series = context.series.find((s) => s.sheetName === 'Close rate' || s.sheetName === 'Taux de transformation');
    expect(series?.count).toBe(30);
    expect(series?.history[0]?.date).toBe('2026-05-04');
    expect(series?.latest?.date).toBe('2026-11-23');
  });
});

describe('Check goals: the deadline in the sentence and the history, both in the locale’s order', () => {
  const verdictOf = (locale: string, typed: (iso: string) => string, goal: string) => {
    const { h, goals } = workbook(locale, typed, goal);
    const cell = checked(h, goals);
    const french = locale.startsWith('fr');
    return { probability: cell(french ? 'Probabilité' : 'Probability'), notes: String(cell(french ? 'Remarques SMART' : 'SMART notes')), deadline: cell(french ? 'Échéance' : 'Deadline') };
  };
  // The same goal and history written the ISO way: what every locale must answer.
  const reference = verdictOf('en_US', (iso) => iso, 'Raise the close rate to 30% by 2027-03-12');

  it.each(['en_GB', 'en_AU', 'en_IN'])('%s: "by 12/03/2027" is 12 March 2027, the history runs May–November', (locale) => {
    const result = verdictOf(locale, dayFirstText, 'Raise the close rate to 30% by 12/03/2027');
    expect(result.probability).toBe(reference.probability);
    expect(result.notes).not.toContain('after today');
  });

  it('en_US: "by 03/12/2027" and month-first text dates give the same answer', () => {
    const result = verdictOf('en_US', monthFirstText, 'Raise the close rate to 30% by 03/12/2027');
    expect(result.probability).toBe(reference.probability);
  });

  it('fr_FR: « d’ici le 12/03/2027 » on day-first text dates gives the same answer', () => {
    const result = verdictOf('fr_FR', dayFirstText, 'Porter le taux de transformation à 30 % d’ici le 12/03/2027');
    expect(result.probability).toBe(reference.probability);
  });

  it('a history read into the future gets a note (day-first text in an en_US sheet), EN and FR', () => {
    const en = verdictOf('en_US', dayFirstText, 'Raise the close rate to 30% by 2027-03-12');
    expect(en.notes).toContain('The “Close rate” tab has dates after today (up to December 10, 2026): check that its dates follow the day/month order of the spreadsheet’s locale');
    // A French sheet with month-first text: "05/04/2026" is 5 April, "11/23/2026" only 23 November — still, "06/07/2026" is 6 July.
    const fr = verdictOf('fr_FR', monthFirstText, 'Porter le taux de transformation à 30 % d’ici le 12/03/2027');
    expect(fr.notes).toContain('L’onglet «\u202fTaux de transformation\u202f» contient des dates postérieures à aujourd’hui (jusqu’au 10 décembre 2026)\u202f: vérifiez');
  });
});

describe('formulas: a text deadline and a text history in the locale’s order', () => {
  const HISTORY_ISO = [
    ['2026-11-02', 0.24],
    ['2026-11-09', 0.26],
    ['2026-11-16', 0.25],
    ['2026-11-23', 0.25],
  ];
  const textHistory = HISTORY_ISO.map(([iso, v]) => [dayFirstText(iso as string).slice(1), v]);

  it.each([...DAY_FIRST])('%s: ACHIEVABILITY(hist, 30 %%, "12/03/2027") is 12 March; GOALVERDICT reads 02/11/2026 as 2 November', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    const march12 = h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-03-12', TODAY);
    const december3 = h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-12-03', TODAY);
    expect(march12).not.toBeCloseTo(december3, 3);
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '12/03/2027', TODAY)).toBe(march12);
    const verdictIso = h.addon.call<string>('GOALVERDICT', HISTORY_ISO, 0.3, '2027-03-12', TODAY);
    expect(h.addon.call<string>('GOALVERDICT', textHistory, 0.3, '12/03/2027', TODAY)).toBe(verdictIso);
  });

  it('en_US: "12/03/2027" stays 3 December, and month-first text history reads as before', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '12/03/2027', TODAY)).toBe(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-12-03', TODAY));
    const monthFirst = HISTORY_ISO.map(([iso, v]) => [monthFirstText(iso as string).slice(1), v]);
    expect(h.addon.call<string>('GOALVERDICT', monthFirst, 0.3, '12/03/2027', TODAY)).toBe(h.addon.call<string>('GOALVERDICT', HISTORY_ISO, 0.3, '2027-12-03', TODAY));
  });

  // Review 9: the year-first locales (CLDR short pattern y/MM/dd, y/M/d, yy. M. d., y. MM. dd.) were read day first.
  it.each(['ja_JP', 'zh_CN', 'ko_KR', 'hu_HU'])('%s: "2027/03/12" and "2027-03-12" are 12 March 2027, "03/12/2027" month before day', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    const march12 = h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-03-12', TODAY);
    expect(march12).not.toBeCloseTo(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-12-03', TODAY), 4);
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027.03.12', TODAY)).toBe(march12);
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027/03/12', TODAY)).toBe(march12);
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '03/12/2027', TODAY)).toBe(march12);
    const yearFirst = HISTORY_ISO.map(([iso, v]) => [(iso as string).replace(/-/g, '/'), v]);
    expect(h.addon.call<string>('GOALVERDICT', yearFirst, 0.3, '2027/03/12', TODAY)).toBe(h.addon.call<string>('GOALVERDICT', HISTORY_ISO, 0.3, '2027-03-12', TODAY));
    const deadline = (goal: string) => JSON.stringify(h.addon.call<unknown[][]>('SMARTPARSE', goal, TODAY)[0][4]);
    expect(deadline('Raise the close rate to 30% by 03/12/2027')).toBe(deadline('Raise the close rate to 30% by March 12, 2027'));
    expect(deadline('Raise the close rate to 30% by 2027-03-12')).toBe(deadline('Raise the close rate to 30% by March 12, 2027'));
  });

  // Review 6, L3: en_CA stays month first (no CLDR pattern of en_CA puts the day first; nothing from Sheets says so).
  it('en_CA: "04/05/2027" is 5 April 2027, as in en_US', () => {
    const h = harness({ spreadsheetLocale: 'en_CA' });
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '04/05/2027', TODAY)).toBe(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-04-05', TODAY));
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '04/05/2027', TODAY)).not.toBeCloseTo(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-05-04', TODAY), 4);
  });

  // Review 6, L6: REQUIREDPACE's error wrote raw ISO dates; it writes them as every other message does.
  it.each([
    ['en_US', 'The deadline (November 26, 2026) is before the start (June 6, 2029).'],
    ['en_GB', 'The deadline (26 November 2026) is before the start (6 June 2029).'],
    ['fr_FR', 'L’échéance (26 novembre 2026) précède le début (6 juin 2029).'],
  ])('%s: REQUIREDPACE with a deadline before the start names both dates in words', (locale, message) => {
    const h = harness({ spreadsheetLocale: locale });
    expect(() => h.addon.call('REQUIREDPACE', 0.2, 0.3, '2029-06-06', '2026-11-26')).toThrow(message);
  });

  // Review 6, H1: an impossible month used to roll over ("06/30/2027" read as month 30 of 2027 = June 2029).
  it.each(['en_GB', 'en_CA', 'de_DE', 'es_ES', 'fr_FR', 'en_US'])('%s: "06/30/2027" is 30 June 2027 (the only possible reading), "12/31/2027" is 31 December', (locale) => {
    const h = harness({ spreadsheetLocale: locale });
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '06/30/2027', TODAY)).toBe(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-06-30', TODAY));
    expect(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '12/31/2027', TODAY)).toBe(h.addon.call<number>('ACHIEVABILITY', HISTORY_ISO, 0.3, '2027-12-31', TODAY));
  });

  it.each([
    ['en_GB', 'Not a date: 13/13/2027'],
    ['en_US', 'Not a date: 13/13/2027'],
    ['de_DE', 'Not a date: 13/13/2027'],
    ['fr_FR', 'Date invalide\u202f: 31/02/2027'],
  ])('%s: an impossible date ("13/13/2027", "31/02/2027") is refused with a localized message', (locale, message) => {
    const h = harness({ spreadsheetLocale: locale });
    const value = message.split(': ')[1];
    // A single-cell call throws: Sheets shows the message as the cell's error.
    expect(() => h.addon.call<unknown>('ACHIEVABILITY', HISTORY_ISO, 0.3, value, TODAY)).toThrow(message);
    expect(() => h.addon.call<unknown>('REQUIREDPACE', 0.2, 0.3, '2026-11-26', value)).toThrow(message);
  });

  it('SMARTPARSE reads a deadline typed in an English sentence in the locale’s order', () => {
    const gb = harness({ spreadsheetLocale: 'en_GB' });
    const us = harness({ spreadsheetLocale: 'en_US' });
    // The deadline cell (a Date from the bundle's realm), compared by its JSON text.
    const deadline = (h: ReturnType<typeof harness>, goal: string) => JSON.stringify(h.addon.call<unknown[][]>('SMARTPARSE', goal, TODAY)[0][4]);
    expect(deadline(gb, 'Raise the close rate to 30% by 12/03/2027')).toBe(deadline(gb, 'Raise the close rate to 30% by 12 March 2027'));
    expect(deadline(us, 'Raise the close rate to 30% by 12/03/2027')).toBe(deadline(us, 'Raise the close rate to 30% by December 3, 2027'));
  });
});

// Review finding F8.11: dates in messages follow the spreadsheet locale too — month first in en_US, day first in en_GB,
// French unchanged.
describe('dates in messages: "March 31, 2026" in en_US, "31 March 2026" in en_GB, « 31 mars 2026 » in fr_FR', () => {
  it.each([
    ['en_US', 'Raise the close rate to 30% by 2026-03-31', 'Deadline passed (March 31, 2026)'],
    ['en_GB', 'Raise the close rate to 30% by 2026-03-31', 'Deadline passed (31 March 2026)'],
    ['en_AU', 'Raise the close rate to 30% by 2026-03-31', 'Deadline passed (31 March 2026)'],
    ['fr_FR', 'Porter le taux de transformation à 30 % d’ici le 2026-03-31', 'Échéance dépassée (31 mars 2026)'],
  ])('%s', (locale, goal, note) => {
    const { h, goals } = workbook(locale, (iso) => iso, goal);
    const cell = checked(h, goals);
    expect(String(cell(locale === 'fr_FR' ? 'Remarques SMART' : 'SMART notes'))).toContain(note);
  });
});
