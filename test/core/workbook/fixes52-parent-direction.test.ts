/**
 * fixes52, item 6 — which way a parent goal is met in the alignment check's roll-up of a level KPI.
 * - With no direction stated, a goal's direction came from its starting level against its target (core/workbook/check.ts
 *   `startingLevel`): an annual churn goal of 5 % typed in the columns while churn runs at 4.2 % read as "raise churn to
 *   5 %", so its Q4 sub-goal of 4.5 % was "0.5 pts short". For a KPI where less is better a level is a ceiling.
 * - "Keep … at" asked the last quarter to equal the parent: "Keep churn at 5 %" with a Q4 at 4.5 %, or "Keep the close
 *   rate at 25 %" with a Q4 at 27 %, were "short". Now met as the verdict meets it (`meetsBelow`).
 * A stated direction still wins, and a last quarter on the wrong side is still flagged.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { addPeriods } from '../../../src/core/dates';
import type { SheetGrid } from '../../../src/core/workbook/types';

const HEADER = ['ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline', 'Parent', 'Direction', 'Aggregation'];

/** Monthly values around `level` (4.2 % churn, 25 % close rate). */
function tab(name: string, level: number): SheetGrid {
  return { name, values: [['Month', name], ...Array.from({ length: 24 }, (_, i) => [addPeriods('2024-11-01', 'month', i), level + ((i % 3) - 1) * 0.002])] };
}

/** The alignment messages of an annual goal A1 and its Q4 sub-goal on one KPI tab. */
function messages(kpi: string, level: number, parent: [string, number], child: [string, number], direction = ''): string[] {
  const goals: SheetGrid = {
    name: 'Goals',
    values: [HEADER, ['A1', parent[0], kpi, 'Ana', '', parent[1], '2027-01-01', '2027-12-31', '', direction, ''], ['A1-Q4', child[0], kpi, 'Ana', '', child[1], '2027-10-01', '2027-12-31', 'A1', direction, '']],
  };
  const model = buildWorkbookModel([goals, tab(kpi, level)], { lang: 'en', catalog: KPI_CATALOG });
  const result = checkWorkbook(model, { today: '2026-11-26', lang: 'en', settings: DEFAULT_SETTINGS });
  return result.checks.flatMap((c) => c.alignment.map((a) => a.message));
}

describe('the alignment roll-up meets a parent as its verdict does', () => {
  it('a lower-is-better goal typed in the columns alone is a ceiling, whatever its starting level', () => {
    expect(messages('Churn', 0.042, ['', 0.05], ['', 0.045])).toEqual([]);
    // Near miss: a Q4 above the ceiling is still short.
    expect(messages('Churn', 0.042, ['', 0.05], ['', 0.06]).join(' ')).toContain('A1-Q4: 6%');
  });

  it('keeping a lower-is-better KPI at a level is met at or below it', () => {
    expect(messages('Churn', 0.042, ['Keep churn at 5% in 2027', 0.05], ['Keep churn at 4.5% in Q4 2027', 0.045])).toEqual([]);
    expect(messages('Churn', 0.042, ['Keep churn at 5% in 2027', 0.05], ['Keep churn at 6% in Q4 2027', 0.06]).join(' ')).toContain('A1-Q4: 6%');
  });

  it('keeping a higher-is-better KPI at a level is met at or above it', () => {
    expect(messages('Close rate', 0.25, ['Keep the close rate at 25% in 2027', 0.25], ['Keep the close rate at 27% in Q4 2027', 0.27])).toEqual([]);
    expect(messages('Close rate', 0.25, ['Keep the close rate at 25% in 2027', 0.25], ['Keep the close rate at 22% in Q4 2027', 0.22]).join(' ')).toContain('A1-Q4: 22%');
  });

  it('a stated direction still wins: an increase asks the last quarter to reach the target', () => {
    expect(messages('Churn', 0.042, ['', 0.05], ['', 0.045], 'increase').join(' ')).toContain('A1-Q4: 4.5%');
  });
});

/** The verdict and direction Check goals gives one goal typed in the columns alone (no statement, no Direction unless given). */
function verdictOf(kpi: string, level: number, target: number, direction = ''): { verdict: string | null; direction: string | null } {
  const goals: SheetGrid = { name: 'Goals', values: [HEADER, ['A1', '', kpi, 'Ana', '', target, '', '2027-06-30', '', direction, '']] };
  const model = buildWorkbookModel([goals, tab(kpi, level)], { lang: 'en', catalog: KPI_CATALOG });
  const check = checkWorkbook(model, { today: '2026-11-26', lang: 'en', settings: DEFAULT_SETTINGS }).checks[0];
  return { verdict: check.verdict, direction: check.direction ?? null };
}

describe('a target typed on the worse side of today’s level is a bound already kept (final read)', () => {
  it('churn at 4.2 % with a 5 % target is kept under 5 %, not a rise to judge; a close rate at 25 % with 20 % is a floor', () => {
    expect(verdictOf('Churn', 0.042, 0.05)).toEqual({ verdict: 'on-track', direction: 'decrease' });
    expect(verdictOf('Close rate', 0.25, 0.2)).toEqual({ verdict: 'on-track', direction: 'increase' });
  });

  it('near misses: a target on the better side is still a move, and a stated direction still wins', () => {
    expect(verdictOf('Churn', 0.042, 0.03).direction).toBe('decrease');
    expect(verdictOf('Close rate', 0.25, 0.3).direction).toBe('increase');
    expect(verdictOf('Churn', 0.042, 0.05, 'increase').direction).toBe('increase');
  });
});
