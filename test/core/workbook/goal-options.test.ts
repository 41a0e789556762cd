import { GOAL_OPTION_TEXT_MAX, GOAL_OPTIONS_FIRST, GOAL_SEARCH_MAX } from '../../../src/core/api';
import { foldForSearch } from '../../../src/core/format';
import { firstGoalOptions, goalOption, searchGoalOptions } from '../../../src/core/workbook/goal-options';

type Goal = Parameters<typeof goalOption>[0];

function goal(row: number, overrides: Partial<Goal> = {}): Goal {
  return { id: `G${row}`, row, hasId: true, statement: `Close ${row} new accounts in Q${(row % 4) + 1} 2027`, kpi: 'New accounts', target: row, deadline: '2027-03-31', start: null, parent: null, ...overrides };
}

const many = Array.from({ length: 2000 }, (_, i) => goal(i + 2));

describe('the parent picker’s first list', () => {
  it('is every goal that can be a parent when there are few', () => {
    const goals = [goal(2), goal(3, { hasId: false, id: 'row 3' }), goal(4, { statement: '  ' }), goal(5)];
    expect(firstGoalOptions(goals).map((g) => g.id)).toEqual(['G2', 'G5']);
  });

  it('is bounded on a large tab: parents of other goals first, then top-level goals, the most recent first, listed in table order', () => {
    const goals = [...many];
    goals[10] = goal(12, { parent: 'G3' });
    goals[1999] = goal(2001, { parent: 'G5' });
    const first = firstGoalOptions(goals);
    expect(first).toHaveLength(GOAL_OPTIONS_FIRST);
    const ids = first.map((g) => g.id);
    expect(ids.slice(0, 2)).toEqual(['G3', 'G5']);
    // Then the newest top-level goals; the child at the bottom is not one of them.
    expect(ids).toContain('G2000');
    expect(ids).not.toContain('G2001');
    expect(ids).not.toContain('G12');
    expect(first.map((g) => g.row)).toEqual([...first.map((g) => g.row)].sort((a, b) => a - b));
  });

  it('shortens long sentences', () => {
    const option = goalOption(goal(2, { statement: 'x'.repeat(500) }));
    expect(option.statement).toHaveLength(GOAL_OPTION_TEXT_MAX);
    expect(option.statement.endsWith('…')).toBe(true);
  });
});

describe('the parent search', () => {
  it('finds a goal beyond the first list, exact ID first', () => {
    const found = searchGoalOptions(many, 'g1234');
    expect(found.goals[0].id).toBe('G1234');
    expect(found.goals.map((g) => g.id)).toEqual(['G1234', ...found.goals.slice(1).map((g) => g.id)]);
    expect(found.matches).toBe(found.goals.length);
    expect(found.total).toBe(2000);
  });

  it('wants every word, in the ID or the sentence, case and accents aside', () => {
    const found = searchGoalOptions([goal(2, { statement: 'Réduire l’attrition de l’équipe Nord' }), goal(3, { statement: 'Réduire l’attrition Sud' })], "EQUIPE  l'attrition");
    expect(found.goals.map((g) => g.id)).toEqual(['G2']);
    expect(foldForSearch('Équipe l’Est')).toBe("equipe l'est");
  });

  it('returns at most the limit, capped, and counts all matches', () => {
    const found = searchGoalOptions(many, 'q3');
    expect(found.goals).toHaveLength(GOAL_SEARCH_MAX);
    expect(found.matches).toBe(500);
    expect(searchGoalOptions(many, 'q3', 10).goals).toHaveLength(10);
    expect(searchGoalOptions(many, 'q3', 10_000).goals).toHaveLength(GOAL_SEARCH_MAX);
    expect(searchGoalOptions(many, 'q3', Number.NaN).goals).toHaveLength(GOAL_SEARCH_MAX);
    expect(searchGoalOptions(many, 'q3', -5).goals).toHaveLength(1);
  });

  it('gives the first list for an empty query and nothing for no match', () => {
    expect(searchGoalOptions(many, '   ').goals.map((g) => g.id)).toEqual(firstGoalOptions(many, GOAL_SEARCH_MAX).map((g) => g.id));
    expect(searchGoalOptions(many, 'zzz')).toEqual({ goals: [], matches: 0, total: 2000 });
  });
});
