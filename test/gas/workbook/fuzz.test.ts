/**
 * Fuzz: seeded junk goal rows (dates at the edges of the calendar, huge,
 * negative and tiny numbers, error values, 10,000-character text, wrong
 * types in every column) appended to the example workbook, run through the
 * BUILT add-on on the emulator. Check goals, the plan report and the Check
 * pane must always complete; every example row's results must be what they
 * were without the junk; no user cell may change; each junk row gets its own
 * readable note. Deterministic: the seeds are fixed.
 */
import { describeDifferences, diffSnapshots, snapshotCells } from '../../../src/local/emulator';
import { callThroughBridge } from '../../../src/local/script-run';
import { seededRandom } from '../../../src/core/workbook/example';
import { OUTPUT_COLUMNS, outputHeader } from '../../../src/core/workbook/output';
import type { CheckResponse } from '../../../src/core/api';
import type { CheckSummary } from '../../../src/core/workbook/types';
import { harness, leaksIn, ownedColumnLetters, type Harness } from './harness';


type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const HEADERS = [...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'en')), ...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'fr'))];
const SEEDS = Array.from({ length: 16 }, (_, i) => 9001 + i * 7919);

const utc = (y: number, m: number, d: number): Date => {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date;
};

/** Values no goal column expects, and some every column does (so deep paths run with junk around them). */
const DATES: unknown[] = [utc(9999, 12, 31), utc(9999, 12, 30), utc(9999, 1, 1), utc(3000, 1, 1), utc(1900, 1, 1), utc(1899, 12, 30), utc(2026, 11, 26), utc(2026, 11, 27), utc(2027, 6, 30), utc(2036, 11, 27)];
const NUMBERS: unknown[] = [1e300, -1e300, 1e-300, Number.MAX_VALUE, -Number.MAX_VALUE, 0, -0, -1, 2958465, 2958466, 2 ** 53 + 2, 1e15, 0.5, 30, 120];
const ERRORS: unknown[] = ['#NUM!', '#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#ERROR!', '#NAME?'];
const TEXTS: unknown[] = [
  'x'.repeat(10_000),
  `Reach ${'9'.repeat(400)} sign-ups by 31/12/9999`,
  'NaN', 'Infinity', '-Infinity', 'null', 'undefined', '[object Object]', '{id}', 'check.note.rowFailed',
  '31/12/9999', '9999-12-31', '0000-00-00', '2027-02-30', '12/31/9999', '+010000-01-01', 'Q5 2027', 'by the year 10000',
  'increase', 'decrease', 'maintain', 'total', 'level', '', ' ', '\u200b', '🙂🙂🙂', 'مرحبا', '\t\n',
  'Raise our weekly close rate to 1e300% by 31/12/9999', 'Sign 1e308 new accounts every day until 9999', 'Cut churn to -50% by yesterday',
];
const BOOLEANS: unknown[] = [true, false];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** A junk value for a column: usually anything at all, sometimes what the column expects. */
function junk(random: () => number, plausible: readonly unknown[]): unknown {
  const r = random();
  if (r < 0.25 && plausible.length > 0) return pick(random, plausible);
  if (r < 0.45) return pick(random, DATES);
  if (r < 0.65) return pick(random, NUMBERS);
  if (r < 0.75) return pick(random, ERRORS);
  if (r < 0.95) return pick(random, TEXTS);
  return pick(random, BOOLEANS);
}

interface Book {
  h: Harness;
  goals: Sheet;
  header: string[];
  /** Rows of the example, before any junk. */
  exampleRows: number;
}

function exampleBook(): Book {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  h.run('insertExampleWorkbook');
  const goals = (h.emulator.spreadsheet as unknown as Spreadsheet).getSheets()[1];
  const header = goals.getRange(1, 1, 1, goals.getLastColumn()).getValues()[0].map(String);
  return { h, goals, header, exampleRows: goals.getLastRow() };
}

/** The add-on's result columns of the example rows, as displayed. */
function exampleResults(book: Book): string[][] {
  const owned = [...ownedColumnLetters(book.h.emulator, book.goals.getName(), HEADERS)];
  const values = book.goals.getRange(1, 1, book.exampleRows, book.goals.getLastColumn()).getDisplayValues();
  const header = values[0];
  const columns = header.map((h, i) => (HEADERS.includes(h) ? i : -1)).filter((i) => i >= 0);
  expect(columns.length).toBe(owned.length);
  return values.slice(1).map((row) => columns.map((c) => row[c]));
}

