/**
 * Formula evaluation for the preview grid, with HyperFormula (GPL-3.0:
 * a devDependency used only here, never bundled into dist/). Our custom
 * functions are registered from the registry and implemented by calling
 * the BUILT dist/Code.js, so `=SMARTSCORE(B2)` shows what Sheets would show.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type ImplementedFunctions } from 'hyperformula';
import type { FunctionPluginDefinition } from 'hyperformula';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../../gas/registry';
import { rectToA1 } from '../emulator/a1';
import { shiftFormula } from '../emulator/formula-shift';
import { DATE_RESULT_TYPES, engineText } from '../emulator/recalc';
import { dateToSerial } from '../emulator/values';

/**
 * HyperFormula's date-typed number (its `NUMBER_DATE`), which its package does not export: loaded from the same
 * CommonJS module the engine uses (by path, past the package's exports map), so the engine knows a custom function's
 * Date result for a date — `=SMARTPARSE(A2)`'s deadline plus 30 is a date, as in Sheets.
 */
const load = createRequire(__filename);
const { DateNumber } = load(path.join(path.dirname(load.resolve('hyperformula')), 'interpreter', 'InterpreterValue.js')) as { DateNumber: new (value: number) => object };

/** One cell as the grid shows it. */
export type GridValue = string | number | boolean | null;

/** A date cell: its Sheets serial number (days since 1899-12-30 in the spreadsheet's calendar, a fraction for the time). */
export interface DateCell {
  serial: number;
}

/** A cell handed to the formula engine: a formula as "=…" text, a date, or the value Apps Script reads. */
export type FormulaCell = GridValue | DateCell;

export interface FormulaSheet {
  name: string;
  /**
   * Raw cells: a formula as "=…" text, a date cell as `{ serial }`, otherwise the value `getValues` gives (text is
   * text: "007", "TRUE" or "30/06/2026" read from a text cell stay text, as Sheets keeps them).
   */
  cells: FormulaCell[][];
}

/** How the engine's values become a custom function's arguments (the spreadsheet's time zone). */
export interface ArgumentOptions {
  /**
   * A date value (a date cell, DATE(…), a date plus days) as the Date Apps Script passes: "Times and dates in Sheets
   * become Date objects in Apps Script" (Custom Functions in Google Sheets, developers.google.com/apps-script/guides/
   * sheets/functions, Data types) — midnight of that day in the spreadsheet's zone, as getValue gives it. Without it
   * the serial number is passed.
   */
  dateArgument?: (serial: number) => Date;
  /**
   * A Date a custom function returns, as the serial number of the day and time it shows in the spreadsheet's zone: "a
   * custom function's Date result" is a date value of the sheet, shown in its zone (the emulator's `setValue` model,
   * docs/ARCHITECTURE.md *Time zones*), which other formulas compute with. Without it the Date's UTC day is used.
   */
  dateResult?: (date: Date) => number;
}

/** A "custom formula" conditional-format rule: cells of `ranges` (1-based) where the formula is true get `background`. */
export interface HighlightRule {
  formula: string;
  background: string;
  ranges: ReadonlyArray<{ row: number; column: number; numRows: number; numColumns: number }>;
}

export interface EvaluatedSheets {
  values: GridValue[][][];
  /** Per sheet: "row:column" (0-based) → background from conditional formatting. */
  highlights: Array<Map<string, string>>;
  /**
   * Per sheet: "row:column" (0-based) of a custom function that threw → its message, which Sheets shows as the
   * cell's error tooltip while the cell shows `#ERROR!` (see `CUSTOM_FUNCTION_ERROR_DISPLAY`).
   */
  errors: Array<Map<string, string>>;
  /**
   * Per sheet: "row:column" (0-based) of the formula cells and spilled cells whose value is a date (TODAY()+90, DATE(…),
   * a custom function's Date): Sheets shows them as dates, not as serial numbers (see `DATE_RESULT_TYPES`).
   */
  dates: Array<Set<string>>;
  /** The cells of `dates` whose value is a date and time (NOW(), NOW()+1): Sheets shows their time too. */
  dateTimes: Array<Set<string>>;
  /**
   * Per sheet: "row:column" (0-based) of a formula whose array result fills more than its own cell → the rows and
   * columns it fills (=SMARTSCORE(A2:A20): 19 × 1), so a file written from the preview caches every one of them.
   */
  spills: Array<Map<string, { rows: number; columns: number }>>;
}

