/**
 * fixes56, items 1 and 4 — the way a goal with no direction stated goes is decided once (core achievability
 * `unstatedDirection`): Check goals' merge, the verdict (`assess`, GOALVERDICT's path) and the alignment roll-up ask it.
 * The roll-up decided its own default (a known KPI's better side only when lower is better, else the baseline against
 * the target): an annual close-rate goal of 20 % typed from 25 % with no direction read as a fall to 20 %, so its Q4 at
 * 22 % was "2 pts short" — a close rate's target below today's level is a floor, as Check goals' verdict reads it.
 */
import { checkAlignment, type AlignmentGoal } from '../../../src/core/alignment';
import { assess, unstatedDirection } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';

function goal(partial: Partial<AlignmentGoal> & { row: number; id: string }): AlignmentGoal {
  return {
    hasId: true,
    parent: null,
    statement: '',
    kpiId: 'close_rate',
    seriesKey: null,
    kpiName: 'Close rate',
    unit: 'percent',
    currency: null,
    aggregation: 'level',
    direction: null,
    baseline: null,
    target: null,
    start: null,
    deadline: null,
    ...partial,
  };
}

/** The roll-up's messages of an annual goal (typed with no direction) and its Q4. */
function rollUp(kpiId: string | null, baseline: number, parentTarget: number, q4: number): string[] {
  const parent = goal({ row: 2, id: 'A1', kpiId, baseline, target: parentTarget, start: '2027-01-01', deadline: '2027-12-31' });
  const child = goal({ row: 3, id: 'A1-Q4', kpiId, parent: 'A1', target: q4, start: '2027-10-01', deadline: '2027-12-31' });
  return checkAlignment([parent, child], { lang: 'en', fiscalYearStartMonth: 1 }).issues.map((i) => i.message);
}

describe('one rule for a goal with no direction stated', () => {
  it('unstatedDirection: a known KPI’s better side, today’s level kept, else the levels', () => {
    expect(unstatedDirection(0.05, 0.042, true)).toBe('decrease');
    expect(unstatedDirection(0.2, 0.25, false)).toBe('increase');
    expect(unstatedDirection(0.05, 0.05, true)).toBe('maintain');
    expect(unstatedDirection(0.05, 0.042, null)).toBe('increase');
    expect(unstatedDirection(0.2, 0.25, null)).toBe('decrease');
    expect(unstatedDirection(null, 0.25, true)).toBe('decrease');
    expect(unstatedDirection(0.2, null, null)).toBeNull();
  });

  it('the roll-up reads a close rate’s target below its baseline as a floor: a Q4 above it is no shortfall', () => {
    expect(rollUp('close_rate', 0.25, 0.2, 0.22)).toEqual([]);
    // Near misses: a Q4 under the floor is short; churn's target above its baseline is a ceiling.
    expect(rollUp('close_rate', 0.25, 0.2, 0.18).join(' ')).toContain('A1-Q4: 18%');
    expect(rollUp('churn', 0.042, 0.05, 0.045)).toEqual([]);
    expect(rollUp('churn', 0.042, 0.05, 0.06).join(' ')).toContain('A1-Q4: 6%');
  });

  it('a KPI nobody knows keeps the levels’ reading: from 25 to 20 is a fall, a Q4 at 22 is short', () => {
    expect(rollUp(null, 0.25, 0.2, 0.22).join(' ')).toContain('A1-Q4: 22%');
    expect(rollUp(null, 0.25, 0.2, 0.19)).toEqual([]);
  });

  it('the verdict reads a known KPI’s target equal to today’s level as kept, as Check goals does', () => {
    const history = Array.from({ length: 24 }, (_, i) => ({ date: addPeriods('2024-11-01', 'month', i), value: 0.25 + ((i % 3) - 1) * 0.002 }));
    const latest = history[history.length - 1].value;
    const input = { history, target: latest, deadline: '2027-06-30', today: '2026-11-26' };
    expect(assess({ ...input, lowerIsBetter: false }, 'en').direction).toBe('maintain');
    expect(assess({ ...input, target: 0.2, lowerIsBetter: false }, 'en').direction).toBe('increase');
    expect(assess({ ...input, target: 0.2 }, 'en').direction).toBe('decrease');
  });
});
