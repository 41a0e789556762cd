/**
 * The plan report — the article's strategic plan and timeline — as data:
 * summary, goals table, alignment tree with roll-ups, timeline, per-KPI
 * chart data and recommendations. `layout.ts` turns it into sheet blocks.
 */
import { forecastPath } from '../achievability';
import { alignmentFix, flattenTree, type QuarterSplit } from '../alignment';
import { addDays, addPeriods, daysBetween, endOfPeriod, startOfPeriod } from '../dates';
import { formatCurrency, formatDate, formatNumber, formatPercent, formatPoints } from '../format';
import { t } from '../messages';
import type { Settings } from '../settings';
import { CRITERIA, type Aggregation, type IsoDate, type Lang, type Unit, type Verdict } from '../types';
import type { CheckResult } from '../workbook/check';
import type { GoalCheck, KpiSeries, WorkbookModel } from '../workbook/types';
import { formatGoalValue } from '../workbook/values';

export interface PlanInput {
  model: WorkbookModel;
  check: CheckResult;
  settings: Settings;
  today: IsoDate;
  lang: Lang;
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
  /** Inclusive column indexes of the bar in `columns`; null when the goal has no deadline or lies outside. */
  bar: { from: number; to: number } | null;
  status: BarStatus;
}

export interface Timeline {
  period: 'week' | 'month';
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
  /** Goal IDs whose targets are drawn, in column order. */
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
  recommendations: Recommendation[];
  /** Rows Check goals did not reach (time budget). */
  remainingRows: number[];
}

const VERDICT_ORDER: readonly Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic', 'insufficient-data'];
const MONTH_KEYS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** Weekly columns up to this many weeks, monthly beyond; at most MAX_COLUMNS columns. */
const WEEKLY_LIMIT = 26;
const MAX_COLUMNS = 40;
/** Charts show at most this many past points (about two years of weeks). */
const MAX_HISTORY_POINTS = 104;
const MAX_TARGET_LINES = 4;

function settingsLines(settings: Settings, lang: Lang, today: IsoDate): Array<[string, string]> {
  const yes = t(lang, 'plan.settings.yes');
  const no = t(lang, 'plan.settings.no');
  return [
    [t(lang, 'plan.settings.date'), formatDate(today, lang)],
    [t(lang, 'plan.settings.language'), settings.language === 'auto' ? t(lang, 'plan.settings.auto', { lang: lang.toUpperCase() }) : settings.language.toUpperCase()],
    [t(lang, 'plan.settings.stretch'), formatPercent(settings.policy.stretchAllowance, lang)],
    [t(lang, 'plan.settings.historicalBest'), settings.policy.useHistoricalBest ? yes : no],
    [t(lang, 'plan.settings.fiscalYear'), t(lang, `plan.month.${MONTH_KEYS[settings.fiscalYearStartMonth - 1]}`)],
    [t(lang, 'plan.settings.goalsSheet'), settings.goalsSheetName ?? t(lang, 'plan.settings.autoSheet')],
  ];
}

/** Decimals that keep a small pace visible: a daily pace of $0.40 must not print as "+$0". */
function paceDecimals(magnitude: number, base: number): number {
  if (magnitude === 0 || magnitude >= 10) return base;
  return Math.min(4, Math.max(base, 1 - Math.floor(Math.log10(magnitude))));
}

/** "+1.2 pts / week", "+3 / month", "-5 % / month". */
export function paceLabel(check: GoalCheck, lang: Lang): string {
  const pace = check.requiredPace;
  if (!pace || pace.perPeriod === null || !pace.period) return '';
  const per = t(lang, 'plan.pace.per', { period: t(lang, `period.${pace.period}`) });
  if (check.unit === 'percent') return `${formatPoints(pace.perPeriod, lang, paceDecimals(Math.abs(pace.perPeriod) * 100, 1))} ${per}`;
  const sign = pace.perPeriod > 0 ? '+' : '';
  const magnitude = Math.abs(pace.perPeriod);
  const amount =
    check.unit === 'currency' && check.currency
      ? formatCurrency(pace.perPeriod, lang, check.currency, paceDecimals(magnitude, 0))
      : formatNumber(pace.perPeriod, lang, paceDecimals(magnitude, 2));
  const absolute = `${sign}${amount}`;
  const relativeValue = pace.perPeriodRelative;
  const relative =
    relativeValue !== null && check.aggregation === 'level' ? ` (${relativeValue > 0 ? '+' : ''}${formatPercent(relativeValue, lang, paceDecimals(Math.abs(relativeValue) * 100, 1))})` : '';
  return `${absolute}${relative} ${per}`;
}