/**
 * What a cell shows when its custom function throws. The custom functions guide documents it for the time limit — "A
 * custom function call must return within 30 seconds. If it doesn't, the cell displays #ERROR! and the cell note is
 * Exceeded maximum execution time (line 0)." — and says a thrown error reaches the user as its message ("If your
 * custom function throws the error message You do not have permission to call X service., …"), Custom Functions in
 * Google Sheets, developers.google.com/apps-script/guides/sheets/functions, *Return values* and *Use Google Apps
 * Script services*: the cell shows #ERROR! and the message is the cell's error note, never the cell's value, so
 * another formula referencing it gets an error (`=ISERROR(A1)` is TRUE) and a custom function gets "#ERROR!".
 */
export const CUSTOM_FUNCTION_ERROR_DISPLAY = '#ERROR!';

/** Calls a custom function of the built add-on (arguments as Apps Script would pass them). */
export type AddonFunctionCaller = (name: string, args: unknown[]) => unknown;

const ARRAY_SIZE_METHOD = 'smartGoalsResultSize';

/** HyperFormula's internal AST / interpreter types are not exported; we only pass them through. */
interface ProcedureAst {
  procedureName: string;
  args: unknown[];
}
type InterpreterState = unknown;
type InterpreterValue = unknown;
type PluginInternals = {
  runFunction(args: unknown[], state: InterpreterState, metadata: unknown, fn: (...a: unknown[]) => InterpreterValue): InterpreterValue;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: InterpreterState): ArraySize;
};

/** HyperFormula's error types → the codes Sheets shows and `getValue` gives ("#N/A", "#DIV/0!"…). */
const ERROR_CODE_OF_TYPE: Readonly<Record<string, string>> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  CYCLE: '#REF!',
  SPILL: '#REF!',
  ERROR: '#ERROR!',
  LIC: '#ERROR!',
};

/** HyperFormula's date-typed numbers (RichNumber.getDetailedType(): a date cell, DATE(…), a date plus days). */
const DATE_NUMBER_TYPES = new Set(['NUMBER_DATE', 'NUMBER_DATETIME', 'NUMBER_TIME']);

/**
 * A range argument as Apps Script passes it: "If you call your function with a reference to a single cell as an
 * argument (like =DOUBLE(A1)), the argument is the value of the cell. If you call your function with a reference to
 * a range of cells as an argument (like =DOUBLE(A1:B10)), the argument is a two-dimensional array of the cells'
 * values" (custom functions guide, *Arguments*). A range of one cell (`A2:A2`, `Goals!B7:B7`) references a single
 * cell: its value, not [[value]] — the guide's own DOUBLE tests `Array.isArray(input)` for that reason (*Optimization*).
 */
function toAddonArgument(value: unknown, options: ArgumentOptions): unknown {
  if (value instanceof SimpleRangeValue) {
    const rows = value.rawData();
    if (rows.length === 1 && rows[0].length === 1) return toAddonScalar(rows[0][0], options);
    return rows.map((row) => row.map((cell) => toAddonScalar(cell, options)));
  }
  return toAddonScalar(value, options);
}

function toAddonScalar(value: unknown, options: ArgumentOptions): unknown {
  // A blank cell is "" (HyperFormula's blank is its EmptyValue symbol, which a range's rawData() hands out as is).
  if (value === null || value === undefined || typeof value === 'symbol') return '';
  if (typeof value === 'object' && 'val' in value) {
    // Rich numbers: dates become Dates as Apps Script passes them; percents and currencies their number.
    const rich = value as { val: number; getDetailedType?: () => string };
    const type = typeof rich.getDetailedType === 'function' ? rich.getDetailedType() : '';
    return options.dateArgument && DATE_NUMBER_TYPES.has(type) ? options.dateArgument(rich.val) : rich.val;
  }
  if (typeof value === 'object' && 'type' in value && 'message' in value) {
    const type = String((value as { type: unknown }).type);
    return ERROR_CODE_OF_TYPE[type] ?? `#${type}`;
  }
  return value;
}

