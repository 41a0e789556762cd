/**
 * mend57d: the review findings on d57, each reviewer input a row (FR and EN). The economy rule takes any verb in -s again and
 * leaves a state word that modifies a business noun ("the government sales team") to the team; a plural modifier only in
 * English and only before a noun of people or roles; a second goal's own subject only when it names another measure, never
 * after a time or sequence word; cash only as the amount's complement or object; an organic growth of "sales" alone; verbs of
 * recovery state increase; "zero" before a lower-is-better noun only where it is aimed at; "aim for" no object opener.
 */
import { analyzeStatement, exampleRewrite } from '../../../src/core/statement';
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const AS_OF = '2026-12-06';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe('(1) a state aiming at growth, whatever stands between its verb and the growth, names no KPI', () => {
  readsAs([
    ['The government targets annual growth of 3% in 2027.', { kpi: null, target: 0.03 }],
    ['The government projects real growth of 2% in 2027.', { kpi: null, target: 0.02 }],
    ['The government forecasts average growth of 2.5% over 2027.', { kpi: null, target: 0.025 }],
    ['The government expects strong growth of 4% in 2027.', { kpi: null, target: 0.04 }],
    ['The government predicts that growth will reach 3% in 2027.', { kpi: null, target: 0.03 }],
    ['The government expects around 3% growth in 2027.', { kpi: null, change: { value: 0.03, kind: 'relative' } }],
    ['The government targets over 3% growth in 2027.', { kpi: null, target: 0.03 }],
    ['The country targets sustained growth of 5% by 2028.', { kpi: null, target: 0.05 }],
    ['Le gouvernement vise une croissance annuelle de 3 % en 2027.', { kpi: null, target: 0.03 }],
  ]);
});

