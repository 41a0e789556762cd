/**
 * Issue 13, coverage made honest: where the win rate comes from (a win-rate series, won and lost
 * history, deals won ÷ opportunities, else the close rate — and the sentence says which), a window
 * that follows the sales cycle, the sales cycle itself (Settings, a series, Little's law), the share
 * of today's pipeline that closes by the deadline, and capacity's healthy band.
 */
import { addPeriods } from '../../../src/core/dates';
import { capacityBand, closingShare, cycleWindow, findSalesCycle, findWinRate, planGoal, type GoalPlan, type GoalPlanInput, type NamedSeries } from '../../../src/core/drivers';
import type { KpiPoint, Period } from '../../../src/core/types';

const TODAY = '2026-11-26';
const weeks = Array.from({ length: 60 }, (_, w) => addPeriods('2025-10-06', 'week', w)).filter((d) => d <= TODAY);
const weekly = (f: (w: number) => number): KpiPoint[] => weeks.map((date, w) => ({ date, value: f(w) }));

function s(key: string, catalogId: string | null, points: KpiPoint[], period: Period = 'week'): NamedSeries {
  const [sheetName, name] = key.includes('!') ? key.split('!') : [key, key];
  return { key, name, sheetName, catalogId, points, period, aggregation: null };
}

// The close rate drifts down over the year: 30 % a year ago, 20 % now (the last weeks say 20 %).
const CLOSE = s('Close rate', 'close_rate', weekly((w) => 0.3 - (0.1 * w) / (weeks.length - 1)));
const PIPELINE = s('Pipeline!Pipeline value', 'pipeline_value', weekly(() => 400_000));

describe('the win rate and where it came from', () => {
  it('falls back to the close rate, over the last 3 readings without a cycle, over the last cycle with one', () => {
    const three = findWinRate([CLOSE, PIPELINE], null)!;
    expect(three).toMatchObject({ source: 'closeRate', keys: ['Close rate'], readings: 3, period: 'week', lagged: false });
    expect(three.rate).toBeCloseTo((CLOSE.points.slice(-3).reduce((a, p) => a + p.value, 0)) / 3, 12);
    const quarter = findWinRate([CLOSE, PIPELINE], 91)!;
    expect(quarter.readings).toBe(13);
    expect(quarter.rate).toBeGreaterThan(three.rate);
    // A cycle shorter than 3 readings still averages 3.
    expect(cycleWindow(CLOSE.points, 7)).toHaveLength(3);
    expect(cycleWindow([], 30)).toEqual([]);
  });

  it('prefers a series that is a win rate by its name (the catalog files it under close_rate too)', () => {
    const win = s('Win rate', 'close_rate', weekly(() => 0.31));
    const fr = s('Taux de transformation des opportunités', 'conversion_rate', weekly(() => 0.28));
    expect(findWinRate([CLOSE, win], null)).toMatchObject({ source: 'named', keys: ['Win rate'], rate: 0.31 });
    expect(findWinRate([CLOSE, fr], null)).toMatchObject({ source: 'named', keys: ['Taux de transformation des opportunités'], names: ['Taux de transformation des opportunités'] });
    // Named by its tab ("Win rate" tab, "Value" column): the sentence names the tab.
    expect(findWinRate([CLOSE, s('Win rate!Value', 'close_rate', weekly(() => 0.3))], null)).toMatchObject({ source: 'named', names: ['Win rate'] });
    expect(findWinRate([CLOSE, fr], null)!.rate).toBeCloseTo(0.28, 12);
  });

  it('computes won ÷ (won + lost) from their history, else deals won ÷ opportunities one cycle earlier', () => {
    const won = s('Deals!Value won', null, weekly(() => 30_000));
    const lost = s('Deals!Value lost', null, weekly(() => 90_000));
    expect(findWinRate([CLOSE, won, lost], null)).toMatchObject({ source: 'wonLost', keys: ['Deals!Value won', 'Deals!Value lost'], rate: 0.25 });
    expect(findWinRate([CLOSE, s('Affaires gagnées', 'deals_closed', weekly(() => 3)), s('Affaires perdues', null, weekly(() => 9))], null)).toMatchObject({ source: 'wonLost', rate: 0.25 });
    // Lost customers (churn) are not lost deals: no pair, so the close rate.
    expect(findWinRate([CLOSE, s('Deals won', 'deals_closed', weekly(() => 3)), s('Churn!Customers lost', null, weekly(() => 9))], null)?.source).toBe('closeRate');
    // Opportunities grow by 1 a week; deals won are a fifth of the opportunities opened 4 weeks before them.
    const opportunities = s('Opportunities', 'funnel_throughput', weekly((w) => 50 + w));
    const deals = s('Deals won', 'deals_closed', weekly((w) => (50 + Math.max(0, w - 4)) / 5));
    const lagged = findWinRate([CLOSE, deals, opportunities], 28)!;
    expect(lagged).toMatchObject({ source: 'wonOpportunities', keys: ['Deals won', 'Opportunities'], lagged: true, readings: 4 });
    expect(lagged.rate).toBeCloseTo(0.2, 12);
    const same = findWinRate([CLOSE, deals, opportunities], null)!;
    expect(same.lagged).toBe(false);
    expect(same.rate).toBeLessThan(0.2);
    // More deals than opportunities: the two do not count the same deals, so the close rate is used.
    expect(findWinRate([CLOSE, s('Deals won', 'deals_closed', weekly(() => 500)), opportunities], null)?.source).toBe('closeRate');
    expect(findWinRate([PIPELINE], null)).toBeNull();
  });
});

