/**
 * The plan report — the article's strategic plan and timeline — as data:
 * summary, goals table, alignment tree with roll-ups, timeline, per-KPI
 * chart data and recommendations. `layout.ts` turns it into sheet blocks.
 */
import { forecastPath, horizonLimit, NO_END_DATE, verdictWord } from '../achievability';
import { alignmentFix, flattenTree, type QuarterSplit } from '../alignment';
import { passedVerdict } from '../workbook/output';
import { addDays, addPeriods, daysBetween, periodBounds } from '../dates';
import { deadlineWindows } from '../series/period';
import { daysText } from '../drivers/goal';
import { formatDate, formatNumber, formatPercent, withAmountDecimals } from '../format';
import { t } from '../messages';
import type { Settings } from '../settings';
import { CRITERIA, type Aggregation, type IsoDate, type Lang, type Period, type Unit, type Verdict } from '../types';
import type { CheckResult } from '../workbook/check';
import type { GoalCheck, KpiSeries, WorkbookModel } from '../workbook/types';
import { formatGoalValue } from '../workbook/values';
import { requiredPaceAmount } from '../achievability/pace-text';
import { onScaleOf } from '../achievability/scale';

export interface PlanInput {
  model: WorkbookModel;
  check: CheckResult;
  settings: Settings;
  today: IsoDate;
  lang: Lang;
  /** The run budget: false once the report must stop building (charts left are listed, not drawn). */
  shouldContinue?: () => boolean;
}

export type BarStatus = 'flagged' | 'stretch' | 'ok' | 'unknown';

export interface TimelineRow {
  row: number;
  id: string;
  label: string;
  depth: number;
  owner: string | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** Inclusive column indexes of the bar in `columns`; null when the goal has no deadline. */
  bar: { from: number; to: number } | null;
  /**
   * The bar's end columns the goal covers only in part (it starts after the column's first day, or ends before its
   * last): drawn in a lighter fill, so a goal ending 15 February does not read as running to the end of the month.
   */
  partial?: { first: boolean; last: boolean };
  /**
   * The goal lies partly outside the columns: its deadline is before the first ('before': its bar is the first column's
   * cell) or after the last ('after': the bar runs to the last column). Marked in the sheet, never dropped.
   */
  clipped?: 'before' | 'after';
  status: BarStatus;
  /** The goal it feeds (its Parent, typed or inferred by the Relevant roll-up): the dependency the timeline shows. */
  parent: { row: number; id: string; deadline: IsoDate | null } | null;
  /** It ends after its parent's deadline: a quarterly goal ending after the annual goal it feeds, a planning problem. */
  endsAfterParent: boolean;
  /**
   * The goals it needs done first (the goals tab's Depends on column), as typed; `row` null when no goal has that ID.
   * `late`: the goal ends before that prerequisite does, so it cannot wait for it.
   */
  prerequisites: Array<{ id: string; row: number | null; late: boolean }>;
}

export type TimelinePeriod = 'week' | 'month' | 'quarter' | 'year';

export interface Timeline {
  period: TimelinePeriod;
  /** Quarter and year columns are the fiscal ones under Settings' first month (1: calendar), named as the report's splits name them. */
  fiscalStartMonth: number;
  columns: Array<{ start: IsoDate; end: IsoDate }>;
  /** Column holding today, or null. */
  todayColumn: number | null;
  rows: TimelineRow[];
}

export interface ChartRow {
  date: IsoDate;
  history: number | null;
  median: number | null;
  low: number | null;
  high: number | null;
  /** One value per goal in `targets` (null outside that goal's horizon). */
  targets: Array<number | null>;
}

export interface KpiChart {
  seriesKey: string;
  title: string;
  unit: Unit | null;
  aggregation: Aggregation;
  /** The KPI tab's period (its rows' spacing), null when its dates are irregular: the date axis's title. */
  period: Period | null;
  /** Labels of the target lines drawn, in column order: a goal ID, or the IDs of goals sharing one target and horizon ("N, S"). */
  targets: string[];
  rows: ChartRow[];
}

export interface TreeRow {
  row: number;
  id: string;
  depth: number;
  statement: string;
  target: number | null;
  unit: Unit | null;
  rollup: number | null;
  rollupKind: 'sum' | 'last' | null;
  fits: boolean | null;
  /** True when an alignment issue concerns this goal (its note says which). */
  issues: boolean;
  /** The children fit so far but end well before the parent's deadline: their roll-up is only part of it. */
  partial: boolean;
  note: string;
}

export interface Recommendation {
  row: number;
  id: string;
  statement: string;
  problems: string[];
  fixes: string[];
  suggestedTarget: number | null;
  unit: Unit | null;
}

