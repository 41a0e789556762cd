/**
 * The spreadsheet as core sees it. The gas adapters translate sheets into
 * these plain values (dates as ISO strings, numbers as numbers, everything
 * else as text) and core never touches a service.
 */
import type { DriverFormula } from '../drivers/formula';
import type { GoalHire } from './hires';
import type { Aggregation, CriterionId, CriterionStatus, Direction, IsoDate, KpiPoint, Lang, Period, Unit, Verdict } from '../types';

/**
 * A cell as read by one batched `getValues()`: Date cells arrive as ISO
 * dates (converted by the adapter in the spreadsheet's time zone), numbers
 * as numbers (percent cells as fractions), blanks as ''.
 */
export type CellValue = string | number | boolean | null;

/** One tab: its name and the values of its data range (row 1 first). */
export interface SheetGrid {
  name: string;
  values: CellValue[][];
  /** Developer-metadata tag when the add-on created this sheet (report) — such sheets are never read as data. */
  ownedBy?: 'report' | null;
  /**
   * Number formats of the same cells (Range.getNumberFormats, one call per tab), when read: a column
   * formatted as currency or percent is a level, and shows its currency symbol.
   */
  formats?: string[][];
  /**
   * The Goals tab's formulas (Range.getFormulas: "" for a cell with none, else its text with its leading "=", one call
   * with its values, https://developers.google.com/apps-script/reference/spreadsheet/range#getformulas; surf54).
   */
  formulas?: string[][];
}

/** Structured fields of a goal row, in the order the wizard writes them. */
export const GOAL_FIELDS = ['id', 'statement', 'kpi', 'owner', 'baseline', 'target', 'start', 'deadline', 'parent', 'direction', 'aggregation'] as const;
/**
 * Columns recognized when a user adds them, never created by the add-on ("Planned hires": core/workbook/hires.ts;
 * "Depends on": the IDs of the goals this one needs done first, shown on the plan report's timeline).
 */
export const OPTIONAL_GOAL_FIELDS = ['hires', 'dependsOn'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number] | (typeof OPTIONAL_GOAL_FIELDS)[number];

/** Where each recognized field sits in the goals tab (0-based column indexes). */
export interface GoalColumns {
  /** 0-based index of the header row in the sheet's data range. */
  headerRow: number;
  fields: Partial<Record<GoalField, number>>;
  /** Columns that are neither recognized fields nor ours: kept untouched. */
  extra: number[];
  /** Columns the add-on owns (results), excluded from recognition. */
  owned: number[];
  /** Number of columns in the table (header row width). */
  width: number;
}

/** A cell the reader could not use, reported in the row's notes. */
export interface CellProblem {
  field: GoalField;
  value: string;
  /** What the cell should hold; 'value' when it shows a formula error (#N/A…). */
  expected: 'number' | 'date' | 'direction' | 'aggregation' | 'hires' | 'value';
}

/** One goal row as written by the user (structured columns only; the sentence is analyzed later). */
export interface GoalRow {
  /** 1-based sheet row number. */
  row: number;
  /** The non-blank cells of the user's other columns (Region, Segment…), for `sameGoalKey`; absent when none. */
  others?: string;
  /** The ID column, or a generated "row N" key when empty. */
  id: string;
  /** True when the ID came from the sheet (the Parent column can only refer to real IDs). */
  hasId: boolean;
  statement: string;
  kpi: string | null;
  owner: string | null;
  baseline: number | null;
  target: number | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
  parent: string | null;
  direction: Direction | null;
  aggregation: Aggregation | null;
  problems: CellProblem[];
  /** Number fields typed as text with a "%" sign ("25 %"): their scale is explicit. */
  typedPercent?: GoalField[];
  /** Number fields shown as text with a currency's mark or a multiplier ("470 k€", "500 000 €": typed, or a formula's text). */
  typedAmount?: GoalField[];
  /** The currency mark such a cell writes ("$" in "$500k" beside « CA (k€) »): its currency is the goal's, as a sentence's would be (mend55f). */
  typedMark?: string;
  /** The Target cell holds a formula (Range.getFormulas, surf54): its value is the sheet's computation, no target the user typed. */
  targetFormula?: string;
  /** The Planned hires column, when the table has one (a null date: the goal's start). */
  hires?: GoalHire[];
  /** The Depends on column, when the table has one: the IDs typed (split at commas and semicolons). */
  dependsOn?: string[];
}

