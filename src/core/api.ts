/**
 * The typed contract between the sidebar (browser) and its server calls
 * (`src/gas/sidebar`, exported from `src/gas/index.ts`). Both sides import
 * these types, so a renamed field fails to compile on both ends.
 *
 * Values are plain JSON: google.script.run serializes arguments and results
 * (Dates do not survive the trip, so dates travel as ISO strings). Percent
 * KPIs travel as fractions (25 % → 0.25), as Sheets stores them.
 */
import type { Aggregation, CriterionId, CriterionStatus, Direction, IsoDate, KpiPoint, Lang, Period, Unit, Verdict } from './types';
import type { DateOrder, WeekStart } from './dates';
import type { NumberLang } from './numbers';
import type { FlagCause } from './workbook/types';
import type { LabelGrammar } from './kpi/catalog';
import { isPeriodAmountUnit } from './series/period';
import { countTarget } from './achievability/count-rounding';

export { TARGET_PERIODS } from './series/period';

/** Which pane the sidebar opens on (chosen by the menu handler). */
export type SidebarPane = 'wizard' | 'check' | 'settings' | 'help';

export const SIDEBAR_PANES: readonly SidebarPane[] = ['wizard', 'check', 'settings', 'help'];

/**
 * The exact attribute text of the app root in `src/sidebar/index.html`. Menu
 * handlers replace it in the served HTML to pick the pane and language before
 * the page runs (no extra round trip, no template scriptlets in minified JS).
 */
export const SIDEBAR_BOOT_MARKER = 'data-pane="wizard" data-lang="en"';

/** Escapes text for a double-quoted HTML attribute. */
function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The boot attributes. `check` carries the result of a Check goals run that
 * the menu handler already did, so the Check pane shows it without running
 * the check a second time.
 */
export function sidebarBootAttributes(pane: SidebarPane, lang: Lang, check?: CheckResponse): string {
  const base = `data-pane="${pane}" data-lang="${lang}"`;
  return check ? `${base} data-check="${escapeAttribute(JSON.stringify(check))}"` : base;
}

/** Reads the check result written by `sidebarBootAttributes` (null when absent or malformed). */
export function parseBootCheck(attribute: string | undefined): CheckResponse | null {
  if (!attribute) return null;
  try {
    const value = JSON.parse(attribute) as Partial<CheckResponse> | null;
    return value && typeof value.checked === 'number' && Array.isArray(value.flagged) && typeof value.summary === 'string' ? (value as CheckResponse) : null;
  } catch {
    return null;
  }
}

/** The achievability policy as the settings pane edits it. */
export interface PolicyView {
  /** How far beyond the optimistic forecast bound a target may go and still count as a stretch (fraction, 0.1 = 10 %). */
  stretchAllowance: number;
  /** Whether the best level ever reached counts as proof that a target is reachable. */
  useHistoricalBest: boolean;
}

export interface SettingsView {
  language: 'auto' | Lang;
  policy: PolicyView;
  /** 1 = January … 12 = December. */
  fiscalYearStartMonth: number;
  /** Null: find the Goals tab by name or headers. */
  goalsSheetName: string | null;
  /** Bottom-up plans: new reps' ramp, planned hires, healthy pipeline coverage (core/settings `PlanSettings`). */
  plan: PlanSettingsView;
  /**
   * Server to sidebar only: the saved Settings could not be used as saved and these are defaults in their place
   * (`settingsNote`, core/settings-note.ts), in the sidebar's language; absent or null when they were read as saved.
   */
  notice?: string | null;
}

/** The plan settings as the settings pane edits them (fractions, ISO dates). */
export interface PlanSettingsView {
  /** Share of full productivity in a new rep's 1st, 2nd… month, 0–1 each (the last value holds after). */
  ramp: number[];
  /** Planned hires: start date and number of reps (negative for departures). */
  hires: Array<{ date: IsoDate; count: number }>;
  /** Pipeline × win rate ÷ remaining target below this is flagged (1.5 = 1.5×). */
  coverageThreshold: number;
  /** Capacity ÷ target from which capacity is healthy (1.2 = 1.2×; below 1 short, between tight). */
  capacityThreshold: number;
  /** Sales cycle in whole days, or null (read from the workbook when it can, else not modelled). */
  salesCycleDays: number | null;
}

