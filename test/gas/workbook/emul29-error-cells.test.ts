/**
 * emul29, through the BUILT bundle on the emulator: Sheets error values where users put them. `Range.getValues` hands an
 * error cell over as its code text ("#N/A", "#ERROR!"…: Apps Script `Enum ValueType`, values are "Number, Boolean, Date,
 * or String"), and so does a custom function's argument. Text typed with a leading "+" or "-" that is no number
 * (« +10 % de CA », "- relancer les prospects") becomes a formula Sheets cannot parse — #ERROR! — as users report
 * (docs/ARCHITECTURE.md, *Formula prefixes*): the emulator now does so by default. Every code in a Goals cell, a KPI
 * tab's value column or a formula's column is a bad cell — one row's localized note, a row left out and said, or that
 * cell's message — never a number, never a goal's text, never a stopped run, and the user's cells are never rewritten.
 */
import { t } from '../../../src/core/messages';
import { snapshotCells, diffSnapshots } from '../../../src/local/emulator/snapshot';
import { addSheet, harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Typed input giving each Sheets error (a typed code stays its text in the emulator; Sheets makes it the error). */
const ERROR_INPUTS: ReadonlyArray<[string, string]> = [
  ['#N/A', '#N/A'],
  ['=1/0', '#DIV/0!'],
  ['=SQRT(-1)', '#NUM!'],
  ['=1+"a"', '#VALUE!'],
  ['#REF!', '#REF!'],
  ['#NAME?', '#NAME?'],
  ['#NULL!', '#NULL!'],
  ['+10 % de CA', '#ERROR!'],
];

const weeks = (): unknown[][] => {
  const rows: unknown[][] = [['Week', 'Revenue']];
  for (let i = 0; i < 40; i++) rows.push([new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), 10000 + 100 * (i % 7)]);
  return rows;
};

const column = (sheet: Sheet, header: RegExp): unknown[] => {
  const values = sheet.getDataRange().getValues();
  const index = (values[0] as unknown[]).findIndex((x) => header.test(String(x)));
  return values.map((row) => row[index]);
};

