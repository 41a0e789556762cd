/**
 * Properties the status-quo probability must have whatever the data, checked
 * on seeded series of every family: monotone in the target and (for a rising
 * KPI) in the deadline, invariant to the unit and to the order of the rows.
 */
import { assess, type AssessInput } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { KpiPoint, Period } from '../../../src/core/types';

function dated(values: number[], period: Period): KpiPoint[] {
  return values.map((value, i) => ({ date: addPeriods('2024-01-01', period, i), value }));
}

interface Case {
  name: string;
  history: KpiPoint[];
  period: Period;
}

function cases(): Case[] {
  const out: Case[] = [];
  for (let seed = 1; seed <= 4; seed++) {
    const u = mulberry32(seed);
    const n = normalSampler(u);
    const mrr = [20_000 + 1000 * seed];
    for (let i = 1; i < 30; i++) mrr.push(mrr[i - 1] + 300 + 600 * n());
    out.push({ name: `mrr-${seed}`, history: dated(mrr, 'month'), period: 'month' });
    const revenue = [5000.5];
    for (let i = 1; i < 36; i++) revenue.push(revenue[i - 1] * Math.exp(0.02 + 0.05 * n()));
    out.push({ name: `revenue-${seed}`, history: dated(revenue, 'month'), period: 'month' });
    let z = 0;
    const rate = Array.from({ length: 20 + 10 * seed }, () => {
      z = 0.6 * z + 0.25 * n();
      return 1 / (1 + Math.exp(-(-1 + z)));
    });
    out.push({ name: `close-rate-${seed}`, history: dated(rate, 'week'), period: 'week' });
    const short = [0.24 + 0.01 * seed, 0.26, 0.25 + 0.005 * seed];
    out.push({ name: `short-${seed}`, history: dated(short, 'week'), period: 'week' });
  }
  return out;
}

function inputFor(c: Case, target: number, horizon: number): AssessInput {
  const last = c.history[c.history.length - 1].date;
  return { history: c.history, target, deadline: addPeriods(last, c.period, horizon), today: last, direction: 'increase' };
}

describe('probability properties', () => {
  it.each(cases().map((c) => [c.name, c] as const))('never rises when the target gets harder (%s)', (_name, c) => {
    const latest = c.history[c.history.length - 1].value;
    for (const direction of ['increase', 'decrease'] as const) {
      let previous = Infinity;
      for (let k = -20; k <= 20; k++) {
        const step = direction === 'increase' ? k : -k;
        const target = latest * (1 + 0.02 * step);
        const p = assess({ ...inputFor(c, target, 4), direction }, 'en').probability!;
        expect(p).toBeLessThanOrEqual(previous + 1e-12);
        previous = p;
      }
    }
  });

  it.each(
    cases()
      .filter((c) => !c.name.startsWith('close-rate'))
      .map((c) => [c.name, c] as const),
  )('never falls when the deadline moves later on a rising KPI (%s)', (_name, raw) => {
    // Make the KPI clearly rising: add a steady upward trend to the history.
    const c = { ...raw, history: raw.history.map((p, i) => ({ ...p, value: p.value * (1 + 0.03 * i) })) };
    const latest = c.history[c.history.length - 1].value;
    for (const uplift of [0.05, 0.2, 0.5]) {
      let previous = -Infinity;
      for (let horizon = 1; horizon <= 24; horizon++) {
        const p = assess(inputFor(c, latest * (1 + uplift), horizon), 'en').probability!;
        expect(p).toBeGreaterThanOrEqual(previous - 1e-9);
        previous = p;
      }
    }
  });

  it.each(
    cases()
      .filter((c) => !c.name.startsWith('close-rate') && !c.name.startsWith('short'))
      .map((c) => [c.name, c] as const),
  )('is unchanged when the history and the target are scaled by 1,000 (%s)', (_name, c) => {
    const latest = c.history[c.history.length - 1].value;
    const scaled = { ...c, history: c.history.map((p) => ({ ...p, value: p.value * 1000 })) };
    for (const uplift of [-0.1, 0.05, 0.3]) {
      const a = assess(inputFor(c, latest * (1 + uplift), 6), 'en');
      const b = assess(inputFor(scaled, latest * (1 + uplift) * 1000, 6), 'en');
      expect(b.probability!).toBeCloseTo(a.probability!, 9);
      expect(b.verdict).toBe(a.verdict);
      expect(b.forecast!.median / (1000 * a.forecast!.median)).toBeCloseTo(1, 8);
    }
  });

  it.each(cases().map((c) => [c.name, c] as const))('is unchanged when the rows are shuffled (%s)', (_name, c) => {
    const u = mulberry32(99);
    const shuffled = [...c.history];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(u() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const latest = c.history[c.history.length - 1].value;
    const a = assess(inputFor(c, latest * 1.1, 5), 'en');
    const b = assess({ ...inputFor(c, latest * 1.1, 5), history: shuffled }, 'en');
    expect(b).toEqual(a);
  });
});