/**
 * A cell as HyperFormula should hold it. Text gets a leading apostrophe, which HyperFormula strips and keeps as text:
 * without it HyperFormula re-reads the text by its own rules ("007" → 7, "TRUE" → true, "30/06/2026" → a date, "25%"
 * → 0.25) and a custom function would receive what Sheets never passes — a text cell reaches it as the text
 * `getValue` gives. Error codes stay errors (a typed "#N/A" is an error value in Sheets). A date cell becomes a
 * Date whose local fields are its day, which HyperFormula reads as a date.
 */
function engineCell(cell: FormulaCell): unknown {
  if (cell === '' || cell === null) return null;
  if (typeof cell === 'object') return serialToLocalDate(cell.serial);
  if (typeof cell !== 'string' || cell.startsWith('=')) return cell;
  return engineText(cell);
}

/** A serial day number as a Date whose LOCAL fields are that wall clock (HyperFormula reads getFullYear, getHours…). */
function serialToLocalDate(serial: number): Date {
  const whole = Math.floor(serial);
  const seconds = Math.round((serial - whole) * 86_400);
  return new Date(1899, 11, 30 + whole, 0, 0, seconds);
}

function toCellResult(value: unknown): GridValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** A custom function's returned value as the engine should hold it: a Date becomes a date value, not text. */
function toEngineResult(value: unknown, options: ArgumentOptions): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const serial = (options.dateResult ?? dateToSerial)(value as Date);
    return Number.isFinite(serial) ? new DateNumber(serial) : new CellError(ErrorType.NUM);
  }
  return toCellResult(value);
}

/**
 * Built-ins that "return a different result each time they calculate — such as NOW() or RAND() — are not allowed as
 * arguments to a custom function. If a custom function tries to return a value based on one of these volatile
 * built-in functions, it displays Loading... indefinitely." (Custom Functions in Google Sheets,
 * developers.google.com/apps-script/guides/sheets/functions, Arguments.) The volatile built-ins of Sheets' list.
 */
const VOLATILE_FUNCTIONS = new Set(['NOW', 'TODAY', 'RAND', 'RANDBETWEEN', 'RANDARRAY']);

/** What Sheets shows in such a cell, for ever. */
export const VOLATILE_ARGUMENT_DISPLAY = 'Loading...';

/** HyperFormula's cell address (0-based, sheet id in the order the sheets were given). */
interface SimpleAddress {
  sheet: number;
  col: number;
  row: number;
}
/** The parts of HyperFormula's dependency graph the volatility walk reads (internal, not exported: passed through). */
interface GraphInternals {
  getCell(address: SimpleAddress): unknown;
  lazilyTransformingAstService: unknown;
}
type AddressAst = { toSimpleCellAddress?: (base: SimpleAddress) => SimpleAddress; toSimpleColumnAddress?: (base: SimpleAddress) => { sheet: number; col: number }; toSimpleRowAddress?: (base: SimpleAddress) => { sheet: number; row: number } };

/**
 * Whether a custom function's arguments are "based on" a volatile built-in: calling one (`=SMARTSCORE(A2, , TODAY())`)
 * or referencing a cell or range whose formula does, at any depth (`=GOALVERDICT(B2:C9, 30%, D1)` with D1 `=TODAY()+90`
 * or `=E1` and E1 `=NOW()`). The guide says the arguments "must be deterministic… built-in spreadsheet functions that
 * return a different result each time they calculate — such as NOW() or RAND() — are not allowed as arguments to a custom
 * function. If a custom function tries to return a value based on one of these volatile built-in functions, it displays
 * Loading... indefinitely" (*Arguments*): a value reached through a cell is as volatile as the function itself. Walks
 * HyperFormula's ASTs generically, the referenced cells' through its dependency graph; memoized per evaluation.
 */
