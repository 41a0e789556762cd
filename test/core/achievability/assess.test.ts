import {
  pathPointCount,
  DEFAULT_POLICY,
  achievableCriterion,
  assess,
  forecastPath,
  goalProgress,
  requiredPace,
  type AssessInput,
} from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import type { KpiPoint, Period } from '../../../src/core/types';

const ARTICLE: KpiPoint[] = [
  { date: '2026-11-02', value: 0.24 },
  { date: '2026-11-09', value: 0.26 },
  { date: '2026-11-16', value: 0.25 },
];
const NEXT_WEEK = { deadline: '2026-11-23', today: '2026-11-20' };

function series(values: number[], period: Period = 'week', start = '2026-01-05'): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods(start, period, i), value }));
}

describe("the article's example (close rate ≈ 25 % over three weeks)", () => {
  it('30 % next week is realistic or stretch; 50 % is unrealistic', () => {
    const thirty = assess({ history: ARTICLE, target: 0.3, ...NEXT_WEEK }, 'en');
    expect(['realistic', 'stretch']).toContain(thirty.verdict);
    const fifty = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'en');
    expect(fifty.verdict).toBe('unrealistic');
    expect(fifty.probability!).toBeLessThan(thirty.probability!);
  });

  it('says why, in French and English, with the pace and the forecast', () => {
    const en = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'en');
    expect(en.period).toBe('week');
    expect(en.horizon).toBe(1);
    expect(en.direction).toBe('increase');
    expect(en.required.perPeriod).toBeCloseTo(0.25, 12);
    expect(en.reasons.join(' ')).toMatch(/\+25\u00a0pts\/week/);
    expect(en.reasons.join(' ')).toMatch(/80% range/);
    const fr = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'fr');
    expect(fr.reasons.join(' ')).toMatch(/\+25\u00a0points\/semaine/);
    // The verdict's line: its word and the chance it was read from (fixes50).
    expect(fr.reasons[0]).toMatch(/^Irréaliste\u00a0— .+ de chances au rythme actuel/);
  });

  it('suggests a target the policy still calls achievable, between the forecast and 50 %', () => {
    const a = assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'en');
    expect(a.suggestedTarget!).toBeGreaterThan(0.3);
    expect(a.suggestedTarget!).toBeLessThan(0.5);
    const again = assess({ history: ARTICLE, target: a.suggestedTarget!, ...NEXT_WEEK }, 'en');
    expect(again.verdict).not.toBe('unrealistic');
  });

  it('gives a median and an 80 % interval at the deadline', () => {
    const { forecast } = assess({ history: ARTICLE, target: 0.3, ...NEXT_WEEK }, 'en');
    expect(forecast!.level).toBe(0.8);
    expect(forecast!.low).toBeLessThan(forecast!.median);
    expect(forecast!.median).toBeLessThan(forecast!.high);
    expect(forecast!.median).toBeCloseTo(0.25, 1);
  });
});

