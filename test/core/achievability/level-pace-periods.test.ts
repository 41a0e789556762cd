/**
 * A level's pace over a deadline within one period of its latest row: the whole change, on Check goals', the wizard's
 * and the report's path (`assess`) as in REQUIREDPACE (`requiredPace`) — the final read found `assess` dividing an
 * 8-point gap by a third of a month ("-24 points a month") after fixes52 had made REQUIREDPACE ask for the gap itself.
 */
import { assess, requiredPace } from '../../../src/core/achievability';
import { levelPacePeriods } from '../../../src/core/achievability/pace';
import { addPeriods } from '../../../src/core/dates';
import type { KpiPoint } from '../../../src/core/types';

// Monthly churn rows stamped on each month's first day, ending with October's row (1 October 2026) at 45 %: it stands
// for October, so the pace counts from 31 October (`paceStart`), and a deadline of 10 November is within one period.
const CHURN: KpiPoint[] = Array.from({ length: 24 }, (_, i) => ({ date: addPeriods('2024-11-01', 'month', i), value: 0.45 + 0.01 * Math.sin(i) }));
CHURN[CHURN.length - 1] = { date: '2026-10-01', value: 0.45 };

describe('a level due within one period of its latest row', () => {
  it('counts one period: the whole gap, as REQUIREDPACE asks from the day after the row', () => {
    expect(levelPacePeriods('2026-10-01', '2026-11-10', 'month')).toBe(1);
    const a = assess({ history: CHURN, target: 0.37, deadline: '2026-11-10', today: '2026-11-01', direction: 'decrease' }, 'en');
    expect(a.required.perPeriod).toBeCloseTo(-0.08, 12);
    expect(requiredPace(0.45, 0.37, '2026-11-01', '2026-11-10', 'month').absolute).toBeCloseTo(-0.08, 12);
  });

  it('near misses: several periods keep their fraction, a deadline not after the row gives none', () => {
    // 31 October → 15 March: 4 whole months and 15 of March's 31 days.
    expect(levelPacePeriods('2026-10-31', '2027-03-15', 'month')).toBeCloseTo(4 + 15 / 31, 9);
    expect(levelPacePeriods('2026-10-31', '2026-10-31', 'month')).toBe(0);
    // A week's row is the reading of its date: a deadline three days on is one week.
    expect(levelPacePeriods('2026-11-16', '2026-11-19', 'week')).toBe(1);
  });
});