/** A KPI series found in a KPI tab. */
export interface KpiSeries {
  /** Unique key: "Sheet!Header". */
  key: string;
  /** Display name: the column header, or the tab name when the header is "Value"/"Valeur". */
  name: string;
  sheetName: string;
  /** Its cells held numbers typed in points (52 for 52 %), stored here as fractions: what they said, for `unitClash` (mend52d). */
  typedInPoints?: true;
  /** 0-based column index in its tab. */
  column: number;
  /** Cleaned, date-sorted observations. */
  points: KpiPoint[];
  period: Period | null;
  /** Catalog KPI this series measures, when its name matches one. */
  catalogId: string | null;
  unit: Unit | null;
  /**
   * Level (a stock: pipeline value, balance, rate, headcount) or total (a flow summed over time: deals
   * won, sign-ups), inferred from the catalog KPI, the header and the column's number format; null when
   * nothing says (consumers keep their own default). A goal's Aggregation column overrides it.
   */
  aggregation?: Aggregation | null;
  /** Currency symbol the column's number format shows (€, $, £), when it is a currency format. */
  currency?: string | null;
  /**
   * The decimals its amounts show (mend51a): its number format's (0 for `"$"#,##0`, 2 for `"$"#,##0.00`), else 2 when its
   * values carry cents, else 0; the precision of every amount computed from it (`withAmountDecimals`, core/format.ts).
   */
  amountDecimals?: number;
  /** The latest date given on several rows (the last row is kept: a correction), for the notes. */
  repeated?: IsoDate;
  /** Rows the reader had to skip (blank, text, error), for the notes. */
  skipped: number;
  /** The tab's rows left out (every series of the tab holds the same): said once per tab (`unreadNote`). */
  unread?: UnreadRows;
}

/** Rows of a KPI tab left out, by kind: how many, and the first sheet row numbers (at most six). */
export interface UnreadRows {
  dates: { count: number; rows: number[] };
  /** Sheets errors (#N/A…) and text that is no number. */
  values: { count: number; rows: number[] };
}

export interface GoalsSheetInfo {
  name: string;
  columns: GoalColumns;
  /** How it was found: by its name or by its headers. */
  foundBy: 'name' | 'settings' | 'headers';
}

/** Everything Check goals and the plan report read from the spreadsheet. */
export interface WorkbookModel {
  goalsSheet: GoalsSheetInfo | null;
  goals: GoalRow[];
  series: KpiSeries[];
  /** Driver formulas of a Drivers/Inducteurs tab (core/drivers), with the lines that could not be read. */
  drivers?: { formulas: DriverFormula[]; problems: Array<{ sheet: string; row: number; message: string }> };
  /** Tabs shaped like a KPI tab (dates in column A, numbers beside) with too few dated rows to be one. */
  shortTabs?: ShortKpiTab[];
  /** Rows under the table read as remarks, not goals (`readGoalRows`). */
  noteRows?: number[];
  /**
   * Tabs of data holding no KPI series (folded name → whether they are empty below their first row): a KPI column naming
   * one is told which case it is, never judged on another tab (surf57).
   */
  unreadTabs?: Map<string, boolean>;
}

/** A would-be KPI tab left out, and why: `dated` rows where at least `needed` are required. */
export interface ShortKpiTab {
  sheetName: string;
  dated: number;
  needed: number;
}

/** What the goal wizard appends (only `statement` is required). */
export interface NewGoal {
  statement: string;
  id?: string | null;
  kpi?: string | null;
  owner?: string | null;
  baseline?: number | null;
  target?: number | null;
  start?: IsoDate | null;
  deadline?: IsoDate | null;
  parent?: string | null;
  direction?: Direction | null;
  aggregation?: Aggregation | null;
  /** The KPI column's own number format (money, decimals), for the baseline and target cells. */
  valueFormat?: string | null;
  /** The KPI tab the wizard chose: it must still be there. */
  sheetName?: string | null;
}

/** One alignment finding, already localized. */
export interface AlignmentNote {
  kind: 'kpi' | 'window' | 'sum' | 'level' | 'parent-missing' | 'cycle' | 'duplicate-id';
  message: string;
}

/** A goal's figures once its columns and its sentence are merged: the merged goal's (`MergedGoal`) and its check's. */
export interface GoalFigures {
  unit: Unit | null;
  currency: string | null;
  direction: Direction | null;
  aggregation: Aggregation;
  baseline: number | null;
  target: number | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
}