describe('verdicts', () => {
  const steady = series([100, 102, 101, 104, 106, 105, 108, 110, 109, 112, 114, 113], 'month', '2025-01-01');
  const base = { history: steady, deadline: '2026-06-30', today: '2026-01-10', direction: 'increase' as const };

  it('orders on-track → realistic → stretch → unrealistic as the target rises', () => {
    const order = ['on-track', 'realistic', 'stretch', 'unrealistic'];
    let last = 0;
    for (const target of [110, 122, 130, 145, 300]) {
      const v = assess({ ...base, target }, 'en').verdict;
      expect(order.indexOf(v)).toBeGreaterThanOrEqual(last);
      last = order.indexOf(v);
    }
    expect(assess({ ...base, target: 110 }, 'en').verdict).toBe('on-track');
    expect(assess({ ...base, target: 300 }, 'en').verdict).toBe('unrealistic');
  });

  it('a larger stretch allowance accepts more ambitious targets', () => {
    const strict = assess({ ...base, target: 160, policy: { stretchAllowance: 0.05 } }, 'en');
    const lenient = assess({ ...base, target: 160, policy: { stretchAllowance: 0.6 } }, 'en');
    expect(strict.verdict).toBe('unrealistic');
    expect(lenient.verdict).toBe('stretch');
    expect(lenient.suggestedTarget!).toBeGreaterThan(strict.suggestedTarget!);
  });

  it('widens what counts as achievable by the best past improvement, when the policy says so', () => {
    // Flat rate, except one big jump a while ago.
    const history = series([0.2, 0.2, 0.21, 0.2, 0.29, 0.3, 0.22, 0.21, 0.2, 0.21, 0.2, 0.21, 0.2, 0.2, 0.21, 0.2]);
    const input: AssessInput = {
      history,
      target: 0.29,
      deadline: addPeriods(history[history.length - 1].date, 'week', 1),
      today: history[history.length - 1].date,
    };
    const withBest = assess(input, 'en');
    const without = assess({ ...input, policy: { useHistoricalBest: false, stretchAllowance: 0 } }, 'en');
    expect(withBest.suggestedTarget!).toBeGreaterThanOrEqual(0.29);
    expect(without.suggestedTarget!).toBeLessThan(withBest.suggestedTarget!);
    expect(withBest.reasons.join(' ')).toMatch(/best change over 1 week /);
  });

  it('insufficient data below three usable points, without throwing', () => {
    const a = assess({ history: ARTICLE.slice(0, 2), target: 0.3, ...NEXT_WEEK }, 'fr');
    expect(a.verdict).toBe('insufficient-data');
    expect(a.probability).toBeNull();
    expect(a.reasons[0]).toMatch(/au moins 3/);
    // The criterion joins the reason with a dash, lower-cased, never a second colon (« Atteignable : … : … »).
    const criterion = achievableCriterion(a, 'fr').message;
    expect(criterion).toMatch(/^Historique du KPI insuffisant pour juger — \p{Ll}/u);
    expect(achievableCriterion(assess({ history: ARTICLE.slice(0, 2), target: 0.3, ...NEXT_WEEK }, 'en'), 'en').message).toMatch(/^Not enough KPI history to judge — \p{Ll}/u);
    const garbage = assess(
      {
        history: [
          { date: 'x', value: 1 },
          { date: '2026-01-01', value: NaN },
        ] as KpiPoint[],
        target: 1,
        ...NEXT_WEEK,
      },
      'en',
    );
    expect(garbage.verdict).toBe('insufficient-data');
    expect(garbage.reasons.join(' ')).toMatch(/2 rows ignored/);
  });

  it('refuses a past deadline, a bad date or a non-numeric target with a reason', () => {
    expect(assess({ history: ARTICLE, target: 0.3, deadline: '2026-01-01', today: '2026-11-20' }, 'en').reasons[0]).toMatch(/already past/);
    expect(assess({ history: ARTICLE, target: 0.3, deadline: '2026-13-01', today: '2026-11-20' }, 'en').verdict).toBe('insufficient-data');
    expect(assess({ history: ARTICLE, target: NaN, ...NEXT_WEEK }, 'en').reasons[0]).toMatch(/not a number/);
  });

  it('leaves rows dated after today out of the history (pre-filled future weeks, back-tests)', () => {
    const prefilled = [...ARTICLE, { date: '2026-11-23', value: 0 }, { date: '2026-11-30', value: 0 }];
    const a = assess({ history: prefilled, target: 0.3, ...NEXT_WEEK }, 'en');
    const b = assess({ history: ARTICLE, target: 0.3, ...NEXT_WEEK }, 'en');
    expect(a.probability).toBe(b.probability);
    expect(a.latest).toBe(0.25);
    expect(a.reasons.join(' ')).toMatch(/2 rows dated after today/);
  });

  it('knows the outcome when the deadline falls in the last observed period', () => {
    const a = assess({ history: ARTICLE, target: 0.3, deadline: '2026-11-20', today: '2026-11-18' }, 'en');
    expect(a.horizon).toBe(0);
    expect(a.probability).toBe(0);
    expect(a.reasons[0]).toMatch(/outcome is known/);
  });
});

