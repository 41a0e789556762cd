/**
 * mend42a: the regressions a reviewer found in aim42's and num34's statement rules. Each case read wrong on main after
 * their merge (fc25, aim42, num34, stmt40, tgt35); near misses keep today's reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-05' });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, unit: a.unit };
};
const readsAs = (cases: Array<[string, Partial<ReturnType<typeof read>>]>): void => {
  it.each(cases)('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
};

describe('aim42: the target is the figure right after the aim word, the baseline the last figure of the clause before', () => {
  readsAs([
    ['We have 3 stores; we have 40 reps; we want 60 by June.', { baseline: 40, target: 60, direction: 'increase' }],
    ['We close 40 deals a month; we have 12 reps; we want 60 by June 2027.', { baseline: 12, target: 60, direction: 'increase' }],
    ['Our CAC is $400 and our LTV is $1,200; we want $1,500 by June.', { baseline: 1200, target: 1500 }],
    ['Nos coûts sont de 2 M€ et notre CA est de 5 M€ ; nous voulons 6 M€ en 2027.', { baseline: 5000000, target: 6000000, direction: 'increase' }],
    ['Our gross margin is 40%; our net margin is 10%; we want 15% by 2027.', { baseline: 0.1, target: 0.15, direction: 'increase' }],
  ]);
});

describe('aim42: two aims in a row are a goal and a later stage, not baseline → target', () => {
  readsAs([
    ['We want 25% by March; we want 30% by June.', { baseline: null, target: 0.25 }],
    ['We want $2M by March; we want $3M by June.', { baseline: null, target: 2000000 }],
    ['We want 25% by March — we want 30% by June.', { baseline: null, target: 0.25 }],
    ['Nous voulons 25 % en mars ; nous voulons 30 % en juin.', { baseline: null, target: 0.25 }],
  ]);
});

describe('aim42: a bare figure after an amount is an amount', () => {
  readsAs([
    ['Our average deal is $20K — we want 30K by June.', { kpi: 'revenue', baseline: 20000, target: 30000, unit: 'currency' }],
    ['Revenue per rep is $200K; we want 300K by June.', { baseline: 200000, target: 300000, unit: 'currency' }],
  ]);
});

describe('aim42: a negated aim is no aim', () => {
  readsAs([
    ["Close rate is 25%; we don't want 20%.", { baseline: null, target: 0.25 }],
    ['Close rate is 25%; we do not want 20%.', { baseline: null, target: 0.25 }],
  ]);
});

describe('aim42: the figures may be spelled out, as their digits would read', () => {
  readsAs([
    ['We serve thirteen million customers; we want fifteen million by 2027.', { baseline: 13000000, target: 15000000, direction: 'increase' }],
    ["Nous servons treize millions de clients ; nous voulons quinze millions d'ici 2027.", { baseline: 13000000, target: 15000000 }],
  ]);
});

describe('num34: only a verb of gaining governs the things counted after it; a verb of change over a range is a move', () => {
  readsAs([
    ['Increase 40 to 60 deals by June 2027', { baseline: 40, target: 60 }],
    ['Grow 40 to 60 stores by 2027', { baseline: 40, target: 60 }],
    ['Raise 40 to 60 reps by 2027', { baseline: 40, target: 60 }],
    ['Grow 100 to 150 customers', { baseline: 100, target: 150 }],
  ]);
});

describe('num34: new things counted are set aside after "from" / « issu de » / « provenant de », never after a bare « de »', () => {
  readsAs([
    ['Notre objectif est de 10 nouveaux clients par mois, soit 50 000 € de CA.', { kpi: 'deals_closed', target: 10, unit: 'count' }],
    ['Recruter plus de 5 nouveaux commerciaux pour atteindre 2 M€ de CA en 2027', { kpi: 'sales_reps', target: 5, unit: 'count' }],
    ["Une hausse de 10 nouveaux clients par mois et un CA de 50 000 € d'ici 2027", { target: 50000, change: { value: 10, kind: 'absolute' } }],
  ]);
});

describe('num34: a growth of new things counted is a target in both languages, and a percentage beside it stays', () => {
  readsAs([
    ['We aim for growth of 3 new markets and 10% revenue growth', { kpi: 'sales_growth', target: 0.1, change: null, unit: 'percent' }],
    ['Growth of 10 new customers by June 2027', { target: 10, change: null }],
    ['Growth of 3 new markets by 2027', { kpi: null, target: 3, change: null }],
  ]);
});

describe('num34: NPS points are scaled to the score only when the other end is not a percent', () => {
  readsAs([
    ['Raise NPS from 40% to 50 points', { kpi: 'nps', baseline: 0.4, target: 0.5, unit: 'percent' }],
    ['Faire passer le NPS de 40 % à 50 points', { kpi: 'nps', baseline: 0.4, target: 0.5, unit: 'percent' }],
  ]);
});

describe('near misses keep their readings', () => {
  readsAs([
    ['We close 40 deals a month; the goal is 60 by June 2027.', { kpi: 'deals_closed', baseline: 40, target: 60 }],
    ['We serve 13 million customers; we want 15 million by 2027.', { baseline: 13000000, target: 15000000 }],
    ['Close rate is 25%; we want 30% next week.', { baseline: 0.25, target: 0.3 }],
    ["Nous signons 40 contrats par mois ; nous en voulons 60 d'ici juin 2027.", { baseline: 40, target: 60 }],
    ['Revenue is $2M — we want 3M next year.', { baseline: 2000000, target: 3000000, unit: 'currency' }],
    ['Close 40 deals in Q1; reach 60 by Q2', { baseline: null, target: 40 }],
    ['Hire 3 to 4 new reps', { baseline: null, target: 3 }],
    ['Embaucher 3 à 4 nouveaux commerciaux', { baseline: null, target: 3 }],
    ['Sign 10 to 12 new customers', { baseline: null, target: 10 }],
    ['$2 million in revenue from 5 new products by 2027', { target: 2000000, baseline: null, change: null }],
    ["2 M€ de chiffre d'affaires issus de 5 nouveaux produits d'ici 2027", { target: 2000000, baseline: null, change: null }],
    ['Raise NPS from 40 to 50 points', { kpi: 'nps', baseline: 40, target: 50, unit: 'count' }],
    ['We aim for growth of 3% from two new markets', { kpi: 'sales_growth', target: 0.03 }],
    // already right on main, the other language's reading the fix matches
    ['Notre panier moyen est de 20 k€ ; nous voulons 30 k en 2027.', { target: 30000, unit: 'currency' }],
    ["Augmenter de 40 à 60 magasins d'ici 2027", { baseline: 40, target: 60 }],
    ["Une croissance de 3 nouveaux marchés d'ici 2027", { kpi: null, target: 3, change: null }],
  ]);
});
