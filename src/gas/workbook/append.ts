/**
 * appendGoal: the wizard's "add this goal" — one row after the last row of
 * the goals table, each structured value in its column, under the document
 * lock. Without a goals tab, one is created with the standard headers.
 */
import { isValidIsoDate, isoToSerial } from '../../core/dates';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { t } from '../../core/messages';
import { GOALS_SHEET_NAMES, findGoalsSheet } from '../../core/workbook/model';
import { fold, isBlankCell } from '../../core/workbook/text';
import { addGoalProblem, readGoalRows } from '../../core/workbook/goals';
import { matchCatalog } from '../../core/workbook/link';
import { dateFormatFor, isAmountFormat } from '../../core/workbook/values';
import { amountFormat } from './formats';
import { GOAL_FIELDS, type CellValue, type GoalField, type NewGoal, type SheetGrid } from '../../core/workbook/types';
import { goalTableOptions, UserError, withDocumentLock, workbookEnv, type WorkbookEnv } from './env';
import { toCellValue } from './read';
import { finiteOrNull } from '../functions/cells';
import { assertWritable, type Area } from './protect';
import { adjacentRuns, writableBlocks } from '../../core/workbook/blocks';
import { ensureSize, safeCell } from './write';
import { appendAreaMoved, identityColumns, type AppendArea } from '../../core/workbook/moved';

const HEADER_KEYS: Readonly<Record<GoalField, Parameters<typeof t>[1]>> = {
  id: 'example.header.id',
  statement: 'example.header.goal',
  kpi: 'example.header.kpi',
  owner: 'example.header.owner',
  baseline: 'example.header.baseline',
  target: 'example.header.target',
  start: 'example.header.start',
  deadline: 'example.header.deadline',
  parent: 'example.header.parent',
  direction: 'example.header.direction',
  aggregation: 'example.header.aggregation',
  hires: 'example.header.hires',
  dependsOn: 'example.header.dependsOn',
};

const MAX_STATEMENT = 2000;

/**
 * The goals tab of the workbook (by settings, name or headers), reading each candidate once: the tabs named like one
 * (the settings' name, then the usual FR/EN names) first; only when none holds goals, the other tabs' first rows, and
 * in full only those whose first rows are a goal table (review 9, D4: a 100,000-row log is not read to add a goal).
 */
function goalsTab(env: WorkbookEnv): { sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: SheetGrid; tabs: string[] } | null {
  const sheets = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of env.spreadsheet.getSheets()) sheets.set(sheet.getName(), sheet);
  const options = { ...goalTableOptions(env), goalsSheetName: env.settings.goalsSheetName };
  const full = (name: string): SheetGrid => ({ name, values: (sheets.get(name) as GoogleAppsScript.Spreadsheet.Sheet).getDataRange().getValues().map((row) => row.map(toCellValue)) });
  const wanted = [env.settings.goalsSheetName ?? '', ...GOALS_SHEET_NAMES].map(fold);
  const named = [...sheets.keys()].filter((name) => wanted.includes(fold(name)));
  let reads = named.map(full);
  let found = findGoalsSheet(reads, options);
  if (!found) {
    reads = [...sheets]
      .filter(([name, sheet]) => {
        const last = sheet.getLastRow();
        return last > 0 && findGoalsSheet([{ name, values: sheet.getSheetValues(1, 1, Math.min(last, 60), -1).map((row) => row.map(toCellValue)) }], options);
      })
      .map(([name]) => full(name));
    found = findGoalsSheet(reads, options);
  }
  if (!found) return null;
  const grid = found.grid;
  return { sheet: sheets.get(grid.name) as GoogleAppsScript.Spreadsheet.Sheet, grid, tabs: [...sheets.keys()] };
}