describe('direction', () => {
  const churn = series([0.052, 0.049, 0.051, 0.048, 0.047, 0.05, 0.046, 0.045], 'month', '2026-03-01');

  it('is inferred from the target vs the latest level, or from lowerIsBetter', () => {
    expect(assess({ history: churn, target: 0.04, deadline: '2026-12-31', today: '2026-11-15' }, 'en').direction).toBe('decrease');
    expect(assess({ history: churn, target: 0.06, deadline: '2026-12-31', today: '2026-11-15' }, 'en').direction).toBe('increase');
    expect(assess({ history: churn, target: 0.06, deadline: '2026-12-31', today: '2026-11-15', lowerIsBetter: true }, 'en').direction).toBe(
      'decrease',
    );
  });

  it('for a decrease, a lower target is harder and the suggestion is below the forecast', () => {
    const input = { history: churn, deadline: '2026-12-31', today: '2026-11-15', direction: 'decrease' as const };
    const easy = assess({ ...input, target: 0.05 }, 'en');
    const hard = assess({ ...input, target: 0.035 }, 'en');
    expect(easy.probability!).toBeGreaterThan(hard.probability!);
    expect(easy.verdict).toBe('on-track');
    expect(hard.suggestedTarget!).toBeLessThan(hard.forecast!.median);
    expect(hard.required.perPeriod!).toBeLessThan(0);
  });
});

describe('aggregation total', () => {
  const deals = series([5, 7, 6, 8, 4, 6, 7, 9, 5, 6, 8, 7], 'week', '2026-09-07');

  it('sums the periods after the last observation up to the deadline', () => {
    const a = assess({ history: deals, target: 30, deadline: '2026-12-31', today: '2026-11-27', aggregation: 'total' }, 'en');
    expect(a.horizon).toBe(5);
    expect(a.forecast!.median).toBeGreaterThan(25);
    expect(a.forecast!.median).toBeLessThan(40);
    expect(a.required.perPeriod).toBeCloseTo(6, 12);
    expect(a.verdict).toBe('on-track');
    expect(assess({ history: deals, target: 60, deadline: '2026-12-31', today: '2026-11-27', aggregation: 'total' }, 'en').verdict).toBe(
      'unrealistic',
    );
  });
});

describe('working-day data', () => {
  it('sums only working days up to the deadline', () => {
    // Six weeks of weekday deals (about 3 a day), no weekend rows.
    const history: KpiPoint[] = [];
    for (let d = 0; d < 42; d++) {
      const date = addPeriods('2026-01-05', 'day', d);
      if (d % 7 < 5) history.push({ date, value: [3, 2, 4, 3, 3][d % 5] });
    }
    // Last row Friday 13 Feb; deadline Friday 27 Feb: ten working days (not fourteen days).
    const a = assess({ history, target: 30, deadline: '2026-02-27', today: '2026-02-14', aggregation: 'total' }, 'en');
    expect(a.period).toBe('day');
    expect(a.horizon).toBe(10);
    expect(a.forecast!.median).toBeGreaterThan(25);
    expect(a.forecast!.median).toBeLessThan(35);
  });
});

