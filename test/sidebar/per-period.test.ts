/**
 * The wizard's "change per period" target ("+5 % per month") and its sentence: the analyzer reads the sentence back
 * as the same change, period, direction and deadline, and SMARTSCORE's reading of it (statementQuestion, which Check
 * goals shares through levelChangeTarget) gives the very target the wizard showed — in English and in French.
 */
import { statementQuestion } from '../../src/core/achievability/statement-question';
import type { GoalDraft } from '../../src/core/api';
import { draftTargetLevel } from '../../src/core/api';
import { useDateOrder } from '../../src/core/format';
import { analyzeStatement } from '../../src/core/statement';
import type { KpiPoint, Lang, Period } from '../../src/core/types';
import { generateSentence } from '../../src/sidebar/sentence';
import { emptyDraft, perPeriodTarget } from '../../src/sidebar/steps';

const TODAY = '2026-12-02';

/** Weekly close rate, Mondays 5 Oct → 30 Nov 2026, about 25 %. */
const closeRate: KpiPoint[] = Array.from({ length: 9 }, (_, i) => ({ date: new Date(Date.UTC(2026, 9, 5 + 7 * i)).toISOString().slice(0, 10), value: 0.24 + 0.002 * i }));
/** Monthly average deal size, 1 Jun → 1 Nov 2026. */
const dealSize: KpiPoint[] = [5200, 5350, 5100, 5400, 5600, 5500].map((value, i) => ({ date: `2026-${String(6 + i).padStart(2, '0')}-01`, value }));

function draft(overrides: Partial<GoalDraft>): GoalDraft {
  return { ...emptyDraft(), targetMode: 'perPeriod', deadline: '2027-03-31', ...overrides };
}

const closeRateKpi = { seriesId: 'Close rate!B', catalogId: 'close_rate', name: 'Close rate', grammar: 'm the', unit: 'percent', aggregation: 'level', lowerIsBetter: false } as const;
const frCloseRateKpi = { ...closeRateKpi, name: 'Taux de conclusion' } as const;
/** Monthly churn, 1 Jun → 1 Nov 2026, about 45 % (the article's worked example). */
const churn: KpiPoint[] = [0.46, 0.45, 0.47, 0.44, 0.45, 0.45].map((value, i) => ({ date: `2026-${String(6 + i).padStart(2, '0')}-01`, value }));
const churnKpi = { seriesId: 'Churn!B', catalogId: 'churn', name: 'Churn', grammar: 'f elide', unit: 'percent', aggregation: 'level', lowerIsBetter: true } as const;
const frChurnKpi = { ...churnKpi, name: 'Attrition' } as const;
const dealKpi = { seriesId: 'Deals!B', catalogId: 'average_deal_size', name: 'Average deal size', unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency: '$' } as const;
const frDealKpi = { ...dealKpi, name: 'Panier moyen', currency: '€' } as const;

afterEach(() => useDateOrder('dmy'));

describe('perPeriodTarget', () => {
  it('compounds a relative change from the latest point to the deadline, per calendar month', () => {
    // Latest point 30 Nov (25.6 %): December → March is 4 months, × 1.05⁴.
    const result = perPeriodTarget(draft({ kpi: closeRateKpi, change: { value: 0.05, kind: 'relative' }, changePeriod: 'month' }), closeRate);
    expect(result?.periods).toBe(4);
    expect(result?.target).toBeCloseTo(0.256 * 1.05 ** 4, 10);
  });
  it('adds an absolute change each week and takes it off for a decrease', () => {
    const up = perPeriodTarget(draft({ kpi: closeRateKpi, change: { value: 0.01, kind: 'absolute' }, changePeriod: 'week', deadline: '2026-12-28' }), closeRate);
    expect(up?.periods).toBe(4);
    expect(up?.target).toBeCloseTo(0.256 + 0.04, 10);
    const down = perPeriodTarget(draft({ kpi: closeRateKpi, direction: 'decrease', change: { value: 0.01, kind: 'absolute' }, changePeriod: 'week', deadline: '2026-12-28' }), closeRate);
    expect(down?.target).toBeCloseTo(0.256 - 0.04, 10);
  });
  it('has no answer for a summed KPI, without a history or before a whole period', () => {
    const change = { value: 0.05, kind: 'relative' } as const;
    expect(perPeriodTarget(draft({ kpi: { ...dealKpi, aggregation: 'total' }, change, changePeriod: 'month' }), dealSize)).toBeNull();
    expect(perPeriodTarget(draft({ kpi: dealKpi, change, changePeriod: 'month' }), [])).toBeNull();
    // Weeks are whole periods of days from the latest point (30 Nov): 3 December is none.
    expect(perPeriodTarget(draft({ kpi: closeRateKpi, change, changePeriod: 'week', deadline: '2026-12-03' }), closeRate)).toBeNull();
    expect(perPeriodTarget(draft({ kpi: closeRateKpi, change: null, changePeriod: 'month' }), closeRate)).toBeNull();
  });
  it('takes points or a compounded share off a rate going down (the article’s churn)', () => {
    const points = perPeriodTarget(draft({ kpi: churnKpi, direction: 'decrease', change: { value: 0.05, kind: 'absolute' }, changePeriod: 'month' }), churn);
    // Latest point 1 Nov (45 %): December → March is 4 months, counted by calendar index.
    expect(points?.periods).toBe(4);
    expect(points?.target).toBeCloseTo(0.45 - 0.2, 10);
    const share = perPeriodTarget(draft({ kpi: churnKpi, direction: 'decrease', change: { value: 0.1, kind: 'relative' }, changePeriod: 'month' }), churn);
    expect(share?.target).toBeCloseTo(0.45 * 0.9 ** 4, 10);
  });
  it('is the draft’s target level once the wizard stored it', () => {
    expect(draftTargetLevel(draft({ target: 0.31, change: { value: 0.05, kind: 'relative' }, changePeriod: 'month' }))).toBe(0.31);
  });
});