/** A KPI series detected in the workbook, with what the wizard shows about it. */
export interface SeriesSummary {
  /** Stable key for later calls (sheet + column). */
  id: string;
  name: string;
  sheetName: string;
  /** Catalog id when the series is a known KPI. */
  kpiId: string | null;
  /** How a sentence puts an article before `name` (core/kpi/phrase.ts: the catalog label's, else guessed from the spelling). */
  grammar?: LabelGrammar;
  unit: Unit;
  /** Level or total: the KPI column's inferred kind (catalog default, header, number format). */
  aggregation: Aggregation;
  /** Currency symbol the column's number format shows (€, $, £), when it is a currency. */
  currency?: string | null;
  /** The decimals the tab shows for amounts (`KpiSeries.amountDecimals`): the wizard writes computed amounts at them (surf52). */
  amountDecimals?: number;
  lowerIsBetter: boolean;
  period: Period | null;
  /** The most recent points (oldest first), capped for the sidebar. */
  history: KpiPoint[];
  /**
   * An amount's or a count's latest WHOLE period total, for each period a target can be the total of (week to year, none
   * finer than the tab's), dated at the period's first day, from the whole series (the history above is capped): what a
   * "per month" target is compared with, and where the report starts such a goal (core `periodTotals`).
   */
  latestTotals?: Partial<Record<Period, KpiPoint>>;
  /** Number of points in the full series. */
  count: number;
  latest: KpiPoint | null;
  /** Mean of the last few periods (see `recentWindow`): offered as a choice, never pre-filled. */
  recentAverage: number | null;
  /**
   * The baseline the wizard pre-fills: where Check goals, the plan report and the formulas start a goal on this KPI that
   * states none (core `defaultBaseline`: the latest value of a level; null for a total, which has no starting level).
   */
  defaultBaseline: number | null;
  recentWindow: number;
  /** Least-squares slope of the recent points, per period. */
  trendPerPeriod: number | null;
}

export interface CatalogKpiView {
  id: string;
  label: string;
  /** How a sentence puts an article before `label` (core/kpi/phrase.ts: the catalog label's, else guessed from the spelling). */
  grammar?: LabelGrammar;
  unit: Unit;
  aggregation: Aggregation;
  lowerIsBetter: boolean;
  /** Other names of the KPI in the sidebar's language ("turnover", « CA »), for the KPIs the workbook's KPI cards are: the KPI step's search box matches them. */
  synonyms?: string[];
}

/** An existing goal, offered as a parent in the Relevant step. */
export interface GoalOption {
  id: string;
  row: number;
  /** The goal sentence, shortened for the picker (see GOAL_OPTION_TEXT_MAX). */
  statement: string;
  kpi: string | null;
  target: number | null;
  deadline: IsoDate | null;
  start: IsoDate | null;
}

export interface SidebarContext {
  lang: Lang;
  /** The spreadsheet locale's date order: the wizard writes "March 31, 2027" when it is month first (en_US). */
  dateOrder?: DateOrder;
  /** The spreadsheet locale's first day of the week (`localeWeekStart`): the wizard's "End of next week" ends on the day before it. Default Monday. */
  weekStart?: WeekStart;
  /** Today in the spreadsheet's time zone (core never reads the clock). */
  today: IsoDate;
  settings: SettingsView;
  series: SeriesSummary[];
  catalog: CatalogKpiView[];
  /**
   * The parent picker's first list: at most GOAL_OPTIONS_FIRST goals, the likeliest parents (see
   * `firstGoalOptions`); the others are found with `sidebarFindGoals`. A 2,000-goal sheet made this 330 KB.
   */
  goals: GoalOption[];
  /** How many goals could be a parent (all of them when `goals` is shorter: search the server). */
  goalsTotal?: number;
  /** Name of the Goals tab, or null when the workbook has none yet (Add creates it). */
  goalsSheetName: string | null;
  /** The spreadsheet locale's currency (ISO code, "USD"), for amounts of a KPI without a tab; null when the locale names none. */
  currency?: string | null;
  /** The spreadsheet locale ("fr_CH"): French amounts follow a French-speaking locale's conventions (core/format `frenchNumbersOfLocale`). */
  locale?: string | null;
  /** How the spreadsheet's cells read typed numbers (`numberLang`, core/numbers.ts): the wizard's fields read what their own display does not ("150 000" in en_ZA). */
  numberLang?: NumberLang;
  /** Problems found while reading the workbook, already localized. */
  warnings: string[];
}

