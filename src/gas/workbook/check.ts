/**
 * Check goals: analyze every goal row and write the results into the
 * add-on's own columns at the right of the goals table. Only those columns
 * (found by developer metadata, created once) and the add-on's own
 * conditional-format rule are ever written; rows are never moved.
 */
import { columnToLetters } from '../../core/a1';
import { checkWorkbook, summarizeCheck, type CheckResult } from '../../core/workbook/check';
import { amountFormat, gridColumnFormat } from './formats';
import { frenchPercent } from '../../core/plan';
import { OUTPUT_COLUMNS, OWNED_COLUMN_METADATA_KEY, RULE_MARKER, isOwnOutput, outputHeader, outputNumberFormat, outputValues, type OutputColumn } from '../../core/workbook/output';
import { ownedHeaderColumns } from '../../core/workbook/model';
import { t } from '../../core/messages';
import { isBlankCell } from '../../core/workbook/cells';
import type { CheckSummary, CellValue, GoalCheck } from '../../core/workbook/types';
import { UserError, startRunBudget, withDocumentLock, withSettingsNote, workbookEnv, type RunBudget, type WorkbookEnv } from './env';
import { readSpreadsheet, toCellValue, type OwnedColumn, type SpreadsheetRead } from './read';
import { identityColumns, tableMoved } from '../../core/workbook/moved';
import { assertWritable, protectedFailure } from './protect';
import { ensureSize, GENERAL_FORMAT, safeValues } from './write';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Light red behind flagged rows. */
const FLAG_BACKGROUND = '#fce8e6';
/** Progress toasts: at most this many during a run (each is one service call), and only on large tables. */
const PROGRESS_STEPS = 2;
const PROGRESS_MIN_GOALS = 200;

function progressReporter(env: WorkbookEnv): (done: number, total: number) => void {
  let lastStep = 0;
  return (done, total) => {
    // `total` counts both passes over the goals.
    if (total < 2 * PROGRESS_MIN_GOALS) return;
    const step = Math.floor((done / total) * (PROGRESS_STEPS + 1));
    if (step <= lastStep || step > PROGRESS_STEPS) return;
    lastStep = step;
    env.spreadsheet.toast(t(env.lang, 'wb.toast.progress', { percent: Math.round((done / total) * 100) }), t(env.lang, 'app.name'), 5);
  };
}

/** Our columns as last written (metadata first, else recognized headers), 1-based. */
function previousColumns(read: SpreadsheetRead): Map<OutputColumn, number> {
  const info = read.model.goalsSheet;
  const positions = new Map<OutputColumn, number>();
  if (!info) return positions;
  for (const owned of read.ownedColumns.get(info.name) ?? ([] as OwnedColumn[])) if (!positions.has(owned.column)) positions.set(owned.column, owned.index);
  if (positions.size === 0) {
    const grid = read.grids.find((g) => g.name === info.name);
    if (grid) for (const [column, index] of ownedHeaderColumns(grid.values)) positions.set(column, index + 1);
  }
  return positions;
}

/** Goal rows with no result yet, or left "not checked" by a run that hit the time limit. */
function rowsWithoutResult(read: SpreadsheetRead): Set<number> {
  const rows = new Set<number>();
  const info = read.model.goalsSheet;
  const grid = info ? read.grids.find((g) => g.name === info.name) : undefined;
  const positions = previousColumns(read);
  const flag = positions.get('flag');
  const notes = positions.get('notes');
  // First run (no result column yet): every goal is without a result.
  if (!grid || flag === undefined) return new Set(read.model.goals.map((g) => g.row));
  const markers = new Set([t('en', 'wb.note.notChecked'), t('fr', 'wb.note.notChecked')]);
  for (const goal of read.model.goals) {
    const cells = grid.values[goal.row - 1] ?? [];
    const flagCell = cells[flag - 1];
    const noteCell = notes === undefined ? '' : cells[notes - 1];
    if (flagCell === '' || flagCell === null || flagCell === undefined || (typeof noteCell === 'string' && markers.has(noteCell))) rows.add(goal.row);
  }
  return rows;
}