export interface PlanReport {
  lang: Lang;
  today: IsoDate;
  settingsLines: Array<[string, string]>;
  summary: {
    goals: number;
    flagged: number;
    alignmentProblems: number;
    averageScore: number | null;
    byVerdict: Array<{ verdict: Verdict | null; label: string; count: number }>;
    byOwner: Array<{ owner: string; goals: number; flagged: number; averageScore: number }>;
  };
  goals: GoalCheck[];
  paceText: Map<number, string>;
  tree: TreeRow[];
  splits: QuarterSplit[];
  timeline: Timeline;
  charts: KpiChart[];
  /** The Bottom-up check's chart (top-down vs bottom-up 80 % ranges), or null without bottom-up readings. */
  bottomUpChart: BottomUpChart | null;
  /** KPIs measured by goals but not charted: beyond MAX_CHARTS (`cap`) or left when the run budget ran out (`budget`). */
  chartsLeftOut: { cap: string[]; budget: string[] };
  recommendations: Recommendation[];
  /** Rows Check goals did not reach (time budget). */
  remainingRows: number[];
}

const VERDICT_ORDER: readonly Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic', 'insufficient-data'];
const MONTH_KEYS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/**
 * Timeline columns: one narrow column per period, the period picked by the plan's span (TIMELINE_RESOLUTIONS), at most
 * this many. The bound keeps the timeline on screen beside the goal columns (60 × 21 px is about two laptop screens),
 * keeps the report's one grid small (every column adds a cell to each report row: 60 × ~8,000 rows at 2,000 goals is
 * 480,000 cells, far from Sheets' 10-million-cell limit) and bounds the loop that builds the columns whatever the dates
 * typed (a deadline in 9999). A span longer than 60 quarters is drawn in years; past 60 years the bars are cut at the
 * last column and marked ▶.
 */
export const TIMELINE_MAX_COLUMNS = 60;
/**
 * The finest resolution a span gets, in days: weeks up to about six months (27 weeks), months up to three years
 * (37 months), quarters beyond (up to 15 years within TIMELINE_MAX_COLUMNS), then years.
 */
const TIMELINE_RESOLUTIONS: ReadonlyArray<{ period: TimelinePeriod; maxDays: number }> = [
  { period: 'week', maxDays: 186 },
  { period: 'month', maxDays: 3 * 366 },
  { period: 'quarter', maxDays: Infinity },
];
const COARSER: Readonly<Record<TimelinePeriod, TimelinePeriod | null>> = { week: 'month', month: 'quarter', quarter: 'year', year: null };
/**
 * Goals × period columns the timeline may take. The report is one grid and one sheet as wide as its widest block: every
 * period column adds a cell to each of its rows (about four per goal), which Sheets allocates (its 10-million-cell limit
 * counts them) and the grid's writes carry. Up to 2,000 goals the timeline gets its 60 columns; past that, fewer and
 * coarser (5,000 goals: 24 columns; 20,000 goals: 6, months or quarters become quarters or years).
 */
export const TIMELINE_CELL_BUDGET = 120_000;

/** The period columns a timeline of `goals` rows may take: TIMELINE_MAX_COLUMNS, fewer past TIMELINE_CELL_BUDGET (never under 5). */
export function timelineColumnLimit(goals: number): number {
  return Math.max(5, Math.min(TIMELINE_MAX_COLUMNS, Math.floor(TIMELINE_CELL_BUDGET / Math.max(1, goals))));
}
/** Charts show at most this many past points (a year of weeks, four of months): their data prints in a few pages. */
const MAX_HISTORY_POINTS = 52;
/** Target lines per chart: the chart-data table (date, history, forecast, low, high, targets) fits the report's seven printed columns. */
const MAX_TARGET_LINES = 2;
/**
 * Charts per report: each native chart costs nine service calls, so a
 * workbook with 40 KPIs charts the KPIs most goals are measured on and lists
 * the others (their goals stay in every table).
 */
export const MAX_CHARTS = 5;

/** Goals the bottom-up chart shows (two bars each, readable at Sheets' default chart size). */
export const MAX_BOTTOM_UP_CHART_GOALS = 8;
/** Ranges are drawn as a share of the target, clipped at this ratio (a range at 40× the target would flatten the others). */
export const BOTTOM_UP_CHART_MAX_RATIO = 3;

/** One bar of the bottom-up chart: a reading's 80 % range as a share of its goal's target (1 = the target). */
export interface RangeBar {
  id: string;
  reading: 'bottomUp' | 'topDown';
  low: number;
  high: number;
}

/**
 * The Bottom-up check's chart: per goal, the 80 % range of each reading as a
 * share of the goal's target, so goals on revenue and on deals share one axis
 * and the target is 100 % for all. At most MAX_BOTTOM_UP_CHART_GOALS goals:
 * the lowest bottom-up chances first (the goals to look at).
 */
export interface BottomUpChart {
  bars: RangeBar[];
  /** Goals shown, and goals with a bottom-up reading in all. */
  shown: number;
  total: number;
  /** Some range went beyond BOTTOM_UP_CHART_MAX_RATIO (or below 0) and is drawn clipped. */
  clipped: boolean;
}

