/**
 * Alignment — the article's "Relevant": sub-goals must serve their parent.
 * A child fits when it is on the same KPI (or a KPI that feeds the parent's),
 * ends inside the parent's window, and the numbers add up: for `total` KPIs
 * the children's targets sum to the parent's (within a tolerance), for
 * `level` KPIs the last child reaches the parent's level. A mismatch is
 * reported with the numbers: on both rows for one child, on the parent only
 * (naming the sub-goals) when the children's sum misses — five siblings do
 * not each repeat it; they point to the parent. An annual goal without children
 * gets a proposed quarterly split from its KPI's own seasonality.
 */
import { defaultBaseline } from '../achievability/baseline';
import { scaleTop } from '../achievability/scale';
import { meetsBelow, unstatedDirection } from '../achievability/meets';
import { kpiById } from '../kpi/catalog';
import { daysBetween, PERIOD_DAYS } from '../dates';
import { formatCurrency, formatDate, formatPoints, hasCents, moneyDecimals, withAmountDecimals } from '../format';
import { t } from '../messages';
import { parseLocaleNumber } from '../numbers';
import type { Aggregation, CriterionStatus, Direction, IsoDate, KpiPoint, Lang, Period, Unit } from '../types';
import { contributes } from './contributions';
import { dayShares, fiscalQuarter, fiscalQuarters, fiscalYearStart, isAnnualWindow, isFiscalQuarterEnd, levelMilestones, quartersEndingWith, seasonalShares, splitTotal } from './quarters';
import { formatGoalValue } from '../workbook/values';
import { guessLanguage } from '../workbook/language';

export { CONTRIBUTES_TO, contributes } from './contributions';
export * from './quarters';

export interface AlignmentGoal {
  row: number;
  id: string;
  /** False when the ID is generated ("#12"): such a goal cannot be named as a parent. */
  hasId: boolean;
  parent: string | null;
  statement: string;
  /** Catalog KPI id, when known. */
  kpiId: string | null;
  /** The workbook series the goal is measured on, when linked. */
  seriesKey: string | null;
  /** Display name of the KPI (series name or catalog label). */
  kpiName: string | null;
  unit: Unit | null;
  currency: string | null;
  /** The decimals its KPI tab shows for amounts (`KpiSeries.amountDecimals`): 0 keeps its milestones whole (mend51a). */
  amountDecimals?: number;
  aggregation: Aggregation;
  direction: Direction | null;
  baseline: number | null;
  target: number | null;
  /** The target is the user's (sentence or Target cell), not computed from a change: its amounts show as written (surf53). */
  targetStated?: true;
  start: IsoDate | null;
  deadline: IsoDate | null;
  /**
   * A goal stated per period on a summed KPI ("12 deals per month"): its target is one such period's total, and it holds
   * every period (Check goals' `periodWindow`). A parent is inferred only when the child's total, scaled to the parent's
   * period, fits in the parent's (`inferParents`).
   */
  periodWindow?: Period;
  /**
   * Who the goal belongs to, folded: its Owner and the user's other columns (Region, Team…). A parent is inferred only
   * between goals of one group (`inferParents`); absent means no other column, the same as every absent one.
   */
  group?: string;
}

export interface AlignmentOptions {
  lang: Lang;
  fiscalYearStartMonth: number;
  /** Relative tolerance on sums and levels (default 0.02 = 2 %). */
  tolerance?: number;
  /** KPI history by series key, for seasonal splits. */
  history?: ReadonlyMap<string, readonly KpiPoint[]>;
  /**
   * Asked before every SPLIT_BATCH-th proposed quarterly split (the costly part on big tables;
   * one split takes well under a millisecond, so the clock is read once per batch); false stops
   * proposing (time budget): the goals checked later get theirs on the next run.
   */
  shouldContinue?: () => boolean;
  /** Today: when given, splits keep only the quarters not over yet (none for a total partly done, none under two quarters). */
  today?: IsoDate;
}

export type AlignmentKind = 'kpi' | 'window' | 'sum' | 'level' | 'parent-missing' | 'cycle' | 'duplicate-id';

export interface AlignmentIssue {
  kind: AlignmentKind;
  message: string;
  /** Rows the issue concerns (the parent and the child(ren) concerned). */
  rows: number[];
  /** Rows whose notes carry the message (a sum mismatch: the parent only); `rows` when absent. */
  noteRows?: number[];
}

export interface RollUp {
  /** 'sum' for total KPIs, 'last' for level KPIs; null when children are on other KPIs. */
  kind: 'sum' | 'last' | null;
  /** Sum of the children's targets, or the last child's target. */
  value: number | null;
  parentTarget: number | null;
  fits: boolean | null;
  /** False when the children end well before the parent's deadline: their sum is only part of the parent's. */
  covers: boolean;
}

export interface AlignmentNode {
  row: number;
  id: string;
  depth: number;
  children: AlignmentNode[];
  rollup: RollUp | null;
}

export interface QuarterProposal {
  /** Fiscal quarter, 1–4. */
  n: number;
  label: string;
  start: IsoDate;
  end: IsoDate;
  share: number;
  target: number;
}

export interface QuarterSplit {
  row: number;
  id: string;
  basis: 'seasonal' | 'flat';
  years: number;
  quarters: QuarterProposal[];
  message: string;
  /** A level KPI's milestones: the current level the path starts from. */
  from?: number;
}

