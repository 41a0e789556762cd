/**
 * Bottom-up plans (core/drivers): formulas, the joint forecast of drivers and
 * its properties (one driver = its top-down answer; an easier driver or
 * target never lowers P; units do not matter; deterministic), the gap in
 * drivers, capacity, coverage and levers.
 */
import { assess } from '../../../src/core/achievability';
import { addDays, addPeriods } from '../../../src/core/dates';
import {
  attachLevers,
  bottomUpOdds,
  capacityPlan,
  closeTheGap,
  DriverFormulaError,
  identityError,
  parseDriverFormula,
  pipelineCoverage,
  prepareBottomUp,
  resolveFormula,
  standardTree,
  whichToTrust,
  type BottomUpInput,
  type DriverInput,
  type NamedSeries,
  type PreparedBottomUp,
} from '../../../src/core/drivers';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { t } from '../../../src/core/messages';
import type { KpiPoint } from '../../../src/core/types';

const START = '2024-01-01';
const WEEKS = 104;
const TODAY = addPeriods(START, 'week', WEEKS - 1);
const DEADLINE = addDays(TODAY, 7 * 13);

interface Funnel {
  leads: KpiPoint[];
  conversion: KpiPoint[];
  close: KpiPoint[];
  size: KpiPoint[];
  revenue: KpiPoint[];
}

/** A weekly funnel: leads (counts), conversion and close rates, deal size; revenue = their product. */
function funnel(seed: number, scale = 1): Funnel {
  const n = normalSampler(mulberry32(seed));
  const out: Funnel = { leads: [], conversion: [], close: [], size: [], revenue: [] };
  for (let w = 0; w < WEEKS; w++) {
    const date = addPeriods(START, 'week', w);
    const leads = Math.max(0, Math.round(100 + 0.2 * w + 8 * n()));
    const conversion = 0.3 + 0.02 * n();
    const close = 0.25 + 0.02 * n();
    const size = scale * (5000 + 300 * n());
    out.leads.push({ date, value: leads });
    out.conversion.push({ date, value: conversion });
    out.close.push({ date, value: close });
    out.size.push({ date, value: size });
    out.revenue.push({ date, value: leads * conversion * close * size });
  }
  return out;
}

function drivers(f: Funnel): DriverInput[] {
  return [
    { key: 'leads', label: 'Leads', history: f.leads, aggregation: 'total' },
    { key: 'conversion', label: 'Conversion rate', history: f.conversion, aggregation: 'level' },
    { key: 'close', label: 'Close rate', history: f.close, aggregation: 'level' },
    { key: 'size', label: 'Average deal size', history: f.size, aggregation: 'level' },
  ];
}

const TERMS = [['leads', 'conversion', 'close', 'size']];

function prepared(input: Partial<BottomUpInput> & { drivers: DriverInput[] }): PreparedBottomUp {
  const result = prepareBottomUp({ terms: TERMS, deadline: DEADLINE, today: TODAY, ...input });
  if (!result.ok) throw new Error(`not prepared: ${JSON.stringify(result)}`);
  return result;
}