/** What the wizard knows about the KPI being targeted. */
export interface KpiChoice {
  /** A workbook series (`SeriesSummary.id`) … */
  seriesId: string | null;
  /** … and its tab, so live calls read that tab only. */
  sheetName?: string | null;
  /** … or a catalog KPI (no history: achievability is unknown). */
  catalogId: string | null;
  name: string;
  /** How a sentence puts an article before `name` (core/kpi/phrase.ts: the catalog label's, else guessed from the spelling). */
  grammar?: LabelGrammar;
  unit: Unit;
  aggregation: Aggregation;
  lowerIsBetter: boolean;
  /**
   * The currency an amount is written in: the series' column format's symbol ("$", "€", "CHF"), or for a
   * catalog KPI the spreadsheet locale's (`SidebarContext.currency`); null or absent: no currency sign.
   */
  currency?: string | null;
  /** The decimals its tab shows for amounts (`SeriesSummary.amountDecimals`); absent for a catalog KPI. */
  amountDecimals?: number;
}

/** The goal being written, step by step. */
export interface GoalDraft {
  kpi: KpiChoice | null;
  baseline: number | null;
  direction: Direction;
  /**
   * `level`: `target` is the value to reach; `change`: `change` is applied to the baseline once; `perPeriod`: `change`
   * is applied every `changePeriod` ("+5 % per month", compounded) from the KPI's latest point to the deadline, and
   * `target` holds the level that gives (the analyzer's rule, core/achievability/per-period.ts `levelChangeTarget`).
   */
  targetMode: 'level' | 'change' | 'perPeriod';
  target: number | null;
  change: { value: number; kind: 'relative' | 'absolute' } | null;
  /** The period of a `perPeriod` change ("per month"). */
  changePeriod?: Period | null;
  /**
   * An amount per period on a KPI added up over time ("Reach 250,000 € of revenue per month by June" on a tab of weekly
   * figures): the period whose total `target` is, judged as Check goals judges such a row (one period's total, the
   * deadline's window: core/workbook/check.ts `perPeriodDraft`). Null or absent: a level or a total to the deadline.
   */
  targetPeriod?: Period | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
  owner: string;
  levers: string;
  notes: string;
  parentId: string | null;
  /** The goal sentence (generated, maybe edited by the user). */
  statement: string;
}

export interface AssessRequest {
  seriesId: string | null;
  /** Tab of the series (`SeriesSummary.sheetName`): lets the server read that tab alone. */
  sheetName?: string | null;
  catalogId: string | null;
  baseline: number | null;
  direction: Direction;
  /** Target LEVEL (the client resolves a change against the baseline). */
  target: number;
  deadline: IsoDate;
  /** Level or total as the user chose it in the wizard; absent: the series' inferred kind. */
  aggregation?: Aggregation | null;
  /** `GoalDraft.targetPeriod`: `target` is one such period's total (the request's aggregation is then ignored). */
  period?: Period | null;
  /**
   * The Start the row will get, as an ISO day: google.script.run passes primitives, arrays and plain objects, not Dates
   * (https://developers.google.com/apps-script/guides/html/reference/run). Null or absent: the server's today — always
   * so from the wizard, whose steps set no Start (`GoalDraft.start` is the row's field; mend60f).
   */
  start?: IsoDate | null;
}

export interface ForecastPoint {
  date: IsoDate;
  median: number;
  low: number;
  high: number;
}

export interface AssessResponse {
  verdict: Verdict;
  probability: number | null;
  /** The probability as said to the user ("below 1 %" rather than "0 %" beside a stretch verdict); null with no probability. */
  probabilityText: string | null;
  period: Period | null;
  horizon: number;
  required: { perPeriod: number | null; perPeriodRelative: number | null };
  /** "+1.2 pts per week", localized; null when there is no pace to show. */
  paceText: string | null;
  suggestedTarget: number | null;
  suggestedTargetText: string | null;
  /** The deadline the suggestion is for (the one judged), said beside it: "Suggested target: 30.8% by Dec 6". */
  suggestedBy: IsoDate | null;
  reasons: string[];
  /** A rate target outside 0–100 %: refused, `reasons[0]` says so (a field error, no verdict). */
  outOfRange?: boolean;
  latest: number | null;
  forecast: ForecastPoint[];
  /** The history used (same cap as the context), for the chart. */
  history: KpiPoint[];
}