class VolatileWalk {
  private readonly cells = new Map<string, boolean>();
  private readonly ranges = new Map<string, boolean>();
  /** Per sheet id, per column, the rows of its formula cells in ascending order (0-based), listed once. */
  private readonly formulaRows = new Map<number, Map<number, number[]>>();

  constructor(
    private readonly sheets: readonly FormulaSheet[],
    private readonly graph: GraphInternals,
  ) {}

  /** Whether the AST (evaluated at `base`) depends on a volatile built-in. */
  ast(node: unknown, base: SimpleAddress, seen = new Set<object>()): boolean {
    if (node === null || typeof node !== 'object' || seen.has(node)) return false;
    seen.add(node);
    if (Array.isArray(node)) return node.some((child) => this.ast(child, base, seen));
    const record = node as Record<string, unknown>;
    if (typeof record.procedureName === 'string' && VOLATILE_FUNCTIONS.has(record.procedureName.toUpperCase())) return true;
    const start = record.start as AddressAst | undefined;
    const end = record.end as AddressAst | undefined;
    switch (record.type) {
      case 'CELL_REFERENCE': {
        const reference = record.reference as AddressAst | undefined;
        return reference?.toSimpleCellAddress ? this.cell(reference.toSimpleCellAddress(base)) : false;
      }
      case 'CELL_RANGE': {
        if (!start?.toSimpleCellAddress || !end?.toSimpleCellAddress) return false;
        const from = start.toSimpleCellAddress(base);
        const to = end.toSimpleCellAddress(base);
        return this.range(from.sheet, from.row, to.row, from.col, to.col);
      }
      case 'COLUMN_RANGE': {
        if (!start?.toSimpleColumnAddress || !end?.toSimpleColumnAddress) return false;
        const from = start.toSimpleColumnAddress(base);
        return this.range(from.sheet, 0, Infinity, from.col, end.toSimpleColumnAddress(base).col);
      }
      case 'ROW_RANGE': {
        if (!start?.toSimpleRowAddress || !end?.toSimpleRowAddress) return false;
        const from = start.toSimpleRowAddress(base);
        return this.range(from.sheet, from.row, end.toSimpleRowAddress(base).row, 0, Infinity);
      }
      default:
        return Object.values(record).some((child) => this.ast(child, base, seen));
    }
  }

  private isFormula(address: SimpleAddress): boolean {
    const cell = this.sheets[address.sheet]?.cells[address.row]?.[address.col];
    return typeof cell === 'string' && cell.startsWith('=');
  }

  /** A referenced cell: volatile when its formula is (a cycle counts as not volatile). */
  private cell(address: SimpleAddress): boolean {
    if (!this.isFormula(address)) return false;
    const key = `${address.sheet}:${address.row}:${address.col}`;
    const known = this.cells.get(key);
    if (known !== undefined) return known;
    this.cells.set(key, false);
    const vertex = this.graph.getCell(address) as { getFormula?: (service: unknown) => unknown } | undefined;
    const volatile = typeof vertex?.getFormula === 'function' ? this.ast(vertex.getFormula(this.graph.lazilyTransformingAstService), address) : false;
    this.cells.set(key, volatile);
    return volatile;
  }

  /**
   * A referenced range: volatile when one of its formula cells is. Only the formula cells inside it are visited — per
   * column, from the first at or below its top row (a binary search) — so a column of calls each referencing its own
   * range costs the cells those ranges hold, not every formula of the sheet once per range (rows × rows).
   */
  private range(sheet: number, top: number, bottom: number, left: number, right: number): boolean {
    const key = `${sheet}:${top}:${bottom}:${left}:${right}`;
    const known = this.ranges.get(key);
    if (known !== undefined) return known;
    let volatile = false;
    for (const [col, rows] of this.formulaColumns(sheet)) {
      if (col < left || col > right) continue;
      for (let i = firstAtLeast(rows, top); !volatile && i < rows.length && rows[i] <= bottom; i++) volatile = this.cell({ sheet, row: rows[i], col });
      if (volatile) break;
    }
    this.ranges.set(key, volatile);
    return volatile;
  }

