/**
 * The wizard's Relevant step against the draft's siblings (review 13, finding 10): a fifth Q1 child of an annual goal
 * passed in the wizard and only Check goals flagged it. The draft is put among the goals of the Goals tab that may
 * share its parent — those naming that parent, and those with no Parent of the parent's group (the only ones
 * `checkAlignment` may infer under it, of its KPI, at most MAX_LOOSE of them) — and the family is checked by the very rule Check goals uses
 * (`checkAlignment`'s roll-up: a total's sum, a level's last step, a rate never summed). Sentences and columns are
 * read as Check goals reads them (`mergeGoalSafely`), without KPI tabs: the caller reads the Goals tab alone.
 */
import { checkAlignment, flattenTree, mayHoldInferredChildren, type AlignmentGoal, type RollUp } from '../alignment';
import { upperFirst } from '../format';
import type { Aggregation, CriterionStatus, IsoDate, Unit } from '../types';
import { alignmentGoal, mergeGoalSafely, type CheckOptions } from './check';
import { fold } from './text';
import type { GoalRow } from './types';

/** What the family check needs of the draft (core/api `GoalDraft` resolved to its target level). */
export interface FamilyDraft {
  parentId: string;
  statement: string;
  kpiName: string | null;
  catalogId: string | null;
  unit: Unit | null;
  aggregation: Aggregation | null;
  currency: string | null;
  target: number | null;
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** How messages name the draft ("this goal", « cet objectif »). */
  label: string;
}

export interface FamilyCheck {
  /** 'pass' when the family adds up (or is partial and not over), 'warn' when it falls short, 'fail' when it overshoots. */
  status: CriterionStatus;
  /** Check goals' own message on the parent when the family does not add up; null when it does. */
  issue: string | null;
  /** The parent's roll-up with the draft counted (null: nothing to add up, e.g. another KPI). */
  rollup: RollUp | null;
  /** The parent's ID as the sheet spells it. */
  parent: string;
  /** Sub-goals counted with the draft. */
  siblings: number;
  /** The parent's unit and currency, as its amounts are written. */
  unit: Unit | null;
  currency: string | null;
}

/** A KPI named by its words when no tab was read: goals on "New accounts" and a draft on the series "New accounts" meet. */
const nameKey = (name: string | null): string | null => (name && fold(name) ? `name:${fold(name)}` : null);

/**
 * Goals with no Parent analysed as possible siblings, nearest the parent's row first (sentence goals are written in
 * blocks: the year, then its quarters). Only the rows that may share the parent's KPI are analysed (`mayShareKpi`);
 * Check goals looks at every row, and past this many such rows a sibling typed far from its parent counts there and
 * not here. It was 60 rows of the group whatever their KPI: on a Goals tab with no Parent column the wizard then
 * missed quarters typed below the 60 nearest rows, and counted quarters that Check goals leaves uninferred because a
 * second annual goal of the same KPI and group, further away, ties with the parent (`npm run bench -- family`: 2,000
 * goals in 23 groups, quarters typed at the bottom: 1 sub-goal where Check goals counts 4). Cost of one check, CPU ms
 * in Node at load 15 (core, first run with the 60 cap and no KPI filter → with the filter and no cap): 2,000 goals with
 * a KPI column 10–36 → 6–35, 10,000 goals 18–42 → 20–71. With no KPI column every goal of the group shares the
 * parent's catalog KPI and is analysed: 2,000 distinct sentences in one group 250–320 ms, 10,000 800–1,200 ms, and
 * 2,000 long sentences with their levers (test/e2e/review.e2e.test.ts) 0.5–1.4 s, 3–8 s of wall time under load — too
 * slow for a check that runs as the user picks a parent. Hence this bound: the 200 nearest rows of the parent's group
 * AND KPI (≈ 0.1 s at worst), against 60 of any KPI before; it is reached only by a group with over 200 goals of one
 * KPI and neither a Parent nor a KPI column, where a quarter typed further away counts in Check goals and not here.
 */
export const MAX_LOOSE = 200;

/**
 * The draft's family as Check goals would judge it once the draft is written; null when the parent is not on the
 * Goals tab (the per-goal check says so). Bounded by the rows read: each candidate is merged once.
 */