function createGoalsTab(env: WorkbookEnv): { sheet: GoogleAppsScript.Spreadsheet.Sheet; grid: SheetGrid; tabs: null } {
  const base = t(env.lang, 'example.sheet.goals');
  let name = base;
  for (let n = 2; env.spreadsheet.getSheetByName(name); n++) name = `${base} (${n})`;
  const sheet = env.spreadsheet.insertSheet(name);
  const header = GOAL_FIELDS.map((field) => t(env.lang, HEADER_KEYS[field]));
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return { sheet, grid: { name, values: [header] }, tabs: null };
}

function cleanText(value: unknown, max = 200): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\r\n\t]+/g, ' ').trim();
  return text === '' ? null : text.slice(0, max);
}

/**
 * The next ID of the sequence the table shows, so the new goal can be named as a parent: "G7" after
 * G1–G6 (whatever other IDs like "S-Q1" sit below), "OBJ4" after OBJ1–OBJ3. The sequence is the
 * letters+number prefix most IDs use (G when none does); the number follows its highest, skipping IDs taken.
 */
export function freeId(values: readonly (readonly CellValue[])[], column: number): string {
  const ids = values.map((row) => String(row[column] ?? '').trim()).filter((id) => id !== '');
  const taken = new Set(ids.map((id) => id.toLowerCase()));
  const byPrefix = new Map<string, { prefix: string; count: number; max: number }>();
  for (const id of ids) {
    const match = /^([A-Za-z]{1,6})(\d{1,6})$/.exec(id);
    if (!match) continue;
    const key = match[1].toLowerCase();
    const entry = byPrefix.get(key) ?? { prefix: match[1], count: 0, max: 0 };
    entry.count++;
    entry.max = Math.max(entry.max, Number(match[2]));
    byPrefix.set(key, entry);
  }
  const best = [...byPrefix.values()].sort((a, b) => b.count - a.count || b.max - a.max)[0] ?? { prefix: 'G', max: 0 };
  let n = best.max + 1;
  while (taken.has(`${best.prefix}${n}`.toLowerCase())) n++;
  return `${best.prefix}${n}`;
}

/**
 * Refuses to append when the Goals tab changed under the new rows since it was read (`appendAreaMoved`): a row
 * inserted or deleted in the table, a column inserted left of a column written, a cell typed where the new rows go.
 * The document lock keeps other add-on runs out, not colleagues. Returns the data range read, for its formulas.
 */
function assertAppendInPlace(env: WorkbookEnv, sheet: GoogleAppsScript.Spreadsheet.Sheet, grid: SheetGrid, area: AppendArea): GoogleAppsScript.Spreadsheet.Range {
  const range = sheet.getDataRange();
  const now = range.getValues().map((row) => row.map(toCellValue));
  if (appendAreaMoved(grid.values, now, area)) throw UserError.of(env.lang, 'wb.error.appendMoved', { sheet: grid.name });
  return range;
}

export function appendGoal(input: NewGoal): { row: number; sheetName: string; id: string | null; leftToFormulas?: string[] } {
  const result = appendGoals({ goals: [input] });
  const first = result.rows[0];
  return { row: first.row, sheetName: result.sheetName, id: first.id, ...(result.leftToFormulas && { leftToFormulas: result.leftToFormulas }) };
}

/** One goal of a batch; `parentFrom`: its parent is the goal at that index of the same batch (its ID is known only once written). */
export type BatchGoal = NewGoal & { parentFrom?: number };

export interface GoalBatch {
  goals: readonly BatchGoal[];
  /**
   * A goal already in the table that the batch goes under: it must be there (checked under the
   * lock), and a goal of the batch whose KPI already has a goal under it is skipped, so sending the
   * same batch twice adds nothing the second time.
   */
  existingParent?: string | null;
}

export interface BatchResult {
  sheetName: string;
  rows: Array<{ index: number; row: number; id: string | null }>;
  /** Indexes of the goals skipped (their KPI already has a goal under `existingParent`). */
  skipped: number[];
  /** Headers of the fields left to the user's formulas in the new rows (their cells are not written), when any. */
  leftToFormulas?: string[];
}

