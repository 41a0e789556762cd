/**
 * rel40: a goal stated as a share of a larger goal (the article's "Relevant": quarterly goals add up to the annual goal).
 * "…, a quarter of our annual goal of $4.8M", « soit un quart de l'objectif annuel de 4,8 M€ », "(25% of the annual
 * target)", "contribute $1.2M to the $4.8M annual target", « sur un objectif annuel de 4,8 M€ », "out of a $4.8M annual
 * target": the reference phrase names what the goal is a part of. Its amount is not the target, its "annual" / « annuel »
 * no cadence, its fraction no change (fixtures README, recurrence and baseline / target / change, "Added by rel40").
 * Near misses keep their reading: a real cadence, a fraction of the goal's own object, a share of a goal with no other
 * figure (an attainment), a range.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { StatementAnalysis } from '../../../src/core/statement';

const AS_OF = '2026-12-04';

type Fields = Pick<StatementAnalysis, 'kpi' | 'direction' | 'baseline' | 'target' | 'change' | 'unit' | 'deadline' | 'recurrence'>;

const read = (text: string): Fields => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline, recurrence: a.recurrence };
};

describe('a share of the annual or company goal: the goal keeps its own amount, no cadence, no change (read wrong before rel40)', () => {
  const cases: ReadonlyArray<readonly [string, Fields]> = [
    ['Reach $1.2M in sales in Q1 2027, a quarter of our annual goal of $4.8M', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Close $1.2M in revenue in Q1 2027, one quarter of the $4.8M annual target', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Generate $1.6M in sales in Q2 2027, a third of our annual goal', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_600_000, change: null, unit: 'currency', deadline: '2027-06-30', recurrence: null }],
    ['Deliver $2.4M of revenue by June 30, 2027, half of the company\'s annual target of $4.8M', { kpi: 'revenue', direction: 'increase', baseline: null, target: 2_400_000, change: null, unit: 'currency', deadline: '2027-06-30', recurrence: null }],
    ['Our team will bring in $1.2M in revenue in Q1 2027, 25% of the annual goal', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Q1 2027 revenue target: $1.2M (25% of the annual target)', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Our Q2 2027 target is $1.2M in sales, 25% of our $4.8M annual target', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-06-30', recurrence: null }],
    ['The EMEA region will generate $900k in sales in 2027, 30% of the company goal', { kpi: 'revenue', direction: 'increase', baseline: null, target: 900_000, change: null, unit: 'currency', deadline: '2027-12-31', recurrence: null }],
    ['Sell $400k in sales in March 2027, 8% of the yearly target', { kpi: 'revenue', direction: 'increase', baseline: null, target: 400_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Contribute $1.2M in sales to the $4.8M annual target in Q1 2027', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Book $1.2M in revenue in Q1 2027 out of a $4.8M annual target', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['A quarter of our $4.8M annual goal: reach $1.2M in sales in Q1 2027', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Half of the annual target of $4.8M, $2.4M in revenue, by the end of June 2027', { kpi: 'revenue', direction: 'increase', baseline: null, target: 2_400_000, change: null, unit: 'currency', deadline: '2027-06-30', recurrence: null }],
    ['Generate 300 new leads in Q1 2027, a quarter of our annual goal of 1,200 leads', { kpi: 'leads', direction: 'increase', baseline: null, target: 300, change: null, unit: 'count', deadline: '2027-03-31', recurrence: null }],
    ['Close 50 deals in Q1 2027, half of the annual quota of 100 deals', { kpi: 'deals_closed', direction: 'increase', baseline: null, target: 50, change: null, unit: 'count', deadline: '2027-03-31', recurrence: null }],
    ['Reach $1.2M in sales in Q1 2027 (a quarter of our $4.8M annual goal)', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Increase revenue to $1.2M in Q1 2027, a quarter of our annual goal', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Atteindre 1,2 M€ de chiffre d\'affaires au T1 2027, soit un quart de l\'objectif annuel de 4,8 M€', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Réaliser 1,2 M€ de chiffre d\'affaires au premier trimestre 2027, soit le quart de l\'objectif annuel', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Atteindre 2,4 M€ de ventes d\'ici fin juin 2027, la moitié de l\'objectif annuel de 4,8 M€', { kpi: 'revenue', direction: 'increase', baseline: null, target: 2_400_000, change: null, unit: 'currency', deadline: '2027-06-30', recurrence: null }],
    ['L\'équipe Sud doit générer 900 k€ de chiffre d\'affaires en 2027, représentant 30 % de l\'objectif de l\'entreprise', { kpi: 'revenue', direction: 'increase', baseline: null, target: 900_000, change: null, unit: 'currency', deadline: '2027-12-31', recurrence: null }],
    ['Réaliser 1,2 M€ de CA au T1 2027 sur un objectif annuel de 4,8 M€', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Signer 1,2 M€ de ventes au T1 2027 sur les 4,8 M€ de l\'objectif annuel', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Le quart de l\'objectif annuel, soit 1,2 M€ de chiffre d\'affaires, au T1 2027', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ["Contribuer pour 1,2 M€ de chiffre d'affaires à l'objectif annuel de 4,8 M€ au T1 2027", { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Signer 50 contrats au T1 2027, soit la moitié de l\'objectif annuel de 100 contrats', { kpi: 'deals_closed', direction: 'increase', baseline: null, target: 50, change: null, unit: 'count', deadline: '2027-03-31', recurrence: null }],
    ['Augmenter le chiffre d\'affaires à 1,2 M€ au T1 2027, soit un quart de l\'objectif annuel', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Générer 300 nouveaux leads au T1 2027, soit un quart de l\'objectif annuel de 1 200 leads', { kpi: 'leads', direction: 'increase', baseline: null, target: 300, change: null, unit: 'count', deadline: '2027-03-31', recurrence: null }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('the same family, read right before rel40 and kept', () => {
  const cases: ReadonlyArray<readonly [string, Fields]> = [
    ['Atteindre 1,2 M€ de chiffre d\'affaires au T1 2027, soit 25 % de l\'objectif annuel', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Notre région apportera 1,6 M€ de chiffre d\'affaires en 2027, un tiers de l\'objectif national', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_600_000, change: null, unit: 'currency', deadline: '2027-12-31', recurrence: null }],
    ['Atteindre 400 k€ de ventes en mars 2027, soit 8 % de l\'objectif annuel', { kpi: 'revenue', direction: 'increase', baseline: null, target: 400_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Réaliser 600 k€ de chiffre d\'affaires au T1 2027, notre part de l\'objectif de l\'entreprise', { kpi: 'revenue', direction: 'increase', baseline: null, target: 600_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
    ['Atteindre 1,2 M€ de chiffre d\'affaires au T1 2027 (25 % de l\'objectif annuel de 4,8 M€)', { kpi: 'revenue', direction: 'increase', baseline: null, target: 1_200_000, change: null, unit: 'currency', deadline: '2027-03-31', recurrence: null }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('"a quarter of" is a fraction, not a quarterly cadence', () => {
  it('"Win a quarter of our customers back" recurs with no quarter; its fraction reads as "half of" does', () => {
    const quarter = analyzeStatement('Win a quarter of our customers back by June 2027', { asOf: AS_OF });
    const half = analyzeStatement('Win half of our customers back by June 2027', { asOf: AS_OF });
    expect(quarter.recurrence).toBeNull();
    expect(quarter.change).toEqual({ value: 0.25, kind: 'relative' });
    expect({ ...quarter, text: '', change: null }).toEqual({ ...half, text: '', change: null });
  });
});

describe('near misses keep their reading', () => {
  const cases: ReadonlyArray<readonly [string, Partial<Fields>]> = [
    // A real cadence: the goal itself repeats each quarter (or each year).
    ['Reach a quarterly target of $1.2M in sales in 2027', { target: 1_200_000, recurrence: 'quarter', deadline: '2027-12-31' }],
    ['Reach $1.2M in sales every quarter in 2027', { target: 1_200_000, recurrence: 'quarter', deadline: '2027-12-31' }],
    ["Atteindre 1,2 M€ de chiffre d'affaires chaque trimestre en 2027", { target: 1_200_000, recurrence: 'quarter', deadline: '2027-12-31' }],
    ["Réaliser 1,2 M€ de chiffre d'affaires par trimestre en 2027", { target: 1_200_000, recurrence: 'quarter', deadline: '2027-12-31' }],
    ["Atteindre un objectif annuel de 4,8 M€ de chiffre d'affaires en 2027", { target: 4_800_000, recurrence: 'year', deadline: '2027-12-31' }],
    ['Sell 500 licences in 2027, 125 per quarter', { kpi: 'deals_closed', target: 500, recurrence: 'year' }],
    // A fraction of the goal's own object.
    ['Convert half of the leads into opportunities by Q2 2027', { kpi: 'leads', target: null, change: { value: 0.5, kind: 'relative' }, unit: 'percent', recurrence: null }],
    ["Réaliser la moitié de notre chiffre d'affaires en ligne d'ici 2027", { kpi: null, target: 0.5, unit: 'percent', recurrence: null }],
    ['Get 25% of our revenue from new customers by 2027', { kpi: 'deals_closed', target: 0.25, unit: 'percent' }],
    // A share of a goal with no figure of its own beside it is an attainment, as before.
    ['Hit 120% of target in Q1 2027', { kpi: 'quota_attainment', target: 1.2, unit: 'percent', recurrence: null }],
    ["Atteindre 105 % de l'objectif annuel en 2027", { kpi: 'quota_attainment', target: 1.05, unit: 'percent', recurrence: null }],
    ['Tier 3: 80–99% of quota = $25 gift card', { kpi: 'quota_attainment', target: 0.8, unit: 'percent' }],
    // A range, a change, a plain period total, an amount out of a pipeline (no goal noun).
    ['Reach between $1.2M and $1.5M in sales in Q1 2027', { kpi: 'revenue', target: 1_200_000, recurrence: null, deadline: '2027-03-31' }],
    ['Increase revenue by 25% in 2027', { kpi: 'revenue', change: { value: 0.25, kind: 'relative' }, target: null }],
    ['Reach $4.8M in annual sales in 2027', { kpi: 'revenue', target: 4_800_000, recurrence: null }],
    ['Sell $1.2M out of our $4.8M pipeline in Q1 2027', { kpi: 'pipeline_value', target: 1_200_000, recurrence: null }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