export function checkDraftFamily(goals: readonly GoalRow[], draft: FamilyDraft, options: CheckOptions, maxLoose = MAX_LOOSE): FamilyCheck | null {
  const parentKey = fold(draft.parentId);
  const parent = goals.find((g) => g.hasId && fold(g.id) === parentKey);
  if (!parent) return null;
  const group = (g: Pick<GoalRow, 'owner' | 'others'>): string => `${fold(g.owner ?? '')}\u0000${fold(g.others ?? '')}`;
  const draftKey = nameKey(draft.kpiName);
  const facts = (row: GoalRow): AlignmentGoal => {
    const merged = alignmentGoal(mergeGoalSafely(row, [], options), options.lang);
    const key = merged.seriesKey ?? nameKey(row.kpi);
    // The draft's series says what the parent's KPI column leaves open (a KPI outside the catalog): its unit and kind.
    const known = key !== null && key === draftKey;
    return {
      ...merged,
      seriesKey: key,
      ...(known && draft.unit ? { unit: draft.unit } : {}),
      ...(known && draft.aggregation ? { aggregation: draft.aggregation } : {}),
      ...(known && draft.currency ? { currency: draft.currency } : {}),
    };
  };
  const parentFacts = facts(parent);
  // Check goals infers a parent only within one KPI (alignment's key: the series, else the catalog KPI). Without tabs,
  // a goal's series key is its KPI column's words (`facts`), so a row whose KPI column names another KPI than the
  // parent's — or any KPI when the parent's is the sentence's catalog KPI — can never be inferred under it: left out
  // before its sentence is analysed. Only rows that may be siblings cost an analysis.
  const kpiKey = parentFacts.seriesKey ?? (parentFacts.kpiId ? `kpi:${parentFacts.kpiId}` : null);
  const mayShareKpi = (g: GoalRow): boolean => {
    const named = nameKey(g.kpi);
    return named !== null ? named === kpiKey : kpiKey !== null && !kpiKey.startsWith('name:');
  };
  // Every goal naming the parent; and, when the parent's period may hold inferred sub-goals, the goals of its group
  // and KPI with no Parent, nearest its row first (a live call: at most MAX_LOOSE sentences analysed).
  const named = goals.filter((g) => g.row !== parent.row && g.parent !== null && fold(g.parent) === parentKey);
  const loose = mayHoldInferredChildren(parentFacts, options.settings.fiscalYearStartMonth)
    ? goals
        .filter((g) => g.row !== parent.row && !g.parent && group(g) === group(parent) && mayShareKpi(g))
        .sort((a, b) => Math.abs(a.row - parent.row) - Math.abs(b.row - parent.row))
        .slice(0, maxLoose)
    : [];
  const family: AlignmentGoal[] = [parentFacts, ...[...named, ...loose].sort((a, b) => a.row - b.row).map(facts)];
  // A loop, not a spread: a Goals tab of 125,000+ rows overflowed the call stack (surf64, lastread63's class).
  const row = goals.reduce((last, g) => Math.max(last, g.row), 0) + 1;
  const child: AlignmentGoal = {
    row,
    id: draft.label,
    hasId: false,
    parent: parent.id,
    statement: draft.statement,
    kpiId: draft.catalogId,
    seriesKey: draftKey,
    kpiName: draft.kpiName,
    unit: draft.unit,
    currency: draft.currency,
    aggregation: draft.aggregation ?? parentFacts.aggregation,
    direction: parentFacts.direction,
    baseline: null,
    target: draft.target,
    start: draft.start,
    deadline: draft.deadline,
    group: parentFacts.group,
  };
  const result = checkAlignment([...family, child], { lang: options.lang, fiscalYearStartMonth: options.settings.fiscalYearStartMonth });
  // The parent may itself sit under a goal of its group (a quarter under its year): found anywhere in the tree.
  const node = flattenTree(result.roots).find((n) => n.row === parent.row) ?? null;
  const rollup = node?.rollup ?? null;
  const issue = (result.notedByRow.get(parent.row) ?? []).find((i) => (i.kind === 'sum' || i.kind === 'level') && i.rows.includes(row)) ?? null;
  const siblings = node ? node.children.length : 0;
  const shared = { rollup, parent: parent.id, siblings, unit: parentFacts.unit, currency: parentFacts.currency };
  if (!issue) return { status: 'pass', issue: null, ...shared };
  const over = rollup !== null && rollup.kind === 'sum' && rollup.value !== null && rollup.parentTarget !== null && rollup.value > rollup.parentTarget;
  // A message of Check goals starts with the IDs; the draft's label may come first ("this goal, G1.2…").
  const text = upperFirst(issue.message);
  return { status: over ? 'fail' : 'warn', issue: text, ...shared };
}
