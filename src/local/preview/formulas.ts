/**
 * Formula evaluation for the preview grid, with HyperFormula (GPL-3.0:
 * a devDependency used only here, never bundled into dist/). Our custom
 * functions are registered from the registry and implemented by calling
 * the BUILT dist/Code.js, so `=SMARTSCORE(B2)` shows what Sheets would show.
 */
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type ImplementedFunctions } from 'hyperformula';
import type { FunctionPluginDefinition } from 'hyperformula';
import { CUSTOM_FUNCTIONS } from '../../gas/registry';
import { shiftFormula } from '../emulator/formula-shift';

/** One cell as the grid shows it. */
export type GridValue = string | number | boolean | null;

export interface FormulaSheet {
  name: string;
  /** Raw cells: a formula as "=…" text, otherwise the value (dates as Sheets serial numbers). */
  cells: GridValue[][];
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
}

/** Calls a custom function of the built add-on (arguments as Apps Script would pass them). */
export type AddonFunctionCaller = (name: string, args: unknown[]) => unknown;

const ARRAY_SIZE_METHOD = 'smartGoalsResultSize';

/** HyperFormula's internal AST / interpreter types are not exported; we only pass them through. */
interface ProcedureAst {
  args: unknown[];
}
type InterpreterState = unknown;
type InterpreterValue = unknown;
type PluginInternals = {
  runFunction(args: unknown[], state: InterpreterState, metadata: unknown, fn: (...a: unknown[]) => InterpreterValue): InterpreterValue;
  metadata(name: string): unknown;
  arraySizeForAst(ast: unknown, state: InterpreterState): ArraySize;
};

function toAddonArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map((cell) => toAddonScalar(cell)));
  return toAddonScalar(value);
}

function toAddonScalar(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val; // rich numbers (dates, percents)
  if (typeof value === 'object' && value !== null && 'type' in value && 'message' in value) return `#${String((value as { type: unknown }).type)}`;
  return value;
}

function toCellResult(value: unknown): GridValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).toISOString().slice(0, 10);
  return String(value);
}

/** Builds the plugin class for the registry's functions, bound to one add-on instance. */
function customFunctionPlugin(callAddon: AddonFunctionCaller): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  class SmartGoalsPlugin extends FunctionPlugin {
    [method: string]: unknown;

    smartGoalsResultSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      // Our functions map a range to a range of the same shape (mapCells/mapRows).
      const first = ast.args[0];
      if (!first) return ArraySize.scalar();
      const size = (this as unknown as PluginInternals).arraySizeForAst(first, state);
      // A range argument's size has isRef set, which isScalar() counts as scalar: compare the dimensions.
      return size.width === 1 && size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
    }
  }
  for (const spec of CUSTOM_FUNCTIONS) {
    implemented[spec.name] = {
      method: spec.name,
      parameters: spec.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: param.optional === true })),
      sizeOfResultArrayMethod: ARRAY_SIZE_METHOD,
      vectorizationForbidden: true,
    };
    (SmartGoalsPlugin.prototype as Record<string, unknown>)[spec.name] = function (this: SmartGoalsPlugin, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const plugin = this as unknown as PluginInternals;
      return plugin.runFunction(ast.args, state, plugin.metadata(spec.name), (...args: unknown[]) => {
        let result: unknown;
        try {
          // Missing optional arguments arrive as undefined: Sheets would not pass them at all.
          const given = [...args];
          while (given.length && given[given.length - 1] === undefined) given.pop();
          result = callAddon(spec.name, given.map(toAddonArgument));
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
        if (Array.isArray(result)) {
          const rows = (result as unknown[]).map((row) => (Array.isArray(row) ? row.map(toCellResult) : [toCellResult(row)]));
          if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
          return SimpleRangeValue.onlyValues(rows as never);
        }
        return toCellResult(result);
      });
    };
  }
  (SmartGoalsPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  return SmartGoalsPlugin as unknown as FunctionPluginDefinition;
}

let registeredPlugin: FunctionPluginDefinition | null = null;
let currentCaller: AddonFunctionCaller = () => '';

function ensurePlugin(): void {
  if (registeredPlugin) return;
  // Registered once per process; the caller indirection lets a new add-on instance take over.
  registeredPlugin = customFunctionPlugin((name, args) => currentCaller(name, args));
  const names = Object.fromEntries(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec.name]));
  HyperFormula.registerFunctionPlugin(registeredPlugin, { enGB: names, enUS: names });
}

/** Evaluates every formula of the sheets; returns the computed grids (same shapes). */
export function evaluateFormulas(sheets: readonly FormulaSheet[], callAddon: AddonFunctionCaller): GridValue[][][] {
  return evaluateSheets(sheets, callAddon, {}).values;
}

function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'number' && value !== 0);
}

/** Formulas and "custom formula" conditional formats (the add-on highlights flagged goals with one). */
export function evaluateSheets(sheets: readonly FormulaSheet[], callAddon: AddonFunctionCaller, rules: Readonly<Record<string, readonly HighlightRule[]>>): EvaluatedSheets {
  ensurePlugin();
  currentCaller = callAddon;
  const highlights = sheets.map(() => new Map<string, string>());
  const hasFormula = sheets.some((sheet) => sheet.cells.some((row) => row.some((cell) => typeof cell === 'string' && cell.startsWith('='))));
  const hasRules = sheets.some((sheet) => (rules[sheet.name] ?? []).length > 0);
  if (!hasFormula && !hasRules) return { values: sheets.map((sheet) => sheet.cells.map((row) => [...row])), highlights };
  // Sheet names are unique in a spreadsheet; HyperFormula needs them as keys.
  const input: Record<string, GridValue[][]> = {};
  for (const sheet of sheets) input[sheet.name] = sheet.cells.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  const engine = HyperFormula.buildFromSheets(input as never, { licenseKey: 'gpl-v3' });
  try {
    const values = sheets.map((sheet) => {
      const id = engine.getSheetId(sheet.name);
      const computed = id === undefined ? [] : engine.getSheetValues(id);
      return sheet.cells.map((row, r) =>
        row.map((cell, c) => {
          const isFormula = typeof cell === 'string' && cell.startsWith('=');
          // Blank cells may receive the spill of an array result (=SMARTSCORE(A2:A) fills the column).
          if (!isFormula && cell !== '' && cell !== null) return cell;
          const value: unknown = computed[r]?.[c];
          if (value && typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
          return value === null || value === undefined ? cell : toCellResult(value);
        }),
      );
    });
    sheets.forEach((sheet, s) => {
      const id = engine.getSheetId(sheet.name);
      if (id === undefined) return;
      const height = sheet.cells.length;
      const width = sheet.cells.reduce((w, row) => Math.max(w, row.length), 0);
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
    return { values, highlights };
  } finally {
    engine.destroy();
  }
}