/** Longest goal sentence sent in the context (a 2,000-goal sheet must not make the sidebar slow). */
export const GOAL_OPTION_TEXT_MAX = 120;

/** Goals the context carries for the parent picker; the rest are searched on the server. */
export const GOAL_OPTIONS_FIRST = 50;

/** Most goals one search returns (the picker lists them; the user types more to narrow). */
export const GOAL_SEARCH_MAX = 50;

/** The parent picker's search: goals whose ID or sentence contains every word typed. */
export interface GoalSearchRequest {
  query: string;
  /** The Goals tab (`SidebarContext.goalsSheetName`): the server reads that tab alone. */
  sheetName?: string | null;
  /** At most GOAL_SEARCH_MAX (the server caps it). */
  limit?: number;
}

export interface GoalSearchResponse {
  /** The query as the server read it (trimmed, cut at 200 characters): the picker drops answers to older queries. */
  query: string;
  /** The best matches, at most the limit: exact ID first, then IDs starting with the query, then table order. */
  goals: GoalOption[];
  /** All matches (more than `goals.length` when the list was cut). */
  matches: number;
  /** All goals that could be a parent. */
  total: number;
}

export interface AlignmentRequest {
  draft: GoalDraft;
  targetLevel: number | null;
  /** The parent as the context listed it: lets the live check run without reading the sheet again. */
  parent?: GoalOption | null;
  /** The Goals tab (`SidebarContext.goalsSheetName`): the draft's siblings are read from that tab alone (one read). */
  sheetName?: string | null;
}

export interface AlignmentResponse {
  status: CriterionStatus;
  /** Localized explanations; empty when there is no parent. */
  messages: string[];
}

export interface EvaluateRequest {
  text: string;
  draft: GoalDraft;
  targetLevel: number | null;
  /** As in AlignmentRequest. */
  parent?: GoalOption | null;
  /** As in AlignmentRequest. */
  sheetName?: string | null;
}

export interface CriterionView {
  id: CriterionId;
  label: string;
  status: CriterionStatus;
  statusLabel: string;
  message: string;
  suggestion: string | null;
}

export interface EvaluateResponse {
  score: number;
  /** The score as the sheet shows it ("4/5", "80 %"), localized. */
  scoreText: string;
  criteria: CriterionView[];
  /** What the analyzer read back from the sentence (for "the sentence says X, the fields say Y" hints). */
  detected: { kpi: string | null; target: number | null; deadline: IsoDate | null };
}

export interface AddGoalRequest {
  draft: GoalDraft;
  targetLevel: number | null;
}

export interface AddGoalResponse {
  sheetName: string;
  row: number;
  id: string | null;
  /** Fields left to the user's formulas in the new row, localized (review 9, D2); null when none. */
  note?: string | null;
}

export interface FlaggedGoalView {
  sheetName: string;
  row: number;
  id: string | null;
  statement: string;
  verdict: Verdict | null;
  score: number | null;
  reasons: string[];
  fix: string | null;
  /** What flags the goal first: the sidebar names it, so a realistic verdict never stands alone on a flagged goal. */
  cause: FlagCause;
}

/** A custom function as the Help pane lists it (generated from the registry at build time). */
export interface FunctionHelp {
  name: string;
  summary: Record<Lang, string>;
  /** One formula to copy, written for a spreadsheet of that language (";" and decimal commas in French). */
  example: Record<Lang, string>;
}

/**
 * Flagged goals per page of the Check pane: 2,000 flagged goals would make a 1.2 MB sidebar
 * page, so the sidebar gets the first page and asks for the next ones (`sidebarCheckPage`).
 */
export const CHECK_PAGE_SIZE = 50;

export interface CheckResponse {
  checked: number;
  /** The first CHECK_PAGE_SIZE flagged goals, in row order. */
  flagged: FlaggedGoalView[];
  summary: string;
  /** All flagged goals of the run (more than `flagged.length` when there are further pages). */
  flaggedTotal?: number;
}

/** The next page of flagged goals: those below `afterRow` in the goals tab, as the last check wrote them. */
export interface CheckPageRequest {
  sheetName: string;
  afterRow: number;
}

export interface CheckPageResponse {
  flagged: FlaggedGoalView[];
  /** True when flagged goals remain below the last one of this page. */
  more: boolean;
}

export interface SelectRowRequest {
  sheetName: string;
  row: number;
}

