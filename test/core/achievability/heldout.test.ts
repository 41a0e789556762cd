/**
 * Held-out scenarios: the series a sales manager actually has (close rates,
 * MRR, churn, meetings, seasonal revenue, daily sign-ups) and the awkward
 * ones (outliers, level shifts, zeros, constants, negative and huge values,
 * very short, unsorted, deadlines at the edges), generated here with their
 * own seeds, not taken from the calibration harness.
 */
import { assess, forecastPath, type AssessInput, type Assessment } from '../../../src/core/achievability';
import { addDays, addPeriods } from '../../../src/core/dates';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { KpiPoint, Period } from '../../../src/core/types';

const TODAY = '2026-11-26';

function generator(seed: number): { normal: () => number; poisson: (lambda: number) => number } {
  const uniform = mulberry32(seed);
  const normal = normalSampler(uniform);
  return {
    normal,
    poisson(lambda) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = uniform();
      while (p > limit) {
        k++;
        p *= uniform();
      }
      return k;
    },
  };
}

function series(values: readonly number[], period: Period, start: string): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods(start, period, i), value }));
}

/** Every number an assessment returns is finite (or null), and no reason text shows NaN/Infinity/undefined. */
function expectClean(a: Assessment): void {
  const numbers = [a.probability, a.latest, a.suggestedTarget, a.required.perPeriod, a.required.perPeriodRelative, a.horizon];
  if (a.forecast) numbers.push(a.forecast.median, a.forecast.low, a.forecast.high);
  for (const n of numbers) if (n !== null) expect(Number.isFinite(n)).toBe(true);
  if (a.probability !== null) {
    expect(a.probability).toBeGreaterThanOrEqual(0);
    expect(a.probability).toBeLessThanOrEqual(1);
  }
  if (a.forecast) {
    expect(a.forecast.low).toBeLessThanOrEqual(a.forecast.median);
    expect(a.forecast.median).toBeLessThanOrEqual(a.forecast.high);
  }
  for (const reason of a.reasons) expect(reason).not.toMatch(/NaN|Infinity|undefined|\{\w+\}|\(s\)s|mois\(s\)/);
  expect(a.reasons.length).toBeGreaterThan(0);
}

function both(input: AssessInput): Assessment {
  const en = assess(input, 'en');
  const fr = assess(input, 'fr');
  expectClean(en);
  expectClean(fr);
  expect(fr.probability).toBe(en.probability);
  expect(fr.verdict).toBe(en.verdict);
  return en;
}

const VERDICT_RANK = { 'on-track': 0, realistic: 1, stretch: 2, unrealistic: 3, 'insufficient-data': 4 } as const;