describe('driver formulas', () => {
  it('reads products and sums in English and French, with any multiplication sign', () => {
    expect(parseDriverFormula('Revenue = Leads × Conversion rate × Close rate × Average deal size')).toEqual({
      output: 'Revenue',
      terms: [['Leads', 'Conversion rate', 'Close rate', 'Average deal size']],
    });
    expect(parseDriverFormula("Chiffre d’affaires = Rendez-vous * Taux de conclusion · Panier moyen + Revenu récurrent")).toEqual({
      output: 'Chiffre d’affaires',
      terms: [['Rendez-vous', 'Taux de conclusion', 'Panier moyen'], ['Revenu récurrent']],
    });
    expect(parseDriverFormula('=Deals = Meetings x Close rate').terms).toEqual([['Meetings', 'Close rate']]);
  });

  it('refuses what it cannot read with a message naming the problem', () => {
    const problem = (formula: string): string => {
      try {
        parseDriverFormula(formula);
      } catch (error) {
        if (error instanceof DriverFormulaError) return t('en', error.key, error.params);
      }
      return 'accepted';
    };
    expect(problem('Revenue Leads × Close rate')).toMatch(/needs “=”/);
    expect(problem('Revenue = Leads / Reps')).toBe('Driver formulas use only × and +: “/” is not supported in Revenue = Leads / Reps.');
    expect(problem('Revenue = Leads × × Close rate')).toMatch(/missing/);
    expect(problem('Revenue = Leads - Costs')).toMatch(/“-” is not supported/);
    expect(problem(' = Leads')).toMatch(/needs “=”|missing/);
  });

  it('resolves names against the workbook’s series and names an unknown driver', () => {
    const f = funnel(1);
    const series: NamedSeries[] = [
      { key: 'Leads!Value', name: 'Leads', sheetName: 'Leads', catalogId: 'leads', points: f.leads },
      { key: 'Funnel!Conv', name: 'Conv. %', sheetName: 'Funnel', catalogId: 'conversion_rate', points: f.conversion },
      { key: 'Funnel!Win rate', name: 'Win rate', sheetName: 'Funnel', catalogId: 'close_rate', points: f.close },
      { key: 'Deals!ACV', name: 'ACV', sheetName: 'Deals', catalogId: 'average_deal_size', points: f.size },
    ];
    const tree = resolveFormula(parseDriverFormula('Revenue = Leads × Taux de conversion × Close rate × Panier moyen'), series, KPI_CATALOG);
    expect(tree.terms).toEqual([['Leads!Value', 'Funnel!Conv', 'Funnel!Win rate', 'Deals!ACV']]);
    expect(tree.drivers.map((d) => d.aggregation)).toEqual(['total', 'level', 'level', 'level']);
    try {
      resolveFormula(parseDriverFormula('Revenue = Leads × Marketing budget'), series, KPI_CATALOG);
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(DriverFormulaError);
      expect(t('fr', (error as DriverFormulaError).key, (error as DriverFormulaError).params)).toBe(
        'Inducteur inconnu «\u202fMarketing budget\u202f»\u202f: aucun onglet ni aucune colonne d’indicateur ne porte ce nom.',
      );
    }
    // The standard tree of revenue expands deals into leads × rates when no deals tab exists.
    expect(standardTree('revenue', series)?.terms).toEqual([['Leads!Value', 'Funnel!Conv', 'Funnel!Win rate', 'Deals!ACV']]);
    expect(standardTree('revenue', series.slice(0, 2))).toBeNull();
  });
});

