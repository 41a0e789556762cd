/**
 * Declarative metadata of a custom function (in the spirit of HyperFormula's
 * plugin metadata). The build generates from it the top-level Apps Script
 * stubs with their `@customfunction` JSDoc, the README reference table and
 * the example-driven test harness — so a function is declared exactly once.
 */

export interface LocalizedText {
  en: string;
  fr: string;
}

export interface ParamSpec {
  /** Parameter name as shown in Sheets' autocomplete (snake_case, like built-ins). */
  name: string;
  /** JSDoc type, e.g. `string|Array<Array<string>>`. */
  type: string;
  optional?: boolean;
  help: LocalizedText;
}

/** A worked example: documentation for people, and a test case for the harness. */
export interface CustomFunctionExample {
  /** The formula as a user would type it, e.g. `=SMARTSCORE(A2:A)`. */
  formula: string;
  /** Arguments the harness passes to the built function (ISO strings stand for dates unless `dateArgs` says otherwise). */
  args: readonly unknown[];
  /** Indexes of `args` that the harness converts from ISO strings to Date objects, as Sheets would pass date cells. */
  dateArgs?: readonly number[];
  /** Expected result; omitted when only the shape is checked. Numbers are compared to 1e-9. */
  expected?: unknown;
  /** What the example shows (English). */
  note?: string;
  /** Spreadsheet locale the harness runs the example under (default en_US). */
  locale?: string;
}

export interface CustomFunctionSpec {
  /** UPPER_CASE name, as typed in a cell. */
  name: string;
  summary: LocalizedText;
  params: readonly ParamSpec[];
  returns: { type: string; help: LocalizedText };
  /**
   * Columns of the result per row of the first argument, when the function returns a row per cell (SMARTPARSE: 6);
   * absent, the result has the first argument's shape. The preview sizes the spill from it, as Sheets sizes it from the
   * returned array.
   */
  resultColumns?: number;
  examples: readonly CustomFunctionExample[];
}