  private formulaColumns(sheet: number): Map<number, number[]> {
    let columns = this.formulaRows.get(sheet);
    if (!columns) {
      const byColumn = new Map<number, number[]>();
      (this.sheets[sheet]?.cells ?? []).forEach((row, r) =>
        row.forEach((cell, c) => {
          if (typeof cell !== 'string' || !cell.startsWith('=')) return;
          const rows = byColumn.get(c);
          if (rows) rows.push(r);
          else byColumn.set(c, [r]);
        }),
      );
      this.formulaRows.set(sheet, (columns = byColumn));
    }
    return columns;
  }
}

/** Index of the first of the ascending `values` at least `min` (`values.length` when none is). */
function firstAtLeast(values: readonly number[], min: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid] < min) low = mid + 1;
    else high = mid;
  }
  return low;
}

const SPEC_BY_NAME = new Map(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec] as const));

/** A parameter that takes a whole table (a KPI history, driver histories), not one value per cell. */
function isTableParam(param: CustomFunctionSpec['params'][number] | undefined): boolean {
  return !!param && param.type.startsWith('Array<Array<');
}

/** The registry's row-per-cell functions and their result's width (`CustomFunctionSpec.resultColumns`). */
const RESULT_COLUMNS = new Map(CUSTOM_FUNCTIONS.flatMap((spec) => (spec.resultColumns ? [[spec.name, spec.resultColumns] as const] : [])));

/** `A2:B` — a start cell and an end column without a row — outside quoted text, with the character before it. */
const OPEN_RANGE = /(^|[^A-Za-z0-9_$.])(\$?[A-Za-z]{1,3}\$?\d+:\$?[A-Za-z]{1,3})(?![A-Za-z0-9_$(!])/g;

/**
 * A formula whose open-ended ranges ("A2:B": from row 2 to the last row, as Sheets reads it and as the README writes
 * `=GOALVERDICT('Close rate'!A2:B, …)`) end at `lastRow`: HyperFormula parses no such range (the cell showed #ERROR!).
 */
export function closeOpenRanges(formula: string, lastRow: number): string {
  if (!formula.includes(':')) return formula;
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(OPEN_RANGE, (_m, before: string, range: string) => `${before}${range}${Math.max(1, lastRow)}`)))
    .join('');
}