export interface AlignmentResult {
  issues: AlignmentIssue[];
  /** Localized notes per row (a row may be concerned by several issues). */
  notesByRow: Map<number, string[]>;
  /** The "Relevant" criterion as alignment sees it, for rows with a parent or children. */
  relevantByRow: Map<number, { status: CriterionStatus; message: string; suggestion: string | null }>;
  /** Goals in tree order: parents above their children, otherwise sheet order. */
  roots: AlignmentNode[];
  /** Resolved parent row of each child row. */
  parentOf: Map<number, number>;
  splits: QuarterSplit[];
  /** Issues concerning each row (built once: per-row lookups stay O(1) on 20,000 goals). */
  issuesByRow: Map<number, AlignmentIssue[]>;
  /** Issues by the rows that tell them (`noteRows`, else `rows`): a sum that misses is told on its parent only. */
  notedByRow: Map<number, AlignmentIssue[]>;
  /** The proposed split of each annual goal without children, by row. */
  splitByRow: Map<number, QuarterSplit>;
  /**
   * Rows whose parent was inferred (no Parent given: same KPI and group, period inside the parent's), with the
   * note saying so; the parent's row lists the sub-goals found. Information: it flags nothing.
   */
  inferredByRow: Map<number, string>;
}

const DEFAULT_TOLERANCE = 0.02;
/** A child ending within this many days of the parent's deadline covers the parent's whole period. */
const COVER_DAYS = 31;

function key(id: string): string {
  return id.trim().toLowerCase();
}

const NOUN_STOPWORDS = new Set([
  'by', 'in', 'per', 'each', 'every', 'this', 'next', 'the', 'a', 'an', 'of', 'to', 'for', 'before', 'until', 'within', 'over', 'during', 'at', 'on', "from", 'and', 'or', 'with',
  "d'ici", 'par', 'en', 'au', 'aux', 'à', 'de', 'du', 'des', 'la', 'le', 'les', 'ce', 'cette', 'avant', 'pour', 'sur', 'dans', 'fin', 'end', 'et', 'ou', 'avec', 'chaque', 'prochain', 'prochaine', 'jusqu',
  // A window's words end the noun too (surf62: "about 10 deals between November", « environ 10 affaires entre »).
  'between', 'entre', 'through', 'since', 'depuis', 'after', 'après',
  // and its start's ("about 198 deals starting March", « environ 198 affaires dès », mend62f).
  'starting', 'beginning', 'once', 'commencing', 'effective', 'dès',
]);

/**
 * The noun that follows the target number in a statement ("120 accounts by
 * year end" → "accounts"), so messages speak the user's words. Null when
 * the statement does not state that number followed by a word.
 */