export interface CheckRun {
  env: WorkbookEnv;
  read: SpreadsheetRead;
  result: CheckResult;
  summary: CheckSummary;
  /** Rows without a result before this run (analyzed first). */
  pending: Set<number>;
  /** The run's time budget: later phases (the report build and writes) keep asking it. */
  budget: RunBudget;
}

/**
 * Reads and analyzes (no writes). Throws a UserError when there is no goals tab. The budget
 * should be started when the entry point starts (default: now); the analysis passes and the
 * alignment stop when it is spent, listing the rows left in `result.remainingRows`.
 */
/**
 * Reads and checks the workbook. `progress` false: no progress toasts (the plan report's run, whose own toast says what is
 * being built: "Checking goals… 33 %" there spoke of another menu item and cost two of its 120 service calls).
 */
export function analyzeSpreadsheet(env: WorkbookEnv, budget: RunBudget = startRunBudget(), beforeAnalysis?: (read: SpreadsheetRead) => void, progress = true): CheckRun {
  const read = readSpreadsheet(env);
  if (!read.model.goalsSheet) throw UserError.of(env.lang, 'wb.error.noGoals');
  beforeAnalysis?.(read);
  const pending = rowsWithoutResult(read);
  // Reading a row costs about as much as assessing it: the first pass stops halfway through
  // what is left, so the goals it read can all be assessed (a goal read but not assessed is lost work).
  const mergeUntil = budget.elapsedMs() + Math.max(0, budget.remainingMs()) / 2;
  // Each pass does at least one goal, so a run that starts late still moves forward.
  const asked = { merge: 0, align: 0, assess: 0 };
  const result = checkWorkbook(read.model, {
    today: env.today,
    lang: env.lang,
    settings: env.settings,
    dateOrder: env.dateOrder,
    weekStart: env.weekStart,
    numberLang: env.numberLang,
    shouldContinue: (phase) => asked[phase]++ === 0 || (phase === 'merge' ? budget.elapsedMs() < mergeUntil : !budget.shouldStop()),
    onProgress: progress ? progressReporter(env) : undefined,
    priorityRows: pending,
  });
  return { env, read, result, pending, budget, summary: summarizeCheck(result, read.model, { lang: env.lang, today: env.today }) };
}

interface OwnedPlan {
  positions: Map<OutputColumn, number>;
  needsMark: OutputColumn[];
  /** Columns to create, and the used width they go after. */
  missing: number;
  used: number;
}

/**
 * Where our columns are: by metadata first, then by our headers (metadata
 * lost in an xlsx round trip: they are adopted and re-marked), and the
 * missing ones are created after the last used column. Reads only what was read (no service call but the
 * used width when the tab's grid is missing).
 */
function planOwnedColumns(sheet: Sheet, read: SpreadsheetRead): OwnedPlan {
  const info = read.model.goalsSheet;
  if (!info) return { positions: new Map(), needsMark: [], missing: 0, used: 0 };
  const positions = new Map<OutputColumn, number>();
  for (const owned of read.ownedColumns.get(info.name) ?? ([] as OwnedColumn[])) if (!positions.has(owned.column)) positions.set(owned.column, owned.index);
  const grid = read.grids.find((g) => g.name === info.name);
  const needsMark: OutputColumn[] = [];
  if (positions.size === 0 && grid) {
    for (const [column, index] of ownedHeaderColumns(grid.values)) {
      positions.set(column, index + 1);
      needsMark.push(column);
    }
  }
  const missing = OUTPUT_COLUMNS.filter((c) => !positions.has(c));
  // The data range we read is the sheet's used extent: its width is getLastColumn(), without asking again.
  const used = missing.length > 0 ? Math.max(grid?.values[0]?.length ?? sheet.getLastColumn(), info.columns.width, ...positions.values()) : 0;
  missing.forEach((column, i) => {
    positions.set(column, used + 1 + i);
    needsMark.push(column);
  });
  return { positions, needsMark, missing: missing.length, used };
}