/** Builds the plugin class for the registry's functions, bound to one add-on instance. */
function customFunctionPlugin(callAddon: AddonFunctionCaller, options: () => ArgumentOptions, evaluation: () => Evaluation): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  class SmartGoalsPlugin extends FunctionPlugin {
    [method: string]: unknown;

    smartGoalsResultSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      // The shape the add-on answers with (src/gas/functions): one result per cell of the value ranges, broadcast as
      // `broadcast` does (the most rows and the most columns among them) — a history or driver table is read whole and
      // shapes nothing (GOALVERDICT(history, B2:B21, C2:C21) answers 20 rows, not the history's) — and SMARTPARSE a
      // row of `resultColumns` cells per goal (`mapRows`), right of a single cell too, as in Sheets. HyperFormula fixes
      // the size before it evaluates: a wrong one showed #ERROR! over the column (review19).
      const spec = SPEC_BY_NAME.get(ast.procedureName.toUpperCase());
      let width = 1;
      let height = 1;
      // The goal-sentence functions (SMARTSCORE, SMARTCHECK, SMARTPARSE) map their first argument alone (`mapCells`,
      // `mapRows`): an as_of range shapes nothing there.
      const mapsFirstOnly = spec?.params[0]?.name === 'goal';
      ast.args.forEach((arg, i) => {
        if (!arg || (mapsFirstOnly && i > 0) || (spec && isTableParam(spec.params[i]))) return;
        const size = (this as unknown as PluginInternals).arraySizeForAst(arg, state);
        width = Math.max(width, size.width);
        height = Math.max(height, size.height);
      });
      const columns = spec ? RESULT_COLUMNS.get(spec.name) : undefined;
      if (columns !== undefined) width = columns;
      // Kept to name the cell that blocks the result, if one does (`spillMessage`).
      const address = (state as { formulaAddress?: SimpleAddress } | undefined)?.formulaAddress;
      if (address) evaluation().sizes.set(`${address.sheet}:${address.row}:${address.col}`, { width, height });
      // A range argument's size has isRef set, which isScalar() counts as scalar: compare the dimensions.
      return width === 1 && height === 1 ? ArraySize.scalar() : new ArraySize(width, height);
    }
  }
  for (const spec of CUSTOM_FUNCTIONS) {
    implemented[spec.name] = {
      method: spec.name,
      // passSubtype keeps a date's type (HyperFormula unwraps rich numbers otherwise), so it can become a Date.
      parameters: spec.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: param.optional === true, passSubtype: true })),
      sizeOfResultArrayMethod: ARRAY_SIZE_METHOD,
      vectorizationForbidden: true,
    };
    (SmartGoalsPlugin.prototype as Record<string, unknown>)[spec.name] = function (this: SmartGoalsPlugin, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const plugin = this as unknown as PluginInternals;
      const current = evaluation();
      const base = (state as { formulaAddress: SimpleAddress }).formulaAddress;
      current.volatile ??= new VolatileWalk(current.sheets, (this as unknown as { dependencyGraph: GraphInternals }).dependencyGraph);
      // Sheets never calls a custom function with a volatile argument: the cell stays "Loading..." (see above).
      if (current.volatile.ast(ast.args, base)) return VOLATILE_ARGUMENT_DISPLAY;
      const argumentOptions = options();
      return plugin.runFunction(ast.args, state, plugin.metadata(spec.name), (...args: unknown[]) => {
        let result: unknown;
        try {
          // Missing optional arguments arrive as undefined: Sheets would not pass them at all.
          const given = [...args];
          while (given.length && given[given.length - 1] === undefined) given.pop();
          result = callAddon(spec.name, given.map((arg) => toAddonArgument(arg, argumentOptions)));
        } catch (error) {
          // #ERROR! in the cell, the message as its error note (CUSTOM_FUNCTION_ERROR_DISPLAY).
          // The add-on's Error comes from the bundle's vm realm: `instanceof Error` is false here, its message is there.
          const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
          current.errors[base.sheet]?.set(`${base.row}:${base.col}`, message);
          return new CellError(ErrorType.ERROR, message);
        }
        if (Array.isArray(result)) {
          const rows = (result as unknown[]).map((row) => (Array.isArray(row) ? row.map((cell) => toEngineResult(cell, argumentOptions)) : [toEngineResult(row, argumentOptions)]));
          if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
          return SimpleRangeValue.onlyValues(rows as never);
        }
        return toEngineResult(result, argumentOptions);
      });
    };
  }
  (SmartGoalsPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  return SmartGoalsPlugin as unknown as FunctionPluginDefinition;
}

/** One evaluation's sheets (by HyperFormula sheet id: the order given), its custom functions' errors and volatility walk. */
interface Evaluation {
  sheets: readonly FormulaSheet[];
  errors: Array<Map<string, string>>;
  /** "sheet:row:column" of a custom function → the size of its answer. */
  sizes: Map<string, { width: number; height: number }>;
  volatile?: VolatileWalk;
}

/**
 * The error note of an array result blocked by a filled cell. The custom functions guide says only that "If this would
 * cause the array to overwrite existing cell contents, the custom function will throw an error instead" (Return
 * values); the cell shows #REF! and Sheets' note names the first filled cell, in its wording "Array result was not
 * expanded because it would overwrite data in D1." (Sheets' UI text: no Google documentation page found quotes it).
 */
export function spillMessage(cells: readonly FormulaCell[][], row: number, column: number, size: { width: number; height: number }): string | null {
  // Bounded by the cells given (past them every cell is blank): a whole-column argument's size may be unbounded.
  const lastRow = Math.min(row + size.height, cells.length);
  for (let r = row; r < lastRow; r += 1) {
    const lastColumn = Math.min(column + size.width, cells[r]?.length ?? 0);
    for (let c = column; c < lastColumn; c += 1) {
      if (r === row && c === column) continue;
      const cell = cells[r]?.[c];
      if (cell !== undefined && cell !== null && cell !== '') return `Array result was not expanded because it would overwrite data in ${rectToA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })}.`;
    }
  }
  return null;
}