export function unitNoun(statement: string, target: number, lang: Lang): string | null {
  // A sentence written in the other language lends no noun: a French message over an English
  // workbook says "T1–T4 totalisent 104", not "T1–T4 totalisent 104 new accounts".
  const written = guessLanguage([statement]);
  if (written !== null && written !== lang) return null;
  const re = /(\d[\d\u00a0\u202f .,]*\d|\d)\s*([A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*(?:\s+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*){0,2})/g;
  const isStop = (word: string): boolean => {
    const w = word.toLowerCase().replace('’', "'");
    return NOUN_STOPWORDS.has(w) || w.startsWith("d'") || w.startsWith("l'");
  };
  for (const match of statement.matchAll(re)) {
    const value = parseLocaleNumber(match[1], lang);
    if (value === null || Math.abs(value - target) > 1e-9 * Math.max(1, Math.abs(target))) continue;
    const words = match[2].split(/\s+/);
    if (isStop(words[0]) || /^(k|m|%|€|eur|usd|pts?)$/i.test(words[0])) return null;
    const kept: string[] = [];
    for (const word of words) {
      if (isStop(word)) break;
      kept.push(word);
    }
    return kept.join(' ');
  }
  return null;
}

/** An amount of the goal's tab at that tab's precision (surf53 c); its own stated target as the user wrote it, at least the tab's. */
function formatAmount(value: number, goal: AlignmentGoal, noun: string | null, lang: Lang, stated = false): string {
  const text = withAmountDecimals(goal.amountDecimals, () => (stated && goal.targetStated && goal.unit === 'currency' ? formatCurrency(value, lang, goal.currency, moneyDecimals(value, goal.currency, true)) : formatGoalValue(value, goal.unit, goal.currency, lang)));
  return noun && goal.unit !== 'percent' && goal.unit !== 'currency' ? `${text} ${noun}` : text;
}

/** "Q1–Q4" when the children are consecutive fiscal quarters of one year, "Q1, Q3" when not consecutive, else their IDs. */
function childrenLabel(children: readonly AlignmentGoal[], fiscalYearStartMonth: number, lang: Lang): string {
  const q = (n: number): string => t(lang, 'align.quarter', { n });
  const quarters: number[] = [];
  let yearStart: IsoDate | null = null;
  for (const child of children) {
    if (!child.deadline || !isFiscalQuarterEnd(child.deadline, fiscalYearStartMonth)) return idsLabel(children);
    const index = fiscalQuarter(child.deadline, fiscalYearStartMonth);
    const start = fiscalQuarters(child.deadline, fiscalYearStartMonth)[index].start;
    if (child.start && daysBetween(start, child.start) < -7) return idsLabel(children);
    const year = fiscalYearStart(child.deadline, fiscalYearStartMonth);
    if (yearStart !== null && yearStart !== year) return idsLabel(children);
    yearStart = year;
    quarters.push(index + 1);
  }
  quarters.sort((a, b) => a - b);
  const consecutive = quarters.every((q, i) => i === 0 || q === quarters[i - 1] + 1);
  if (quarters.length > 1 && consecutive) return `${q(quarters[0])}–${q(quarters[quarters.length - 1])}`;
  return quarters.map(q).join(', ');
}

/**
 * The sub-goals by ID, with their quarters when they are quarters: "G1.1, G1.2, G1.3, G1.4 (Q1–Q4)"; a per-period one
 * counted over its parent's period says so in its row's words: "M (3 per month, so 9 per quarter)" (`over`).
 */
function namedChildren(children: readonly AlignmentGoal[], fiscalYearStartMonth: number, lang: Lang, over?: (child: AlignmentGoal) => string | null): string {
  // IDs in the order of their periods, as the quarters are (review 13, finding 18: "S-Q4, S-Q1 (Q1–Q4)" paired neither).
  const ordered = byPeriod(children);
  const converted = over ? ordered.map((child) => over(child) ?? child.id) : [];
  if (converted.some((text, i) => text !== ordered[i].id)) return converted.length > 5 ? `${converted.slice(0, 4).join(', ')}…` : converted.join(', ');
  const ids = idsLabel(ordered);
  const quarters = childrenLabel(ordered, fiscalYearStartMonth, lang);
  return quarters === ids ? ids : `${ids} (${quarters})`;
}

function idsLabel(children: readonly AlignmentGoal[]): string {
  const ids = children.map((c) => c.id);
  return ids.length > 5 ? `${ids.slice(0, 4).join(', ')}…` : ids.join(', ');
}

function parentLabel(parent: AlignmentGoal, options: AlignmentOptions): string {
  return parent.deadline && isAnnualWindow(parent.start, parent.deadline, options.fiscalYearStartMonth)
    ? t(options.lang, 'align.parent.annual', { id: parent.id })
    : t(options.lang, 'align.parent.goal', { id: parent.id });
}

function sameKpi(a: AlignmentGoal, b: AlignmentGoal): boolean | null {
  if (a.seriesKey && b.seriesKey) return a.seriesKey === b.seriesKey || (a.kpiId !== null && a.kpiId === b.kpiId);
  if (a.kpiId && b.kpiId) return a.kpiId === b.kpiId;
  return null;
}

/** Checks every parent/children family of the goals table. */
export function checkAlignment(goals: readonly AlignmentGoal[], options: AlignmentOptions): AlignmentResult {
  const { lang } = options;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const issues: AlignmentIssue[] = [];
  const notesByRow = new Map<number, string[]>();
  const relevantByRow: AlignmentResult['relevantByRow'] = new Map();
  const byId = new Map<string, AlignmentGoal>();
  const sameId = new Map<string, AlignmentGoal[]>();
  for (const goal of goals) {
    if (!goal.hasId) continue;
    if (!byId.has(key(goal.id))) byId.set(key(goal.id), goal);
    const same = sameId.get(key(goal.id));
    if (same) same.push(goal);
    else sameId.set(key(goal.id), [goal]);
  }

  const issuesByRow = new Map<number, AlignmentIssue[]>();
  const notedByRow = new Map<number, AlignmentIssue[]>();
  const index = (map: Map<number, AlignmentIssue[]>, rows: readonly number[], issue: AlignmentIssue): void => {
    for (const row of new Set(rows)) {
      const list = map.get(row);
      if (list) list.push(issue);
      else map.set(row, [issue]);
    }
  };
  const report = (kind: AlignmentKind, message: string, rows: number[], noteRows?: number[]): void => {
    const issue: AlignmentIssue = noteRows ? { kind, message, rows, noteRows } : { kind, message, rows };
    issues.push(issue);
    index(issuesByRow, rows, issue);
    index(notedByRow, noteRows ?? rows, issue);
    for (const row of noteRows ?? rows) {
      const notes = notesByRow.get(row) ?? [];
      if (!notes.includes(message)) notes.push(message);
      notesByRow.set(row, notes);
    }
  };

  // Two rows with one ID make the Parent column ambiguous: both rows say so (the first one is used).
  for (const rows of sameId.values()) {
    if (rows.length < 2) continue;
    report('duplicate-id', t(lang, 'align.duplicateId', { id: rows[0].id, rows: rows.map((g) => g.row).join(', '), first: rows[0].row }), rows.map((g) => g.row));
  }

  // Resolve parents; a loop in the Parent column is cut where it closes.
  const parentOf = new Map<number, number>();
  const byRow = new Map(goals.map((g) => [g.row, g]));
  for (const goal of goals) {
    if (!goal.parent) continue;
    const parent = byId.get(key(goal.parent));
    if (!parent) {
      report('parent-missing', t(lang, 'align.parent.missing', { parent: goal.parent }), [goal.row]);
      continue;
    }
    let ancestor: AlignmentGoal | undefined = parent;
    let loops = false;
    const chain: AlignmentGoal[] = [goal];
    for (let guard = 0; ancestor && guard <= goals.length; guard++) {
      if (ancestor.row === goal.row) {
        loops = true;
        break;
      }
      chain.push(ancestor);
      const next = parentOf.get(ancestor.row);
      ancestor = next === undefined ? undefined : byRow.get(next);
    }
    if (loops) {
      // Every goal of the loop is told, with the loop spelled out (A → B → A).
      const path = [...chain.map((g) => g.id), goal.id].join(' → ');
      report('cycle', t(lang, 'align.cycle', { id: goal.id, chain: path }), chain.map((g) => g.row));
      continue;
    }
    parentOf.set(goal.row, parent.row);
  }
  const inferredByRow = new Map<number, string>();
  const inferred = inferParents(goals, parentOf, byRow, options.fiscalYearStartMonth);
  const inferredChildren = new Map<number, AlignmentGoal[]>();
  for (const goal of goals) {
    const parentRow = inferred.get(goal.row);
    if (parentRow === undefined) continue;
    parentOf.set(goal.row, parentRow);
    inferredChildren.set(parentRow, [...(inferredChildren.get(parentRow) ?? []), goal]);
    inferredByRow.set(goal.row, t(lang, 'align.inferred.child', { parent: (byRow.get(parentRow) as AlignmentGoal).id }));
  }
  for (const [parentRow, children] of inferredChildren) inferredByRow.set(parentRow, t(lang, 'align.inferred.parent', { children: idsLabel(byPeriod(children)) }));

  const childrenOf = new Map<number, AlignmentGoal[]>();
  for (const goal of goals) {
    const parentRow = parentOf.get(goal.row);
    if (parentRow === undefined) continue;
    const list = childrenOf.get(parentRow) ?? [];
    list.push(goal);
    childrenOf.set(parentRow, list);
  }

  const rollups = new Map<number, RollUp>();
  for (const parent of goals) {
    const children = childrenOf.get(parent.row);
    if (!children) continue;
    const label = parentLabel(parent, options);
    for (const child of children) {
      const same = sameKpi(child, parent);
      if (same === false && !(child.kpiId && parent.kpiId && contributes(child.kpiId, parent.kpiId))) {
        report(
          'kpi',
          t(lang, 'align.kpi', { child: child.id, childKpi: child.kpiName ?? child.kpiId ?? '?', parent: label, parentKpi: parent.kpiName ?? parent.kpiId ?? '?' }),
          [parent.row, child.row],
        );
      }
      if (parent.deadline && child.deadline && daysBetween(parent.deadline, child.deadline) > 0) {
        report('window', t(lang, 'align.dates.late', { child: child.id, childDeadline: formatDate(child.deadline, lang), parent: label, deadline: formatDate(parent.deadline, lang) }), [parent.row, child.row]);
      }
      if (parent.start && child.start && daysBetween(parent.start, child.start) < 0) {
        report('window', t(lang, 'align.dates.early', { child: child.id, childStart: formatDate(child.start, lang), parent: label, start: formatDate(parent.start, lang) }), [parent.row, child.row]);
      }
    }
    rollups.set(parent.row, rollUp(parent, children, label, tolerance, options, report));
  }

  for (const goal of goals) {
    const rows = notesByRow.get(goal.row);
    const hasFamily = parentOf.has(goal.row) || childrenOf.has(goal.row) || Boolean(goal.parent);
    if (rows && rows.length > 0) {
      const kinds = (issuesByRow.get(goal.row) ?? []).map((issue) => issue.kind);
      relevantByRow.set(goal.row, { status: 'fail', message: rows.join(' '), suggestion: alignmentFix(kinds, lang) });
    } else if (hasFamily) {
      const parentRow = parentOf.get(goal.row);
      const parent = parentRow === undefined ? undefined : byRow.get(parentRow);
      const rollup = rollups.get(goal.row);
      const told = parent && (issuesByRow.get(goal.row) ?? []).find((issue) => issue.noteRows && issue.noteRows.includes(parent.row));
      if (parent && told) {
        // The parent's row says what does not add up; its sub-goals serve it and point to it instead of repeating it.
        relevantByRow.set(goal.row, { status: 'pass', message: t(lang, 'align.sum.sibling', { parent: parent.id }), suggestion: null });
        continue;
      }
      const message =
        rollup && rollup.fits && rollup.value !== null && !rollup.covers && rollup.parentTarget !== null
          ? t(lang, 'align.fits.partial', { value: formatAmount(rollup.value, goal, null, lang), target: formatAmount(rollup.parentTarget, goal, null, lang, true) })
          : rollup && rollup.fits && rollup.value !== null
          ? t(lang, 'align.fits.parent', { value: formatAmount(rollup.value, goal, null, lang) })
          : parent
            ? t(lang, 'align.fits.child', { parent: parent.id })
            : t(lang, 'align.fits.family');
      relevantByRow.set(goal.row, { status: 'pass', message, suggestion: null });
    }
  }

  const roots = buildTree(goals, parentOf, childrenOf, rollups);
  const splits = proposeSplits(goals, childrenOf, parentOf, options);
  const splitByRow = new Map<number, QuarterSplit>();
  for (const split of splits) if (!splitByRow.has(split.row)) splitByRow.set(split.row, split);
  return { issues, notesByRow, relevantByRow, roots, parentOf, splits, issuesByRow, notedByRow, splitByRow, inferredByRow };
}

/** Sub-goals in the order of their periods (deadline, then start), rows breaking ties: how their IDs and quarters are listed. */
function byPeriod(children: readonly AlignmentGoal[]): AlignmentGoal[] {
  return [...children].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || (a.start ?? '').localeCompare(b.start ?? '') || a.row - b.row);
}

