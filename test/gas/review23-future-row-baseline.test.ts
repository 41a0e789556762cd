/**
 * Review 23: a weekly win-rate tab whose last row is dated after today (a value typed ahead, a wrong year) — the
 * assessment left that row out, but "where the KPI stands today" was still read from it: the report's Baseline column
 * and the wizard's "latest" and pre-filled baseline said 31 % while the verdict started from 26.5 %, and a goal stated
 * as a change ("+3 points") was drawn from 31 %. One rule now (core/achievability/baseline.ts `pointsUpTo`): the latest
 * reading on or before today, on every surface (Check goals, the report, the wizard's context, SMARTSCORE), in English
 * and French; the tab's note about dates after today stays — said once per tab, as a date typed on two rows is (they came
 * on every goal using the tab).
 */
import type { SeriesSummary } from '../../src/core/api';
import { addSheet, harness, TODAY, weeklyDates } from './workbook/harness';

/** 60 weeks ending 16 November 2026 (before TODAY, 26 November), the last one at 26.5 %, 2 November on two rows, then one row dated 4 January 2027 at 31 %. */
function winRateRows(header: string): unknown[][] {
  const dates = weeklyDates(60);
  const rows: unknown[][] = [['Week', header]];
  dates.forEach((date, i) => rows.push([date, i === dates.length - 1 ? 0.265 : 0.24 + 0.02 * ((i % 5) / 4)]));
  // The same week typed twice (a pasted export): 2 November 2026 on two rows.
  rows.splice(rows.length - 2, 0, ['2026-11-02', 0.25]);
  rows.push(['2027-01-04', 0.31]);
  return rows;
}

const CASES = [
  { locale: 'en_GB', lang: 'en', goalsTab: 'Goals', tab: 'Win rate', header: 'Win rate', goals: ['Raise the win rate by 3 points by 31/03/2027', 'Raise the win rate to 40% next week'], baseline: 'Baseline', target: 'Target', report: 'SMART plan' },
  { locale: 'fr_FR', lang: 'fr', goalsTab: 'Objectifs', tab: 'Taux de conclusion', header: 'Taux de conclusion', goals: ['Augmenter le taux de conclusion de 3 points d’ici le 31/03/2027', 'Passer à 40 % de taux de conclusion la semaine prochaine'], baseline: 'Départ', target: 'Cible', report: 'Plan SMART' },
] as const;

describe.each(CASES)('a KPI row dated after today is not the latest reading ($locale)', ({ locale, lang, goalsTab, tab, header, goals, baseline, target, report }) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang, firstSheetName: goalsTab });
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  book.getSheetByName(goalsTab)!.getRange(1, 1, 3, 3).setValues([['ID', lang === 'en' ? 'Goal' : 'Objectif', 'KPI'], ['W1', goals[0], tab], ['W2', goals[1], tab]]);
  addSheet(h.emulator, tab, winRateRows(header)).getRange('B2:B70').setNumberFormat('0.0%');
  h.run('checkGoals');
  h.run('generatePlanReport');

  /** The report's table whose header row holds `first` and `column`: that column's cell on the goal's row, as shown. */
  function reportCell(id: string, column: string): string {
    const sheet = book.getSheets().find((s) => s.getName().startsWith(report))!;
    const shown = sheet.getDataRange().getDisplayValues();
    const headerRow = shown.findIndex((r, i) => r.includes(column) && shown.slice(i + 1).some((row) => row[0] === id));
    const at = shown[headerRow].indexOf(column);
    return shown.slice(headerRow + 1).find((r) => r[0] === id)![at];
  }

  it('the report starts both goals from 26.5 %, the last row on or before today, not the 31 % dated next January', () => {
    expect(reportCell('W1', baseline)).toBe(lang === 'en' ? '26.5%' : '26,5\u202f%');
    expect(reportCell('W2', baseline)).toBe(lang === 'en' ? '26.5%' : '26,5\u202f%');
  });

  it('"+3 points" is drawn from it: a 29.5 % target (it was 34 %)', () => {
    expect(reportCell('W1', target)).toBe(lang === 'en' ? '29.5%' : '29,5\u202f%');
  });

  it('the tab’s notes — dates after today, a date on two rows — are said once, on the first goal using it (W1), not on W2 too', () => {
    const rows = book.getSheetByName(goalsTab)!.getDataRange().getValues();
    const notesAt = (rows[0] as string[]).indexOf(lang === 'en' ? 'SMART notes' : 'Remarques SMART');
    const notes = (id: string): string => String(rows.find((r) => r[0] === id)![notesAt]);
    const future = lang === 'en' ? `The “${tab}” tab has dates after today (up to 4 January 2027)` : `L’onglet «\u202f${tab}\u202f» contient des dates postérieures à aujourd’hui (jusqu’au 4 janvier 2027)`;
    const repeated = lang === 'en' ? `Several rows of the “${tab}” tab are dated 2 November 2026` : `Plusieurs lignes de l’onglet «\u202f${tab}\u202f» sont datées du 2 novembre 2026`;
    expect(notes('W1')).toContain(future);
    expect(notes('W1')).toContain(repeated);
    expect(notes('W2')).not.toContain(future);
    expect(notes('W2')).not.toContain(repeated);
  });

  it('the wizard’s KPI card and pre-filled baseline say 26.5 % too; its chart keeps the row', () => {
    const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === tab)!;
    expect(series.latest).toEqual({ date: '2026-11-16', value: 0.265 });
    expect(series.defaultBaseline).toBe(0.265);
    expect(series.history[series.history.length - 1]).toEqual({ date: '2027-01-04', value: 0.31 });
    expect(series.latest!.date <= TODAY).toBe(true);
  });

  it('SMARTSCORE with the history reads the change from the same reading as Check goals', () => {
    const column = book.getSheetByName(tab)!.getDataRange().getValues().slice(1);
    const score = h.run<number>('SMARTSCORE', goals[0], column, TODAY);
    const scored = book.getSheetByName(goalsTab)!.getDataRange().getValues();
    const scoreAt = (scored[0] as string[]).indexOf(lang === 'en' ? 'SMART score' : 'Score SMART');
    expect(score).toBe(scored[1][scoreAt]);
  });
});