describe('the sales cycle', () => {
  it('comes from the Settings, else a series named so, else Little’s law, else nothing', () => {
    expect(findSalesCycle([CLOSE, PIPELINE], 60, PIPELINE)).toEqual({ days: 60, source: 'settings', key: null });
    const named = s('Sales cycle (days)', null, weekly(() => 45));
    expect(findSalesCycle([CLOSE, PIPELINE, named], null, PIPELINE)).toEqual({ days: 45, source: 'series', key: 'Sales cycle (days)' });
    // 400,000 open × 20 % won ÷ (4 deals a week × 5,000 ÷ 7 days) = 28 days.
    const deals = s('Deals won', 'deals_closed', weekly(() => 4));
    const size = s('Average deal size', 'average_deal_size', weekly(() => 5_000));
    const estimate = findSalesCycle([CLOSE, PIPELINE, deals, size], null, PIPELINE)!;
    expect(estimate.source).toBe('estimate');
    expect(estimate.days).toBe(Math.round((400_000 * findWinRate([CLOSE], null)!.rate) / ((4 * 5_000) / 7)));
    expect(findSalesCycle([CLOSE, PIPELINE], null, PIPELINE)).toBeNull();
    // Out of 1–730 days: not a cycle.
    expect(findSalesCycle([CLOSE, PIPELINE, s('Cycle de vente', null, weekly(() => 5000))], null, PIPELINE)).toBeNull();
  });

  it('counts the share of the pipeline that closes by the deadline', () => {
    expect(closingShare(TODAY, '2027-01-25', null)).toBe(1);
    expect(closingShare(TODAY, '2027-01-25', { days: 120, source: 'settings', key: null })).toBeCloseTo(60 / 120, 12);
    expect(closingShare(TODAY, '2027-06-30', { days: 120, source: 'settings', key: null })).toBe(1);
  });
});

describe('capacity’s healthy band', () => {
  it('is short below 1×, tight up to the threshold, healthy from it', () => {
    expect([0.99, 1, 1.19, 1.2, 1.35].map((r) => capacityBand(r))).toEqual(['short', 'tight', 'tight', 'healthy', 'healthy']);
    expect(capacityBand(1.3, 1.35)).toBe('tight');
  });
});