/** A goal the bottom-up chart can draw: a bottom-up reading and a positive target (the bars are shares of it). */
type ChartedGoal = GoalCheck & { bottomUp: NonNullable<GoalCheck['bottomUp']>; target: number };

export function buildBottomUpChart(checks: readonly GoalCheck[]): BottomUpChart | null {
  const candidates = checks.filter(
    (c): c is ChartedGoal => !!c.bottomUp && c.target !== null && Number.isFinite(c.target) && c.target > 0 && Number.isFinite(c.bottomUp.low) && Number.isFinite(c.bottomUp.high),
  );
  if (candidates.length === 0) return null;
  const chosen = [...candidates].sort((a, b) => a.bottomUp.probability - b.bottomUp.probability || a.row - b.row).slice(0, MAX_BOTTOM_UP_CHART_GOALS);
  let clipped = false;
  const ratio = (value: number, target: number): number => {
    const r = value / target;
    if (r < 0 || r > BOTTOM_UP_CHART_MAX_RATIO) clipped = true;
    return Math.max(0, Math.min(BOTTOM_UP_CHART_MAX_RATIO, r));
  };
  const bars: RangeBar[] = [];
  // Sheet order among the goals shown, so the chart reads like the table above it.
  for (const c of [...chosen].sort((a, b) => a.row - b.row)) {
    const b = c.bottomUp;
    const target = c.target;
    bars.push({ id: c.id, reading: 'bottomUp', low: ratio(Math.min(b.low, b.high), target), high: ratio(Math.max(b.low, b.high), target) });
    const low = b.topDownLow;
    const high = b.topDownHigh;
    if (low !== null && low !== undefined && high !== null && high !== undefined && Number.isFinite(low) && Number.isFinite(high)) {
      bars.push({ id: c.id, reading: 'topDown', low: ratio(Math.min(low, high), target), high: ratio(Math.max(low, high), target) });
    }
  }
  return { bars, shown: chosen.length, total: candidates.length, clipped };
}

/**
 * The settings the plan was judged with, in a sales manager's words (fixes55: "Automatic (EN)", "Stretch allowance: 20%",
 * "Healthy capacity: 1.2×" read as a configuration dump): each as the Settings pane names it, its value saying what it
 * does, and the Goals tab actually read.
 */
function settingsLines(settings: Settings, lang: Lang, today: IsoDate, goalsSheet: string | null): Array<[string, string]> {
  const yes = t(lang, 'plan.settings.yes');
  const no = t(lang, 'plan.settings.no');
  const language = t(lang, `plan.settings.${settings.language === 'auto' ? lang : settings.language}`);
  const sheet = settings.goalsSheetName ?? goalsSheet ?? t(lang, 'plan.settings.autoSheet');
  return [
    [t(lang, 'plan.settings.date'), formatDate(today, lang)],
    [t(lang, 'plan.settings.language'), settings.language === 'auto' ? t(lang, 'plan.settings.auto', { lang: language }) : language],
    [t(lang, 'plan.settings.stretch'), t(lang, 'plan.settings.stretchValue', { percent: formatPercent(settings.policy.stretchAllowance, lang) })],
    [t(lang, 'plan.settings.historicalBest'), settings.policy.useHistoricalBest ? yes : no],
    [t(lang, 'plan.settings.fiscalYear'), t(lang, `plan.month.${MONTH_KEYS[settings.fiscalYearStartMonth - 1]}`)],
    [t(lang, 'plan.settings.goalsSheet'), sheet],
    // The team plan (Settings pane): what capacity and coverage assumed.
    [t(lang, 'plan.settings.ramp'), settings.plan.ramp.map((share) => formatPercent(share, lang, 0)).join(' / ')],
    [
      t(lang, 'plan.settings.hires'),
      settings.plan.hires.length === 0
        ? t(lang, 'plan.settings.noHires')
        : settings.plan.hires.map((hire) => t(lang, 'plan.settings.hire', { count: hire.count > 0 ? `+${hire.count}` : String(hire.count), date: formatDate(hire.date, lang) })).join(t(lang, 'list.sep')),
    ],
    [t(lang, 'plan.settings.coverage'), t(lang, 'plan.settings.coverageValue', { ratio: `${formatNumber(settings.plan.coverageThreshold, lang, 2)}×` })],
    [t(lang, 'plan.settings.capacity'), t(lang, 'plan.settings.capacityValue', { ratio: `${formatNumber(settings.plan.capacityThreshold, lang, 2)}×` })],
    [t(lang, 'plan.settings.salesCycle'), settings.plan.salesCycleDays === null ? t(lang, 'plan.settings.noCycle') : daysText(settings.plan.salesCycleDays, lang)],
  ];
}

/**
 * "+1.2 pts per week" (a rate), "+$4,694 (+2.8%) per month" (a level), "12.5 per month" (a total's average): the one rule
 * every surface writes a pace by (`requiredPaceAmount`, core/achievability/pace-text.ts).
 */
