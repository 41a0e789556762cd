/**
 * audit62, through the BUILT bundle: an Auckland revenue-operations lead (en_NZ, Pacific/Auckland, a fiscal year from
 * April, so FY2027 ends on 31 March 2027) inserts the example workbook and runs Check goals. Goal E, "Close 30 new
 * enterprise accounts by the end of 2027" (Start 1 January 2027, Deadline 31 December 2027), got the proposed split
 * "Q1 2028 12 · Q2 2028 4 · Q3 2028 9 · Q4 2028 5": the four quarters of the fiscal year HOLDING the deadline (April
 * 2027 – March 2028), so January–March 2028, after the deadline, was given 5 accounts and January–March 2027 none. A
 * goal's split is the four fiscal quarters ending with the one that holds its deadline (core/alignment `proposeSplits`),
 * each named by its own fiscal year, as the statement analyser reads "Q4 2027" under an April start (31 March 2027).
 * The Montréal manager (fr_CA, America/Toronto) with the same Settings read « T1 2028 … T4 2028 ». A calendar fiscal
 * year, or a goal ending on its fiscal year's end, keeps its quarters.
 */
import { harness } from './harness';

interface Split {
  note: string;
  reportRow: string[];
}

/** The example workbook, checked and reported, in `locale` with a fiscal year from `fiscalStart`: goal E's note and its split row. */
function exampleSplit(locale: 'en_NZ' | 'fr_CA', timeZone: string, fiscalStart: number): Split {
  const h = harness({ spreadsheetLocale: locale, timeZone }, { __SMART_GOALS_TODAY__: '2026-12-08' });
  h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
  h.run('insertExampleWorkbook');
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getSheetByName(locale === 'en_NZ' ? 'Goals' : 'Objectifs')!;
  h.run('checkGoals');
  const values = goals.getDataRange().getDisplayValues();
  const notesColumn = values[0].indexOf(locale === 'en_NZ' ? 'SMART notes' : 'Remarques SMART');
  const note = values.find((r) => r[0] === 'E')![notesColumn];
  h.run('generatePlanReport');
  const report = ss.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  const splitsAt = shown.findIndex((r) => /^(Proposed quarterly splits|Répartitions trimestrielles proposées)/.test(r[0]));
  const reportRow = shown.slice(splitsAt).find((r) => r[0] === 'E')!;
  return { note, reportRow };
}

/** The split's line of a note: its quarters' labels and amounts. */
function quarters(note: string): Array<{ label: string; amount: number }> {
  const line = /(?:split|répartition)[^:]*:\s*(.*?)\.(?:\n|$)/i.exec(note.replace(/\u202f/g, ' '))![1];
  return line.split(' · ').map((part) => {
    const m = /^((?:Q|T)\d(?: \d{4})?) (\d+)/.exec(part)!;
    return { label: m[1], amount: Number(m[2]) };
  });
}

describe('an annual goal’s proposed quarters are the quarters of its own window (fiscal year from April)', () => {
  it('Auckland (en_NZ): Jan–Dec 2027 is Q4 2027 · Q1 2028 · Q2 2028 · Q3 2028, all 30 accounts inside it', () => {
    const { note, reportRow } = exampleSplit('en_NZ', 'Pacific/Auckland', 4);
    const split = quarters(note);
    expect(split.map((q) => q.label)).toEqual(['Q4 2027', 'Q1 2028', 'Q2 2028', 'Q3 2028']);
    expect(split.reduce((a, q) => a + q.amount, 0)).toBe(30);
    // The report's table puts each quarter under its fiscal quarter's column (Q1 … Q4): every column filled, the same amounts.
    const cells = reportRow.slice(2, 6).map(Number);
    expect(cells).toEqual([split[1].amount, split[2].amount, split[3].amount, split[0].amount]);
  });

  it('Montréal (fr_CA): the same quarters, « T4 2027 · T1 2028 · T2 2028 · T3 2028 »', () => {
    const { note } = exampleSplit('fr_CA', 'America/Toronto', 4);
    const split = quarters(note);
    expect(split.map((q) => q.label)).toEqual(['T4 2027', 'T1 2028', 'T2 2028', 'T3 2028']);
    expect(split.reduce((a, q) => a + q.amount, 0)).toBe(30);
  });

  it('near miss: a calendar fiscal year keeps Q1 … Q4 of 2027, unnamed', () => {
    const split = quarters(exampleSplit('en_NZ', 'Pacific/Auckland', 1).note);
    expect(split.map((q) => q.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(split.reduce((a, q) => a + q.amount, 0)).toBe(30);
  });
});