describe('in the plan’s sentences', () => {
  const deals = s('Deals won', 'deals_closed', weekly((w) => 4 + (w % 3)));
  const size = s('Average deal size', 'average_deal_size', weekly((w) => 5_000 + 100 * (w % 4)));
  const SERIES = [CLOSE, PIPELINE, deals, size];
  const goal: GoalPlanInput = { kpiId: 'deals_closed', seriesKey: 'Deals won', target: 40, start: TODAY, deadline: '2027-01-07', direction: 'increase', aggregation: 'total', unit: 'count', currency: null, levers: [] };
  const plan = (lang: 'en' | 'fr', salesCycleDays: number | null): GoalPlan => {
    const p = planGoal({ ...goal, kpiId: 'revenue', seriesKey: null, target: 200_000, unit: 'currency', currency: 'USD' }, { series: SERIES, formulas: [], today: TODAY, lang, salesCycleDays });
    if (!p || 'problem' in p) throw new Error(`no plan: ${JSON.stringify(p)}`);
    return p;
  };

  it('say the win rate’s source and window, and flag a deadline shorter than the sales cycle, in English and French', () => {
    // 42 days left, a 120-day cycle: 35 % of today's pipeline closes by then.
    const en = plan('en', 120);
    expect(en.coverage?.closingShare).toBeCloseTo(42 / 120, 12);
    expect(en.coverageText).toMatch(/^Pipeline coverage( is low)?: \$400,000 × 35% closing by the deadline × 2\d% win rate \(from Close rate, last 18 weeks\) = \d+% of the remaining \$200,000/);
    expect(en.coverageText).toMatch(/ Sales cycle 120 days \(Settings\) but the deadline is 42 days away: most of today’s pipeline will not close before the deadline \(about 35% will\)\.$/);
    const fr = plan('fr', 120);
    expect(fr.coverageText).toMatch(/^Couverture du pipeline( faible)?\u202f: 400\u202f000\u00a0\$ × 35\u202f% conclus d’ici l’échéance × 2\d\u202f% de taux de gain \(d’après Taux de conclusion, 18 dernières semaines\) = /);
    expect(fr.coverageText).toMatch(/ Cycle de vente de 120\u00a0jours \(Paramètres\) mais échéance dans 42\u00a0jours\u202f: l’essentiel du pipeline d’aujourd’hui ne se conclura pas avant l’échéance \(environ 35\u202f%\)\.$/);
    // A 60-day cycle: 70 % closes ("only"); a 30-day one: all of it.
    expect(plan('en', 60).coverageText).toMatch(/Sales cycle 60 days \(Settings\) but the deadline is 42 days away: only 70% of today’s pipeline is expected to close by then\.$/);
    expect(plan('en', 30).coverageText).toMatch(/ × 2\d% win rate \(from Close rate, last 5 weeks\) = .* Sales cycle 30 days \(Settings\): the deadline is 42 days away, so all of today’s pipeline can close by then\.$/);
    // Without Settings, estimated from the pipeline and deals won × deal size (Little's law), and said so.
    expect(plan('en', null).coverageText).toMatch(/ Sales cycle \d+ days \(estimated as Pipeline value × win rate ÷ value won per day\)/);
    // Counting less pipeline never raises coverage.
    expect(plan('en', 120).coverage!.ratio!).toBeLessThan(plan('en', 30).coverage!.ratio!);
  });
});

describe('review fixes: won and lost of one thing, a cycle in its header unit', () => {
  const withUnit = (series: NamedSeries, unit: 'currency' | 'count'): NamedSeries => ({ ...series, unit });

  it('pairs value won with value lost and deals won with deals lost, never money with counts', () => {
    const valueWon = withUnit(s('Deals!Value won', null, weekly(() => 30_000)), 'currency');
    const dealsWon = withUnit(s('Deals!Deals won', 'deals_closed', weekly(() => 3)), 'count');
    const dealsLost = withUnit(s('Deals!Deals lost', null, weekly(() => 9)), 'count');
    const valueLost = withUnit(s('Deals!Value lost', null, weekly(() => 90_000)), 'currency');
    const rate = findWinRate([valueWon, dealsWon, dealsLost, valueLost], null)!;
    expect(rate.source).toBe('wonLost');
    expect(rate.rate).toBeCloseTo(0.25, 12);
    expect([...rate.names].sort()).toEqual(rate.names[0] === 'Value won' ? ['Value lost', 'Value won'] : ['Deals lost', 'Deals won']);
  });

  it('does not read customers won and lost (acquisition and churn) as deals won and lost', () => {
    const won = withUnit(s('Customers!Customers won', null, weekly(() => 12)), 'count');
    const lost = withUnit(s('Customers!Customers lost', null, weekly(() => 4)), 'count');
    expect(findWinRate([won, lost, CLOSE], null)?.source).toBe('closeRate');
  });

  it('reads a sales cycle in the unit its header names, and the column that names it on a tab named so', () => {
    const months = s('Sales cycle (months)', null, weekly(() => 4), 'month');
    expect(findSalesCycle([months], null, null)).toMatchObject({ days: Math.round(4 * 30.436875), source: 'series' });
    const semaines = s('Cycle de vente (semaines)', null, weekly(() => 10));
    expect(findSalesCycle([semaines], null, null)).toMatchObject({ days: 70, source: 'series' });
    const inStage = withUnit(s('Sales cycle!Deals in stage', null, weekly(() => 12)), 'count');
    const daysToClose = s('Sales cycle!Days to close', null, weekly(() => 45));
    expect(findSalesCycle([inStage, daysToClose], null, null)).toMatchObject({ days: 45, key: 'Sales cycle!Days to close' });
  });
});