/** The analysis of one goal row: the merged goal plus every verdict. */
export interface GoalCheck extends GoalFigures {
  row: number;
  id: string;
  statement: string;
  owner: string | null;
  /** Series the goal is measured on, if any. */
  seriesKey: string | null;
  kpiId: string | null;
  kpiName: string | null;
  /**
   * A goal stated per period on a summed KPI ("120 000 € de CA mensuel d'ici fin mars", "+2 % per month until
   * September") is judged on one period's window before its deadline: `start` is that window's first day, not the day
   * the goal begins (it begins today), and this is the window's period.
   */
  periodWindow?: Period;
  parent: string | null;
  /** The goals it needs done first (the Depends on column's IDs), when the table has one. */
  dependsOn?: string[];
  /** The baseline is the goal's own (its sentence's or Baseline column's), not the latest level read: shown as written (surf50). */
  baselineStated?: true;
  /** The target is the goal's own level (its sentence's or Target column's), not one computed from a change: shown as written (mend50d). */
  targetStated?: true;
  /** The Target cell's formula, when the target judged is its value (surf54): the report says so under the goal. */
  targetFormula?: string;
  /** SMART score as the statement engine defines it (0–100). */
  score: number;
  criteria: Record<CriterionId, { status: CriterionStatus; message: string; suggestion: string | null }>;
  verdict: Verdict | null;
  probability: number | null;
  suggestedTarget: number | null;
  /** The decimals its KPI tab shows for amounts (`KpiSeries.amountDecimals`): the plan report writes its cells at them. */
  amountDecimals?: number;
  /** The deadline the suggested target is for (the one judged: a per-period goal's period end), when there is one. */
  suggestedBy?: IsoDate;
  /**
   * The verdict's line (core `verdictStory`: word, chance, why) of a realistic, stretch or unrealistic goal: the plan report's
   * line under it; for a goal with no verdict because its currency is not its tab's, that reason (surf51).
   */
  verdictLine?: string;
  /**
   * Required progress per KPI period, when known. `ofLevel`: a total judged per period whose pace is its period figure's
   * change per period ("+€2,828 (+2.5%) per month" for « 120 000 € de CA mensuel »), written as a level's pace.
   * `ceiling`: a decrease's quota, the most a period may bring ("at most 6.67 per month", mend61p).
   */
  requiredPace: { perPeriod: number | null; perPeriodRelative: number | null; period: Period | null; ofLevel?: true; ceiling?: true } | null;
  alignment: AlignmentNote[];
  /** The levers the goal names, with their KPI tabs (core/workbook/levers.ts), as one localized line; absent when none. */
  levers?: string;
  /** Localized notes shown in the Notes column (problems first). */
  notes: string[];
  /** The notes that make the row flagged (unreadable cells, alignment, failed criteria, an unrealistic target). */
  reasons: string[];
  /** About the row's data rather than the goal: a deadline already passed, cells that could not be read. */
  dataNotes: string[];
  /** The deadline is before today: the goal is over (its outcome is in `dataNotes`). */
  deadlinePassed: boolean;
  /** A passed deadline's outcome, the row's verdict in place of a forecast's. */
  passed?: 'met' | 'missed' | 'unknown';
  /** The row repeats the goal of this earlier row (its "same goal" note is in `dataNotes`). */
  twin?: number;
  /** True when the goal is not SMART or not achievable or misaligned. */
  flagged: boolean;
  /** The bottom-up reading (core/drivers) when the goal's KPI has a driver tree with history. */
  bottomUp?: {
    /** "Revenue = Meetings × Close rate × Average deal size", in the UI's language. */
    tree: string;
    probability: number;
    /** 80 % range of the combined drivers at the deadline. */
    low: number;
    high: number;
    topDown: number | null;
    /** 80 % range of the KPI's own forecast at the deadline (null without a top-down reading). */
    topDownLow?: number | null;
    topDownHigh?: number | null;
    /** "Top-down 80% range: $X to $Y.", in the goal's unit and currency (null without a top-down reading). */
    topDownRangeText?: string | null;
    trust: 'agree' | 'bottom-up' | 'top-down';
    trustText: string;
    /** The most likely way to close the gap, in words, or null. */
    gap: string | null;
    biggestGap: string | null;
    /** Capacity (reps × output per rep) and pipeline coverage lines, in words, when the workbook has a headcount / pipeline tab. */
    capacityText?: string | null;
    coverageText?: string | null;
  } | null;
}

export interface FlaggedGoal {
  row: number;
  id: string;
  reasons: string[];
  statement: string;
  verdict: Verdict | null;
  score: number;
  /** The first fix to try (a criterion's suggestion, or the alignment advice), when there is one. */
  fix: string | null;
  /** What flags it first (the first reason's kind): a verdict badge alone would not say why a realistic goal is flagged. */
  cause: FlagCause;
}

/** Why a goal is flagged, in the order its reasons are listed. */
export type FlagCause = 'deadline' | 'data' | 'alignment' | 'smart' | 'target';

/** What Check goals reports back to the menu, the sidebar and the CLI. */
export interface CheckSummary {
  sheetName: string;
  lang: Lang;
  today: IsoDate;
  /** Goal rows analyzed in this run. */
  checked: number;
  /** Goal rows in the tab. */
  total: number;
  flagged: FlaggedGoal[];
  alignmentProblems: Array<{ row: number; id: string; message: string }>;
  byVerdict: Partial<Record<Verdict, number>>;
  averageScore: number | null;
  /** False when the run stopped early (time budget); `remainingRows` lists what was not checked. */
  complete: boolean;
  remainingRows: number[];
  /** Localized one-paragraph summary (also shown as the final toast). */
  message: string;
}
