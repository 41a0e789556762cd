/**
 * Verdicts that tell one story (issue 11): the words agree with the numbers, a stretch says both facts
 * (not at the current pace, but done before or within an allowance that scales with volatility and
 * horizon), and the order of verdicts follows the target.
 */
import { DEFAULT_POLICY, achievableCriterion, assess, chanceText, stretchAllowanceFor, type AssessInput } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { KpiPoint, Period, Verdict } from '../../../src/core/types';

const ORDER: Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic'];

function dated(values: number[], period: Period): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods('2024-01-01', period, i), value }));
}

function families(): Array<{ name: string; history: KpiPoint[]; period: Period }> {
  const out: Array<{ name: string; history: KpiPoint[]; period: Period }> = [];
  for (let seed = 1; seed <= 3; seed++) {
    const n = normalSampler(mulberry32(seed));
    const mrr = [20_000];
    for (let i = 1; i < 24; i++) mrr.push(mrr[i - 1] + 300 + 600 * n());
    out.push({ name: `mrr-${seed}`, history: dated(mrr, 'month'), period: 'month' });
    const rate = Array.from({ length: 30 }, () => 0.25 + 0.015 * n());
    out.push({ name: `rate-${seed}`, history: dated(rate, 'week'), period: 'week' });
    const counts = Array.from({ length: 26 }, () => Math.max(0, Math.round(12 + 3 * n())));
    out.push({ name: `counts-${seed}`, history: dated(counts, 'week'), period: 'week' });
  }
  return out;
}

describe('verdict properties', () => {
  const policy = DEFAULT_POLICY;
  it.each(families().map((c) => [c.name, c] as const))('a harder target never gets a better verdict; each verdict matches its numbers (%s)', (_n, c) => {
    const last = c.history[c.history.length - 1];
    for (const aggregation of ['level', 'total'] as const) {
      for (const horizon of [1, 4, 12]) {
        const base: Omit<AssessInput, 'target'> = { history: c.history, deadline: addPeriods(last.date, c.period, horizon), today: last.date, direction: 'increase', aggregation };
        const scale = aggregation === 'total' ? Math.abs(last.value) * horizon : Math.abs(last.value);
        let previous = 0;
        for (let k = 0; k <= 40; k++) {
          const target = scale * (0.6 + 0.05 * k);
          const a = assess({ ...base, target }, 'en');
          const rank = ORDER.indexOf(a.verdict);
          expect(rank).toBeGreaterThanOrEqual(previous);
          previous = rank;
          const p = a.probability!;
          if (a.verdict === 'on-track') expect(p).toBeGreaterThanOrEqual(policy.onTrackProbability);
          if (a.verdict === 'realistic') expect(p).toBeGreaterThanOrEqual(policy.realisticProbability);
          if (a.verdict === 'stretch' || a.verdict === 'unrealistic') expect(p).toBeLessThan(policy.realisticProbability);
          if (a.verdict === 'stretch') {
            // Within the suggestion (the most ambitious achievable target), and says why in words.
            // (the suggestion is rounded toward the status quo by at most 1 %)
            expect(target).toBeLessThanOrEqual(a.suggestedTarget! + 0.011 * Math.abs(a.suggestedTarget!) + 1e-9);
            expect(a.reasons[0]).toMatch(/^Stretch — not at the current pace \(.+ chance\), but (your team did|within the stretch allowance)/);
            expect(achievableCriterion(a, 'en').status).toBe('warn');
          }
          if (a.verdict === 'unrealistic') {
            expect(target).toBeGreaterThan(a.suggestedTarget!);
            expect(achievableCriterion(a, 'en').status).toBe('fail');
          }
          if (a.verdict === 'on-track' || a.verdict === 'realistic') expect(achievableCriterion(a, 'en').status).toBe('pass');
        }
      }
    }
  });

  it.each(families().map((c) => [c.name, c] as const))('for a falling target too: a lower target never gets a better verdict (%s)', (_n, c) => {
    const last = c.history[c.history.length - 1];
    for (const horizon of [1, 6]) {
      const base: Omit<AssessInput, 'target'> = { history: c.history, deadline: addPeriods(last.date, c.period, horizon), today: last.date, direction: 'decrease' };
      let previous = 0;
      for (let k = 0; k <= 30; k++) {
        const a = assess({ ...base, target: Math.abs(last.value) * (1.4 - 0.04 * k) }, 'en');
        expect(ORDER.indexOf(a.verdict)).toBeGreaterThanOrEqual(previous);
        previous = ORDER.indexOf(a.verdict);
        if (a.verdict === 'stretch') expect(a.probability!).toBeLessThan(DEFAULT_POLICY.realisticProbability);
      }
    }
  });
});