/** Lengths in days of the periods a parent may be inferred between: a month, a quarter or a half inside a longer quarter, half or year. */
const CHILD_PERIOD_DAYS: ReadonlyArray<readonly [number, number]> = [[28, 31], [89, 92], [181, 184]];
const PARENT_PERIOD_DAYS: ReadonlyArray<readonly [number, number]> = [[89, 92], [181, 184], [365, 366]];
/** Goals of one KPI and group that may be a parent: more than this many and none is inferred (no bucket is scanned whole for every row). */
const MAX_INFER_CANDIDATES = 50;

const within = (days: number, kinds: ReadonlyArray<readonly [number, number]>): boolean => kinds.some(([min, max]) => days >= min && days <= max);

/**
 * Whether a summed child's target can be part of `parent`'s, like for like: its total over the parent's period — a goal
 * stated per period ("12 deals per month") holds every such period, so 12 a month is 36 a quarter; another is its
 * window's total — at most the parent's (the roll-up's tolerance aside). "12 per month" is no part of "10 per quarter"
 * (it was inferred under it, and the quarter's roll-up said 12 of 10). Levels, and targets below zero, are not compared.
 */
function fitsIn(child: AlignmentGoal, parent: { goal: AlignmentGoal; days: number }): boolean {
  const whole = parent.goal.target;
  if (child.aggregation !== 'total' || parent.goal.aggregation !== 'total' || child.target === null || whole === null || child.target < 0 || whole < 0) return true;
  return child.target * periodsIn(child, parent.days) <= whole * (1 + DEFAULT_TOLERANCE);
}

