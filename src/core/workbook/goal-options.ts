/**
 * The wizard's parent picker on a large Goals tab: the context carries a bounded first list (the
 * likeliest parents) and the rest is found by a server-side search, so a 2,000-goal sheet does not
 * send every goal to the sidebar. Pure: `src/gas/sidebar` reads the goals, these pick and rank them.
 */
import { foldForSearch } from '../format';
import { GOAL_OPTION_TEXT_MAX, GOAL_OPTIONS_FIRST, GOAL_SEARCH_MAX, type GoalOption } from '../api';
import type { GoalRow } from './types';

type Goal = Pick<GoalRow, 'id' | 'row' | 'hasId' | 'statement' | 'kpi' | 'target' | 'deadline' | 'start' | 'parent'>;

function shorten(text: string): string {
  return text.length > GOAL_OPTION_TEXT_MAX ? `${text.slice(0, GOAL_OPTION_TEXT_MAX - 1)}…` : text;
}

/** A goal can be a parent when it has an ID (children point to it) and a sentence. */
export function isParentCandidate(goal: Goal): boolean {
  return goal.hasId && goal.statement.trim() !== '';
}

export function goalOption(goal: Goal): GoalOption {
  return { id: goal.id, row: goal.row, statement: shorten(goal.statement), kpi: goal.kpi, target: goal.target, deadline: goal.deadline, start: goal.start };
}

/**
 * The first list, at most `limit` goals, in table order: goals that already have children first
 * (they are the plan's parents), then top-level goals, then the others; within each, the most
 * recent rows (goals are appended at the bottom). Linear in the goals, one pass and one sort of the chosen.
 */
export function firstGoalOptions(goals: readonly Goal[], limit = GOAL_OPTIONS_FIRST): GoalOption[] {
  const candidates = goals.filter(isParentCandidate);
  if (candidates.length <= limit) return candidates.map(goalOption);
  const parents = new Set<string>();
  for (const goal of goals) if (goal.parent) parents.add(goal.parent);
  const rank = (goal: Goal): number => (parents.has(goal.id) ? 0 : goal.parent ? 2 : 1);
  const groups: Goal[][] = [[], [], []];
  for (const goal of candidates) groups[rank(goal)].push(goal);
  const chosen: Goal[] = [];
  for (const group of groups) {
    for (let i = group.length - 1; i >= 0 && chosen.length < limit; i--) chosen.push(group[i]);
  }
  return chosen.sort((a, b) => a.row - b.row).map(goalOption);
}

/**
 * The goals whose ID or full sentence contains every word of the query, best first: the exact ID,
 * then IDs starting with the query, then table order. At most `limit` (capped at GOAL_SEARCH_MAX);
 * `matches` counts them all. An empty query gives the first list.
 */
export function searchGoalOptions(goals: readonly Goal[], query: string, limit = GOAL_SEARCH_MAX): { goals: GoalOption[]; matches: number; total: number } {
  const cap = Math.max(1, Math.min(GOAL_SEARCH_MAX, Math.floor(Number.isFinite(limit) ? limit : GOAL_SEARCH_MAX)));
  const candidates = goals.filter(isParentCandidate);
  const folded = foldForSearch(query.trim());
  const words = folded.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { goals: firstGoalOptions(candidates, cap), matches: candidates.length, total: candidates.length };
  const exact: Goal[] = [];
  const prefix: Goal[] = [];
  const others: Goal[] = [];
  for (const goal of candidates) {
    const id = foldForSearch(goal.id);
    const text = `${id} ${foldForSearch(goal.statement)}`;
    if (!words.every((word) => text.includes(word))) continue;
    if (id === folded) exact.push(goal);
    else if (id.startsWith(folded)) prefix.push(goal);
    else others.push(goal);
  }
  const ranked = [...exact, ...prefix, ...others];
  return { goals: ranked.slice(0, cap).map(goalOption), matches: ranked.length, total: candidates.length };
}