let registeredPlugin: FunctionPluginDefinition | null = null;
let currentCaller: AddonFunctionCaller = () => '';
let currentOptions: ArgumentOptions = {};
let currentEvaluation: Evaluation = { sheets: [], errors: [], sizes: new Map() };

function ensurePlugin(): void {
  if (registeredPlugin) return;
  // Registered once per process; the caller indirection lets a new add-on instance take over.
  registeredPlugin = customFunctionPlugin(
    (name, args) => currentCaller(name, args),
    () => currentOptions,
    () => currentEvaluation,
  );
  const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(registeredPlugin, { enGB: names, enUS: names });
}

/** Evaluates every formula of the sheets; returns the computed grids (same shapes). */
export function evaluateFormulas(sheets: readonly FormulaSheet[], callAddon: AddonFunctionCaller, options: ArgumentOptions = {}): GridValue[][][] {
  return evaluateSheets(sheets, callAddon, {}, options).values;
}

/** A non-formula cell as the grid holds it (a date cell as its serial number). */
function gridValue(cell: FormulaCell): GridValue {
  return cell !== null && typeof cell === 'object' ? cell.serial : cell;
}

function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

/** Formulas and "custom formula" conditional formats (the add-on highlights flagged goals with one). */
/** Sheets' limit on the cells of a spreadsheet, hence on the rows of one tab. */
const SHEETS_MAX_CELLS = 10_000_000;