function summary(checks: readonly GoalCheck[], alignmentProblems: number, lang: Lang): PlanReport['summary'] {
  const byVerdict: PlanReport['summary']['byVerdict'] = [];
  for (const verdict of [...VERDICT_ORDER, null]) {
    const count = checks.filter((c) => c.verdict === verdict).length;
    if (count > 0) byVerdict.push({ verdict, label: verdict ? t(lang, `verdict.${verdict}`) : t(lang, 'plan.summary.noVerdict'), count });
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

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** One row per goal (parents above children), one column per week or month, a bar from start to deadline. */
export function buildTimeline(checks: readonly GoalCheck[], order: readonly { row: number; depth: number }[], today: IsoDate): Timeline {
  const byRow = new Map(checks.map((c) => [c.row, c]));
  const dated = checks.filter((c) => c.deadline !== null);
  const earliest = dated.reduce((min, c) => {
    const start = c.start ?? today;
    return start < min ? start : min;
  }, today);
  const from = daysBetween(earliest, today) > 366 ? addPeriods(today, 'year', -1) : earliest;
  const latest = dated.reduce((max, c) => ((c.deadline as IsoDate) > max ? (c.deadline as IsoDate) : max), today);
  const period: 'week' | 'month' = daysBetween(from, latest) <= WEEKLY_LIMIT * 7 ? 'week' : 'month';
  const columns: Timeline['columns'] = [];
  for (let start = startOfPeriod(from, period); start <= latest && columns.length < MAX_COLUMNS; start = addPeriods(start, period, 1)) {
    columns.push({ start, end: endOfPeriod(start, period) });
  }
  const columnOf = (date: IsoDate): number => {
    if (columns.length === 0) return -1;
    if (date < columns[0].start) return 0;
    const index = columns.findIndex((c) => date >= c.start && date <= c.end);
    return index === -1 ? columns.length - 1 : index;
  };
  const todayIndex = columns.findIndex((c) => today >= c.start && today <= c.end);
  const rows: TimelineRow[] = [];
  for (const { row, depth } of order) {
    const c = byRow.get(row);
    if (!c) continue;
    let bar: TimelineRow['bar'] = null;
    if (c.deadline && columns.length > 0 && c.deadline >= columns[0].start) {
      const start = c.start && c.start <= c.deadline ? c.start : today <= c.deadline ? today : c.deadline;
      if (start <= columns[columns.length - 1].end) bar = { from: columnOf(start), to: columnOf(c.deadline) };
    }
    rows.push({ row, id: c.id, label: truncate(c.statement, 80), depth, owner: c.owner, start: c.start, deadline: c.deadline, bar, status: barStatus(c) });
  }
  return { period, columns, todayColumn: todayIndex === -1 ? null : todayIndex, rows };
}

/** Chart data for one KPI: recent history, the forecast band to the furthest deadline, and each goal's target. */
export function buildChart(series: KpiSeries, checks: readonly GoalCheck[], input: PlanInput, title: string): KpiChart | null {
  const measured = checks.filter((c) => c.seriesKey === series.key && c.target !== null && c.deadline !== null);
  if (measured.length === 0 || series.points.length === 0) return null;
  const aggregation = measured[0].aggregation;
  const furthest = measured.reduce((a, b) => ((b.deadline as IsoDate) > (a.deadline as IsoDate) ? b : a));
  // A running total only compares with totals counted from the same start (Q2's 28 is not 28 since January).
  const goals = (aggregation === 'total' ? measured.filter((g) => g.start === furthest.start) : measured).slice(0, MAX_TARGET_LINES);
  const path = forecastPath({
    history: series.points,
    target: furthest.target as number,
    deadline: furthest.deadline as IsoDate,
    today: input.today,
    direction: furthest.direction,
    aggregation,
    baseline: furthest.baseline,
    policy: input.settings.policy,
  });
  const history = series.points.slice(-MAX_HISTORY_POINTS);
  const last = series.points[series.points.length - 1];
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
      for (const point of series.points) {
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
  return {
    seriesKey: series.key,
    title,
    unit: series.unit ?? goals[0].unit,
    aggregation,
    targets: goals.map((g) => g.id),
    rows: [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
}

/** True when `value` asks less than the goal's target (lower for a goal that raises its KPI, higher for one that cuts it). */
function lessAmbitious(value: number, c: GoalCheck): boolean {
  if (c.target === null) return true;
  const decreasing = c.direction === 'decrease' || (c.direction === null && c.baseline !== null && c.target < c.baseline);
  return decreasing ? value > c.target + 1e-12 : value < c.target - 1e-12;
}

function recommendations(checks: readonly GoalCheck[], splits: readonly QuarterSplit[], lang: Lang): Recommendation[] {
  const out: Recommendation[] = [];
  const splitByRow = new Map<number, QuarterSplit>();
  for (const split of splits) if (!splitByRow.has(split.row)) splitByRow.set(split.row, split);
  for (const c of checks) {
    const problems: string[] = [...c.dataNotes];
    // The passed-deadline note carries its own advice; unreadable cells need correcting.
    const fixes: string[] = c.dataNotes.length > (c.deadlinePassed ? 1 : 0) ? [t(lang, 'plan.rec.fixCells')] : [];
    for (const id of CRITERIA) {
      const criterion = c.criteria[id];
      if (criterion.status !== 'fail' && criterion.status !== 'warn') continue;
      problems.push(t(lang, 'check.note.criterion', { criterion: t(lang, `criterion.${id}`), text: criterion.message }));
      if (criterion.suggestion) fixes.push(criterion.suggestion);
    }
    for (const issue of c.alignment) if (!problems.includes(issue.message)) problems.push(issue.message);
    if (c.alignment.length > 0) fixes.push(alignmentFix(c.alignment.map((a) => a.kind), lang));
    const notAchievable = c.verdict === 'unrealistic' || c.verdict === 'stretch';
    // A stretch goal's "suggested target" may be the most ambitious level still within reach, beyond the goal itself: no fix then.
    const suggestion = notAchievable && c.suggestedTarget !== null && (c.verdict === 'unrealistic' || lessAmbitious(c.suggestedTarget, c)) ? c.suggestedTarget : null;
    if (suggestion !== null) {
      fixes.push(t(lang, c.verdict === 'unrealistic' ? 'plan.rec.lowerTarget' : 'plan.rec.stretchTarget', { target: formatGoalValue(suggestion, c.unit, c.currency, lang) }));
    }
    else if (c.verdict === 'stretch') fixes.push(t(lang, 'plan.rec.stretchLevers'));
    const split = splitByRow.get(c.row);
    if (split) fixes.push(split.message);
    if (problems.length === 0 && !notAchievable) continue;
    if (notAchievable && problems.length === 0) problems.push(t(lang, 'plan.rec.verdict', { verdict: t(lang, `verdict.${c.verdict as Verdict}`) }));
    out.push({ row: c.row, id: c.id, statement: c.statement, problems, fixes: [...new Set(fixes)], suggestedTarget: suggestion, unit: c.unit });
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
  // Checks grouped by series once (not one scan of every goal per series).
  const checksBySeries = new Map<string, GoalCheck[]>();
  for (const c of checks) {
    if (c.seriesKey === null) continue;
    const list = checksBySeries.get(c.seriesKey);
    if (list) list.push(c);
    else checksBySeries.set(c.seriesKey, [c]);
  }
  const seriesUsed = input.model.series.filter((s) => checksBySeries.has(s.key));
  const charts = seriesUsed
    .map((s) => buildChart(s, checksBySeries.get(s.key) ?? [], input, s.name))
    .filter((chart): chart is KpiChart => chart !== null);
  return {
    lang,
    today,
    settingsLines: settingsLines(input.settings, lang, today),
    summary: summary(checks, check.alignment.issues.length, lang),
    goals: checks,
    paceText: new Map(checks.map((c) => [c.row, paceLabel(c, lang)])),
    tree,
    splits: check.alignment.splits,
    timeline: buildTimeline(checks, order, today),
    charts,
    recommendations: recommendations(checks, check.alignment.splits, lang),
    remainingRows: check.remainingRows,
  };
}

/** Report sheet name: "SMART plan 2026-11-26" / "Plan SMART 2026-11-26". */
export function reportSheetName(lang: Lang, today: IsoDate): string {
  return t(lang, 'plan.sheetName', { date: today });
}