/** The draft goal whose bottom-up plan the "How will you get there?" step shows. */
export interface DriverPlanRequest {
  seriesId: string | null;
  sheetName?: string | null;
  catalogId: string | null;
  /** The KPI's name as the wizard shows it. */
  kpiName: string;
  direction: Direction;
  /** Target LEVEL (a change already resolved against the baseline). */
  target: number;
  deadline: IsoDate;
  start?: IsoDate | null;
  aggregation?: Aggregation | null;
  /** `GoalDraft.targetPeriod`: the target is one such period's total, planned as Check goals plans it. */
  period?: Period | null;
  /** The levers typed in the Specific step (free text). */
  levers?: string;
}

/** An 80 % range, with its text ("420 to 510"). */
export interface RangeView {
  median: number;
  low: number;
  high: number;
  text: string;
}

export interface OddsView {
  probability: number;
  probabilityText: string;
  verdict: Verdict;
  range: RangeView;
}

/** One driver of the draft's tree, with what the plan asks of it. */
export interface DriverView {
  /** The driver's series (`SeriesSummary.id`). */
  key: string;
  name: string;
  /** How a sentence puts an article before `name` (core/kpi/phrase.ts: the catalog label's, else guessed from the spelling). */
  grammar?: LabelGrammar;
  sheetName: string;
  catalogId: string | null;
  unit: Unit;
  /** The currency its amounts are written in (its column's symbol, else the goal's); null for non-amounts or when unknown. */
  currency?: string | null;
  /** `total`: a volume over the goal's window (leads); `level`: a rate or an amount. */
  aggregation: Aggregation;
  latest: number | null;
  latestText: string | null;
  /** Its status-quo forecast over the goal's span of periods. */
  forecast: RangeView;
  /** What the plan needs of it (see core/drivers/wizard.ts). */
  required: number;
  requiredText: string;
  /** How the required value reads: "total over 13 weeks", "average over the period", "at the deadline". */
  window: string;
  /** True when the cheapest way to the target moves this driver (the others hold their forecast). */
  moves: boolean;
  /** Its own chance of reaching the required value, and the verdict that gives. */
  probability: number;
  probabilityText: string;
  verdict: Verdict;
  bestChangeText: string | null;
  /** The goal's levers that move this driver. */
  levers: string[];
  /**
   * The driver goal "Add driver goals" writes, in the driver tab's own units: a volume's total over
   * the window, a level's value (a weekly volume planned per month is its weekly level).
   */
  child: { baseline: number | null; target: number; aggregation: Aggregation };
}

export interface DriverPlanView {
  /** False when the KPI has no tree or its drivers no history: `reason` says so, and the step can be skipped. */
  available: boolean;
  reason: string | null;
  /** "Revenue = Meetings × Close rate × Average deal size". */
  tree: string | null;
  drivers: DriverView[];
  bottomUp: OddsView | null;
  topDown: OddsView | null;
  trust: 'agree' | 'bottom-up' | 'top-down' | null;
  trustText: string | null;
  summary: string | null;
  /** The 2–3 cheapest ways to close the gap, localized; empty when the drivers already reach the target. */
  gap: string[];
  capacityText: string | null;
  coverageText: string | null;
  /** Lines of the workbook's Drivers tab that cannot be read, localized with their place. */
  problems: string[];
}

/** One driver goal to write under its parent (the wizard builds it from a DriverView). */
export interface DriverGoalDraft {
  statement: string;
  kpi: string;
  /** The driver's series, so its target and baseline wear the KPI column's number format. */
  seriesId: string | null;
  sheetName?: string | null;
  baseline: number | null;
  target: number;
  direction: Direction;
  aggregation: Aggregation;
}

/**
 * "Add driver goals": the parent is either the draft itself (`parent`, added first in the same
 * call) or a goal already in the sheet (`parentId`); the driver goals go below it, ParentId set.
 */
export interface AddDriverGoalsRequest {
  parent: AddGoalRequest | null;
  parentId: string | null;
  goals: DriverGoalDraft[];
  /** Owner, start and deadline the driver goals share with their parent. */
  owner?: string;
  start?: IsoDate | null;
  deadline: IsoDate;
}

export interface AddDriverGoalsResponse {
  sheetName: string;
  /** The parent's row when this call added it. */
  parent: AddGoalResponse | null;
  parentId: string;
  added: Array<{ row: number; id: string | null; kpi: string }>;
  /** KPIs that already had a goal under this parent: not written again. */
  skipped: string[];
  /** What was done, localized. */
  message: string;
}