/**
 * How many of a per-period child's periods its parent's period holds, like for like — 3 months a quarter, 13 weeks, 12
 * months a year (whole periods: a 90-day quarter is 2.96 nominal months) —, and 1 for a goal stated over its own dates.
 * The one rule of inference (`fitsIn`) and of the roll-up (`rollUp`): 3 a month under a quarter is 9 of it.
 */
function periodsIn(child: AlignmentGoal, parentDays: number): number {
  if (!child.periodWindow) return 1;
  const ratio = parentDays / PERIOD_DAYS[child.periodWindow];
  return ratio >= 1 ? Math.round(ratio) : ratio;
}

/** Days of a parent's period for its sub-goals' roll-up: the period it is stated per ("10 per quarter"), else its window's; null unknown. */
function parentDays(parent: AlignmentGoal, fiscalYearStartMonth: number): number | null {
  return parent.periodWindow ? PERIOD_DAYS[parent.periodWindow] : (goalWindow(parent, fiscalYearStartMonth)?.days ?? null);
}

/** The period word a parent's period is, when it is one ("quarter"): the period it is stated per, else its window's length. */
function periodOfDays(days: number): Period | null {
  return (['month', 'quarter', 'year'] as const).find((p) => Math.abs(days - PERIOD_DAYS[p]) <= 2) ?? null;
}

/** True when `inferParents` may find sub-goals under the goal: a quarter, half or year with a target and a known KPI. */
export function mayHoldInferredChildren(goal: AlignmentGoal, fiscalYearStartMonth: number): boolean {
  const span = goalWindow(goal, fiscalYearStartMonth);
  return goal.target !== null && (goal.seriesKey !== null || goal.kpiId !== null) && span !== null && within(span.days, PARENT_PERIOD_DAYS);
}

/** A goal's period: its Start to its deadline, or the fiscal year its deadline closes when it has no Start ("in 2027"). */
function goalWindow(goal: AlignmentGoal, fiscalYearStartMonth: number): { start: IsoDate; end: IsoDate; days: number } | null {
  if (!goal.deadline) return null;
  const start = goal.start ?? (isAnnualWindow(null, goal.deadline, fiscalYearStartMonth) ? fiscalYearStart(goal.deadline, fiscalYearStartMonth) : null);
  if (!start || start > goal.deadline) return null;
  return { start, end: goal.deadline, days: daysBetween(start, goal.deadline) + 1 };
}

/**
 * Parents the Parent column does not give (review 13, finding 11): "Close 100 new accounts in Q1 2027" under "Reach
 * 400 new accounts in 2027" written as sentences only. A goal with no Parent gets one when exactly one goal — of the
 * same KPI (series, else catalog KPI), the same group (Owner and other columns) — has the tightest period that holds
 * its own: a month, quarter or half inside a longer quarter, half or year. Conservative: no Parent guessed for a goal with a Parent
 * cell, for periods that overlap without nesting, for a KPI or group that differs, when two goals tie, or when the
 * link would close a loop of the Parent column.
 */
function inferParents(goals: readonly AlignmentGoal[], parentOf: ReadonlyMap<number, number>, byRow: ReadonlyMap<number, AlignmentGoal>, fiscalYearStartMonth: number): Map<number, number> {
  const kpiKey = (goal: AlignmentGoal): string | null => goal.seriesKey ?? (goal.kpiId ? `kpi:${goal.kpiId}` : null);
  const bucketKey = (goal: AlignmentGoal, kpi: string): string => `${kpi}\u0000${goal.group ?? ''}`;
  const candidates = new Map<string, Array<{ goal: AlignmentGoal; start: IsoDate; end: IsoDate; days: number }>>();
  for (const goal of goals) {
    const kpi = kpiKey(goal);
    const span = goalWindow(goal, fiscalYearStartMonth);
    if (kpi === null || !span || !within(span.days, PARENT_PERIOD_DAYS) || goal.target === null) continue;
    const list = candidates.get(bucketKey(goal, kpi)) ?? [];
    list.push({ goal, ...span });
    candidates.set(bucketKey(goal, kpi), list);
  }
  const inferred = new Map<number, number>();
  if (candidates.size === 0) return inferred;
  for (const child of goals) {
    if (child.parent || parentOf.has(child.row) || child.target === null || !child.start) continue;
    const kpi = kpiKey(child);
    const span = goalWindow(child, fiscalYearStartMonth);
    if (kpi === null || !span || !within(span.days, CHILD_PERIOD_DAYS)) continue;
    const bucket = candidates.get(bucketKey(child, kpi));
    if (!bucket || bucket.length > MAX_INFER_CANDIDATES) continue;
    const holding = bucket.filter((p) => p.goal.row !== child.row && p.days > span.days && p.start <= span.start && span.end <= p.end && fitsIn(child, p));
    if (holding.length === 0) continue;
    const tightest = Math.min(...holding.map((p) => p.days));
    const best = holding.filter((p) => p.days === tightest);
    if (best.length !== 1) continue;
    // The parent's own chain (explicit or inferred) must not lead back to the child.
    let ancestor: number | undefined = best[0].goal.row;
    let loops = false;
    for (let guard = 0; ancestor !== undefined && guard <= goals.length; guard++) {
      if (ancestor === child.row) {
        loops = true;
        break;
      }
      ancestor = parentOf.get(ancestor) ?? inferred.get(ancestor);
    }
    if (!loops && byRow.has(best[0].goal.row)) inferred.set(child.row, best[0].goal.row);
  }
  return inferred;
}