describe('per-period sentences read back by the analyzer', () => {
  const cases: Array<{ name: string; lang: Lang; order: 'dmy' | 'mdy'; goal: Partial<GoalDraft>; history: KpiPoint[]; unit: 'percent' | 'currency'; text: string }> = [
    { name: 'en, +5 % per month on a rate', lang: 'en', order: 'mdy', goal: { kpi: closeRateKpi, change: { value: 0.05, kind: 'relative' }, changePeriod: 'month' }, history: closeRate, unit: 'percent', text: 'Increase the close rate by 5% per month by March 31, 2027.' },
    { name: 'en, +1 point per week', lang: 'en', order: 'dmy', goal: { kpi: closeRateKpi, change: { value: 0.01, kind: 'absolute' }, changePeriod: 'week', deadline: '2027-01-25' }, history: closeRate, unit: 'percent', text: 'Increase the close rate by 1 point per week by 25 January 2027.' },
    { name: 'en, −$200 per quarter', lang: 'en', order: 'mdy', goal: { kpi: dealKpi, direction: 'decrease', change: { value: 200, kind: 'absolute' }, changePeriod: 'quarter', deadline: '2027-06-30' }, history: dealSize, unit: 'currency', text: 'Reduce average deal size by $200 per quarter by June 30, 2027.' },
    // A rate going down: points off each period, or a share of it off each period (compounded: 45 % × 0.9⁴ by March).
    { name: 'en, churn −5 points per month', lang: 'en', order: 'mdy', goal: { kpi: churnKpi, direction: 'decrease', change: { value: 0.05, kind: 'absolute' }, changePeriod: 'month', deadline: '2027-03-31' }, history: churn, unit: 'percent', text: 'Reduce churn by 5 points per month by March 31, 2027.' },
    { name: 'en, churn −10 % per month', lang: 'en', order: 'mdy', goal: { kpi: churnKpi, direction: 'decrease', change: { value: 0.1, kind: 'relative' }, changePeriod: 'month', deadline: '2027-03-31' }, history: churn, unit: 'percent', text: 'Reduce churn by 10% per month by March 31, 2027.' },
    { name: 'fr, attrition −5 points par mois', lang: 'fr', order: 'dmy', goal: { kpi: frChurnKpi, direction: 'decrease', change: { value: 0.05, kind: 'absolute' }, changePeriod: 'month', deadline: '2027-03-31' }, history: churn, unit: 'percent', text: 'Réduire l’attrition de 5\u00a0points par mois d’ici le 31 mars 2027.' },
    { name: 'fr, attrition −10 % par trimestre', lang: 'fr', order: 'dmy', goal: { kpi: frChurnKpi, direction: 'decrease', change: { value: 0.1, kind: 'relative' }, changePeriod: 'quarter', deadline: '2027-06-30' }, history: churn, unit: 'percent', text: 'Réduire l’attrition de 10\u202f% par trimestre d’ici le 30 juin 2027.' },
    { name: 'fr, +5 % par mois', lang: 'fr', order: 'dmy', goal: { kpi: frCloseRateKpi, change: { value: 0.05, kind: 'relative' }, changePeriod: 'month' }, history: closeRate, unit: 'percent', text: 'Augmenter le taux de conclusion de 5\u202f% par mois d’ici le 31 mars 2027.' },
    { name: 'fr, +2 points par semaine', lang: 'fr', order: 'dmy', goal: { kpi: frCloseRateKpi, change: { value: 0.02, kind: 'absolute' }, changePeriod: 'week', deadline: '2027-01-25' }, history: closeRate, unit: 'percent', text: 'Augmenter le taux de conclusion de 2\u00a0points par semaine d’ici le 25 janvier 2027.' },
    { name: 'fr, +3 % par trimestre', lang: 'fr', order: 'dmy', goal: { kpi: frDealKpi, change: { value: 0.03, kind: 'relative' }, changePeriod: 'quarter', deadline: '2027-06-30' }, history: dealSize, unit: 'currency', text: 'Augmenter le panier moyen de 3\u202f% par trimestre d’ici le 30 juin 2027.' },
  ];
  it.each(cases)('$name', ({ lang, order, goal, history, unit, text }) => {
    useDateOrder(order);
    const wizard = draft(goal);
    const computed = perPeriodTarget(wizard, history);
    expect(computed).not.toBeNull();
    const sentence = generateSentence({ ...wizard, target: computed?.target ?? null }, lang);
    expect(sentence).toBe(text);
    const analysis = analyzeStatement(sentence, { asOf: TODAY });
    expect(analysis.language).toBe(lang);
    expect(analysis.recurrence).toBe(wizard.changePeriod as Period);
    expect(analysis.change).toEqual(wizard.change);
    expect(analysis.direction).toBe(wizard.direction);
    expect(analysis.deadline).toBe(wizard.deadline);
    expect(analysis.target).toBeNull();
    expect(analysis.baseline).toBeNull();
    // SMARTSCORE's question on the same history (and Check goals, through the same levelChangeTarget) aims at the wizard's target.
    const question = statementQuestion(analysis, history, TODAY, { aggregation: 'level', unit }, 1);
    expect(question?.target).toBeCloseTo(computed?.target ?? NaN, 10);
    expect(question?.deadline).toBe(wizard.deadline);
  });
});