describe.each([
  ['en_US', 'en', ['ID', 'Goal', 'Owner', 'Target', 'Deadline', 'Direction', 'KPI'], 'Reach $12,000 weekly revenue by June 30, 2027'],
  ['fr_FR', 'fr', ['Réf', 'Objectif', 'Responsable', 'Valeur cible', 'Échéance', 'Direction', 'KPI'], 'Atteindre 12 000 € de chiffre d’affaires hebdomadaire d’ici le 30 juin 2027'],
] as const)('Sheets error values in the Goals and KPI tabs (%s)', (locale, lang, headers, sentence) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang, evaluateFormulas: true });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = ss.getActiveSheet();
  goals.setName(lang === 'fr' ? 'Objectifs' : 'Goals');
  // Row 2 is a goal every other row copies, each with one error cell: the statement, the owner, the target, the deadline
  // or the direction (rows 3–10: one code each in turn); row 11's statement is typed « - relancer les prospects ».
  const fields = ['Goal', 'Owner', 'Target', 'Deadline', 'Direction'] as const;
  const good = [`G1`, sentence, 'Alice', 12000, '2027-06-30', '', 'Revenue'];
  const rows: unknown[][] = [headers as unknown as unknown[], good];
  ERROR_INPUTS.forEach(([input], i) => {
    const row = [...good];
    row[0] = `G${i + 2}`;
    row[1 + (i % fields.length)] = input;
    rows.push(row);
  });
  rows.push(['G10', '- relancer les prospects', 'Bob', '', '', '', '']);
  goals.getRange(1, 1, rows.length, headers.length).setValues(rows as Array<Array<string | number>>);
  const kpi = weeks();
  ERROR_INPUTS.forEach(([input], i) => (kpi[3 + 2 * i][1] = input));
  addSheet(h.emulator, 'Revenue', kpi);
  h.emulator.recalculate();
  const userCells = goals.getRange(1, 1, rows.length, headers.length);
  const formulasBefore = userCells.getFormulas();
  const before = snapshotCells(h.emulator.spreadsheet);
  const summary = h.run<{ complete: boolean; checked: number }>('checkGoals');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const report = ss.getSheetByName(sheetName) as Sheet;
  const notes = column(goals, /SMART notes|Notes SMART|Remarques SMART/);

  it('the emulator shows what Sheets shows: each code, and #ERROR! for the signed text', () => {
    const shown = goals.getRange(3, 1, ERROR_INPUTS.length, headers.length).getValues();
    ERROR_INPUTS.forEach(([, code], i) => expect(shown[i][1 + (i % fields.length)]).toBe(code));
    expect(goals.getRange(rows.length, 2).getValue()).toBe('#ERROR!');
    expect(goals.getRange(rows.length, 2).getFormula()).toBe('=- relancer les prospects');
  });

  it('Check goals checks every row, and says each error cell in its row’s note, in the language of the sheet', () => {
    expect(summary.complete).toBe(true);
    expect(summary.checked).toBe(rows.length - 1);
    const label = { Goal: 'field.statement', Owner: 'field.owner', Target: 'field.target', Deadline: 'field.deadline', Direction: 'field.direction' } as const;
    ERROR_INPUTS.forEach(([, code], i) => {
      const field = fields[i % fields.length] as keyof typeof label;
      expect([code, String(notes[2 + i])]).toEqual([code, expect.stringContaining(t(lang, 'check.problem.value', { field: t(lang, label[field]), value: code }))]);
    });
    expect(String(notes[rows.length - 1])).toContain(t(lang, 'check.problem.value', { field: t(lang, 'field.statement'), value: '#ERROR!' }));
    // The good row is judged on the tab, its error rows left out and said once.
    expect(String(notes[1])).toMatch(lang === 'fr' ? /Onglet «\u202fRevenue\u202f»/ : /Tab “Revenue”/);
  });

  it('no error code is read as a goal: no verdict or score is given to its text, and the report shows none as a goal', () => {
    const codes = new Set(ERROR_INPUTS.map(([, code]) => code));
    const reportTexts = report.getDataRange().getValues().flat().filter((v): v is string => typeof v === 'string');
    expect(reportTexts.filter((text) => codes.has(text.trim()))).toEqual([]);
  });

  it('changes no user cell: the formulas that failed are still there', () => {
    expect(userCells.getFormulas()).toEqual(formulasBefore);
    const inUserColumns = (cell: string): boolean => /^[A-G]\d+$/.test(cell);
    const changed = diffSnapshots(before, snapshotCells(h.emulator.spreadsheet), { ignoreAdded: true }).filter((d) => d.sheet === goals.getName() && inUserColumns(d.cell));
    expect(changed.map((d) => d.text)).toEqual([]);
  });
});

describe.each([
  ['en_US', 'en'],
  ['fr_FR', 'fr'],
] as const)('a formula over a column holding error values (%s)', (locale, lang) => {
  it('SMARTSCORE and SMARTCHECK give each error cell its localized message and score the others', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    const codes = ['#N/A', '#DIV/0!', '#NUM!', '#VALUE!', '#REF!', '#NAME?', '#NULL!', '#ERROR!'];
    const column = [['Increase revenue from $10,000 to $12,000 per week by June 30, 2027'], ...codes.map((code) => [code]), ['']];
    for (const name of ['SMARTSCORE', 'SMARTCHECK']) {
      const out = h.run<unknown[][]>(name, column);
      expect(out.length).toBe(column.length);
      codes.forEach((code, i) => expect([name, out[i + 1][0]]).toEqual([name, t(lang, 'error.errorValue', { value: code })]));
      expect(out[codes.length + 1][0]).toBe('');
      expect(out[0][0]).not.toBe(t(lang, 'error.errorValue', { value: '' }));
    }
  });
});