describe('bottom-up odds', () => {
  const f = funnel(3);
  const joint = prepared({ drivers: drivers(f) });
  const median = bottomUpOdds(joint, 0).forecast.median;

  it('gives a probability and an 80 % range that move the right way with the target', () => {
    const targets = [0.8, 0.95, 1, 1.05, 1.2].map((k) => k * median);
    const odds = targets.map((target) => bottomUpOdds(joint, target).probability);
    for (let i = 1; i < odds.length; i++) expect(odds[i]).toBeLessThanOrEqual(odds[i - 1]);
    expect(odds[0]).toBeGreaterThan(0.95);
    expect(odds[2]).toBeGreaterThan(0.4);
    expect(odds[2]).toBeLessThan(0.6);
    expect(odds[4]).toBeLessThan(0.05);
    const { forecast } = bottomUpOdds(joint, median);
    expect(forecast.low).toBeLessThan(forecast.median);
    expect(forecast.high).toBeGreaterThan(forecast.median);
  });

  it('agrees with the top-down reading when revenue is exactly the product of its drivers', () => {
    for (const k of [0.95, 1, 1.05]) {
      const target = k * median;
      const topDown = assess({ history: f.revenue, target, deadline: DEADLINE, today: TODAY, aggregation: 'total', direction: 'increase' }, 'en');
      expect(Math.abs(bottomUpOdds(joint, target).probability - (topDown.probability ?? -1))).toBeLessThan(0.2);
    }
    expect(identityError(f.revenue, TERMS, drivers(f))).toBeLessThan(1e-9);
  });

  it('with one driver, is exactly that driver’s top-down answer', () => {
    const one = prepared({ terms: [['leads']], drivers: drivers(f) });
    for (const target of [1300, 1400, 1500]) {
      const topDown = assess({ history: f.leads, target, deadline: DEADLINE, today: TODAY, aggregation: 'total', direction: 'increase' }, 'en');
      expect(bottomUpOdds(one, target).probability).toBe(topDown.probability);
    }
    const rate = prepared({ terms: [['close']], drivers: drivers(f) });
    for (const target of [0.24, 0.26, 0.3]) {
      const topDown = assess({ history: f.close, target, deadline: DEADLINE, today: TODAY, aggregation: 'level', direction: 'increase' }, 'en');
      expect(bottomUpOdds(rate, target).probability).toBe(topDown.probability);
    }
  });

  it('never lowers P when a driver gets easier (its whole history higher)', () => {
    for (const target of [0.98 * median, median, 1.03 * median]) {
      const before = bottomUpOdds(joint, target).probability;
      for (const key of ['leads', 'close', 'size']) {
        const easier = drivers(f).map((d) =>
          d.key === key ? { ...d, history: d.history.map((p) => ({ ...p, value: key === 'leads' ? p.value + 5 : p.value * 1.03 })) } : d,
        );
        expect(bottomUpOdds(prepared({ drivers: easier }), target).probability).toBeGreaterThanOrEqual(before);
      }
    }
  });

  it('does not depend on the currency unit and is deterministic', () => {
    const cents = prepared({ drivers: drivers(funnel(3, 100)) });
    for (const k of [0.97, 1, 1.03]) {
      expect(bottomUpOdds(cents, 100 * k * median).probability).toBeCloseTo(bottomUpOdds(joint, k * median).probability, 6);
    }
    const again = prepared({ drivers: drivers(f) });
    expect(Array.from(again.outcomes)).toEqual(Array.from(joint.outcomes));
  });

  it('carries the correlation the histories show: correlated drivers widen the range', () => {
    const n = normalSampler(mulberry32(11));
    const a: KpiPoint[] = [];
    const b: KpiPoint[] = [];
    const c: KpiPoint[] = [];
    let x = 0;
    let y = 0;
    let z = 0;
    for (let w = 0; w < WEEKS; w++) {
      const date = addPeriods(START, 'week', w);
      const shock = n();
      x += 0.05 * shock;
      y += 0.05 * (0.9 * shock + 0.44 * n());
      z += 0.05 * n();
      a.push({ date, value: 1000 * Math.exp(x) });
      b.push({ date, value: 1000 * Math.exp(y) });
      c.push({ date, value: 1000 * Math.exp(z) });
    }
    const level = (key: string, history: KpiPoint[]): DriverInput => ({ key, label: key, history, aggregation: 'level' });
    const together = prepared({ terms: [['a', 'b']], drivers: [level('a', a), level('b', b)] });
    const apart = prepared({ terms: [['a', 'c']], drivers: [level('a', a), level('c', c)] });
    expect(together.correlation[0][1]).toBeGreaterThan(0.7);
    expect(Math.abs(apart.correlation[0][1])).toBeLessThan(0.25);
    const width = (p: PreparedBottomUp): number => {
      const r = bottomUpOdds(p, 0).forecast;
      return Math.log(r.high / r.low);
    };
    expect(width(together)).toBeGreaterThan(width(apart));
  });

  it('says which drivers cannot be forecast or are not given', () => {
    const short = drivers(f).map((d) => (d.key === 'close' ? { ...d, history: d.history.slice(-2) } : d));
    expect(prepareBottomUp({ terms: TERMS, drivers: short, deadline: DEADLINE, today: TODAY })).toEqual({ ok: false, missing: ['close'], unknown: [] });
    expect(prepareBottomUp({ terms: [['leads', 'reps']], drivers: drivers(f), deadline: DEADLINE, today: TODAY })).toEqual({ ok: false, missing: [], unknown: ['reps'] });
  });
});