/**
 * Pixels of the notes column when Check goals creates it: its reasons (a line each, wrapped) at Sheets' default 100 px
 * made the example's G5 row about 1,000 px tall (the bottom-up reasons), 6 to 13 lines for the others; at 360 px a
 * reason takes a line or two. Set once, on the column we create: a width the user chose is never changed.
 */
const NOTES_COLUMN_WIDTH = 360;

/** A range's A1 notation from its first row and column (1-based) and its size. */
const a1Of = (row: number, column: number, rows: number, columns: number): string => `${columnToLetters(column)}${row}:${columnToLetters(column + columns - 1)}${row + rows - 1}`;

/**
 * Ranges asked for by A1 notation, from the range list that marks our columns (calls30: a first run's write blocks and
 * highlight rule come with the 13 column ranges of that one `getRangeList`, not one `getRange` each); any other is asked.
 */
type RangeAt = (row: number, column: number, rows: number, columns: number) => GoogleAppsScript.Spreadsheet.Range;

/**
 * Creates the missing columns and marks the columns found by header or created (developer metadata). `also`: the other
 * ranges the run will write (A1), fetched in the same range list when there is one; returns where to get any range.
 */
function markOwnedColumns(sheet: Sheet, { positions, needsMark, missing, used }: OwnedPlan, also: string[] = []): RangeAt {
  const premade = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  // One row always exists: only the width may need growing (no getMaxRows call).
  if (missing > 0) ensureSize(sheet, 1, used + missing);
  const notes = positions.get('notes');
  if (missing > 0 && notes !== undefined && notes > used) sheet.setColumnWidth(notes, NOTES_COLUMN_WIDTH);
  if (needsMark.length > 0) {
    // One metadata entry per column, so each column is found again wherever a user moves it or inserts
    // columns: developer metadata sits on the spreadsheet, a sheet or ONE whole row or column (Sheets API,
    // DeveloperMetadataLocation.dimensionRange: "must represent a single row or column; it cannot be
    // unbounded or span multiple rows or columns"). The column ranges ("K:K"…) come from one range list
    // (Sheet.getRangeList + RangeList.getRanges: two calls, not one getRange per column).
    const letters = needsMark.map((column) => columnToLetters(positions.get(column) as number));
    const ranges = sheet.getRangeList([...letters.map((l) => `${l}:${l}`), ...also]).getRanges();
    needsMark.forEach((column, i) => ranges[i].addDeveloperMetadata(OWNED_COLUMN_METADATA_KEY, column));
    also.forEach((a1, i) => premade.set(a1, ranges[letters.length + i]));
  }
  return (row, column, rows, columns) => premade.get(a1Of(row, column, rows, columns)) ?? sheet.getRange(row, column, rows, columns);
}

/** Contiguous runs of [column, index] sorted by index. */
function runsOf(positions: Map<OutputColumn, number>): Array<Array<[OutputColumn, number]>> {
  const sorted = [...positions.entries()].sort((a, b) => a[1] - b[1]);
  const runs: Array<Array<[OutputColumn, number]>> = [];
  for (const entry of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1][1] + 1 === entry[1]) last.push(entry);
    else runs.push([entry]);
  }
  return runs;
}

/**
 * Replaces our conditional-format rule (and only ours) with one for the current layout; when
 * ours is already there with the same formula over the same range, nothing is written (a
 * re-check of an unchanged table saves the rule's rebuild: seven service calls). The rule is
 * cosmetic: refused over a range the user protected (formatting protected cells is an edit, the
 * reading the emulator models), it is put on our own columns alone, else left as it was — never
 * failing a run whose results are written. False then (the summary says so).
 */