const STRUCTURAL_KINDS: ReadonlySet<AlignmentKind> = new Set<AlignmentKind>(['parent-missing', 'cycle', 'duplicate-id']);

/** The fix to suggest for a row's alignment issues: repair the ID/Parent columns, or make the numbers fit. */
export function alignmentFix(kinds: readonly AlignmentKind[], lang: Lang): string {
  return kinds.length > 0 && kinds.every((kind) => STRUCTURAL_KINDS.has(kind)) ? t(lang, 'align.suggestion.ids') : t(lang, 'align.suggestion');
}

function rollUp(
  parent: AlignmentGoal,
  children: readonly AlignmentGoal[],
  label: string,
  tolerance: number,
  options: AlignmentOptions,
  report: (kind: AlignmentKind, message: string, rows: number[], noteRows?: number[]) => void,
): RollUp {
  const { lang } = options;
  const measured = children.filter((c) => sameKpi(c, parent) !== false && c.target !== null);
  if (measured.length === 0 || parent.target === null) return { kind: null, value: null, parentTarget: parent.target, fits: null, covers: false };
  const noun = unitNoun(parent.statement, parent.target, lang);
  const rows = [parent.row, ...measured.map((c) => c.row)];
  const covers = !parent.deadline || measured.some((c) => c.deadline !== null && daysBetween(c.deadline, parent.deadline as IsoDate) <= COVER_DAYS);
  const tol = tolerance * Math.max(Math.abs(parent.target), 1e-9);
  // Totals add up; a rate or an average never does (four quarters at 30 % are no 120 %): a percent KPI is a level.
  if (parent.aggregation === 'total' && parent.unit !== 'percent') {
    // A per-period sub-goal counts over its parent's period (fixes61: "3 deals per month" added 3 to a quarter's 10).
    const days = parentDays(parent, options.fiscalYearStartMonth);
    const periods = (c: AlignmentGoal): number => (days === null ? 1 : periodsIn(c, days));
    const sum = measured.reduce((total, c) => total + (c.target as number) * periods(c), 0);
    const whole = days === null ? null : periodOfDays(days);
    const over = (c: AlignmentGoal): string | null =>
      periods(c) === 1 || !c.periodWindow
        ? null
        : t(lang, 'align.child.perPeriod', {
            id: c.id,
            value: formatAmount(c.target as number, parent, null, lang),
            per: t(lang, 'plan.pace.per', { period: t(lang, `period.${c.periodWindow}`) }),
            total: formatAmount((c.target as number) * periods(c), parent, null, lang),
            whole: whole ? t(lang, 'plan.pace.per', { period: t(lang, `period.${whole}`) }) : t(lang, 'align.child.inAll'),
          });
    // The gap in the KPI's own unit (review 13, finding 12): "add up to 384 of the 400 new accounts: 16 missing".
    const gap = Math.abs(sum - parent.target);
    const params = {
      children: namedChildren(measured, options.fiscalYearStartMonth, lang, over),
      sum: formatAmount(sum, parent, null, lang),
      parent: label,
      target: formatAmount(parent.target, parent, noun, lang, true),
      gap: formatAmount(gap, parent, null, lang),
      // The verb agrees with the sub-goals named: "S-Q4 adds up to", « S-Q1, S-Q2 totalisent ».
      count: measured.length,
    };
    let fits = true;
    if (covers && gap > tol) {
      report('sum', t(lang, sum < parent.target ? 'align.sum.short' : 'align.sum.over', params), rows, [parent.row]);
      fits = false;
    } else if (!covers && sum - parent.target > tol) {
      report('sum', t(lang, 'align.sum.exceeds', params), rows, [parent.row]);
      fits = false;
    }
    return { kind: 'sum', value: sum, parentTarget: parent.target, fits, covers };
  }
  const last = [...measured].sort((a, b) => (a.deadline ?? '').localeCompare(b.deadline ?? '') || a.row - b.row)[measured.length - 1];
  const value = last.target as number;
  // Met as the verdict meets it (achievability `meetsBelow`): at or below for a decrease or a KPI where less is better kept
  // at its level ("Keep churn at 5 %": a Q4 at 4.5 % is no shortfall), at or above otherwise ("Keep the close rate at
  // 25 %": a Q4 at 27 % was "2 pts short" of it). No direction known: the one rule (`unstatedDirection`, Check goals'
  // merge and the verdict's) — the KPI's better side, so a close rate's 20 % under today's 25 % is a floor; else its levels.
  const lowerIsBetter = parent.kpiId !== null ? (kpiById(parent.kpiId)?.lowerIsBetter ?? null) : null;
  const direction = parent.direction ?? unstatedDirection(parent.target, parent.baseline, lowerIsBetter) ?? 'increase';
  const short = meetsBelow(direction, lowerIsBetter, parent.baseline, parent.target) ? value - parent.target > tol : parent.target - value > tol;
  const fits = !(covers && short);
  if (!fits) {
    report(
      'level',
      t(lang, 'align.level.short', {
        child: last.id,
        childTarget: formatAmount(value, parent, noun, lang),
        parent: label,
        target: formatAmount(parent.target, parent, noun, lang, true),
        // A rate's gap in points ("5 pts"), never a percentage of a percentage.
        gap: parent.unit === 'percent' ? formatPoints(Math.abs(value - parent.target), lang, 1, false).replace(/^\+/, '') : formatAmount(Math.abs(value - parent.target), parent, null, lang),
      }),
      [parent.row, last.row],
    );
  }
  return { kind: 'last', value, parentTarget: parent.target, fits, covers };
}