describe('forecastPath', () => {
  it('runs from the last observation to the deadline, one point per period', () => {
    const path = forecastPath({ history: ARTICLE, target: 0.3, deadline: '2026-12-14', today: '2026-11-20' });
    expect(path.map((p) => p.date)).toEqual(['2026-11-16', '2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(path[0]).toEqual({ date: '2026-11-16', median: 0.25, low: 0.25, high: 0.25 });
    for (const p of path) expect(p.low).toBeLessThanOrEqual(p.high);
    expect(path[4].high - path[4].low).toBeGreaterThan(path[1].high - path[1].low);
    expect(forecastPath({ history: ARTICLE.slice(0, 2), target: 0.3, ...NEXT_WEEK })).toEqual([]);
  });

  it('samples fewer points when a far deadline on daily data would make the path cost points × thousands of periods', () => {
    expect(pathPointCount(10)).toBe(60);
    expect(pathPointCount(800)).toBe(60);
    expect(pathPointCount(1_825)).toBe(26);
    expect(pathPointCount(3_650)).toBe(24);
    const history: KpiPoint[] = Array.from({ length: 730 }, (_, i) => ({ date: addPeriods('2024-11-01', 'day', i), value: 20 + (i % 7) }));
    const last = history[history.length - 1].date;
    const deadline = addPeriods(last, 'day', 3_000);
    const path = forecastPath({ history, target: 80_000, deadline, today: addPeriods(last, 'day', 1), aggregation: 'total' });
    // The last observation, then at most 24 evenly spaced points, the last one on the deadline; totals keep rising.
    expect(path.length).toBeLessThanOrEqual(25);
    expect(path.length).toBeGreaterThan(20);
    expect(path[path.length - 1].date).toBe(deadline);
    for (let i = 1; i < path.length; i++) expect(path[i].median).toBeGreaterThan(path[i - 1].median);
  });
});

describe('requiredPace and goalProgress', () => {
  it('gives the compound pace per period ("X % per month")', () => {
    const pace = requiredPace(100_000, 120_000, '2026-01-01', '2026-12-31', 'month');
    expect(pace.periods).toBe(12);
    expect(pace.relative!).toBeCloseTo(1.2 ** (1 / 12) - 1, 12);
    expect(pace.absolute).toBeCloseTo(20_000 / 12, 9);
    expect(requiredPace(0.1, 0.06, '2026-01-05', '2026-03-29', 'week').relative!).toBeCloseTo(0.6 ** (1 / 12) - 1, 12);
    expect(requiredPace(-5, 10, '2026-01-01', '2026-02-01', 'month').relative).toBeNull();
    expect(requiredPace(1, 2, '2026-02-01', '2026-01-01', 'month').periods).toBe(0);
  });

  it('measures progress for both directions', () => {
    expect(goalProgress(100, 150, 120)).toBeCloseTo(0.4, 12);
    expect(goalProgress(0.1, 0.06, 0.08)).toBeCloseTo(0.5, 12);
    expect(goalProgress(0.1, 0.06, 0.12)).toBeCloseTo(-0.5, 12);
    expect(goalProgress(5, 5, 6)).toBeNull();
  });
});

describe('achievableCriterion', () => {
  it('maps verdicts to the SMART criterion', () => {
    const stretchOrRealistic = achievableCriterion(assess({ history: ARTICLE, target: 0.3, ...NEXT_WEEK }, 'en'), 'en');
    expect(stretchOrRealistic.status).toBe('pass');
    const unrealistic = achievableCriterion(assess({ history: ARTICLE, target: 0.5, ...NEXT_WEEK }, 'fr'), 'fr');
    expect(unrealistic.status).toBe('fail');
    expect(unrealistic.suggestion).toMatch(/^Visez plutôt \d+,\d\u202f%/);
    const unknown = achievableCriterion(assess({ history: [], target: 0.5, ...NEXT_WEEK }, 'en'), 'en');
    expect(unknown.status).toBe('unknown');
  });

  it('DEFAULT_POLICY is documented and sane', () => {
    expect(DEFAULT_POLICY).toEqual({
      stretchAllowance: 0.2,
      useHistoricalBest: true,
      onTrackProbability: 0.5,
      realisticProbability: 0.1,
      minPoints: 3,
    });
  });
});