export function paceLabel(check: GoalCheck, lang: Lang): string {
  const pace = check.requiredPace;
  if (!pace || pace.perPeriod === null || !pace.period) return '';
  const per = t(lang, 'plan.pace.per', { period: t(lang, `period.${pace.period}`) });
  return `${requiredPaceAmount({ perPeriod: pace.perPeriod, perPeriodRelative: pace.perPeriodRelative, ...(pace.ceiling ? { ceiling: true as const } : {}) }, check.unit, pace.ofLevel ? 'level' : check.aggregation, check.currency, lang)} ${per}`;
}

/** A goal not judged because its currency (surf51) or its unit (surf52) is not its tab's: its reason stands where a verdict's line would. */
function notConverted(c: GoalCheck): boolean {
  return c.verdict === null && c.verdictLine !== undefined;
}

function summary(checks: readonly GoalCheck[], alignmentProblems: number, lang: Lang): PlanReport['summary'] {
  const byVerdict: PlanReport['summary']['byVerdict'] = [];
  for (const verdict of [...VERDICT_ORDER, null]) {
    const count = checks.filter((c) => c.verdict === verdict && !c.passed && !notConverted(c)).length;
    if (count > 0) byVerdict.push({ verdict, label: verdict ? verdictWord(verdict, lang) : t(lang, 'plan.summary.noVerdict'), count });
  }
  // A goal in another currency (mend51a) or unit (surf52: a count against a rate) than its tab's has a history, not judged
  // on it: its own line, not "no KPI history".
  for (const money of [true, false]) {
    const count = checks.filter((c) => notConverted(c) && !c.passed && (c.unit === 'currency') === money).length;
    if (count > 0) byVerdict.push({ verdict: null, label: t(lang, money ? 'plan.summary.otherCurrency' : 'plan.summary.otherUnit'), count });
  }
  // Goals that are over, counted apart by outcome (their row's verdict).
  for (const outcome of ['met', 'missed', 'unknown'] as const) {
    const count = checks.filter((c) => c.passed === outcome).length;
    if (count > 0) byVerdict.push({ verdict: null, label: passedVerdict(outcome, lang), count });
  }
  const owners = new Map<string, GoalCheck[]>();
  for (const c of checks) {
    const owner = c.owner ?? t(lang, 'plan.summary.noOwner');
    owners.set(owner, [...(owners.get(owner) ?? []), c]);
  }
  const byOwner = [...owners.entries()].map(([owner, list]) => ({
    owner,
    goals: list.length,
    flagged: list.filter((c) => c.flagged).length,
    averageScore: Math.round(list.reduce((s, c) => s + c.score, 0) / list.length),
  }));
  return {
    goals: checks.length,
    flagged: checks.filter((c) => c.flagged).length,
    alignmentProblems,
    averageScore: checks.length > 0 ? Math.round(checks.reduce((s, c) => s + c.score, 0) / checks.length) : null,
    byVerdict,
    byOwner,
  };
}

function barStatus(c: GoalCheck): BarStatus {
  if (c.flagged) return 'flagged';
  if (c.verdict === 'stretch') return 'stretch';
  if (c.verdict === null || c.verdict === 'insufficient-data') return 'unknown';
  return 'ok';
}

/** `text` cut to `max` characters, "…" last, at a space when the cut falls in a word (« la semaine pr… » read as a typo). */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // At a plain space only: a no-break space keeps « 25 % » whole.
  return `${text[max - 1] === ' ' ? cut.trimEnd() : cut.replace(/([^ ]) +[^ ]*$/, '$1')}…`;
}

/** Number of `period` columns from `from`'s period to `to`'s, bounded by `limit` + 1 (a loop over the data's span, never the calendar). */
function columnsNeeded(from: IsoDate, to: IsoDate, period: TimelinePeriod, limit: number, fiscalStartMonth: number): number {
  let n = 0;
  for (let start = periodBounds(from, period, fiscalStartMonth).start; start <= to && n <= limit; start = addPeriods(start, period, 1)) n++;
  return n;
}

/**
 * The resolution of a span: weeks, months or quarters by its length (TIMELINE_RESOLUTIONS), coarser while it needs more
 * than `limit` columns (years last: past `limit` years the bars are cut at the last column).
 */
export function timelinePeriod(from: IsoDate, to: IsoDate, limit: number, fiscalStartMonth: number): TimelinePeriod {
  const days = daysBetween(from, to);
  let period: TimelinePeriod = TIMELINE_RESOLUTIONS.find((r) => days <= r.maxDays)?.period ?? 'quarter';
  for (let coarser = COARSER[period]; coarser && columnsNeeded(from, to, period, limit, fiscalStartMonth) > limit; coarser = COARSER[period]) period = coarser;
  return period;
}

/**
 * When the goal begins: its start, but not the window a goal stated per period is judged on ("120 000 € de CA mensuel
 * d'ici fin mars" is judged on March alone and runs from today: a one-month bar in March read as a goal starting then).
 */