const baseline = (() => {
  const book = exampleBook();
  book.h.run('checkGoals');
  return exampleResults(book);
})();

describe.each(SEEDS)('junk rows, seed %i', (seed) => {
  const random = seededRandom(seed);
  const book = exampleBook();
  const { h, goals, header } = book;
  const plausible = goals.getRange(2, 1, book.exampleRows - 1, header.length).getValues();
  const count = 1 + Math.floor(random() * 3);
  const junkRows: unknown[][] = [];
  for (let r = 0; r < count; r++) {
    junkRows.push(
      header.map((name, c) => {
        if (c === 0) return `JUNK-${seed}-${r}`;
        // The Parent column never names an example goal: a junk child would rightly change its parent's checks.
        if (/parent/i.test(name)) return random() < 0.5 ? `JUNK-${seed}-${(r + 1) % count}` : junk(random, []);
        return junk(random, plausible.map((row) => row[c]));
      }),
    );
  }
  goals.getRange(book.exampleRows + 1, 1, count, header.length).setValues(junkRows as Array<Array<string | number | boolean | Date>>);
  const before = snapshotCells(h.emulator.spreadsheet);

  // Everything runs while the suite is collected (no per-test timeout on a busy machine); the tests look at the outcome.
  let summary: CheckSummary | null = null;
  let failure: unknown = null;
  try {
    summary = h.run<CheckSummary>('checkGoals');
  } catch (error) {
    failure = error;
  }
  const results = goals.getRange(book.exampleRows + 1, header.length + 1, count, goals.getLastColumn() - header.length).getDisplayValues();
  const examples = exampleResults(book);
  let report: { sheetName: string; values: string[][] } | null = null;
  let pane: CheckResponse | null = null;
  let later: unknown = null;
  try {
    const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
    report = { sheetName, values: ((h.emulator.spreadsheet as unknown as Spreadsheet).getSheetByName(sheetName) as Sheet).getDataRange().getDisplayValues() };
    // The Check pane runs Check goals again: every fourth seed is enough to keep the suite quick.
    if (SEEDS.indexOf(seed) % 4 === 0) pane = h.emulator.runExecution(() => callThroughBridge<CheckResponse>(h.addon, 'sidebarCheckGoals', []));
  } catch (error) {
    later = error;
  }
  const after = snapshotCells(h.emulator.spreadsheet, { sheets: before.order });

  it('Check goals completes and checks every row, junk included', () => {
    expect(failure).toBeNull();
    expect(summary?.complete).toBe(true);
    expect(summary?.checked).toBe(book.exampleRows - 1 + count);
  });

  it("leaves every example row's results as they were without the junk", () => {
    expect(examples).toEqual(baseline);
  });

  it('gives each junk row a readable note, with no leaked placeholder, NaN or key', () => {
    const owned = ownedColumnLetters(h.emulator, goals.getName(), HEADERS);
    expect(owned.size).toBe(OUTPUT_COLUMNS.length);
    for (const row of results) expect(row.join('').trim()).not.toBe('');
    // Junk that itself reads like a leak ("NaN", "{id}") may be quoted back in a note: the scan runs on the other cases.
    if (leaksIn(junkRows, 'input').length === 0) expect(leaksIn(results, goals.getName())).toEqual([]);
  });

  it('the plan report and the Check pane complete too, and no user cell changes', () => {
    expect(later).toBeNull();
    if (leaksIn(junkRows, 'input').length === 0) expect(leaksIn(report?.values ?? [], report?.sheetName ?? '')).toEqual([]);
    if (SEEDS.indexOf(seed) % 4 === 0) expect(pane?.checked).toBe(book.exampleRows - 1 + count);
    const owned = ownedColumnLetters(h.emulator, goals.getName(), HEADERS);
    const ignore = (sheet: string, cell: string): boolean => sheet === goals.getName() && owned.has(cell.replace(/\d+$/, ''));
    expect(describeDifferences(diffSnapshots(before, after, { ignore }))).toEqual('');
  });
});
