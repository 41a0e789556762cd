/**
 * aim41: a current level stated in one clause, then a later clause after ";" or ". " naming an aim with a bare number (or
 * one in the same unit): the later number is the target, the earlier clause's last figure the baseline, its other figures
 * ("3 reps") neither. Near misses keep their readings: two goals in a row, a means, a percentage aim, an order.
 * aim42: the same rule for percentages and amounts (the seed's "close rate ~25 % → 30 % next week"), after a spaced dash
 * too, and with a date before the aim ("; by June 2027 we want 60").
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04' });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, deadline: a.deadline };
};

describe('a later clause aiming at a bare number reads the earlier clause’s level as the baseline', () => {
  it.each([
    ['We close 40 deals a month; the goal is 60 by June 2027.', 40, 60, 'deals_closed'],
    ['Today, 3 reps close 40 deals a month; we want 60 by June 2027', 40, 60, 'deals_closed'],
    ['Our reps close 40 deals a month today; we want 60 by June 2027.', 40, 60, 'deals_closed'],
    ['We close 40 deals a month; we want 60 deals by June 2027.', 40, 60, 'deals_closed'],
    ["Nos 3 commerciaux signent 40 contrats par mois aujourd'hui ; nous en voulons 60 d'ici juin 2027.", 40, 60, 'deals_closed'],
    ["Nous signons 40 contrats par mois. Notre objectif est 60 d'ici juin 2027.", 40, 60, 'deals_closed'],
    ["Nous signons 40 contrats par mois ; nous en voulons 60 contrats d'ici juin 2027.", 40, 60, 'deals_closed'],
  ])('%s', (text, baseline, target, kpi) => {
    expect(read(text)).toMatchObject({ kpi, direction: 'increase', baseline: baseline, target: target, deadline: '2027-06-30' });
  });
});

describe('the stated clause needs no KPI of the catalog', () => {
  it('We have 3 stores; we want 60 by June 2027.', () => {
    expect(read('We have 3 stores; we want 60 by June 2027.')).toMatchObject({ baseline: 3, target: 60, direction: 'increase' });
  });
});

describe('near misses keep their readings', () => {
  it.each([
    // already right before aim41, by other rules
    ['With 40 clients today, we want 60 clients by June', { baseline: 40, target: 60 }],
    ['Our 5 reps close 40 deals a month. Our target is 60 by June 2027.', { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ['We have 40 clients; the goal is 60 by June 2027.', { kpi: 'customers', baseline: 40, target: 60 }],
    ["Notre équipe signe 40 contrats par mois ; l'objectif est de 60 d'ici juin 2027.", { kpi: 'deals_closed', baseline: 40, target: 60 }],
    // two goals in a row: the first is the goal, the second a later stage (no aim word)
    ['Close 40 deals in Q1; reach 60 by Q2', { baseline: null, target: 40 }],
    // an order, not a stated level
    ['Close 40 deals a month; the goal is 60 by June 2027.', { baseline: null, target: 40 }],
    // a means, then an aim: the reps are no level of the aim
    ['Hire 3 reps; we want 60 by June.', { baseline: null, target: 3 }],
    ['Hire 3 reps; we want 60 deals by June 2027.', { baseline: null }],
    ["Recrutons 3 commerciaux ; nous en voulons 60 d'ici juin.", { baseline: null, target: 3 }],
    // a percentage aim after a count, and an aim at another thing
    ['We close 40 deals a month; we want 60% by June 2027.', { baseline: null, target: 40 }],
    ['We close 40 deals a month; we want 60 clients by June 2027.', { baseline: null, target: 40 }],
    ["Nous signons 40 contrats par mois ; nous visons 60 % de conversion d'ici juin 2027.", { baseline: null, target: 40 }],
    // an aim in the first clause with a quarter's digit: the first goal keeps its 40
    ['We aim to close 40 deals in Q1; we want 60 by June 2027.', { baseline: null, target: 40 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

const level = (kpi: string, direction: string, baseline: number, target: number) => ({ kpi, direction, baseline, target, change: null });

describe('aim42: a stated percentage or amount, then the aim in a later clause (";", ". " or a dash)', () => {
  it.each([
    // the seed article's example, in several forms
    ['Close rate is 25%; we want 30% next week.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Our close rate is 25%. We want 30% next week.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Close rate is 25% — we want 30% next week.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Close rate is 25% - we want 30% next week.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Close rate is 25% – we want 30% in two weeks.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Close rate is 25 percent; we want 30 percent within six months.', level('close_rate', 'increase', 0.25, 0.3)],
    ['We are at 25% close rate; we want 30% next week.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Our close rate is 20 to 25%; we want 30% by June 2027.', level('close_rate', 'increase', 0.25, 0.3)],
    ['Our close rate is 25.5%; we want 30% next week.', level('close_rate', 'increase', 0.255, 0.3)],
    ["Nous sommes à 25 % de taux de closing ; nous voulons 30 % la semaine prochaine.", level('close_rate', 'increase', 0.25, 0.3)],
    // decreases: churn, CAC, costs
    ['Our churn is 8%; we want 5% by June 2027.', level('churn', 'decrease', 0.08, 0.05)],
    ['Churn is 8% — we want 5% by June 2027.', level('churn', 'decrease', 0.08, 0.05)],
    ["Notre churn tourne à 8 % ; nous voulons 5 % d'ici juin 2027.", level('churn', 'decrease', 0.08, 0.05)],
    ["Nous perdons 8 % de nos clients par an ; nous voulons 5 % d'ici juin 2027.", level('churn', 'decrease', 0.08, 0.05)],
    ['Our CAC is $400; we want $300 by June 2027.', level('cac', 'decrease', 400, 300)],
    ['Our CAC is $400; we want 300 by June 2027.', level('cac', 'decrease', 400, 300)],
    ['Our CAC runs around $400 — we want $300 by June 2027.', level('cac', 'decrease', 400, 300)],
    ["Notre CAC tourne autour de 400 € — nous voulons 300 € d'ici juin 2027.", level('cac', 'decrease', 400, 300)],
    ['Our costs are $2M — we want $1.5M next year.', level('costs', 'decrease', 2_000_000, 1_500_000)],
    ['Nos coûts atteignent 2 M€ ; nous voulons 1,5 M€ en 2027.', level('costs', 'decrease', 2_000_000, 1_500_000)],
    // amounts that grow
    ['Our revenue is $2M; we want $3M by June 2027.', level('revenue', 'increase', 2_000_000, 3_000_000)],
    ['Revenue is $2M — we want 3M next year.', level('revenue', 'increase', 2_000_000, 3_000_000)],
    ['Revenue is $2.5M; we want $3M next year.', level('revenue', 'increase', 2_500_000, 3_000_000)],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // counts after a dash, and a date before the aim
    ['We sell 200 units a week — we want 300 by June 2027.', 200, 300],
    ['We close 40 deals a month – we want 60 deals by June 2027.', 40, 60],
    ["Nous vendons 200 unités par semaine — nous en voulons 300 d'ici juin 2027.", 200, 300],
    ["Nous signons 40 contrats par mois — nous en voulons 60 d'ici juin 2027.", 40, 60],
    ['Today we close 40 deals a month; by June 2027 we want 60.', 40, 60],
    ["Aujourd'hui, nous signons 40 contrats par mois ; d'ici juin 2027, nous en voulons 60.", 40, 60],
  ])('%s', (text, baseline, target) => {
    expect(read(text)).toMatchObject(level('deals_closed', 'increase', baseline, target));
  });
});

describe('aim42 near misses keep their readings', () => {
  it.each([
    // already right before aim42, by other rules: the seed's sentence with a comma or a side clause, the goal/objective
    // wordings, French "est de", ranges and "up from"
    ['Close rate is 25%, we want 30% next week.', { baseline: 0.25, target: 0.3 }],
    ['Our close rate has been around 25% for three weeks; we want 30% next week.', { baseline: 0.25, target: 0.3 }],
    ['Our close rate has been around 25% for three weeks — we want 30% next week.', { baseline: 0.25, target: 0.3 }],
    ['Revenue is $2M; the goal is $3M next year.', { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000 }],
    ['Costs are $2M; the goal is $1.5M next year.', { kpi: 'costs', direction: 'decrease', baseline: 2_000_000, target: 1_500_000 }],
    ['Today our close rate is 25%; by June 2027 we want 30%.', { baseline: 0.25, target: 0.3 }],
    ["Notre taux de closing est de 25 % ; nous visons 30 % la semaine prochaine.", { kpi: 'close_rate', baseline: 0.25, target: 0.3 }],
    ["Le CA est de 2 M€ ; l'objectif est 3 M€ en 2027.", { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000 }],
    ["Le churn est de 8 % — nous voulons 5 % d'ici juin 2027.", { kpi: 'churn', direction: 'decrease', baseline: 0.08, target: 0.05 }],
    ["Nous réalisons 2 M€ de CA par an ; nous voulons 3 M€ en 2027.", { kpi: 'revenue', baseline: 2_000_000, target: 3_000_000 }],
    ['Grow close rate from 25% to 30% by June 2027.', { baseline: 0.25, target: 0.3 }],
    ['Raise close rate to 30% by June 2027, up from 25%.', { baseline: 0.25, target: 0.3 }],
    // two goals in a row: a second KPI, no aim word
    ['Grow revenue 10%; cut churn to 5%', { kpi: 'revenue', baseline: null, target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Augmenter le CA de 10 % ; réduire le churn à 5 %.', { kpi: 'revenue', baseline: null, target: null, change: { value: 0.1, kind: 'relative' } }],
    // a new KPI, another unit or another thing in the aim clause (where today's reading is no good one either, only the
    // baseline is pinned: no level is read from the first clause)
    ['We close 40 deals a month; we want a 30% close rate', { baseline: null, target: 0.3 }],
    ['We close 40 deals a month — we want 30% by June 2027.', { baseline: null, target: 40 }],
    ["Nous signons 40 contrats par mois — nous voulons un taux de closing de 30 % d'ici juin 2027.", { baseline: null, target: 40 }],
    ['Close rate is 25%; we want 30% conversion by June 2027.', { baseline: null }],
    ['Our close rate is 25%; we want 30% of deals from referrals by June 2027.', { baseline: null }],
    ['Our close rate is 25% — we want 30 by June 2027.', { baseline: null }],
    ['Our close rate is 25%; we want $3M by June 2027.', { baseline: null }],
    ['Revenue is $2M; we want 30% by June 2027.', { baseline: null }],
    ['Revenue is $2M; we want $500,000 in new business by June 2027.', { baseline: null, direction: 'increase' }],
    ['We have $2M in revenue; we want 60 by June 2027.', { baseline: null }],
    // a means, an order, an aside dash
    ['Hire 3 reps — we want 60 deals', { baseline: null, target: 3 }],
    ["Recruter 3 commerciaux — nous en voulons 60 d'ici juin 2027.", { baseline: null, target: 3 }],
    ['Hiring is key: close 40 deals a month; we want 60 by June 2027.', { baseline: null, target: 40 }],
    ['Revenue — our main KPI — must reach $3M by June 2027.', { kpi: 'revenue', baseline: null, target: 3_000_000 }],
    ['Le CA — notre principal indicateur — doit atteindre 3 M€.', { kpi: 'revenue', baseline: null, target: 3_000_000 }],
    // a change, not a level: by, up, a verb of direction over a percentage
    ['We increased revenue by $1M; we want $2M by 2027.', { baseline: null, target: 2_000_000, change: { value: 1_000_000, kind: 'absolute' } }],
    ['We increased sales by 10% last year; we want 20% this year.', { baseline: null, target: null, change: { value: 0.1, kind: 'relative' } }],
    ['Revenue is up 10%; we want 15% next year.', { baseline: null }],
    // an NPS in points keeps aim41's reading
    ['Our NPS is 40 points; we want 50 by June 2027.', { kpi: 'nps', target: 50 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