/** Every server call: name → (argument, result). One argument at most keeps the wrappers simple. */
export interface SidebarApi {
  sidebarGetContext: { arg: void; result: SidebarContext };
  sidebarAssess: { arg: AssessRequest; result: AssessResponse };
  sidebarCheckAlignment: { arg: AlignmentRequest; result: AlignmentResponse };
  sidebarEvaluate: { arg: EvaluateRequest; result: EvaluateResponse };
  sidebarAddGoal: { arg: AddGoalRequest; result: AddGoalResponse };
  sidebarFindGoals: { arg: GoalSearchRequest; result: GoalSearchResponse };
  sidebarPlanDrivers: { arg: DriverPlanRequest; result: DriverPlanView };
  sidebarAddDriverGoals: { arg: AddDriverGoalsRequest; result: AddDriverGoalsResponse };
  sidebarCheckGoals: { arg: void; result: CheckResponse };
  sidebarSelectRow: { arg: SelectRowRequest; result: boolean };
  sidebarCheckPage: { arg: CheckPageRequest; result: CheckPageResponse };
  sidebarGetSettings: { arg: void; result: SettingsView };
  sidebarSaveSettings: { arg: SettingsView; result: SettingsView };
}

export type SidebarCall = keyof SidebarApi;

/** Target level implied by a draft: the stated level, or baseline ± change. Null when not computable. */
export function draftTargetLevel(draft: Pick<GoalDraft, 'targetMode' | 'target' | 'change' | 'baseline' | 'direction'> & { kpi?: Pick<KpiChoice, 'unit'> | null }): number | null {
  // A change per period: the level the wizard computed from the KPI's history (`perPeriodTarget`, src/sidebar/steps.ts).
  if (draft.targetMode !== 'change') return draft.target;
  if (!draft.change || draft.baseline === null) return null;
  const sign = draft.direction === 'decrease' ? -1 : draft.direction === 'maintain' ? 0 : 1;
  const delta = draft.change.kind === 'relative' ? draft.baseline * draft.change.value : draft.change.value;
  // A count's target whole as the goal needs it (+10 % of 3,692 leads: 4,062), as Check goals and SMARTSCORE (`countTarget`).
  return countTarget(draft.baseline + sign * delta, draft.kpi?.unit, draft.direction === 'decrease');
}

/**
 * The period whose total the draft's target is (`GoalDraft.targetPeriod`, which the target step offers only from the
 * sidebar's `targetPeriods` and clears otherwise), or null: a level to reach, typed on a tab's amount or count. The live
 * check, the drivers step, the sentence and the row written all read it from here.
 */
export function draftPeriod(draft: Pick<GoalDraft, 'kpi' | 'targetMode' | 'targetPeriod' | 'direction'>): Period | null {
  return periodTotalAllowed(draft) ? (draft.targetPeriod ?? null) : null;
}

/**
 * A workbook KPI's amount or count: what a target can be one period's total of (the sidebar's `targetPeriods` lists which
 * periods). Not a stock or an average read as a level (pipeline value, CAC, average deal size, active customers, reps):
 * a month of weekly pipeline values summed is no amount of anything (review 29: « Montant par mois » offered 4.4 M€).
 */
export function isPeriodAmountKpi(kpi: KpiChoice | null | undefined): boolean {
  return !!kpi?.seriesId && isPeriodAmountUnit(kpi.unit) && !(kpi.aggregation === 'level' && /^(?:pipeline_value|cac|average_deal_size|customers|sales_reps)$/.test(kpi.catalogId ?? ''));
}

/**
 * Whether the draft's target may be one period's total: a level to reach on an amount or a count, up ("€250,000 of revenue
 * per month") or down ("costs down to €50,000 per month", read back by the analyzer as a decrease with its month, and
 * judged as the month's total at most the target). Not a level to hold: « Keep costs at €50,000 per month » is read back
 * with no target, so the row would not say what the wizard judged. Not a change: "+5 % per month" is the per-period mode.
 */
export function periodTotalAllowed(draft: Pick<GoalDraft, 'kpi' | 'targetMode' | 'direction'>): boolean {
  return isPeriodAmountKpi(draft.kpi) && draft.targetMode === 'level' && (draft.direction === 'increase' || draft.direction === 'decrease');
}
