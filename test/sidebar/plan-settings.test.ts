/**
 * The Settings pane's team plan, the pure part: what a person types for the
 * ramp, the planned hires and the coverage threshold, read in French and
 * English, and every problem named with its row in both languages.
 */
import { t } from '../../src/core/messages/ui';
import { parseCapacity, parseCoverage, parseHireCount, parseRampPercent, parseSalesCycle, planFormOf, readPlanForm, type PlanForm } from '../../src/sidebar/plan-settings';

const DEFAULT_PLAN = { ramp: [0.25, 0.5, 0.75, 1], hires: [], coverageThreshold: 1.5, capacityThreshold: 1.2, salesCycleDays: null };

describe('plan settings form', () => {
  it('shows the stored plan as typed text, in each language', () => {
    expect(planFormOf({ ...DEFAULT_PLAN, ramp: [0.125, 1], hires: [{ date: '2027-02-01', count: 2 }] }, 'fr')).toEqual({ ramp: ['12,5', '100'], hires: [{ date: '2027-02-01', count: '2' }], coverage: '1,5', capacity: '1,2', salesCycle: '' });
    expect(planFormOf(DEFAULT_PLAN, 'en')).toEqual({ ramp: ['25', '50', '75', '100'], hires: [], coverage: '1.5', capacity: '1.2', salesCycle: '' });
    expect(planFormOf({ ...DEFAULT_PLAN, capacityThreshold: 1.35, salesCycleDays: 60 }, 'fr')).toMatchObject({ capacity: '1,35', salesCycle: '60' });
  });

  it('reads percentages with or without the sign, 0 to 100 only', () => {
    expect(parseRampPercent('25', 'en')).toBe(0.25);
    expect(parseRampPercent('12,5\u202f%', 'fr')).toBe(0.125);
    expect(parseRampPercent('0', 'en')).toBe(0);
    expect(parseRampPercent('100%', 'en')).toBe(1);
    for (const bad of ['', '-5', '101', 'abc', '%']) expect(parseRampPercent(bad, 'en')).toBeNull();
  });

  it('reads a coverage ratio with × or x, between 0.1 and 10', () => {
    expect(parseCoverage('1.5', 'en')).toBe(1.5);
    expect(parseCoverage('1,2\u00a0×', 'fr')).toBe(1.2);
    expect(parseCoverage('2x', 'en')).toBe(2);
    for (const bad of ['', '0', '0.05', '11', 'lots']) expect(parseCoverage(bad, 'en')).toBeNull();
  });

  it('reads a healthy capacity ratio between 1 and 3, and a sales cycle in whole days (blank: none)', () => {
    expect(parseCapacity('1.2', 'en')).toBe(1.2);
    expect(parseCapacity('1,35\u00a0×', 'fr')).toBe(1.35);
    for (const bad of ['', '0.9', '3.5', 'healthy']) expect(parseCapacity(bad, 'en')).toBeNull();
    expect(parseSalesCycle('60', 'en')).toBe(60);
    expect(parseSalesCycle('45 jours', 'fr')).toBe(45);
    expect(parseSalesCycle('90 days', 'en')).toBe(90);
    expect(parseSalesCycle('  ', 'en')).toBeNull();
    for (const bad of ['0', '45,5', '731', 'deux mois']) expect(parseSalesCycle(bad, 'fr')).toBeUndefined();
  });

  it('reads a number of reps: whole, not 0, at most 1,000 either way', () => {
    expect(parseHireCount('2', 'en')).toBe(2);
    expect(parseHireCount('-1', 'fr')).toBe(-1);
    for (const bad of ['', '0', '1.5', '1001', 'two']) expect(parseHireCount(bad, 'en')).toBeNull();
  });

  it('gives the plan (hires by date, blank rows dropped) when everything is valid; a ramp need not rise', () => {
    const form: PlanForm = { ramp: ['30', '20 %', '100'], hires: [{ date: '2027-03-01', count: '1' }, { date: '', count: '' }, { date: '2027-02-01', count: '2' }], coverage: '1,3', capacity: '1,25', salesCycle: '75' };
    expect(readPlanForm(form, 'fr')).toEqual({
      plan: { ramp: [0.3, 0.2, 1], hires: [{ date: '2027-02-01', count: 2 }, { date: '2027-03-01', count: 1 }], coverageThreshold: 1.3, capacityThreshold: 1.25, salesCycleDays: 75 },
      problems: [],
    });
    expect(readPlanForm({ ...form, salesCycle: '' }, 'fr').plan?.salesCycleDays).toBeNull();
  });

  it('names every problem with its month or row, in input order, in both languages', () => {
    const form: PlanForm = { ramp: ['25', '150', ''], hires: [{ date: '', count: '2' }, { date: '2027-02-30', count: '0' }], coverage: '0', capacity: '0,8', salesCycle: '1000' };
    const read = readPlanForm(form, 'en');
    expect(read.plan).toBeNull();
    expect(read.problems.map((p) => [p.field, p.index])).toEqual([
      ['ramp', 1],
      ['ramp', 2],
      ['hireDate', 0],
      ['hireDate', 1],
      ['hireCount', 1],
      ['coverage', 0],
      ['capacity', 0],
      ['salesCycle', 0],
    ]);
    expect(read.problems.map((p) => t('en', p.key, p.params))).toEqual([
      'Month 2: enter a percentage between 0 and 100.',
      'Month 3: enter a percentage between 0 and 100.',
      'Hire 1: enter a start date.',
      'Hire 2: enter a start date.',
      'Hire 2: enter a whole number of reps other than 0, at most 1,000 (negative for departures).',
      'Enter a coverage ratio between 0.1 and 10, for example 1.5.',
      'Enter a capacity ratio between 1 and 3, for example 1.2.',
      'Enter a sales cycle in whole days between 1 and 730, or leave it blank.',
    ]);
    expect(t('fr', 'sidebar.settings.salesCycleInvalid')).toBe('Saisissez un cycle de vente en jours entiers entre 1 et 730, ou laissez vide.');
    expect(t('fr', read.problems[0].key, read.problems[0].params)).toBe('Mois 2\u202f: saisissez un pourcentage entre 0 et 100.');
    expect(t('fr', 'sidebar.settings.problems', { count: 1 })).toBe('1\u00a0paramètre est à corriger avant d’enregistrer.');
    expect(t('en', 'sidebar.settings.problems', { count: 6 })).toBe('6 settings need fixing before saving.');
  });

  it('refuses an empty ramp and one longer than two years', () => {
    expect(readPlanForm({ ramp: [], hires: [], coverage: '1.5', capacity: '1.2', salesCycle: '' }, 'en').problems.map((p) => p.key)).toEqual(['sidebar.settings.rampEmpty']);
    expect(readPlanForm({ ramp: Array.from({ length: 25 }, () => '100'), hires: [], coverage: '1.5', capacity: '1.2', salesCycle: '' }, 'en').problems.map((p) => p.key)).toEqual(['sidebar.settings.rampTooLong']);
  });
});