describe('the stretch allowance scales with volatility and horizon', () => {
  it('is one more half-range beyond the 80 % range by default, capped by the share of the median', () => {
    expect(stretchAllowanceFor(0.2, { median: 100, low: 90, high: 110 }, false)).toBeCloseTo(10, 12);
    expect(stretchAllowanceFor(0.2, { median: 100, low: 40, high: 160 }, false)).toBeCloseTo(20, 12);
    expect(stretchAllowanceFor(0.2, { median: 100, low: 95, high: 130 }, true)).toBeCloseTo(5, 12);
    expect(stretchAllowanceFor(0, { median: 100, low: 90, high: 110 }, false)).toBe(0);
  });

  it('a calm KPI gets a smaller allowance than a volatile one, and a farther deadline a larger one', () => {
    const n = normalSampler(mulberry32(7));
    const walk = (step: number): KpiPoint[] => {
      const v = [100];
      for (let i = 1; i < 30; i++) v.push(v[i - 1] + step * n());
      return dated(v, 'week');
    };
    const allowance = (history: KpiPoint[], horizon: number): number => {
      const last = history[history.length - 1];
      const a = assess({ history, target: last.value * 1.1, deadline: addPeriods(last.date, 'week', horizon), today: last.date }, 'en');
      return stretchAllowanceFor(DEFAULT_POLICY.stretchAllowance, a.forecast!, false);
    };
    const calm = walk(0.3);
    const wild = walk(3);
    expect(allowance(calm, 2)).toBeLessThan(allowance(wild, 2));
    expect(allowance(calm, 2)).toBeLessThan(allowance(calm, 12));
  });
});

describe('a stretch says both facts, in English and French', () => {
  // Flat close rate, except a month-long campaign that lifted it by 5 pts in one week (4.9 once smoothed).
  const values = [0.25, 0.248, 0.251, 0.25, 0.302, 0.3, 0.301, 0.299, 0.25, 0.251, 0.249, 0.25, 0.252, 0.25, 0.249, 0.251, 0.25];
  const history = dated(values, 'week');
  const last = history[history.length - 1].date;
  const input: AssessInput = { history, target: 0.29, deadline: addPeriods(last, 'week', 1), today: last };

  it('not at the current pace, but the team did it before', () => {
    const en = assess(input, 'en');
    expect(en.verdict).toBe('stretch');
    expect(en.probability!).toBeLessThan(DEFAULT_POLICY.realisticProbability);
    const chance = chanceText(en.probability!, 'en');
    expect(en.reasons[0]).toBe(`Stretch — not at the current pace (${chance} chance), but your team did +4.9\u00a0pts in 1 week before.`);
    const criterion = achievableCriterion(en, 'en');
    expect(criterion.status).toBe('warn');
    expect(criterion.message).toContain(`${chance} chance`);
    const fr = assess(input, 'fr');
    expect(fr.reasons[0]).toBe(`Ambitieux\u00a0— pas au rythme actuel (${chanceText(en.probability!, 'fr')} de chances), mais votre équipe a déjà fait +4,9\u00a0points en 1 semaine.`);
  });
});
