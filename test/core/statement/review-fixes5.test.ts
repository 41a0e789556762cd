/**
 * Silent wrong answers found in review (fixes5), each fixed by a general rule and checked on sentences written for the
 * class, FR and EN, none of them in a fixture set.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a percentage of growth in/of an amount is a relative change of that amount, not a target level', () => {
  // The growth noun of turnover is sales growth's level, as "10% revenue growth": left52's L1 superseded this rule in French,
  // left53's M1 (the lead's ruling of 2026-12-06) in English.
  it.each([
    ['Achieve 5% growth in revenue by Q4', 0.05],
    ['Achieve 10% growth of our online sales this year', 0.1],
    ['Achieve a growth of 8% in turnover in 2026', 0.08],
    ["Obtenir une croissance de 5 % du CA d'ici fin 2027", 0.05],
    ["Viser 12 % de croissance du chiffre d'affaires en 2026", 0.12],
    ['5% de croissance du CA', 0.05],
  ])('%s → sales growth, target %d (left52, L1; left53, M1)', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'sales_growth', direction: 'increase', target: value, change: null });
  });

  it('keeps a growth rate named by its level a sales_growth level', () => {
    expect(analyze('Hit 8% sales growth')).toMatchObject({ kpi: 'sales_growth', target: 0.08, change: null });
    expect(analyze('Viser 5 % de croissance en 2026')).toMatchObject({ kpi: 'sales_growth', target: 0.05, change: null });
    expect(analyze("Atteindre une croissance du chiffre d'affaires de 20 % en 2026")).toMatchObject({ kpi: 'sales_growth', target: 0.2 });
  });
});

describe('a price per period describing an offer is never the target when the goal has a number of its own', () => {
  it.each([
    ['We sell the $19.99/month plan: get 500 subscribers by June 2027', 500, '2027-06-30'],
    ["Notre abonnement à 19 €/mois : atteindre 800 abonnés d'ici juin 2027", 800, '2027-06-30'],
    ['Sell 500 seats at $49/month by 2026', 500, '2026-12-31'],
    ['With our $29/month plan, sign 200 new customers in 2026', 200, '2026-12-31'],
    ['Avec le forfait à 29 €/mois, signer 200 nouveaux clients en 2026', 200, '2026-12-31'],
  ])('%s → target %d (count)', (text, target, deadline) => {
    expect(analyze(text)).toMatchObject({ target, unit: 'count', deadline, recurrence: null });
  });

  it('keeps an amount per period that is the goal a target', () => {
    expect(analyze('Grow MRR to $50k/month')).toMatchObject({ kpi: 'revenue', target: 50_000, unit: 'currency' });
    expect(analyze('Increase revenue by 20% to $50k/month')).toMatchObject({ target: 50_000, change: { value: 0.2, kind: 'relative' } });
    expect(analyze('Increase ARPU from $19/month to $25/month')).toMatchObject({ baseline: 19, target: 25, unit: 'currency' });
  });
});

describe('a fiscal year written over the two calendar years it spans is named after the year it ends in', () => {
  it.each([
    ['Reach $1M in revenue in FY 2026/2027', '2027-12-31', '2027-03-31'],
    ["Réaliser 2 M€ de CA sur l'exercice 2026/2027", '2027-12-31', '2027-03-31'],
    ["Atteindre 1 M€ de CA sur l'exercice 2026-2027", '2027-12-31', '2027-03-31'],
    ['Grow sales 10% in FY26/27', '2027-12-31', '2027-03-31'],
    ['FY 2026–2027: reach 300 customers', '2027-12-31', '2027-03-31'],
  ])('%s → %s (January start), %s (April start)', (text, calendar, april) => {
    const read = analyze(text);
    expect(read.deadline).toBe(calendar);
    expect(read.target === 2027 || read.target === 2026).toBe(false);
    expect(analyzeStatement(text, { asOf: AS_OF, fiscalYearStartMonth: 4 }).deadline).toBe(april);
  });

  it('keeps a single fiscal year as it was', () => {
    expect(analyze("Signer 40 contrats sur l'exercice 2026")).toMatchObject({ target: 40, deadline: '2026-12-31' });
    expect(analyzeStatement('Hit $2M in FY2027', { asOf: AS_OF, fiscalYearStartMonth: 4 }).deadline).toBe('2027-03-31');
  });
});

describe('savings the customers make are no KPI of ours', () => {
  it.each([
    ['Help customers save $500 a year', 500],
    ['Help our small business customers save $1,000 per year by 2026', 1000],
    ['Aider nos clients à économiser 500 € par an', 500],
    ["Permettre aux clients d'économiser 300 € par an", 300],
    ['Faire économiser 200 € par an à chaque client', 200],
  ])('%s → kpi null (the amount %d still read)', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: null, unit: 'currency', change: { value, kind: 'absolute' } });
  });

  it('keeps our own savings a decrease of costs', () => {
    expect(analyze("Économiser 2 M€ d'ici 2026")).toMatchObject({ kpi: 'costs', direction: 'decrease', change: { value: 2_000_000, kind: 'absolute' } });
    expect(analyze('Save $50k in operating costs this year')).toMatchObject({ kpi: 'costs', direction: 'decrease' });
    expect(analyze('Help the team save $20k on travel')).toMatchObject({ kpi: 'costs', direction: 'decrease' });
  });
});

describe('a number after a single fiscal year is not taken as its second year', () => {
  it('reads "FY 2026 20 new customers" as 20 in fiscal year 2026', () => {
    expect(analyze('FY 2026 20 new customers')).toMatchObject({ target: 20, deadline: '2026-12-31' });
  });
});