describe('(1) near misses: a state word before a business noun modifies it', () => {
  readsAs([
    ['The government sales team targets 5% growth in 2027.', { kpi: 'sales_growth', target: 0.05 }],
    ['The state sales department expects sales growth of 10% in 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['The government agency targets 8% growth in 2027.', { kpi: 'sales_growth', target: 0.08 }],
    ['The sales department expects growth of 10% in 2027.', { kpi: 'sales_growth', target: 0.1 }],
  ]);
});

describe('(2) a plural before another plural is its modifier only in English, before a noun of people or roles', () => {
  readsAs([
    ['Signer 40 ventes en 2027 et 60 ventes directes en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Signer 40 contrats en 2027 et 60 contrats annuels en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Signer 40 clients en 2027 et 60 clients professionnels en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Vendre 40 voitures en 2027 et 60 voitures neuves en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Signer 40 abonnements en 2027 et 60 abonnements payants en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Signer 40 comptes en 2027 et 60 comptes clés en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Gagner 40 clients en 2027 et 60 clients depuis le site en 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Sell 40 cars in 2027 and 60 cars overseas in 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Win 40 customers thanks to referrals in 2027 and 60 customers in 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Win 40 clients in 2027 and 60 clients besides our partners in 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Sign 40 sales by 2027 and 60 sales managers by 2028.', { target: 40, deadline: '2027-12-31' }],
    ['Sign 40 sales by 2027 and 60 sales reps by 2028.', { target: 40, deadline: '2027-12-31' }],
  ]);
});

describe('(3) a second clause on the same measure, or after a time or sequence word, states the goal\u2019s level', () => {
  readsAs([
    ['Revenue will grow 10% this year and next year we will reach $2M.', { kpi: 'revenue', target: 2_000_000 }],
    ['Revenue will grow 10% in 2027, and after that we must reach $3M.', { kpi: 'revenue', target: 3_000_000 }],
    ['Revenue will grow 10% and then we should reach $2M by 2028.', { kpi: 'revenue', target: 2_000_000 }],
    ['Grow revenue 15% and total revenue must reach $2M by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Raise revenue by 10% and annual revenue should reach $5.5M in 2027.', { kpi: 'revenue', target: 5_500_000 }],
    ["Augmenter le chiffre d'affaires de 10 % et le chiffre d'affaires annuel devra atteindre 5 M€.", { kpi: 'revenue', target: 5_000_000 }],
    ['Increase new deals by 20% and monthly deals must reach 50 by 2027.', { kpi: 'deals_closed', target: 50 }],
    ['Increase sales 20% and so revenue will reach $1.2M in 2027.', { kpi: 'revenue', target: 1_200_000 }],
  ]);
});

describe('(3) near misses: another measure as the subject is a second goal (the first goal keeps its fields)', () => {
  readsAs([
    ['Sales will rise 3%, and customer retention must reach 90%.', { kpi: 'revenue', target: null, change: { value: 0.03, kind: 'relative' } }],
    ['Les ventes augmenteront de 3 %, et la fidélisation des clients doit atteindre 90 %.', { target: null, change: { value: 0.03, kind: 'relative' } }],
  ]);
});

describe('(4) cash as a side remark leaves the amount revenue; cash as its complement or object names no KPI', () => {
  readsAs([
    ['Shoot for a $10M business by 2028, cash-flow positive.', { kpi: 'revenue', target: 10_000_000 }],
    ['Get to $10k per month by June 2027 while keeping enough cash in the bank.', { kpi: 'revenue', target: 10_000 }],
    ['Hit $1M by the end of 2027 without burning cash.', { kpi: 'revenue', target: 1_000_000 }],
    ['Passer le cap des 10 M€ en 2027 sans tension de trésorerie.', { kpi: 'revenue', target: 10_000_000 }],
    ["Porter la trésorerie à 2 M€ d'ici fin 2027.", { kpi: null, target: 2_000_000 }],
    ['Grow our cash balance to $3M by Q4 2027.', { kpi: null, target: 3_000_000 }],
  ]);
});

describe('(5) an organic growth of "sales" alone is sales growth; of sales reps or sales calls, theirs', () => {
  readsAs([
    ['We target annual growth of sales reps of 10% in 2027.', { kpi: 'sales_reps' }],
    ['We target average growth of sales calls of 25% in 2027.', { kpi: 'prospecting' }],
    ['Nous visons une croissance organique des ventes de 6 à 8 % en 2027.', { kpi: 'sales_growth' }],
  ]);
});

describe('(6) a verb of recovery states increase, whatever its lost noun', () => {
  readsAs([
    ['Recover 80% of the revenue lost in 2026 by the end of 2027.', { direction: 'increase' }],
    ['Get back 500 hours lost by 2027.', { direction: 'increase', target: 500 }],
    ['Récupérer 500 heures perdues d’ici 2027.', { direction: 'increase', target: 500 }],
    ['Reach 3 days lost to absenteeism per employee by 2027.', { direction: 'decrease', target: 3 }],
  ]);
});

describe('(7) "zero" before a lower-is-better noun only where it is aimed at; a maintain verb keeps maintain', () => {
  readsAs([
    ['Maintain zero accidents in 2027.', { direction: 'maintain', target: 0 }],
    ['Maintenir zéro accident en 2027.', { direction: 'maintain', target: 0 }],
    ['We had zero complaints in 2026.', { direction: null, target: null }],
    ['Our plant recorded zero accidents in 2026.', { direction: null, target: null }],
    ['Nous avons eu zéro réclamation en 2026.', { direction: null, target: null }],
    ['Launch the new checkout with zero downtime in Q2 2027.', { direction: null, target: null }],
    ['Migrate all clients to the new platform with zero data loss by 2027.', { direction: null, target: null }],
    ['Aim for zero churn in 2027.', { kpi: 'churn', direction: 'decrease', target: 0 }],
    ['Objectif zéro churn en 2027.', { kpi: 'churn', direction: 'decrease', target: 0 }],
    ['Reduce churn to zero by 2027.', { kpi: 'churn', direction: 'decrease', target: 0 }],
    ["Objectif zéro défaut sur la ligne 3 d'ici juin 2027.", { direction: 'decrease', target: 0 }],
    ['Aim for zero accidents in 2027.', { direction: 'decrease', target: 0 }],
    ['Viser zéro défaut en 2027.', { direction: 'decrease', target: 0 }],
  ]);
});

describe('(8) "aim for" / "aim at" open no object for the rewrite; D1 still reads what an aim names', () => {
  readsAs([['Aim for a defect rate of 1% in 2027.', { direction: 'decrease', target: 0.01 }]]);
  it.each([
    ['Aim for fewer complaints in 2027.', /fewer complaints by/],
    ['We aim for customers to renew at a higher rate in 2027.', /Increase customers by/],
    ['Aim at the SMB market in 2027.', /the SMB market by/],
    ['Our railroad aims for mid-single digit percentage growth in carloads in 2027.', /Increase mid-single digit percentage growth by/],
  ])('%s is not restated with its aim\u2019s words as a measure', (text, nonsense) => {
    const rewrite = exampleRewrite(analyzeStatement(text, { asOf: AS_OF }), undefined, 'en', AS_OF);
    expect(rewrite).not.toMatch(nonsense);
    expect(rewrite).toMatch(/\S/);
  });
});