function buildTree(goals: readonly AlignmentGoal[], parentOf: Map<number, number>, childrenOf: Map<number, AlignmentGoal[]>, rollups: Map<number, RollUp>): AlignmentNode[] {
  const node = (goal: AlignmentGoal, depth: number, seen: Set<number>): AlignmentNode => {
    seen.add(goal.row);
    const children = (childrenOf.get(goal.row) ?? []).filter((c) => !seen.has(c.row)).map((c) => node(c, depth + 1, seen));
    return { row: goal.row, id: goal.id, depth, children, rollup: rollups.get(goal.row) ?? null };
  };
  const seen = new Set<number>();
  return goals.filter((g) => !parentOf.has(g.row)).map((g) => node(g, 0, seen));
}

/** Tree order as a flat list of rows (parents above children). */
export function flattenTree(roots: readonly AlignmentNode[]): AlignmentNode[] {
  const out: AlignmentNode[] = [];
  const walk = (n: AlignmentNode): void => {
    out.push(n);
    n.children.forEach(walk);
  };
  roots.forEach(walk);
  return out;
}

/** Days by which a sibling must end earlier for the goal to be one step of a sequence (Q1, Q2…). */
const SEQUENCE_GAP_DAYS = 45;

/**
 * True when the goal is one period of a split already made: a sibling under
 * the same parent ends well before it ("Q4: 30 accounts" under the annual
 * goal, with no Start column, looks annual by its dates alone).
 */
function isSequenceStep(goal: AlignmentGoal, childrenOf: Map<number, AlignmentGoal[]>, parentOf: Map<number, number>): boolean {
  const parentRow = parentOf.get(goal.row);
  if (parentRow === undefined || !goal.deadline) return false;
  const deadline = goal.deadline;
  return (childrenOf.get(parentRow) ?? []).some((sibling) => sibling.row !== goal.row && sibling.deadline !== null && daysBetween(sibling.deadline, deadline) >= SEQUENCE_GAP_DAYS);
}

const SPLIT_BATCH = 25;
/** Longest goal split into quarters: a year and a quarter (a goal set in November for the next year's end). */
const MAX_SPLIT_DAYS = 460;