const foldKey = (text: string | null | undefined): string => (text ?? '').trim().toLowerCase();

/**
 * appendGoals: the wizard's "add this goal" and "add driver goals" — the rows go after the last
 * row of the goals table, in one pass under the document lock: one read of the tabs, then one
 * write per run of adjacent columns covering every new row. Nothing outside the new rows is
 * written but the header of a column the table lacked.
 */
export function appendGoals(batch: GoalBatch): BatchResult {
  const env = workbookEnv();
  const inputs = batch.goals.map((goal) => ({ goal, statement: cleanText(goal?.statement, MAX_STATEMENT) }));
  if (inputs.length === 0) throw UserError.of(env.lang, 'drivers.wizard.noGoals');
  if (inputs.some((input) => !input.statement)) throw UserError.of(env.lang, 'wb.error.emptyGoal');
  return withDocumentLock(env.lang, () => {
    const tab = goalsTab(env) ?? createGoalsTab(env);
    const { sheet, grid } = tab;
    const found = findGoalsSheet([grid], goalTableOptions(env));
    const columns = found?.info.columns;
    if (!columns) throw UserError.of(env.lang, 'wb.error.noGoals');
    // After the last row holding anything in the table's columns.
    const width = Math.max(columns.width, ...Object.values(columns.fields).map((c) => c + 1));
    let last = columns.headerRow;
    grid.values.forEach((row, index) => {
      if (row.slice(0, width).some((cell) => !isBlankCell(cell))) last = Math.max(last, index);
    });
    const skipped: number[] = [];
    const existingParent = cleanText(batch.existingParent);
    if (existingParent) {
      const idColumn = columns.fields.id;
      const ids = idColumn === undefined ? [] : grid.values.slice(columns.headerRow + 1).map((row) => String(row[idColumn] ?? '').trim());
      if (!ids.some((id) => id.toLowerCase() === existingParent.toLowerCase())) throw UserError.of(env.lang, 'drivers.wizard.noParent', { id: existingParent });
      const parentColumn = columns.fields.parent;
      const kpiColumn = columns.fields.kpi;
      const taken = new Set<string>();
      if (parentColumn !== undefined && kpiColumn !== undefined) {
        for (const row of grid.values.slice(columns.headerRow + 1)) if (foldKey(String(row[parentColumn] ?? '')) === existingParent.toLowerCase()) taken.add(foldKey(String(row[kpiColumn] ?? '')));
      }
      inputs.forEach((input, index) => {
        if (taken.has(foldKey(input.goal.kpi))) skipped.push(index);
      });
    }
    // Refused before anything is written, with the reason the wizard shows (core/workbook/goals.ts).
    if (!batch.existingParent) {
      const rows = readGoalRows(grid.values, columns, env.numberLang, 1, { order: env.dateOrder, fiscalStartMonth: env.settings.fiscalYearStartMonth });
      for (const { goal } of inputs) {
        const problem = addGoalProblem(goal, rows, tab.tabs, env.today, env.lang);
        if (problem) throw new UserError(problem);
      }
    }
    const date = (value: unknown): number | null => (typeof value === 'string' && isValidIsoDate(value) ? isoToSerial(value) : null);
    // IDs are given in order, each one taken before the next is chosen.
    const idColumn = columns.fields.id;
    const takenIds: CellValue[][] = idColumn === undefined ? [] : grid.values.slice(columns.headerRow + 1).map((row) => [row[idColumn] ?? '']);
    const written: Array<{ index: number; values: Partial<Record<GoalField, CellValue>>; formats: Partial<Record<GoalField, string>> }> = [];
    inputs.forEach(({ goal: input, statement }, index) => {
      if (skipped.includes(index)) return;
      const unit = matchCatalog(input.kpi ?? '', KPI_CATALOG)?.unit ?? null;
      // Without an ID column, goals another goal of the batch goes under still get an ID (in a new ID column): their children must name them.
      const named = columns.fields.id !== undefined || inputs.some((other) => other.goal.parentFrom === index);
      const id = cleanText(input.id) ?? (named ? freeId(takenIds, 0) : null);
      if (id !== null) takenIds.push([id]);
      const parentFrom = input.parentFrom;
      const fromBatch = typeof parentFrom === 'number' ? written.find((w) => w.index === parentFrom)?.values.id : undefined;
      const values: Partial<Record<GoalField, CellValue>> = {
        id,
        statement,
        kpi: cleanText(input.kpi),
        owner: cleanText(input.owner),
        baseline: finiteOrNull(input.baseline),
        target: finiteOrNull(input.target),
        start: date(input.start),
        deadline: date(input.deadline),
        parent: typeof fromBatch === 'string' ? fromBatch : cleanText(input.parent),
        direction: input.direction ? t(env.lang, `direction.${input.direction}`) : null,
        aggregation: input.aggregation ? t(env.lang, input.aggregation === 'total' ? 'example.aggregation.total' : 'wb.aggregation.level') : null,
      };
      // Amounts in the KPI column's own format when it has one, else the unit's in the sheet's currency; dates in the sheet's locale.
      const amount = (value: CellValue | undefined): string =>
        amountFormat(typeof value === 'number' ? value : null, unit, { columnFormat: isAmountFormat(input.valueFormat) ? input.valueFormat : null, currency: null, localeCurrency: env.currency, lang: env.cellLang });
      written.push({
        index,
        values,
        formats: { baseline: amount(values.baseline), target: amount(values.target), start: dateFormatFor(env.locale, env.cellLang), deadline: dateFormatFor(env.locale, env.cellLang) },
      });
    });
    if (written.length === 0) return { sheetName: sheet.getName(), rows: [], skipped };
    const firstRow = last + 2;
    // Fields the table has no column for get one after the last used column, so nothing the wizard says is lost.
    let nextFree = Math.max(sheet.getLastColumn(), width);
    const columnOf = new Map<GoalField, number>();
    const newHeaders: Array<{ column: number; header: string }> = [];
    for (const field of GOAL_FIELDS) {
      if (!written.some((w) => w.values[field] !== null && w.values[field] !== undefined)) continue;
      let column = columns.fields[field];
      // Direction and aggregation follow from the sentence and the KPI: no new column just for them.
      if (column === undefined && (field === 'direction' || field === 'aggregation')) continue;
      if (column === undefined) {
        column = nextFree++;
        newHeaders.push({ column, header: t(env.lang, HEADER_KEYS[field]) });
      }
      columnOf.set(field, column);
    }
    const placed = [...columnOf.entries()].sort((a, b) => a[1] - b[1]);
    // Nothing is written when a protection covers the new rows or headers (./protect.ts); a tab just created has none.
    if (tab.tabs) assertWritable(env.lang, sheet, grid.name, [...placed.map(([, c]): Area => [firstRow, c + 1, written.length, 1]), ...newHeaders.map((h): Area => [columns.headerRow + 1, h.column + 1, 1, 1])]);
    // The tab read again just before writing (+2 calls): a colleague may have moved its rows or columns, or typed where
    // the new rows go, since it was read (core/workbook/moved.ts). The formulas are read from this range too.
    const current = tab.tabs ? assertAppendInPlace(env, sheet, grid, {
      headerRow: columns.headerRow + 1,
      lastRow: last + 1,
      identity: identityColumns(columns.fields),
      written: placed.map(([, c]) => c + 1),
      firstRow,
      rows: written.length,
      width: nextFree,
    }) : undefined;
    // Only the columns we fill are written (one call per run of adjacent columns, all new rows at once):
    // anything else in those rows stays as it is. A field one goal has and another lacks is a blank cell of a new row.
    // A row whose cells are blank or formulas showing "" (a copy-down ID column) is free, but a formula cell is never
    // written: its field is left to the formula, and the wizard says so (review 9, D2; docs/ARCHITECTURE.md).
    // Read before the sheet grows: a read after a write waits for Apps Script to flush it ("Alternating read and write
    // commands is slow", Best practices; review 18: this read came after ensureSize's insertRowsAfter on a full tab).
    const formulas = current?.getFormulas() ?? [];
    ensureSize(sheet, firstRow + written.length - 1, nextFree);
    const free = (k: number, run: ReadonlyArray<readonly [GoalField, number]>): boolean[] => run.map(([, c]) => !formulas[firstRow + k - 1]?.[c]);
    const left = new Set<GoalField>();
    // Cells written so far: emptied again when a later write is refused, so no half-written row is left.
    const done: GoogleAppsScript.Spreadsheet.Range[] = [];
    try {
      if (newHeaders.length > 0) {
        const first = newHeaders[0].column;
        done.push(sheet.getRange(columns.headerRow + 1, first + 1, 1, newHeaders.length).setValues([newHeaders.map((h) => safeCell(h.header))]));
      }
      for (const run of adjacentRuns(placed)) {
        const writable = written.map((_, k) => free(k, run));
        written.forEach((w, k) => run.forEach(([field], c) => {
          if (!writable[k][c] && w.values[field] !== null && w.values[field] !== undefined) left.add(field);
        }));
        // Rows with the same formula cells are written together, each run of free cells at once (core/workbook/blocks.ts).
        for (const block of writableBlocks(writable)) {
          const rows = written.slice(block.row, block.row + block.rows);
          const part = run.slice(block.column, block.column + block.columns);
          const range = sheet.getRange(firstRow + block.row, part[0][1] + 1, block.rows, block.columns);
          const formats = rows.map((w) => part.map(([field]) => w.formats[field] ?? '@'));
          range.setNumberFormats(formats);
          done.push(range.setValues(rows.map((w, r) => part.map(([field], c) => safeCell(w.values[field] ?? '', formats[r][c])))));
        }
      }
    } catch (error) {
      for (const range of done) range.clearContent();
      throw error;
    }
    // An ID left to a formula is the one it shows once the goal is written (children of the batch name it).
    const idAt = columnOf.get('id');
    const parentAt = columnOf.get('parent');
    if (left.has('id') && idAt !== undefined) {
      const shown = sheet.getRange(firstRow, idAt + 1, written.length, 1).getDisplayValues();
      const renamed = new Map<number, string>();
      written.forEach((w, k) => {
        if (shown[k][0] === w.values.id) return;
        w.values.id = shown[k][0] || null;
        renamed.set(w.index, w.values.id ?? '');
      });
      // The children's Parent cells name it: one setValues per run of adjacent rows, not one call per row (review 22,
      // "Use batch operations", developers.google.com/apps-script/guides/support/best-practices).
      if (parentAt !== undefined) {
        const from = (n: number): number | undefined => inputs[written[n].index].goal.parentFrom;
        const renames = written.map((_, n) => renamed.has(from(n) ?? -1) && free(n, [['parent', parentAt]])[0]);
        for (const block of writableBlocks(renames.map((r) => [r]))) {
          // Written into the Parent cells formatted above (their own format, else "@").
          const ids = Array.from({ length: block.rows }, (_, i) => [safeCell(renamed.get(from(block.row + i) ?? -1) ?? '', written[block.row + i].formats.parent ?? '@')]);
          sheet.getRange(firstRow + block.row, parentAt + 1, block.rows, 1).setValues(ids);
        }
      }
    }
    return {
      sheetName: sheet.getName(),
      rows: written.map((w, k) => ({ index: w.index, row: firstRow + k, id: typeof w.values.id === 'string' ? w.values.id : null })),
      skipped,
      ...(left.size > 0 && { leftToFormulas: [...left].map((field) => String(grid.values[columns.headerRow]?.[columnOf.get(field) as number] ?? field)) }),
    };
  });
}