describe('which reading to trust', () => {
  it('follows the data: agreement, a planned change, a formula that reproduces the past or not', () => {
    expect(whichToTrust(0.4, 0.45, 0.3, false)).toEqual({ trust: 'agree', reason: 'agree' });
    // Same answer, not "within 15 points" (review 10, F13): 1 % and 11 % both say unlikely; 45 % and 55 % do not.
    expect(whichToTrust(0.01, 0.11, 0.3, false)).toEqual({ trust: 'agree', reason: 'agree' });
    expect(whichToTrust(0.45, 0.55, 0.3, false)).toEqual({ trust: 'top-down', reason: 'inconsistent' });
    expect(whichToTrust(0.6, 0.95, 0.3, false)).toEqual({ trust: 'agree', reason: 'agree' });
    expect(whichToTrust(0.7, 0.2, null, true)).toEqual({ trust: 'bottom-up', reason: 'planned-change' });
    expect(whichToTrust(0.7, 0.2, 0.02, false)).toEqual({ trust: 'bottom-up', reason: 'consistent' });
    expect(whichToTrust(0.7, 0.2, 0.4, false)).toEqual({ trust: 'top-down', reason: 'inconsistent' });
    expect(whichToTrust(0.7, 0.2, null, false)).toEqual({ trust: 'top-down', reason: 'unchecked' });
    expect(whichToTrust(0.7, null, null, false)).toEqual({ trust: 'bottom-up', reason: 'only-bottom-up' });
    expect(whichToTrust(null, 0.3, null, false)).toEqual({ trust: 'top-down', reason: 'only-top-down' });
  });
});

/** No option repeats another's set of drivers. */
function problemFree(options: ReadonlyArray<{ steps: ReadonlyArray<{ key: string }> }>): boolean {
  const sets = options.map((o) => o.steps.map((s) => s.key).sort().join('+'));
  return new Set(sets).size === sets.length;
}

describe('the gap, in drivers', () => {
  const f = funnel(5);
  const joint = prepared({ drivers: drivers(f) });
  const median = bottomUpOdds(joint, 0).forecast.median;

  it('lists up to three ways to reach an out-of-reach target, most likely first, each reaching it', () => {
    const target = 1.15 * median;
    const options = closeTheGap(joint, target);
    expect(options.length).toBeGreaterThan(0);
    expect(options.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < options.length; i++) expect(options[i].probability).toBeLessThanOrEqual(options[i - 1].probability);
    for (const option of options) {
      const values = joint.drivers.map((d) => option.steps.find((s) => s.key === d.key)?.required ?? d.forecast.median);
      expect(values.reduce((p, v) => p * v, 1)).toBeCloseTo(target, -1);
      for (const step of option.steps) {
        expect(step.required).toBeGreaterThan(step.from);
        expect(['on-track', 'realistic', 'stretch', 'unrealistic']).toContain(step.verdict);
        if (step.key === 'close' || step.key === 'conversion') expect(step.required).toBeLessThanOrEqual(1);
      }
    }
    expect(problemFree(options)).toBe(true);
  });

  it('has nothing to say when the median already meets the target', () => {
    expect(closeTheGap(joint, 0.9 * median)).toEqual([]);
  });
});