function ownStart(c: GoalCheck): IsoDate | null {
  return c.periodWindow ? null : c.start;
}

/**
 * One row per goal (parents above children), one narrow column per week, month, quarter or year (by the plan's span), a
 * bar from its start to its deadline: every column it touches, the end columns it covers only in part marked `partial`.
 * Each goal names the goal it feeds (its parent, `parentOf`: typed or inferred) and whether it ends after it.
 */
export function buildTimeline(
  checks: readonly GoalCheck[],
  order: readonly { row: number; depth: number }[],
  today: IsoDate,
  parentOf: ReadonlyMap<number, number> = new Map(),
  limit = timelineColumnLimit(order.length),
  fiscalStartMonth: number,
): Timeline {
  const byRow = new Map(checks.map((c) => [c.row, c]));
  const dated = checks.filter((c) => c.deadline !== null);
  const earliest = dated.reduce((min, c) => {
    const start = ownStart(c) ?? today;
    return start < min ? start : min;
  }, today);
  const from = daysBetween(earliest, today) > 366 ? addPeriods(today, 'year', -1) : earliest;
  const latest = dated.reduce((max, c) => ((c.deadline as IsoDate) > max ? (c.deadline as IsoDate) : max), today);
  const period = timelinePeriod(from, latest, limit, fiscalStartMonth);
  const columns: Timeline['columns'] = [];
  // Quarters and years are the fiscal ones (core `fiscalBlock`), as the goals, the splits and the wizard count them.
  for (let start = periodBounds(from, period, fiscalStartMonth).start; start <= latest && columns.length < limit; start = addPeriods(start, period, 1)) {
    columns.push(periodBounds(start, period, fiscalStartMonth));
  }
  const columnOf = (date: IsoDate): number => {
    if (columns.length === 0) return -1;
    if (date < columns[0].start) return 0;
    const index = columns.findIndex((c) => date >= c.start && date <= c.end);
    return index === -1 ? columns.length - 1 : index;
  };
  const todayIndex = columns.findIndex((c) => today >= c.start && today <= c.end);
  // IDs as the Parent column reads them: trimmed, without case; the first row of a duplicated ID.
  const byId = new Map<string, GoalCheck>();
  for (const c of checks) if (!byId.has(c.id.trim().toLowerCase())) byId.set(c.id.trim().toLowerCase(), c);
  const rows: TimelineRow[] = [];
  for (const { row, depth } of order) {
    const c = byRow.get(row);
    if (!c) continue;
    let bar: TimelineRow['bar'] = null;
    let clipped: TimelineRow['clipped'];
    let partial: TimelineRow['partial'];
    if (c.deadline && columns.length > 0) {
      const last = columns[columns.length - 1].end;
      const begins = ownStart(c);
      const start = begins && begins <= c.deadline ? begins : today <= c.deadline ? today : c.deadline;
      // A goal ended before the window (a deadline over a year ago) keeps a one-cell bar in the first column, marked.
      if (c.deadline < columns[0].start) [bar, clipped] = [{ from: 0, to: 0 }, 'before'];
      else if (start <= last) bar = { from: columnOf(start), to: columnOf(c.deadline) };
      else [bar, clipped] = [{ from: columns.length - 1, to: columns.length - 1 }, 'after'];
      if (!clipped && c.deadline > last) clipped = 'after';
      if (!clipped && bar) {
        // A bar covers every period it touches; an end column the goal covers only in part is drawn lighter.
        const first = start > columns[bar.from].start;
        const lastPartial = c.deadline < columns[bar.to].end;
        if (first || lastPartial) partial = { first, last: lastPartial };
      }
    }
    const parentRow = parentOf.get(row);
    const parentCheck = parentRow === undefined ? undefined : byRow.get(parentRow);
    const parent = parentCheck ? { row: parentCheck.row, id: parentCheck.id, deadline: parentCheck.deadline } : null;
    const endsAfterParent = !!(parent?.deadline && c.deadline && c.deadline > parent.deadline);
    const prerequisites = (c.dependsOn ?? []).map((id) => {
      const needed = byId.get(id.trim().toLowerCase());
      return { id, row: needed?.row ?? null, late: !!(needed?.deadline && c.deadline && c.deadline < needed.deadline) };
    });
    rows.push({
      row,
      id: c.id,
      label: truncate(c.statement, 80),
      depth,
      owner: c.owner,
      start: ownStart(c),
      deadline: c.deadline,
      bar,
      ...(partial ? { partial } : {}),
      ...(clipped ? { clipped } : {}),
      status: barStatus(c),
      parent,
      endsAfterParent,
      prerequisites,
    });
  }
  return { period, fiscalStartMonth, columns, todayColumn: todayIndex === -1 ? null : todayIndex, rows };
}

