/**
 * perf66 (issue 11's lead (4)): SMARTSCORE with a KPI history reads only the Achievable criterion's status, so it takes it
 * from `achievableStatus` — the one verdict-to-status mapping, which `achievableCriterion` now reads too — instead of
 * writing the criterion's message and suggestion (and, for a goal with no target, judge's rewrite) for each question and
 * throwing them away. This checks the mapping against the statuses as achievableCriterion's branches wrote them before
 * it was split out (EXPECTED), on real assessments of every verdict and on the assessments without a verdict
 * (insufficient data; a rate target outside 0–100 %, which fails; a window the tab cannot measure). (mend66p: the
 * comparison with `achievableCriterion(a, lang).status` holds by construction — it calls achievableStatus — and guards
 * only against a future copy of the mapping; SMARTSCORE against Check goals is held through the bundle by
 * test/gas/mend66p-smartscore-status.test.ts, FR/EN, and review31-formulas' (2).)
 */
import { achievableCriterion, achievableStatus, assess, type Assessment } from '../../../src/core/achievability';
import { addPeriods } from '../../../src/core/dates';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import type { KpiPoint, Verdict } from '../../../src/core/types';

const n = normalSampler(mulberry32(66));
const weekly: KpiPoint[] = Array.from({ length: 30 }, (_, i) => ({ date: addPeriods('2026-01-05', 'week', i), value: 0.25 + 0.015 * n() }));
const last = weekly[weekly.length - 1];

/** Assessments of a rate's level over 1, 4 and 12 weeks, targets from far below to far above it, rising and falling. */
function assessments(): Assessment[] {
  const out: Assessment[] = [];
  for (const direction of ['increase', 'decrease'] as const) {
    for (const horizon of [1, 4, 12]) {
      for (let k = 0; k <= 30; k++) {
        const target = direction === 'increase' ? 0.2 + 0.01 * k : 0.3 - 0.01 * k;
        out.push(assess({ history: weekly, target, deadline: addPeriods(last.date, 'week', horizon), today: last.date, direction, aggregation: 'level' }, 'en'));
      }
    }
  }
  // No verdict: too short a history; a rate target of 140 % (out of range).
  out.push(assess({ history: weekly.slice(0, 2), target: 0.3, deadline: addPeriods(last.date, 'week', 4), today: last.date, direction: 'increase', aggregation: 'level' }, 'en'));
  out.push(assess({ history: weekly, target: 1.4, deadline: addPeriods(last.date, 'week', 4), today: last.date, direction: 'increase', aggregation: 'level', bounded: true }, 'en'));
  return out;
}

const EXPECTED: Record<Verdict, string> = { 'on-track': 'pass', realistic: 'pass', stretch: 'warn', unrealistic: 'fail', 'insufficient-data': 'unknown' };

describe('perf66: achievableStatus maps each verdict as achievableCriterion’s branches did', () => {
  const all = assessments();

  it('on every verdict, FR and EN', () => {
    const seen = new Set<Verdict>();
    for (const a of all) {
      seen.add(a.verdict);
      // The mapping as it was written in achievableCriterion's branches before it was split out.
      expect(achievableStatus(a)).toBe(a.outOfRange ? 'fail' : EXPECTED[a.verdict]);
      // (True by construction today: achievableCriterion reads achievableStatus. A guard against its mapping being copied back.)
      for (const lang of ['en', 'fr'] as const) expect(achievableStatus(a)).toBe(achievableCriterion(a, lang).status);
    }
    // The assessments reach every verdict (a mapping checked on fewer would prove less).
    expect([...seen].sort()).toEqual(['insufficient-data', 'on-track', 'realistic', 'stretch', 'unrealistic']);
  });

  it('a verdict-less assessment: out of range fails, a window the tab cannot measure or missing data is unknown', () => {
    const none = all.find((a) => a.verdict === 'insufficient-data')!;
    for (const variant of [{ ...none, outOfRange: true }, { ...none, outOfRange: false, partialWindow: true }, { ...none, outOfRange: false }] as Assessment[]) {
      for (const lang of ['en', 'fr'] as const) expect(achievableStatus(variant)).toBe(achievableCriterion(variant, lang).status);
    }
    expect(achievableStatus({ ...none, outOfRange: true })).toBe('fail');
    expect(achievableStatus({ ...none, outOfRange: false })).toBe('unknown');
  });
});