/** The longest row's length, at least `least` (rows of a sheet may differ in length). */
function widestRow(rows: readonly (readonly unknown[])[], least: number): number {
  let width = least;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

export function evaluateSheets(sheets: readonly FormulaSheet[], callAddon: AddonFunctionCaller, rules: Readonly<Record<string, readonly HighlightRule[]>>, options: ArgumentOptions = {}): EvaluatedSheets {
  ensurePlugin();
  currentCaller = callAddon;
  currentOptions = options;
  const highlights = sheets.map(() => new Map<string, string>());
  const errors = sheets.map(() => new Map<string, string>());
  const dates = sheets.map(() => new Set<string>());
  const dateTimes = sheets.map(() => new Set<string>());
  const sizes = new Map<string, { width: number; height: number }>();
  currentEvaluation = { sheets, errors, sizes };
  const hasFormula = sheets.some((sheet) => sheet.cells.some((row) => row.some((cell) => typeof cell === 'string' && cell.startsWith('='))));
  const hasRules = sheets.some((sheet) => (rules[sheet.name] ?? []).length > 0);
  const spills = sheets.map(() => new Map<string, { rows: number; columns: number }>());
  if (!hasFormula && !hasRules) return { values: sheets.map((sheet) => sheet.cells.map((row) => row.map(gridValue))), highlights, errors, dates, dateTimes, spills };
  // Sheet names are unique in a spreadsheet; HyperFormula needs them as keys.
  const input: Record<string, unknown[][]> = {};
  for (const sheet of sheets) input[sheet.name] = sheet.cells.map((row) => row.map(engineCell));
  // HyperFormula stops at 40,000 rows by default ("Sheet size limit exceeded"); a Sheets tab holds up to its 10 million
  // cells in one column ("Files you can store in Google Drive", support.google.com/drive/answer/37603).
  const engine = HyperFormula.buildFromSheets(input as never, { licenseKey: 'gpl-v3', maxRows: SHEETS_MAX_CELLS });
  try {
    const values = sheets.map((sheet, s) => {
      const id = engine.getSheetId(sheet.name);
      const computed = id === undefined ? [] : engine.getSheetValues(id);
      // The grid grows to hold what spills past the sheet's last row or column: =SMARTPARSE(A2) in the last column
      // fills the six columns right of it in Sheets ("the values overflow into adjacent cells as long as those cells
      // are empty", custom functions guide, Return values); the preview showed its first column only.
      const engineSize = id === undefined ? { width: 0, height: 0 } : engine.getSheetDimensions(id);
      // A loop, not Math.max(...rows): spreading one argument per row throws a RangeError past ~100,000 rows.
      const width = widestRow(sheet.cells, engineSize.width);
      const height = Math.max(engineSize.height, sheet.cells.length);
      const cells = Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c): FormulaCell => sheet.cells[r]?.[c] ?? ''));
      return cells.map((row, r) =>
        row.map((cell, c) => {
          const isFormula = typeof cell === 'string' && cell.startsWith('=');
          // Blank cells may receive the spill of an array result (=SMARTSCORE(A2:A) fills the column).
          if (!isFormula && cell !== '' && cell !== null) return gridValue(cell);
          const value: unknown = computed[r]?.[c];
          // An error shows Sheets' code: HyperFormula's #SPILL! (an array result blocked by a filled cell: "the custom
          // function throws an error instead", guide, Return values) and #CYCLE! are #REF! in Sheets.
          if (value && typeof value === 'object' && 'value' in value) {
            const error = value as { value: unknown; type?: unknown };
            const spillSize = error.type === 'SPILL' && id !== undefined ? sizes.get(`${id}:${r}:${c}`) : undefined;
            const blocked = spillSize ? spillMessage(sheet.cells, r, c, spillSize) : null;
            if (blocked !== null) errors[s].set(`${r}:${c}`, blocked);
            return ERROR_CODE_OF_TYPE[String(error.type)] ?? String(error.value);
          }
          if (value === null || value === undefined) return gridValue(cell);
          // A date result (TODAY()+90, DATE(…), EDATE(…), a custom function's Date) is shown as a date, as in Sheets.
          if (typeof value === 'number' && id !== undefined) {
            const type = engine.getCellValueDetailedType({ sheet: id, row: r, col: c });
            if (DATE_RESULT_TYPES.has(type)) dates[s].add(`${r}:${c}`);
            if (type === 'NUMBER_DATETIME') dateTimes[s].add(`${r}:${c}`);
          }
          return toCellResult(value);
        }),
      );
    });
    sheets.forEach((sheet, s) => {
      const id = engine.getSheetId(sheet.name);
      if (id === undefined) return;
      const height = sheet.cells.length;
      const width = widestRow(sheet.cells, 0);
      for (const rule of rules[sheet.name] ?? []) {
        for (const range of rule.ranges) {
          // Only the cells the grid shows: whole-column rules stop at the data.
          const lastRow = Math.min(range.row + range.numRows - 1, height);
          const lastColumn = Math.min(range.column + range.numColumns - 1, width);
          for (let r = range.row; r <= lastRow; r += 1) {
            for (let c = range.column; c <= lastColumn; c += 1) {
              const key = `${r - 1}:${c - 1}`;
              if (highlights[s].has(key)) continue;
              // The rule is written for the range's top-left cell; calculateFormula reads references as from A1.
              const result = engine.calculateFormula(shiftFormula(rule.formula, r - range.row, c - range.column), id);
              if (isTrue(result)) highlights[s].set(key, rule.background);
            }
          }
        }
      }
    });
    // The array results that filled their cells (a blocked one is an error in its own cell, `values`).
    const sheetIndex = new Map(sheets.map((sheet, s) => [engine.getSheetId(sheet.name), s] as const));
    for (const [key, size] of sizes) {
      const [sheetId, r, c] = key.split(':').map(Number);
      const s = sheetIndex.get(sheetId);
      if (s === undefined || size.width * size.height < 2 || /^#(?:N\/A|DIV\/0!|[A-Z]+[!?])$/.test(String(values[s][r]?.[c]))) continue;
      spills[s].set(`${r}:${c}`, { rows: size.height, columns: size.width });
    }
    return { values, highlights, errors, dates, dateTimes, spills };
  } finally {
    engine.destroy();
    currentEvaluation = { sheets: [], errors: [], sizes: new Map() };
  }
}