/** Chart data for one KPI: recent history, the forecast band to the furthest deadline, and each goal's target. */
export function buildChart(series: KpiSeries, checks: readonly GoalCheck[], input: PlanInput, title: string): KpiChart | null {
  if (series.points.length === 0) return null;
  // A goal beyond the forecast horizon has no forecast to draw against, and would stretch the axis over centuries.
  const limit = horizonLimit(series.points[series.points.length - 1].date);
  const measured = checks.filter(
    (c) => c.seriesKey === series.key && c.target !== null && c.deadline !== null && c.deadline < NO_END_DATE && (limit === null || c.deadline <= limit),
  );
  if (measured.length === 0) return null;
  const furthest = measured.reduce((a, b) => ((b.deadline as IsoDate) > (a.deadline as IsoDate) ? b : a));
  // A goal judged on one period ("120 000 € de CA mensuel d'ici fin mars") is that period's figure, as Check goals reads it
  // (the periods' totals judged as a level): drawn as those totals, history then forecast per period — a running total
  // over its one window was a single point and no history (review 21, on monthly revenue). On a finer tab (weekly revenue)
  // the totals are the weeks summed by month as Check goals sums them (`deadlineWindows`, fixes55: it drew the weeks'
  // running total, far past the monthly target line).
  const window = furthest.aggregation === 'total' ? furthest.periodWindow : undefined;
  const windows = window && series.period && window !== series.period ? deadlineWindows(series.points, window, furthest.deadline as IsoDate, input.today, input.settings.fiscalYearStartMonth) : null;
  const perPeriod = window !== undefined && (window === series.period || windows !== null);
  const points = windows ? windows.totals : series.points;
  // The chart is drawn for the goal whose target and direction shape the forecast (`furthest`): its reading too — a later
  // level after a total on the same tab was drawn as a running total from 0 under its level target (audit63).
  const aggregation = perPeriod ? 'level' : furthest.aggregation;
  // A running total only compares with totals counted from the same start (Q2's 28 is not 28 since January); levels with levels.
  const candidates = perPeriod
    ? measured.filter((g) => g.periodWindow === window)
    : aggregation === 'total'
      ? measured.filter((g) => g.start === furthest.start)
      : measured.filter((g) => g.aggregation === 'level');
  // Goals with the same target over the same horizon share one line ("Target N, S").
  const lines = new Map<string, { goal: GoalCheck; ids: string[] }>();
  for (const goal of candidates) {
    const key = `${goal.target}|${goal.deadline}|${goal.start ?? ''}`;
    const line = lines.get(key);
    if (line) line.ids.push(goal.id);
    else if (lines.size < MAX_TARGET_LINES) lines.set(key, { goal, ids: [goal.id] });
  }
  const goals = [...lines.values()].map((l) => l.goal);
  const path = forecastPath({
    history: points,
    target: furthest.target as number,
    deadline: furthest.deadline as IsoDate,
    today: input.today,
    direction: furthest.direction,
    aggregation,
    baseline: furthest.baseline,
    policy: input.settings.policy,
    // A year-to-date column is drawn climbing to the deadline and dropping back at the reset, as Check goals judges it.
    name: series.name,
    fiscalYearStartMonth: input.settings.fiscalYearStartMonth,
  });
  const history = points.slice(-MAX_HISTORY_POINTS);
  const last = points[points.length - 1];
  const rows = new Map<IsoDate, ChartRow>();
  const rowAt = (date: IsoDate): ChartRow => {
    let row = rows.get(date);
    if (!row) {
      row = { date, history: null, median: null, low: null, high: null, targets: goals.map(() => null) };
      rows.set(date, row);
    }
    return row;
  };
  if (aggregation === 'total') {
    // Totals: the running total over the headline goal's window, so target and forecast compare.
    // A goal without a Start counts what comes after the last observation, as Check goals judges it (what was done before does not count).
    const windowStart = furthest.start ?? addDays(last.date, 1);
    if (windowStart > last.date) {
      // A window that starts after the data: the forecast counts from its start (what comes before does not count).
      const before = path.filter((step) => step.date < windowStart);
      const base = before.length > 0 ? before[before.length - 1].median : 0;
      Object.assign(rowAt(windowStart), { median: 0, low: 0, high: 0 });
      for (const step of path) {
        if (step.date < windowStart) continue;
        Object.assign(rowAt(step.date), { median: step.median - base, low: Math.max(0, step.low - base), high: step.high - base });
      }
    } else {
      let running = 0;
      for (const point of points) {
        if (point.date < windowStart) continue;
        running += point.value;
        if (point.date >= history[0].date) rowAt(point.date).history = running;
      }
      for (const step of path) Object.assign(rowAt(step.date), { median: running + step.median, low: running + step.low, high: running + step.high });
    }
  } else {
    for (const point of history) rowAt(point.date).history = point.value;
    for (const step of path) Object.assign(rowAt(step.date), { median: step.median, low: step.low, high: step.high });
  }
  // Each target is drawn over its goal's horizon (from its start, or the last observation, to its deadline).
  goals.forEach((goal, index) => {
    rowAt(goal.deadline as IsoDate);
    const from = aggregation === 'total' && goal.start && goal.start > last.date ? goal.start : last.date;
    for (const row of rows.values()) if (row.date >= from && row.date <= (goal.deadline as IsoDate)) row.targets[index] = goal.target;
  });
  const sorted = [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  fillForecastGaps(sorted);
  return {
    seriesKey: series.key,
    title,
    // A score on a scale is charted as a score, at the digits its goals' cells show (surf53 a: 4.6 was drawn 5).
    unit: onScaleOf(series) ?? series.unit ?? goals[0].unit,
    aggregation,
    period: windows ? (window ?? series.period) : series.period,
    targets: [...lines.values()].map((l) => l.ids.join(', ')),
    rows: sorted,
  };
}

/**
 * A deadline between two forecast dates (G1's 31 March among monthly steps dated the 1st) adds a row the path has no value
 * for, and the chart's line broke there (a blank cell breaks a Sheets line): its forecast and range are read on the
 * straight line between the steps around it. Rows before the first step or after the last are left blank.
 */
function fillForecastGaps(rows: ChartRow[]): void {
  let before = -1;
  for (let i = 0; i < rows.length; i++) {
    if (rows[i].median === null) continue;
    for (let k = before + 1; before >= 0 && k < i; k++) {
      const [a, b, row] = [rows[before], rows[i], rows[k]];
      const share = daysBetween(a.date, row.date) / daysBetween(a.date, b.date);
      const at = (x: number | null, y: number | null): number | null => (x === null || y === null ? null : x + (y - x) * share);
      Object.assign(row, { median: at(a.median, b.median), low: at(a.low, b.low), high: at(a.high, b.high) });
    }
    before = i;
  }
}

/**
 * The KPIs to chart: those measured by the most goals first (ties in tab
 * order), at most MAX_CHARTS, while the run budget lasts.
 */
function buildCharts(input: PlanInput, slots = MAX_CHARTS): { charts: KpiChart[]; chartsLeftOut: PlanReport['chartsLeftOut'] } {
  const checks = input.check.checks;
  const goalsPerSeries = new Map<string, number>();
  for (const c of checks) if (c.seriesKey !== null && c.target !== null && c.deadline !== null) goalsPerSeries.set(c.seriesKey, (goalsPerSeries.get(c.seriesKey) ?? 0) + 1);
  const ranked = input.model.series
    .map((series, index) => ({ series, index, goals: goalsPerSeries.get(series.key) ?? 0 }))
    .filter((s) => s.goals > 0 && s.series.points.length > 0)
    .sort((a, b) => b.goals - a.goals || a.index - b.index);
  const charts: KpiChart[] = [];
  const leftOut: PlanReport['chartsLeftOut'] = { cap: [], budget: [] };
  const byKey = new Map<string, GoalCheck[]>();
  for (const c of checks) {
    if (c.seriesKey === null) continue;
    const list = byKey.get(c.seriesKey);
    if (list) list.push(c);
    else byKey.set(c.seriesKey, [c]);
  }
  for (const { series } of ranked) {
    if (charts.length >= slots) leftOut.cap.push(series.name);
    else if (input.shouldContinue && !input.shouldContinue()) leftOut.budget.push(series.name);
    else {
      // One KPI's chart failing leaves the others (and the rest of the report) standing.
      let chart: KpiChart | null;
      try {
        chart = buildChart(series, byKey.get(series.key) ?? [], input, series.name);
      } catch {
        chart = null;
      }
      if (chart) charts.push(chart);
    }
  }
  // Charts keep the tabs' order on the sheet.
  const order = new Map(input.model.series.map((s, i) => [s.key, i]));
  charts.sort((a, b) => (order.get(a.seriesKey) ?? 0) - (order.get(b.seriesKey) ?? 0));
  return { charts, chartsLeftOut: leftOut };
}

function recommendations(checks: readonly GoalCheck[], splits: readonly QuarterSplit[], lang: Lang): Recommendation[] {
  const out: Recommendation[] = [];
  const splitByRow = new Map<number, QuarterSplit>();
  for (const split of splits) if (!splitByRow.has(split.row)) splitByRow.set(split.row, split);
  for (const c of checks) {
    // A goal not judged (its currency is not its tab's, surf51): the reason standing for its verdict is its problem and fix.
    const unjudged = notConverted(c) && c.verdictLine ? [c.verdictLine] : [];
    const problems: string[] = [...c.dataNotes, ...unjudged];
    const said: string[] = [...problems];
    // The passed-deadline note carries its own advice; a duplicate row is deleted or merged; unreadable cells need correcting.
    const fixes: string[] = c.dataNotes.length > (c.deadlinePassed ? 1 : 0) + (c.twin ? 1 : 0) ? [t(lang, 'plan.rec.fixCells')] : [];
    if (c.twin) fixes.push(t(lang, 'plan.rec.duplicate', { row: c.twin }));
    const notAchievable = c.verdict === 'unrealistic' || c.verdict === 'stretch';
    // A suggested target is kept only when less ambitious than the goal's own (`lessAmbitious`, core/workbook/check.ts).
    const suggestion = notAchievable ? c.suggestedTarget : null;
    for (const id of CRITERIA) {
      const criterion = c.criteria[id];
      if (criterion.status !== 'fail' && criterion.status !== 'warn') continue;
      // The plan's Relevant messages start with goal IDs (kept as typed); the alignment issues below are compared with the
      // criterion's own text, before any case change.
      problems.push(t(lang, 'check.note.criterion', { criterion: t(lang, `criterion.${id}`), text: criterion.message }, id === 'relevant' && c.alignment.length > 0 ? ['text'] : undefined));
      said.push(criterion.message);
      // The Achievable criterion's "aim for X" is the suggested-target fix below: said once.
      if (criterion.suggestion && !(id === 'achievable' && suggestion !== null)) fixes.push(criterion.suggestion);
    }
    // An alignment issue the Relevant criterion already states ("Relevant: …") is not repeated.
    for (const issue of c.alignment) if (!said.some((p) => p.includes(issue.message))) problems.push(issue.message);
    if (c.alignment.length > 0) fixes.push(alignmentFix(c.alignment.map((a) => a.kind), lang));
    if (suggestion !== null) {
      // The suggestion says by when, as the Target column beside it does (fixes50: « Abaissez la cible à 3,4 % » beside 3,56 % by 31/12/2026).
      const value = formatGoalValue(suggestion, c.unit, c.currency, lang);
      const target = c.suggestedBy ? t(lang, 'plan.rec.targetBy', { target: value, date: formatDate(c.suggestedBy, lang) }) : value;
      fixes.push(t(lang, c.verdict === 'unrealistic' ? 'plan.rec.lowerTarget' : 'plan.rec.stretchTarget', { target }));
    }
    else if (c.verdict === 'stretch') fixes.push(t(lang, 'plan.rec.stretchLevers'));
    const split = splitByRow.get(c.row);
    if (split) fixes.push(split.message);
    if (problems.length === 0 && !notAchievable) continue;
    if (notAchievable && problems.length === 0) problems.push(t(lang, 'plan.rec.verdict', { verdict: verdictWord(c.verdict as Verdict, lang) }));
    out.push({ row: c.row, id: c.id, statement: c.statement, problems: [...new Set(problems)], fixes: [...new Set(fixes)], suggestedTarget: suggestion, unit: c.unit });
  }
  return out;
}

/** Builds the whole report model. Pure: everything comes from the check result and the series. */
export function buildPlanReport(input: PlanInput): PlanReport {
  const { check, lang, today } = input;
  const checks = check.checks;
  const byRow = new Map(checks.map((c) => [c.row, c]));
  const order = flattenTree(check.alignment.roots).filter((n) => byRow.has(n.row));
  const tree: TreeRow[] = order.map((node) => {
    const c = byRow.get(node.row) as GoalCheck;
    const rollup = node.rollup;
    const partial = rollup !== null && rollup.fits === true && !rollup.covers;
    const note = c.alignment.length > 0 ? c.alignment.map((a) => a.message).join(' ') : partial ? t(lang, 'plan.tree.partial') : rollup?.fits ? t(lang, 'plan.tree.fits') : '';
    return { row: c.row, id: c.id, depth: node.depth, statement: c.statement, target: c.target, unit: c.unit, rollup: rollup?.value ?? null, rollupKind: rollup?.kind ?? null, fits: rollup?.fits ?? null, issues: c.alignment.length > 0, partial, note };
  });
  // The bottom-up chart takes one of the MAX_CHARTS slots: the report's chart calls stay within the same budget.
  let bottomUpChart: BottomUpChart | null;
  try {
    bottomUpChart = buildBottomUpChart(checks);
  } catch {
    // A bad reading never stops the report: the table above still shows every goal.
    bottomUpChart = null;
  }
  const { charts, chartsLeftOut } = buildCharts(input, bottomUpChart ? MAX_CHARTS - 1 : MAX_CHARTS);
  return {
    lang,
    today,
    settingsLines: settingsLines(input.settings, lang, today, input.model.goalsSheet?.name ?? null),
    summary: summary(checks, check.alignment.issues.length, lang),
    goals: checks,
    paceText: new Map(checks.map((c) => [c.row, withAmountDecimals(c.amountDecimals, () => paceLabel(c, lang))])),
    tree,
    splits: check.alignment.splits,
    timeline: buildTimeline(checks, order, today, check.alignment.parentOf, undefined, input.settings.fiscalYearStartMonth),
    charts,
    bottomUpChart,
    chartsLeftOut,
    recommendations: recommendations(checks, check.alignment.splits, lang),
    remainingRows: check.remainingRows,
  };
}

/** Report sheet name: "SMART plan 2026-11-26" / "Plan SMART 2026-11-26". */
export function reportSheetName(lang: Lang, today: IsoDate): string {
  return t(lang, 'plan.sheetName', { date: today });
}