function writeFlagRule(sheet: Sheet, flagColumn: number, firstRow: number, lastRow: number, lastColumn: number, positions: Map<OutputColumn, number>, rangeAt: RangeAt): boolean {
  const rules = sheet.getConditionalFormatRules();
  const ours: Array<{ rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule; values: unknown[] }> = [];
  const others = rules.filter((rule) => {
    const condition = rule.getBooleanCondition();
    if (!condition) return true;
    const values = condition.getCriteriaValues();
    const mine = values.some((value) => typeof value === 'string' && value.includes(RULE_MARKER));
    if (mine) ours.push({ rule, values });
    return !mine;
  });
  if (lastRow < firstRow) {
    if (others.length !== rules.length) sheet.setConditionalFormatRules(others);
    return true;
  }
  const column = columnToLetters(flagColumn);
  const formula = `=AND(LEFT($${column}${firstRow},1)="⚠",N("${RULE_MARKER}")=0)`;
  const a1 = `A${firstRow}:${columnToLetters(lastColumn)}${lastRow}`;
  if (ours.length === 1) {
    const ranges = ours[0].values[0] === formula ? ours[0].rule.getRanges() : [];
    if (ranges.length === 1 && ranges[0].getA1Notation() === a1) return true;
  }
  const put = (ranges: GoogleAppsScript.Spreadsheet.Range[]) =>
    sheet.setConditionalFormatRules([...others, SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(formula).setBackground(FLAG_BACKGROUND).setRanges(ranges).build()]);
  const rows = lastRow - firstRow + 1;
  try {
    put([rangeAt(firstRow, 1, rows, lastColumn)]);
    return true;
  } catch {
    try {
      put(runsOf(positions).map((run) => rangeAt(firstRow, run[0][1], rows, run.length)));
    } catch {
      // Left as it was.
    }
    return false;
  }
}

/** What Check goals will write on the goals tab, known from the read alone (before the analysis). */
interface WritePlan {
  sheet: Sheet;
  owned: OwnedPlan;
  headerRow: number;
  lastGoalRow: number;
  lastRow: number;
  blocks: Array<[number, number]>;
}

/**
 * Plans the write and refuses it when a protection covers any of its cells (./protect.ts): every target range —
 * each of our columns from the header to the last row written, the columns to create included — in ONE check, run
 * before the analysis (a protected Goals tab is refused at once, not after minutes of analysis on a big workbook)
 * and before anything is written (no column is written when another would be refused).
 */
function planResults(read: SpreadsheetRead, env: WorkbookEnv): WritePlan | null {
  const info = read.model.goalsSheet;
  if (!info) return null;
  const sheet = read.sheets.get(info.name) as Sheet;
  const headerRow = info.columns.headerRow + 1;
  const grid = read.grids.find((g) => g.name === info.name);
  const lastGoalRow = read.model.goals.reduce((max, g) => Math.max(max, g.row), headerRow);
  // A row of our columns is ours when it holds a goal, or our Check mark or "not checked" note from a past run
  // (goals deleted since: cleared). Any other row with something in our columns is the user's (a footnote under
  // the table): neither its values nor its formats are written (review 9, D1).
  const goalRows = new Set(read.model.goals.map((g) => g.row));
  // Our Check marks (check.flag.*: "⚠ Review", "✓ OK", "△ Stretch" and their French) and the "not checked" note.
  const marks = new Set([t('en', 'wb.note.notChecked'), t('fr', 'wb.note.notChecked')]);
  const cellAt = (row: number, index: number | undefined): CellValue | undefined => (index === undefined ? undefined : grid?.values[row - 1]?.[index - 1]);
  const previous = previousColumns(read);
  const userRows = new Set<number>();
  let lastRow = lastGoalRow;
  for (let row = headerRow + 1; row <= (grid?.values.length ?? 0); row++) {
    if (goalRows.has(row) || /^[⚠✓△] /.test(String(cellAt(row, previous.get('flag')))) || marks.has(cellAt(row, previous.get('notes')) as string)) lastRow = row;
    else if ([...previous.values()].some((index) => !isBlankCell(cellAt(row, index)))) userRows.add(row);
  }
  const owned = planOwnedColumns(sheet, read);
  // A merged area over one of our columns (a section's label merged across the sheet) is the user's: its rows are not
  // written (a hidden cell of a merge shows nothing, and Google documents no write into one).
  const ours = [...owned.positions.values()];
  for (const [top, left, rows, columns] of read.goalsMerges) {
    if (!ours.some((column) => column >= left && column < left + columns)) continue;
    // A goal's row merged down with the row under it (its wrapped text): the top row's cells show, so its Check and Notes
    // are written when none of our columns is a hidden cell of the merge; the rows under it are not.
    const topShows = goalRows.has(top) && !ours.some((column) => column > left && column < left + columns);
    for (let row = topShows ? top + 1 : top; row < top + rows; row++) userRows.add(row);
  }
  // Contiguous blocks of rows to write, the header's included, around the user's rows.
  const blocks: Array<[number, number]> = [];
  for (let row = headerRow; row <= lastRow; row++) {
    const block = blocks[blocks.length - 1];
    if (userRows.has(row)) continue;
    if (block && block[1] === row - 1) block[1] = row;
    else blocks.push([row, row]);
  }
  // Nothing is written when a protection covers our columns from the header to the last row we write (./protect.ts).
  // A column to mark with our metadata is checked whole (metadata sits on the whole column; the emulator refuses it
  // over a protected cell anywhere in it): refused before anything is written rather than halfway.
  assertWritable(env.lang, sheet, info.name, [...owned.positions].map(([name, column]) => (owned.needsMark.includes(name) ? [1, column, 1e7, 1] : [headerRow, column, lastRow - headerRow + 1, 1])));
  return { sheet, owned, headerRow, lastGoalRow, lastRow, blocks };
}