function proposeSplits(goals: readonly AlignmentGoal[], childrenOf: Map<number, AlignmentGoal[]>, parentOf: Map<number, number>, options: AlignmentOptions): QuarterSplit[] {
  const { lang, fiscalYearStartMonth } = options;
  const splits: QuarterSplit[] = [];
  const goOn = options.shouldContinue ?? (() => true);
  let proposed = 0;
  // Seasonal shares depend on the series and its aggregation only: once per KPI, not per goal.
  const sharesBySeries = new Map<string, ReturnType<typeof seasonalShares>>();
  for (const goal of goals) {
    if (childrenOf.has(goal.row) || goal.target === null || !goal.deadline) continue;
    if (isSequenceStep(goal, childrenOf, parentOf)) continue;
    if (!isAnnualWindow(goal.start, goal.deadline, fiscalYearStartMonth)) continue;
    const today = options.today;
    const start = goal.start;
    // Quarters only for a goal of about one year (from its Start, else from today): a goal over several years
    // (2040–2045, or due in 2099) is no four quarters of its last year (review 10, F3).
    const from = start ?? today;
    if (from && daysBetween(from, goal.deadline) > MAX_SPLIT_DAYS) continue;
    // The four quarters ending with the deadline's (audit62: not the fiscal year holding the deadline, whose last quarter
    // a calendar-year goal under an April start ends before).
    const all = quartersEndingWith(goal.deadline, fiscalYearStartMonth).filter((w) => !start || w.end >= start);
    // A total from a Start more than a week before the first of those quarters (15 months, January 2027 – March 2028) is
    // no four quarters: its first months would get nothing (mend62a).
    if (goal.aggregation === 'total' && start && all.length > 0 && daysBetween(start, all[0].start) > 7) continue;
    // Only the quarters still ahead: a total partly done cannot be shared out from here, and one quarter is no split.
    const windows = today ? all.filter((w) => w.end >= today) : all;
    if (windows.length < 2 || (goal.aggregation === 'total' && windows.length < all.length)) continue;
    const history = goal.seriesKey ? (options.history?.get(goal.seriesKey) ?? []) : [];
    // A level's path starts where its verdict does (fixes44: one story): its Baseline, which Check goals fills in by the
    // one rule when none is typed (core/achievability/baseline.ts `defaultBaseline`, the latest value — the report's row
    // shows it), else that rule on the history. It was the median of the last three values, so the path of
    // "+5 points by December" began 20 points below the level the target was drawn from.
    const level = goal.aggregation === 'level' ? (goal.baseline ?? defaultBaseline(history, 'level', null, today ?? null)) : null;
    // No path for a level to keep ("Keep the close rate above 20 %": maintain), of no known direction, or already past its target.
    if (goal.aggregation === 'level' && (level === null || (goal.direction === 'increase' ? level >= goal.target : goal.direction !== 'decrease' || level <= goal.target))) continue;
    if (proposed > 0 && proposed % SPLIT_BATCH === 0 && !goOn()) break;
    proposed++;
    const sharesKey = goal.seriesKey ? `${goal.seriesKey}\u0000${goal.aggregation}` : null;
    let seasonal = sharesKey ? sharesBySeries.get(sharesKey) : undefined;
    if (!seasonal) {
      seasonal = seasonalShares(history, goal.aggregation, fiscalYearStartMonth);
      if (sharesKey) sharesBySeries.set(sharesKey, seasonal);
    }
    const integer = goal.unit === 'count' || (goal.unit === null && Number.isInteger(goal.target));
    const index = windows.map((w) => seasonal.shares[w.n - 1]);
    // A level's path runs from where it is measured: today (the windows left are those still ahead, and its Baseline is
    // where the goal stands now) or a Start still to come; a total counts all of its period; counted from a past Start,
    // the first quarter ahead asked for the months already gone (20 → 30 % from April read 27.5 % by 31 December).
    const time = dayShares(windows, (level === null ? start : start !== null && (!today || start > today) ? start : today) ?? windows[0].start);
    let targets: number[];
    let shares: number[];
    if (level === null) {
      // A seasonal share is the quarter's own (its days included); without one, the quarter's days. A first quarter the
      // Start cuts keeps its share of the days left in it.
      const full = dayShares(windows, windows[0].start);
      const part = seasonal.basis === 'seasonal' ? index.map((s, q) => (s * time[q]) / full[q]) : time;
      const sum = part.reduce((a, b) => a + b, 0) || 1;
      shares = part.map((s) => s / sum);
      targets = splitTotal(goal.target, shares, integer);
    } else {
      // Each milestone before the last shown rounded toward the current level at the tab's precision (mend53d, the lead's
      // ruling): none passes the shown target ("Q1 $4,601" before a stated $4,600.50), a count none of its tab's decimals.
      // A rate is a fraction shown to 0.01 point; a score at the digits its cells show (surf52).
      const step = 10 ** (goal.unit === 'percent' ? 4 : goal.unit === 'currency' ? (goal.amountDecimals ?? 2) : goal.unit === 'count' ? (goal.amountDecimals ?? 2) : 2);
      targets = levelMilestones(level, goal.target, index, time, scaleTop(goal.kpiId, goal.unit, history.map((p) => p.value))).map((v, q, all) =>
        q === all.length - 1 ? v : (v >= level ? Math.max : Math.min)(level, (v >= level ? Math.floor : Math.ceil)(Math.round(v * step * 1e6) / 1e6) / step),
      );
      shares = index.map((s) => s / 4);
    }
    const noun = unitNoun(goal.statement, goal.target, lang);
    // Quarters across two calendar years (a fiscal year from April, a goal started in November) carry their year: the
    // fiscal year's, named after the calendar year it ends in, as the statement analyser reads "Q3 2027" (core/statement/
    // dates.ts `fiscalYearEnd`) — with a July start, October–December 2026 is "Q2 2027". The calendar year of each
    // quarter's start wrote "Q2 2026 · Q3 2027" (review 23), and "Q2 2026", typed back, is a quarter a year earlier.
    // Each quarter carries its own fiscal year (audit62): January–March 2027 is "Q4 2027" beside "Q1 2028" under an April start.
    const years = windows[0].start.slice(0, 4) !== windows[windows.length - 1].end.slice(0, 4) || windows[0].fiscalYear !== windows[windows.length - 1].fiscalYear;
    const quarters = windows.map((w, q) => ({ n: w.n, label: t(lang, 'align.quarter', { n: w.n }) + (years ? ` ${w.fiscalYear}` : ''), start: w.start, end: w.end, share: shares[q], target: targets[q] }));
    // One precision for the line's amounts, the tab's (mend51a: "Q1 $900.38 · … · Q4 $997" on a `"$"#,##0` tab): whole on a
    // whole-unit tab, cents on all on a cents tab (mend53d: "$4,600.00" beside "$4,150.00") or as soon as one has some (`hasCents`, surf51), never "$9.50 · $10".
    const cents = goal.unit === 'currency' && (!!goal.amountDecimals || (goal.amountDecimals !== 0 && [level ?? 0, ...targets].some((v) => hasCents(v, goal.currency))));
    // The last milestone of a level's path is its stated target, as written ("$1,600.50" on a whole-dollar tab: surf53 c).
    const amount = (v: number, stated = false): string => (stated ? formatAmount(v, goal, noun, lang, true) : cents ? withAmountDecimals(goal.amountDecimals, () => formatCurrency(v, lang, goal.currency, 2)) : formatAmount(goal.unit === 'currency' ? Math.round(v) : v, goal, noun, lang));
    const list = quarters.map((q, i) => `${q.label} ${amount(q.target, level !== null && i === quarters.length - 1 && q.target === goal.target)}`).join(' · ');
    const message =
      level !== null
        ? t(lang, 'align.split.path', { level: amount(level), quarters: list })
        : seasonal.basis === 'seasonal'
          ? t(lang, seasonal.years > 0 ? 'align.split.seasonal' : 'align.split.partial', { years: seasonal.years, quarters: list })
          : t(lang, 'align.split.flat', { quarters: list });
    splits.push({ row: goal.row, id: goal.id, basis: seasonal.basis, years: seasonal.years, quarters, message, ...(level === null ? {} : { from: level }) });
  }
  return splits;
}