describe('capacity and coverage', () => {
  const f = funnel(7);
  const reps = Array.from({ length: 30 }, (_, m) => ({ date: addDays(START, 30 * m), value: 5 }));

  it('counts ramped reps: a planned hire adds capacity as it ramps, never before it starts', () => {
    const base = capacityPlan({ reps, output: f.revenue, target: 500_000, deadline: DEADLINE, today: TODAY });
    const hired = capacityPlan({ reps, output: f.revenue, target: 500_000, deadline: DEADLINE, today: TODAY, hires: [{ date: addDays(TODAY, 7), count: 2 }] });
    const late = capacityPlan({ reps, output: f.revenue, target: 500_000, deadline: DEADLINE, today: TODAY, hires: [{ date: addDays(DEADLINE, 30), count: 2 }] });
    expect(base && hired && late).toBeTruthy();
    if (!base || !hired || !late) return;
    expect(base.rampedReps).toBe(5);
    expect(hired.rampedReps).toBeGreaterThan(5);
    // Three months at 25 %, 50 %, 75 %: well under two full reps.
    expect(hired.rampedReps).toBeLessThan(5 + 2 * 0.75);
    expect(late.capacity).toEqual(base.capacity);
    expect(hired.capacity.median).toBeGreaterThan(base.capacity.median);
    expect(base.capacity.low).toBeLessThan(base.capacity.median);
    expect(base.ratio).toBeCloseTo(base.capacity.median / 500_000, 9);
  });

  it('answers null for a plan without history or with an open-ended deadline, without looping on the calendar', () => {
    expect(capacityPlan({ reps: [], output: f.revenue, target: 1, deadline: DEADLINE, today: TODAY })).toBeNull();
    expect(capacityPlan({ reps, output: f.revenue, target: 1, deadline: '9999-12-31', today: TODAY })).toBeNull();
  });

  it('flags pipeline coverage below the threshold', () => {
    expect(pipelineCoverage(400_000, 0.25, 50_000)).toEqual({ expected: 100_000, closingShare: 1, ratio: 2, healthy: true });
    expect(pipelineCoverage(400_000, 0.25, 100_000)?.healthy).toBe(false);
    expect(pipelineCoverage(400_000, 0.25, 0)).toEqual({ expected: 100_000, closingShare: 1, ratio: null, healthy: true });
    expect(pipelineCoverage(400_000, 1.5, 10)).toBeNull();
    // Only the part of the pipeline that closes by the deadline counts (issue 13: sales cycle).
    expect(pipelineCoverage(400_000, 0.25, 50_000, 1.5, 0.5)).toEqual({ expected: 50_000, closingShare: 0.5, ratio: 1, healthy: false });
    expect(pipelineCoverage(400_000, 0.25, 50_000, 1.5, 1.2)).toBeNull();
  });
});

describe('levers', () => {
  it('attach the article’s levers to the drivers they move', () => {
    const tree = [
      { key: 'Trials', catalogId: 'conversion_rate' },
      { key: 'Win', catalogId: 'close_rate' },
      { key: 'Churn', catalogId: 'churn' },
    ];
    expect(attachLevers(['des essais plus longs', 'des remises', '10 % de personnel de support en plus', 'une nouvelle couleur'], tree)).toEqual([
      { lever: 'des essais plus longs', driver: 'Trials' },
      { lever: 'des remises', driver: 'Win' },
      { lever: '10 % de personnel de support en plus', driver: 'Churn' },
      { lever: 'une nouvelle couleur', driver: null },
    ]);
  });

  it('attach hires to the headcount driver of a tree that has one (the catalog’s sales_reps)', () => {
    const tree = [
      { key: 'Team!Reps', catalogId: 'sales_reps' },
      { key: 'Team!Per rep', catalogId: null },
      { key: 'Meetings', catalogId: 'meetings' },
    ];
    expect(attachLevers(['2 more reps', 'recruter deux commerciaux', 'cold calls'], tree)).toEqual([
      { lever: '2 more reps', driver: 'Team!Reps' },
      { lever: 'recruter deux commerciaux', driver: 'Team!Reps' },
      { lever: 'cold calls', driver: 'Meetings' },
    ]);
    // Without a headcount driver, staff still goes to what it moves next (meetings), as before.
    expect(attachLevers(['2 more reps'], tree.slice(1))).toEqual([{ lever: '2 more reps', driver: 'Meetings' }]);
  });
});