/** Writes headers, values and formats of our columns for every row of the table (`plan`: planResults, checked). */
function writeResults(run: CheckRun, plan: WritePlan): void {
  const { read, env, result } = run;
  const info = read.model.goalsSheet;
  if (!info) return;
  const { sheet, owned, headerRow, lastGoalRow, lastRow, blocks } = plan;
  const grid = read.grids.find((g) => g.name === info.name);
  const positions = owned.positions;
  const tableWidth = Math.max(info.columns.width, ...positions.values());
  // Every range this run writes, asked with the column ranges when the first run marks them (one range list).
  const runs = runsOf(positions);
  const also = runs.flatMap((columns) => blocks.map(([top, bottom]) => a1Of(top, columns[0][1], bottom - top + 1, columns.length)));
  if (lastGoalRow > headerRow) also.push(a1Of(headerRow + 1, 1, lastGoalRow - headerRow, tableWidth));
  const rangeAt = markOwnedColumns(sheet, owned, also);
  // Columns resolveOwnedColumns created (the sheet was grown to hold them).
  const createdUpTo = Math.max(0, ...positions.values());
  const byRow = new Map<number, GoalCheck>(result.checks.map((c) => [c.row, c]));
  const remaining = new Set(result.remainingRows);
  // Rows this run did not reach keep the result of the previous run, when they have one.
  const kept = new Set([...remaining].filter((row) => !run.pending.has(row)));
  const notChecked = t(env.lang, 'wb.note.notChecked');
  // The suggested target wears its KPI column's own format (read with the tab's values), else its unit's in the sheet's currency.
  const columnFormats = new Map<string, string | null>();
  const suggestedFormat = (check: GoalCheck): string => {
    const series = check.seriesKey ? read.model.series.find((s) => s.key === check.seriesKey) : undefined;
    let columnFormat: string | null = null;
    if (series) {
      if (!columnFormats.has(series.key)) columnFormats.set(series.key, gridColumnFormat(read.grids.find((g) => g.name === series.sheetName), series.column));
      columnFormat = columnFormats.get(series.key) ?? null;
    }
    return amountFormat(check.suggestedTarget, check.unit, { columnFormat, currency: check.currency, localeCurrency: env.currency, lang: env.cellLang });
  };
  const notesColumn = positions.get('notes') as number;
  // Ranges written so far, with the values they held before: a protection added after the check (an owner locking the
  // tab while the results are written) stops the next write; the ranges already written get their values back, so
  // no column is left with new results beside old ones.
  const written: Array<[GoogleAppsScript.Spreadsheet.Range, CellValue[][], string[][], number, Array<[OutputColumn, number]>]> = [];
  // A rectangle written over a user's formula (one they typed in our columns, or rows kept as they were) writes the formula's
  // text back, never its value: "If it begins with '=' it is interpreted as a formula" (Range.setValue,
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue; user data never overwritten, surf54).
  const keepFormulas = (cells: Array<Array<string | number | boolean>>, top: number, columns: Array<[OutputColumn, number]>): Array<Array<string | number | boolean>> =>
    cells.map((line, r) => line.map((cell, j) => grid?.formulas?.[top + r - 1]?.[columns[j][1] - 1] || cell));
  // ...on the automatic format when it wore plain text ('@': a Verdict or SMART notes cell keeps the format our last run
  // gave it): a string written into a plain-text cell stays text, "=" included (emulated: docs/ARCHITECTURE.md *Typed
  // strings*), so the formula came back as its own text (surf55). Set in the block's one setNumberFormats before its values
  // ("Sets a rectangular grid of number or date formats", Range.setNumberFormats): no call more.
  const formulaFormats = (formats: string[][], top: number, columns: Array<[OutputColumn, number]>): string[][] =>
    formats.map((line, r) => line.map((format, j) => (format === '@' && grid?.formulas?.[top + r - 1]?.[columns[j][1] - 1] ? GENERAL_FORMAT : format)));
  try {
    for (const columns of runs) {
      const first = columns[0][1];
      // Inside the data range we read (or the columns just created), the grid is big enough already.
      const gridWidth = grid?.values[0]?.length ?? 0;
      if (lastRow > (grid?.values.length ?? 0) || first + columns.length - 1 > Math.max(gridWidth, createdUpTo)) ensureSize(sheet, lastRow, first + columns.length - 1);
      for (const [top, bottom] of blocks) {
        const range = rangeAt(top, first, bottom - top + 1, columns.length);
        // The block's formats as they are, read once when a kept row or a user's cell needs them.
        let formatsRead: string[][] | null = null;
        const formatsNow = (): string[][] => (formatsRead ??= range.getNumberFormats());
        const values: CellValue[][] = [];
        let formats: string[][] = [];
        for (let row = top; row <= bottom; row++) {
          if (row === headerRow) {
            values.push(columns.map(([column]) => outputHeader(column, env.lang)));
            formats.push(columns.map(() => '@'));
            continue;
          }
          const check = byRow.get(row);
          const previous = (index: number): CellValue => grid?.values[row - 1]?.[index - 1] ?? '';
          if (!check && kept.has(row)) {
            values.push(columns.map(([, index]) => previous(index)));
            formats.push(formatsNow()[row - top]);
            continue;
          }
          const cells = check ? outputValues(check, env.lang) : null;
          // A user's text typed over one of our cells (isOwnOutput): kept, value and format.
          // A formula is never ours: a user's formula in one of our columns is kept (written back as itself below).
          const own = columns.map(([column, index]) => !grid?.formulas?.[row - 1]?.[index - 1] && isOwnOutput(column, previous(index), previous(notesColumn)));
          values.push(columns.map(([column, index], j) => (!own[j] ? previous(index) : cells ? cells[column] : column === 'notes' && remaining.has(row) ? notChecked : '')));
          const amount = check && check.suggestedTarget !== null ? suggestedFormat(check) : null;
          formats.push(
            columns.map(([column], j) => {
              if (!own[j]) return formatsNow()[row - top][j];
              const format = outputNumberFormat(column, check?.unit ?? null, check?.suggestedTarget ?? null, amount, check?.currency ?? null);
              // A chance or a suggested rate in a French workbook reads « <1 % », « 30,8 % » (review 8, E5; review 10, F19), as
              // the report's formats: Sheets and LibreOffice write a format's bare % without the French space.
              return env.cellLang === 'fr' && format.includes('%') ? frenchPercent(format) : format;
            }),
          );
        }
        range.setNumberFormats((formats = formulaFormats(formats, top, columns)));
        written.push([range, values.map((_, r) => columns.map(([, index]) => grid?.values[top + r - 1]?.[index - 1] ?? '')), formats, top, columns]);
        range.setValues(keepFormulas(safeValues(values, formats), top, columns));
        // Bold headers and wrapped notes (one reason per line), set on the same range: one call each, not one getRange more.
        const weights = values.map((_, r) => columns.map(() => (r + top === headerRow ? 'bold' : 'normal')));
        range.setFontWeights(weights);
        // The headers wrap too: in Sheets' default 100-px column "Suggested target" and « Chance par les inducteurs » were
        // cut (every word of them fits 100 px: test/core/plan/text-width.test.ts), and a width the user chose is kept.
        if (columns.some(([, index]) => index === notesColumn) || (top <= headerRow && headerRow <= bottom)) {
          range.setWraps(values.map((_, r) => columns.map(([, index]) => r + top === headerRow || (r + top > headerRow && index === notesColumn))));
        }
      }
    }
  } catch (error) {
    if (protectedFailure(env.lang)) {
      for (const [range, before, formats, top, columns] of written) {
        try {
          range.setValues(keepFormulas(safeValues(before, formats), top, columns));
        } catch {
          // That range is protected now too: nothing more to undo there.
        }
      }
    }
    throw error;
  }
  if (!writeFlagRule(sheet, positions.get('flag') as number, headerRow + 1, lastGoalRow, tableWidth, positions, rangeAt)) run.summary.message += ` ${t(env.lang, 'wb.note.highlightProtected')}`;
}

