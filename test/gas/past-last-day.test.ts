/**
 * fixes44, item 1: a goal whose deadline falls after 31 December 9999 — the last date a Sheets cell holds (Google's
 * DATE help: years 1900–9999) — through the BUILT bundle. SMARTSCORE, SMARTCHECK and SMARTPARSE caught core's
 * RangeError and matched its text; core's analysis now carries the case (`pastLastDate`), so the formulas answer with
 * the localized reason, and Check goals — which read it as "no deadline" ("in 9000 years") or failed the row with
 * "RangeError" (a Start cell… as of 9990) — says it in the goal's Time-bound status and notes, in French and English.
 */
import { t } from '../../src/core/messages';
import { harness } from './workbook/harness';

describe.each([
  ['en_US', 'en', 'Goals', 'Goal'],
  ['fr_FR', 'fr', 'Objectifs', 'Objectif'],
] as const)('dates past 31 December 9999 (%s)', (locale, lang, goalsTab, goalHeader) => {
  const message = t(lang, 'statement.error.pastLastDate');
  // Dates in the spreadsheet locale's order (en_US: month first).
  const says = lang === 'fr' ? 'tombe après le 31 décembre 9999' : 'falls after December 31, 9999';
  const sentence = lang === 'fr' ? 'Augmenter le taux de conclusion à 30 % d’ici 9000 ans' : 'Raise the close rate to 30% in 9000 years';

  it('SMARTPARSE answers with the reason; SMARTCHECK names the words in its Time-bound line; SMARTSCORE scores it as they judge it', () => {
    const h = harness({ spreadsheetLocale: locale, timeZone: 'UTC' });
    expect(() => h.addon.call('SMARTPARSE', sentence, '2026-11-26')).toThrow(message);
    const line = h.addon.call<string>('SMARTCHECK', sentence, '2026-11-26');
    expect(line).toContain(says);
    expect(line).toContain(lang === 'fr' ? 'd’ici 9000 ans' : 'in 9000 years');
    // fixes52: SMARTSCORE threw where SMARTCHECK and Check goals judge the goal — Time-bound failed, the rest scored.
    const score = h.addon.call<number>('SMARTSCORE', sentence, '', '2026-11-26');
    expect(typeof score).toBe('number');
    const undated = h.addon.call<number>('SMARTSCORE', sentence.replace(lang === 'fr' ? ' d’ici 9000 ans' : ' in 9000 years', ''), '', '2026-11-26');
    expect(score).toBe(undated);
    expect(typeof h.addon.call('SMARTSCORE', 'Increase revenue by 10% next quarter', '', '9999-12-31')).toBe('number');
    // With a history too: judged, not thrown.
    expect(typeof h.addon.call('SMARTSCORE', sentence, [['2026-11-02', 0.24], ['2026-11-09', 0.25], ['2026-11-16', 0.26]], '2026-11-26')).toBe('number');
    // In a column, each goal keeps its own answer.
    expect(h.addon.call('SMARTSCORE', [[sentence], ['']], '', '2026-11-26')).toEqual([[score], ['']]);
    // Near miss: the same goal within the calendar scores higher (its deadline counts).
    expect(h.addon.call<number>('SMARTSCORE', sentence.replace('9000', '9'), '', '2026-11-26')).toBeGreaterThan(score);
  });

  it('Check goals says it in the row (it read "in 9000 years" as no deadline), and the plan report runs', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    h.run('insertExampleWorkbook');
    const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const goals = book.getSheetByName(goalsTab)!;
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
    const row = new Array<string>(header.length).fill('');
    row[0] = 'G99';
    row[header.indexOf(goalHeader)] = sentence;
    goals.appendRow(row);
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const checked = values.find((r) => r[0] === 'G99')!.map(String);
    expect(checked.some((cell) => cell.includes(says))).toBe(true);
    expect(checked.join(' ')).not.toMatch(/RangeError|PastLastDay|Something went wrong|Un problème/);
    h.run('generatePlanReport');
    const report = book.getSheets().find((s) => /^(?:SMART plan|Plan SMART)/.test(s.getName()));
    expect(report).toBeDefined();
  });

  it('a goal whose deadline IS in the calendar (30 December 9999) is no failed row: its fiscal year ends on 31 December 9999 (review17)', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    h.run('insertExampleWorkbook');
    const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const goals = book.getSheetByName(goalsTab)!;
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
    const row = new Array<unknown>(header.length).fill('');
    expect(['Indicateur', 'KPI', 'Cible', 'Target', 'Échéance', 'Deadline'].filter((name) => header.includes(name))).toHaveLength(3);
    row[0] = 'G98';
    row[header.indexOf(goalHeader)] = lang === 'fr' ? 'Porter le taux de conclusion à 30 %' : 'Raise the close rate to 30%';
    row[header.indexOf(lang === 'fr' ? 'Indicateur' : 'KPI')] = lang === 'fr' ? 'Taux de conclusion' : 'Close rate';
    row[header.indexOf(lang === 'fr' ? 'Cible' : 'Target')] = 0.3;
    row[header.indexOf(lang === 'fr' ? 'Échéance' : 'Deadline')] = new Date(Date.UTC(9999, 11, 30));
    goals.appendRow(row as string[]);
    h.run('checkGoals');
    const checked = goals.getDataRange().getValues().find((r) => r[0] === 'G98')!.map(String);
    // The alignment pass computed its fiscal year's end as 1 January 10000 minus a day: the row failed with this message.
    expect(checked.join(' ')).not.toContain(message);
    expect(checked.join(' ')).not.toMatch(/RangeError|PastLastDay|Something went wrong|Un problème/);
  });

  it('a per-period growth compounded to 30 December 9999 writes no "Target $∞" note and no #NUM! in the report (review17)', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    h.run('insertExampleWorkbook');
    const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
    const goals = book.getSheetByName(goalsTab)!;
    const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0] as string[];
    const add = (id: string, sentence: string): void => {
      const row = new Array<string>(header.length).fill('');
      row[0] = id;
      row[header.indexOf(goalHeader)] = sentence;
      goals.appendRow(row);
    };
    add('G97', lang === 'fr' ? 'Augmenter le chiffre d’affaires de 5 % par mois d’ici le 30/12/9999' : 'Increase revenue by 5% per month by December 30, 9999');
    // Near miss: a growth that stays a number keeps its arithmetic in the notes.
    add('G96', lang === 'fr' ? 'Augmenter le chiffre d’affaires de 5 % par mois d’ici le 30/06/2027' : 'Increase revenue by 5% per month by June 30, 2027');
    h.run('checkGoals');
    const rows = goals.getDataRange().getValues();
    const far = rows.find((r) => r[0] === 'G97')!.map(String).join(' ');
    const near = rows.find((r) => r[0] === 'G96')!.map(String).join(' ');
    expect(far).not.toMatch(/∞|Infinity/);
    expect(far).not.toMatch(/RangeError|Something went wrong|Un problème/);
    expect(near).toMatch(/× 1[.,]05/);
    h.run('generatePlanReport');
    const report = book.getSheets().find((s) => /^(?:SMART plan|Plan SMART)/.test(s.getName()))!;
    const cells = report.getDataRange().getValues().flat();
    expect(cells.some((v) => typeof v === 'number' && !Number.isFinite(v))).toBe(false);
    expect(cells.map(String).join(' ')).not.toMatch(/∞|Infinity|#NUM!/);
  });
});