/** Probabilities never rise and verdicts never soften as the target gets harder. */
function expectMonotone(base: Omit<AssessInput, 'target'>, targets: readonly number[]): void {
  let previous: Assessment | null = null;
  for (const target of targets) {
    const a = both({ ...base, target });
    if (previous) {
      expect(a.probability!).toBeLessThanOrEqual(previous.probability! + 1e-12);
      expect(VERDICT_RANK[a.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK[previous.verdict]);
    }
    previous = a;
  }
}

describe('realistic sales series', () => {
  const rng = generator(4242);
  const closeRate = series(
    Array.from({ length: 30 }, () => Math.round((0.27 + 0.04 * rng.normal()) * 1000) / 1000),
    'week',
    '2026-05-04',
  );
  let mrrLevel = 50_000;
  const mrr = series(
    Array.from({ length: 35 }, () => Math.round((mrrLevel *= 1 + 0.03 + 0.01 * rng.normal()))),
    'month',
    '2024-01-01',
  );
  const churn = series(
    Array.from({ length: 23 }, (_, i) => Math.round(Math.max(0.005, 0.05 - 0.001 * i + 0.004 * rng.normal()) * 10_000) / 10_000),
    'month',
    '2025-01-01',
  );
  const meetings = series(
    Array.from({ length: 46 }, () => rng.poisson(12)),
    'week',
    '2026-01-05',
  );
  const deals = series(
    Array.from({ length: 47 }, () => rng.poisson(3)),
    'week',
    '2026-01-05',
  );

  it('weekly close rate ≈ 27 %: 30 % by year end is realistic, 50 % unrealistic; harder targets never look easier', () => {
    const base = { history: closeRate, deadline: '2026-12-31', today: TODAY };
    const thirty = both({ ...base, target: 0.3 });
    expect(thirty.direction).toBe('increase');
    expect(['realistic', 'stretch']).toContain(thirty.verdict);
    expect(both({ ...base, target: 0.5 }).verdict).toBe('unrealistic');
    expectMonotone({ ...base, direction: 'increase' }, [0.2, 0.25, 0.28, 0.3, 0.33, 0.36, 0.4, 0.5, 0.7]);
    // Rates stay rates.
    for (const p of forecastPath({ ...base, target: 0.3 })) {
      expect(p.low).toBeGreaterThanOrEqual(0);
      expect(p.high).toBeLessThanOrEqual(1);
    }
  });

  it('monthly MRR growing 3 %/month: +50 % in 7 months is not realistic, the trend is on track, 3 years out is wide', () => {
    const latest = mrr[mrr.length - 1].value;
    const base = { history: mrr, deadline: '2027-06-30', today: TODAY };
    expect(both({ ...base, target: latest * 1.1 }).verdict).toBe('on-track');
    expect(['stretch', 'unrealistic']).toContain(both({ ...base, target: latest * 1.5 }).verdict);
    expectMonotone(base, [latest, latest * 1.1, latest * 1.2, latest * 1.3, latest * 1.5, latest * 2]);
    const far = both({ ...base, deadline: '2029-11-30', target: latest * 2 });
    expect(far.horizon).toBe(36);
    expect(far.forecast!.high / far.forecast!.low).toBeGreaterThan(1.1);
  });

  it('churn drifting down: lower-is-better inferred from a target below the recent level', () => {
    const base = { history: churn, deadline: '2027-06-30', today: TODAY };
    const a = both({ ...base, target: 0.01 });
    expect(a.direction).toBe('decrease');
    expect(a.suggestedTarget!).toBeLessThanOrEqual(a.forecast!.median);
    expectMonotone({ ...base, direction: 'decrease' }, [0.04, 0.03, 0.025, 0.02, 0.015, 0.01, 0.005]);
  });

  it('weekly meetings (Poisson ≈ 12): forecasts are whole numbers, level and total both sensible', () => {
    const level = both({ history: meetings, target: 15, deadline: '2026-12-31', today: TODAY });
    expect(Number.isInteger(level.forecast!.median)).toBe(true);
    expect(level.forecast!.median).toBeGreaterThanOrEqual(9);
    expect(level.forecast!.median).toBeLessThanOrEqual(15);
    const total = both({ history: meetings, target: 60, deadline: '2026-12-31', today: TODAY, aggregation: 'total' });
    expect(total.aggregation).toBe('total');
    expect(total.forecast!.median).toBeGreaterThan(50);
    expect(total.forecast!.median).toBeLessThan(100);
  });

  it('"close 120 accounts by year end" on a weekly deals tab (≈3/week): unrealistic, with a total-sized suggestion', () => {
    const a = both({ history: deals, target: 120, deadline: '2026-12-31', today: TODAY, aggregation: 'total' });
    expect(a.verdict).toBe('unrealistic');
    expect(a.horizon).toBe(5);
    expect(a.suggestedTarget!).toBeGreaterThan(10);
    expect(a.suggestedTarget!).toBeLessThan(40);
    // The same tab read as a level (deals per week at year end) is a different question.
    const level = both({ history: deals, target: 5, deadline: '2026-12-31', today: TODAY, aggregation: 'level' });
    expect(level.aggregation).toBe('level');
    expect(level.forecast!.median).toBeLessThan(6);
  });

  it('quarterly revenue with seasonality and daily sign-ups assess without trouble', () => {
    const q = series(
      Array.from({ length: 27 }, (_, i) =>
        Math.round(1e6 * (1 + 0.02 * i) * (1 + 0.2 * Math.sin((i * Math.PI) / 2)) * (1 + 0.03 * rng.normal())),
      ),
      'quarter',
      '2020-01-01',
    );
    const quarterly = both({ history: q, target: 2.5e6, deadline: '2027-06-30', today: TODAY, direction: 'increase' });
    expect(quarterly.period).toBe('quarter');
    const daily = series(
      Array.from({ length: 366 }, () => rng.poisson(8)),
      'day',
      '2025-11-26',
    );
    const level = both({ history: daily, target: 10, deadline: '2026-12-31', today: TODAY });
    expect(level.period).toBe('day');
    const total = both({ history: daily, target: 300, deadline: '2026-12-31', today: TODAY, aggregation: 'total' });
    expect(total.horizon).toBe(35);
    expect(total.forecast!.median).toBeGreaterThan(240);
    expect(total.forecast!.median).toBeLessThan(320);
  });
});

describe('awkward histories', () => {
  const rng = generator(777);
  const rates = Array.from({ length: 30 }, () => Math.round((0.27 + 0.03 * rng.normal()) * 1000) / 1000);
  const clean = series(rates, 'week', '2026-05-04');
  const input = { deadline: '2026-12-31', today: TODAY, target: 0.3 };

  it('one typo (95 % in a column of 27 %) moves neither the forecast nor the suggested target much', () => {
    const typo = clean.map((p, i) => (i === 20 ? { ...p, value: 0.95 } : p));
    const a = both({ ...input, history: clean });
    const b = both({ ...input, history: typo });
    expect(Math.abs(b.forecast!.median - a.forecast!.median)).toBeLessThan(0.01);
    expect(b.forecast!.high - b.forecast!.low).toBeLessThan(1.5 * (a.forecast!.high - a.forecast!.low));
    expect(b.suggestedTarget!).toBeLessThan(0.5);
    expect(b.verdict).toBe(a.verdict);
  });

  it('a December peak every year is seasonality, not a typo: next December is forecast high', () => {
    const months = Array.from({ length: 36 }, (_, i) => (i % 12 === 0 ? 150_000 : 100_000) * (1 + 0.01 * rng.normal()));
    const history = series(
      months.map((v) => Math.round(v)),
      'month',
      '2023-12-01',
    ).slice(1); // January 2024 … November 2026
    const december = both({ history, target: 140_000, deadline: '2026-12-31', today: TODAY, direction: 'increase' });
    expect(december.forecast!.median).toBeGreaterThan(130_000);
    const january = both({ history, target: 140_000, deadline: '2027-01-31', today: TODAY, direction: 'increase' });
    expect(january.forecast!.median).toBeLessThan(115_000);
  });

  it('a lasting level shift is followed', () => {
    const shifted = clean.map((p, i) => (i >= 20 ? { ...p, value: p.value + 0.15 } : p));
    const a = both({ ...input, history: shifted, target: 0.42 });
    expect(a.forecast!.median).toBeGreaterThan(0.35);
  });

  it('constant histories: keeping the value is on track, a small step is possible, a big one is not', () => {
    const flat = series([5, 5, 5, 5, 5, 5, 5, 5], 'week', '2026-09-07');
    expect(both({ ...input, history: flat, target: 5 }).verdict).toBe('on-track');
    const six = both({ ...input, history: flat, target: 6 });
    expect(six.probability!).toBeGreaterThan(0);
    expect(both({ ...input, history: flat, target: 20 }).verdict).toBe('unrealistic');
    const flatRate = series([0.25, 0.25, 0.25, 0.25], 'week', '2026-10-26');
    expect(both({ ...input, history: flatRate, target: 0.25 }).verdict).toBe('on-track');
    expect(both({ ...input, history: flatRate, target: 0.6 }).verdict).toBe('unrealistic');
  });

  it('all zeros: one meeting is not certain, and never a NaN', () => {
    const zeros = series(new Array<number>(11).fill(0), 'week', '2026-09-07');
    const level = both({ ...input, history: zeros, target: 1 });
    expect(level.probability!).toBeLessThan(0.5);
    const total = both({ ...input, history: zeros, target: 1, aggregation: 'total' });
    expect(total.probability!).toBeLessThan(0.5);
  });

  it('negative values (net margin) and huge values (1e9) give consistent answers', () => {
    const margin = series(
      [-0.02, 0.01, -0.03, 0.02, 0, -0.01, 0.03, 0.02, 0.01, -0.02, 0.04, 0.03, 0.05, 0.02, 0.04, 0.03, 0.06, 0.05],
      'month',
      '2025-06-01',
    );
    const m = both({ ...input, history: margin, target: 0.1, direction: 'increase' });
    expect(m.kind).toBe('real');
    const small = series(
      Array.from({ length: 24 }, (_, i) => 100 + 3 * i + 2 * rng.normal()),
      'month',
      '2024-12-01',
    );
    const huge = small.map((p) => ({ ...p, value: p.value * 1e9 }));
    const a = both({ ...input, history: small, target: 180 });
    const b = both({ ...input, history: huge, target: 180e9 });
    expect(b.probability!).toBeCloseTo(a.probability!, 6);
    expect(b.verdict).toBe(a.verdict);
  });

  it('six daily points of 1e9 with a typo, forecast two years ahead: wide but finite, the typo ignored', () => {
    const history = series([7.3e8, 7.9e8, 8.1e9, 7.5e8, 7.2e8, 7.8e8], 'day', '2020-01-06');
    const a = both({ history, target: 9e8, deadline: '2021-10-03', today: '2020-01-11' });
    expect(a.forecast!.median).toBeGreaterThan(1e8);
    expect(a.forecast!.median).toBeLessThan(5e9);
    expect(a.forecast!.high).toBeLessThan(1e15);
  });

  it('3 points assess with a wide interval, 2 points are insufficient data (with the pace still given)', () => {
    const three = both({ ...input, history: series([0.24, 0.26, 0.25], 'week', '2026-11-02'), deadline: '2026-12-03' });
    expect(three.verdict).not.toBe('insufficient-data');
    expect(three.forecast!.high - three.forecast!.low).toBeGreaterThan(0.05);
    const two = both({ ...input, history: series([0.24, 0.26], 'week', '2026-11-09'), deadline: '2026-12-03' });
    expect(two.verdict).toBe('insufficient-data');
    expect(two.probability).toBeNull();
  });

  it('a total adds rows sharing a date (one row per deal), a level averages them', () => {
    const weeks = series([4, 6, 5, 7, 5, 6, 4, 6], 'week', '2026-09-28');
    const perDeal = weeks.flatMap((p) => Array.from({ length: p.value }, () => ({ date: p.date, value: 1 })));
    const base = { target: 30, deadline: '2026-12-31', today: TODAY, aggregation: 'total' as const };
    const fromLog = both({ ...base, history: perDeal });
    const fromWeeks = both({ ...base, history: weeks });
    expect(fromLog.probability).toBe(fromWeeks.probability);
    expect(fromLog.latest).toBe(6);
    const level = both({ ...base, aggregation: 'level', target: 2, history: perDeal });
    expect(level.latest).toBe(1);
  });

  it('unsorted and duplicated rows give the same answer as the clean history', () => {
    const shuffled = [...clean].reverse();
    const a = both({ ...input, history: clean });
    const b = both({ ...input, history: [...shuffled, clean[5]] });
    expect(b.probability).toBe(a.probability);
  });

  it('deadline today, inside the last observed period, or three years away', () => {
    const lastDate = clean[clean.length - 1].date;
    const known = both({ ...input, history: clean, deadline: addDays(lastDate, 3), today: addDays(lastDate, 1) });
    expect(known.horizon).toBe(0);
    expect([0, 1]).toContain(known.probability);
    const todayDeadline = both({ ...input, history: clean, deadline: TODAY });
    expect(todayDeadline.probability).not.toBeNull();
    const far = both({ ...input, history: clean, deadline: '2029-11-30' });
    expect(far.horizon).toBeGreaterThan(150);
  });

  it('a target equal to the latest value is neither certain nor impossible', () => {
    const latest = clean[clean.length - 1].value;
    const a = both({ ...input, history: clean, target: latest });
    expect(a.probability!).toBeGreaterThan(0.05);
    expect(a.probability!).toBeLessThan(0.95);
  });

  it('a stated baseline gives the direction: "from 5 % to 4 %" is a decrease even if the last months dipped below 4 %', () => {
    const churn = series([0.05, 0.049, 0.048, 0.039, 0.038, 0.037], 'month', '2026-05-01');
    expect(both({ ...input, history: churn, target: 0.04, baseline: 0.05 }).direction).toBe('decrease');
    expect(both({ ...input, history: churn, target: 0.04 }).direction).toBe('increase');
  });

  it('one lucky last week does not turn "reach 30 %" into a lower-is-better goal', () => {
    const lucky = series([0.26, 0.27, 0.25, 0.26, 0.27, 0.33], 'week', '2026-10-19');
    const a = both({ ...input, history: lucky, deadline: '2026-12-07' });
    expect(a.direction).toBe('increase');
  });
});

describe("the article's example around 25 % (three weekly points, target next week)", () => {
  const shapes = [
    [-0.01, 0.01, 0],
    [0, 0, 0],
    [0.01, -0.01, 0],
    [-0.02, 0, 0.02],
    [0.02, 0, -0.02],
  ];
  it.each([0.23, 0.24, 0.25, 0.26, 0.27])('history around %p: 30 % realistic or stretch, 50 % unrealistic, any weekday', (level) => {
    for (const shape of shapes) {
      for (const start of ['2026-11-02', '2026-11-05']) {
        const history = shape.map((d, i) => ({ date: addDays(start, 7 * i), value: Math.round((level + d) * 1000) / 1000 }));
        for (let weekday = 0; weekday < 7; weekday++) {
          const today = addDays(history[2].date, weekday);
          const deadline = addDays(today, 7);
          expect(['realistic', 'stretch']).toContain(both({ history, target: 0.3, deadline, today }).verdict);
          expect(both({ history, target: 0.5, deadline, today }).verdict).toBe('unrealistic');
        }
      }
    }
  });
});