/**
 * Refuses to write when, during the analysis, someone moved the Goals tab's rows or columns or typed in our columns
 * (core/workbook/moved.ts): the results would land beside other goals or over the user's text. One read of the tab
 * (1 call); nothing is written and the user is asked to run the check again.
 */
function assertTableInPlace(run: CheckRun, plan: WritePlan): void {
  const { read, env } = run;
  const info = read.model.goalsSheet;
  if (!info || !read.goalsValues) return;
  // One call (Sheet.getSheetValues: "A -1 value given as the row or column position is equivalent to getting the very
  // last row or column that has data in the sheet"), where getDataRange().getValues() made two (calls30). Google does not
  // say what it does on a sheet emptied meanwhile: then the data range is asked, as before.
  let values: unknown[][];
  try {
    values = plan.sheet.getSheetValues(1, 1, -1, -1);
  } catch {
    values = plan.sheet.getDataRange().getValues();
  }
  const now = values.map((row) => row.map(toCellValue));
  if (tableMoved(read.goalsValues, now, { headerRow: plan.headerRow, lastRow: plan.lastRow, columns: [...identityColumns(info.columns.fields), ...plan.owned.positions.values()] })) {
    throw UserError.of(env.lang, 'wb.error.tableMoved', { sheet: info.name });
  }
}

/** Check goals, as the menu, the sidebar and the CLI run it. */
export function checkGoals(): CheckSummary {
  const budget = startRunBudget();
  const env = workbookEnv();
  return withDocumentLock(env.lang, () => {
    env.spreadsheet.toast(t(env.lang, 'wb.toast.checking'), t(env.lang, 'app.name'), 5);
    let plan: WritePlan | null = null;
    const run = analyzeSpreadsheet(env, budget, (read) => {
      plan = planResults(read, env);
    });
    if (plan) {
      assertTableInPlace(run, plan);
      writeResults(run, plan);
    }
    run.summary.message = withSettingsNote(env, run.summary.message);
    env.spreadsheet.toast(run.summary.message, t(env.lang, 'app.name'), 10);
    return run.summary;
  });
}
