/**
 * Far deadlines through the BUILT custom functions: a total KPI's
 * ACHIEVABILITY used to take ~29 s for a deadline in year 3000 and never
 * return for 31/12/9999. Now: a localized message past the forecast horizon
 * (10 years after the latest data point), "no end date" for 31/12/9999, and a
 * verdict up to the horizon's last day, in both languages.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';
import { harness } from './workbook/harness';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

/** Daily sign-ups for three years: a `total` KPI with the most periods per year. */
const DAILY = Array.from({ length: 3 * 365 }, (_, i) => [new Date(Date.UTC(2023, 10, 27 + i)).toISOString().slice(0, 10), 3 + (i % 5)]);
const LAST = DAILY[DAILY.length - 1][0] as string;

describe.each([
  ['en_US', /beyond the forecast horizon: at most 10 years after the latest data point/, /means “no end date”/],
  ['fr_FR', /dépasse l’horizon de prévision\u202f: au plus 10\u00a0ans après la dernière donnée/, /signifie «\u202fsans date de fin\u202f»/],
] as const)('far deadlines on a daily total KPI (%s)', (locale, beyond, open) => {
  const a = addon(locale);
  const call = (deadline: string): unknown => {
    try {
      return a.call('ACHIEVABILITY', DAILY, 10_000, deadline, LAST, 'increase', 'total');
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('year 3000 and the day after the horizon: the horizon message', () => {
    expect(call('3000-01-01')).toMatch(beyond);
    const [y, m, d] = LAST.split('-').map(Number);
    const dayAfter = new Date(Date.UTC(y + 10, m - 1, d + 1)).toISOString().slice(0, 10);
    expect(call(dayAfter)).toMatch(beyond);
  });

  it('31/12/9999: "no end date"', () => {
    expect(call('9999-12-31')).toMatch(open);
    expect(a.call('GOALVERDICT', DAILY, 10_000, '9999-12-31', LAST, 'increase', 'total')).toBe(locale === 'en_US' ? 'insufficient data' : 'données insuffisantes');
  });

  it('the horizon’s last day still gets a probability', () => {
    const [y, m, d] = LAST.split('-').map(Number);
    const limit = new Date(Date.UTC(y + 10, m - 1, d)).toISOString().slice(0, 10);
    const p = call(limit);
    expect(typeof p).toBe('number');
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  });
});

describe.each([
  ['en_US', 'en', 'Goals', 'Raise the close rate to 30%', 'Close rate', 'SMART notes', 'Check', /^Achievable: Not enough KPI history to judge — The deadline \(December 30, 2040\) is beyond the forecast horizon/i],
  ['fr_FR', 'fr', 'Objectifs', 'Porter le taux de conclusion à 30 %', 'Taux de conclusion', 'Remarques SMART', 'Contrôle', /^Atteignable\u202f: historique du KPI insuffisant pour juger — L’échéance \(30 décembre 2040\) dépasse l’horizon de prévision/i],
] as const)('Check goals says why a goal has "insufficient data" (%s, review17)', (locale, lang, tab, sentence, kpi, notesHeader, flagHeader, why) => {
  it('a deadline beyond the forecast horizon: the reason ACHIEVABILITY gives is in the notes, and the row is not flagged for it', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    h.run('insertExampleWorkbook');
    const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const goals = book.getSheetByName(tab)!;
    const width = goals.getLastColumn();
    const row = new Array<unknown>(width).fill('');
    [row[0], row[1], row[2], row[5], row[7]] = ['Z5', sentence, kpi, 0.3, new Date(Date.UTC(2040, 11, 30))];
    goals.appendRow(row as string[]);
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const header = values[0].map(String);
    const z5 = values.find((r) => r[0] === 'Z5')!;
    // It said "insufficient data", "✓ OK" and nothing else.
    expect(String(z5[header.indexOf(notesHeader)])).toMatch(why);
    expect(String(z5[header.indexOf(flagHeader)])).toMatch(/OK/);
    // Near miss: a goal of the example workbook with a verdict keeps its notes as they were (no "insufficient" line).
    const g1 = values.find((r) => r[0] === 'G1')!;
    expect(String(g1[header.indexOf(notesHeader)])).not.toMatch(lang === 'en' ? /Not enough KPI history/ : /insuffisant pour juger/);
  });
});
