/**
 * d57: the statement leftovers the fifteenth session's reviews wrote down, each read by a rule of the language or by the written
 * convention. D1's gaps (a count or an average of a lower-is-better noun, time units of it, "zero" before it, "aim for" as an
 * aim verb, « défaut »), the economy's growth narrowed to a real subject (a minister heads a state's aim; "sales" is no verb),
 * cash held named as no sales money, a plural modifier before another plural ("sales managers"), an organic growth of sales,
 * and a second goal with its own subject and modal. Sentences written for each class, FR and EN, none copied from a fixture.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1, D1) an average, a number or a time unit of a lower-is-better noun is lower-is-better: decrease', () => {
  readsAs([
    ["Atteindre un nombre moyen de retards de 2 par mois d'ici 2027.", { kpi: null, direction: 'decrease', target: 2 }],
    ['Viser un délai moyen de 3 jours.', { direction: 'decrease', target: 3 }],
    ['Aim for an average number of delays of 2 per month by 2027.', { direction: 'decrease', target: 2 }],
    ['Atteindre le nombre de réclamations de 50 par mois en 2027.', { direction: 'decrease', target: 50 }],
    ['Target a number of complaints of 50 per month by 2027.', { direction: 'decrease', target: 50 }],
    ['Reach 2 hours of downtime per month by 2027.', { direction: 'decrease', target: 2 }],
    ["Atteindre 2 heures d'indisponibilité par mois d'ici 2027.", { direction: 'decrease', target: 2 }],
    ["Atteindre 3 jours d'absentéisme par salarié d'ici 2027.", { direction: 'decrease', target: 3 }],
    ['Reach 3 days lost to absenteeism per employee by 2027.', { direction: 'decrease', target: 3 }],
    ['Atteindre 3 jours perdus par salarié en 2027.', { direction: 'decrease', target: 3 }],
    ['Nous visons un taux de défaut de 1 % en 2027.', { direction: 'decrease', target: 0.01 }],
    ['Aim for a defect rate of 1% by 2027.', { direction: 'decrease', target: 0.01 }],
  ]);
});

describe('(1, D1) near misses: the time unit or the average of a higher-is-better noun keeps increase', () => {
  readsAs([
    ['Reach 10 hours of training per rep by 2027.', { direction: 'increase', target: 10 }],
    ['Atteindre 20 heures de formation par commercial en 2027.', { direction: 'increase', target: 20 }],
    ['Reach 20 days of selling per month by 2027.', { direction: 'increase', target: 20 }],
    ['Atteindre un nombre moyen de rendez-vous de 3 par jour.', { direction: 'increase', target: 3 }],
    ['Atteindre 98 % de livraisons sans défaut.', { direction: 'increase', target: 0.98 }],
    ['Aim for 50 new customers by 2027.', { kpi: 'deals_closed', direction: 'increase', target: 50 }],
  ]);
});

describe('(1, D1) "zero" before a lower-is-better noun is that measure brought down to 0', () => {
  readsAs([
    ['Aim for zero accidents in 2027.', { kpi: null, direction: 'decrease', target: 0, unit: 'count', deadline: '2027-12-31' }],
    ['Target zero defects by Q3 2027.', { kpi: null, direction: 'decrease', target: 0, deadline: '2027-09-30' }],
    ['Target zero customer complaints by 2027.', { direction: 'decrease', target: 0 }],
    ['Reach zero lost-time accidents next year.', { direction: 'decrease', target: 0 }],
    ['Viser zéro accident en 2027.', { kpi: null, direction: 'decrease', target: 0, deadline: '2027-12-31' }],
    ["Viser zéro défaut d'ici 2027.", { direction: 'decrease', target: 0 }],
    ['Atteindre zéro réclamation client en 2027.', { direction: 'decrease', target: 0 }],
  ]);
});

describe('(1, D1) near misses: "zero" before another head, or a churn word, keeps its own reading', () => {
  readsAs([
    ['Aim for zero-defect delivery by 2027.', { direction: null, target: null }],
    ['Reach zero loss prevention gaps.', { direction: null, target: null }],
    ['Aim for zero debt by 2027.', { direction: null, target: null }],
    ["Atteindre zéro dette d'ici 2027.", { direction: null, target: null }],
    ['Aim for zero churned accounts in 2027.', { kpi: 'churn', direction: 'decrease' }],
    ['Reduce accidents to zero by 2027.', { direction: 'decrease' }],
  ]);
});

describe("(2) an economy's growth: a state or a minister as the aim's real subject names no KPI", () => {
  readsAs([
    ['The government aims for 6% growth in 2027.', { kpi: null, direction: 'increase', target: 0.06 }],
    ['The government targets 6% growth in 2027.', { kpi: null, target: 0.06 }],
    ["Kenya's government expects growth of 6% in 2027.", { kpi: null, target: 0.06 }],
    ['The Prime Minister aims for 6% growth in 2027.', { kpi: null, direction: 'increase', target: 0.06 }],
    ['Le Premier ministre vise une croissance de 7 % en 2027.', { kpi: null, direction: 'increase', target: 0.07 }],
    ['Le ministre des Finances table sur une croissance de 5 % en 2027.', { kpi: null, target: 0.05 }],
    ['Kenya targets 6% GDP growth in 2027.', { kpi: null, target: 0.06 }],
  ]);
});

describe("(2) near misses: a team, a department or a firm's own sales are no economy", () => {
  readsAs([
    ['The government sales team targets 5% growth in 2027.', { kpi: 'sales_growth', target: 0.05 }],
    // mend57d: a department's growth of 10% with no measure after it is sales growth's level (G1, M1), as the team's.
    ['The state sales department expects growth of 10% in 2027.', { kpi: 'sales_growth', target: 0.1 }],
    ['The Prime Minister aims for 6% revenue growth at the state utility.', { kpi: 'sales_growth', target: 0.06 }],
    ['Le ministère vise une croissance de 12 % de son chiffre d’affaires.', { kpi: 'sales_growth', target: 0.12 }],
    ['The country team targets 8% growth.', { kpi: 'sales_growth', target: 0.08 }],
  ]);
});

describe('(3) cash held (« trésorerie », a cash position or balance) names no catalog KPI', () => {
  readsAs([
    ["Porter la trésorerie à 2 M€ d'ici fin 2027.", { kpi: null, direction: 'increase', target: 2000000, unit: 'currency' }],
    ['Atteindre une trésorerie de 5 M€ fin 2027.', { kpi: null, target: 5000000 }],
    ['Reach a cash position of $5M by 2027.', { kpi: null, target: 5000000 }],
    ['Grow our cash balance to $3M by Q4 2027.', { kpi: null, direction: 'increase', target: 3000000 }],
  ]);
});

describe('(3) near misses: sales beside cash, or sales alone, stay revenue', () => {
  readsAs([
    ["Atteindre 2 M€ de chiffre d'affaires et une trésorerie de 1 M€.", { kpi: 'revenue', target: 2000000 }],
    ['Reach $5M in cash sales by 2027.', { kpi: 'revenue', target: 5000000 }],
    ['Generate $2M in sales by 2027.', { kpi: 'revenue', target: 2000000 }],
  ]);
});

describe('(4) a plural modifier before another plural counts the second: another counted noun, the first goal', () => {
  readsAs([
    ['Sign 40 sales by 2027 and 60 sales managers by 2028.', { kpi: 'deals_closed', target: 40, deadline: '2027-12-31' }],
    ['Close 50 sales by 2027 and 80 sales reps by 2028.', { target: 50, deadline: '2027-12-31' }],
    ["Réaliser 40 ventes d'ici 2027 et 60 commerciaux d'ici 2028.", { target: 40, deadline: '2027-12-31' }],
  ]);
});

describe('(4) near misses: the same noun, a modifier that is no plural, or a period word after it, stays one list (N1)', () => {
  readsAs([
    ['Sign 40 sales by 2027 and 60 sales by 2028.', { target: 60, deadline: '2028-12-31' }],
    ['Reach 200 paying customers by 2027 and 300 paying customers by 2028.', { target: 300, deadline: '2028-12-31' }],
    ["Atteindre 200 clients d'ici 2027 et 300 clients d'ici 2028.", { target: 300, deadline: '2028-12-31' }],
    ['Hit 40 deals this year and 60 deals next year.', { target: 60, deadline: '2027-12-31' }],
  ]);
});

describe('(5) an organic (annual, average) growth OF sales in percent is sales growth', () => {
  readsAs([
    ['Nous visons une croissance organique des ventes de 6 à 8 % en 2027.', { kpi: 'sales_growth', target: 0.06 }],
    ['Nous visons une croissance annuelle des ventes de 5 % en 2027.', { kpi: 'sales_growth', target: 0.05 }],
    ['We target annual growth of sales of 6% in 2027.', { kpi: 'sales_growth', target: 0.06 }],
  ]);
});

describe('(5) near misses: a growth of another measure stays that measure', () => {
  readsAs([
    ['Nous visons une croissance organique des leads de 10 % en 2027.', { kpi: 'leads' }],
    ['Nous visons une croissance des leads de 10 % en 2027.', { kpi: 'leads' }],
  ]);
});

describe('(6) a second goal with its own subject and modal: the first goal is read (the two-goal rule)', () => {
  readsAs([
    ['Sales will rise 3%, and customer retention must reach 90%.', { kpi: 'revenue', direction: 'increase', target: null, change: { value: 0.03, kind: 'relative' } }],
    ['Les ventes augmenteront de 3 %, et la fidélisation des clients doit atteindre 90 %.', { kpi: 'revenue', target: null, change: { value: 0.03, kind: 'relative' } }],
    ['Sales will rise 3%, and churn must fall to 4%.', { kpi: 'revenue', direction: 'increase', target: null }],
    ['Sales will grow 10% in 2027 and the team will hit 50 deals.', { kpi: 'revenue', target: null }],
  ]);
});

describe('(6) near misses: a pronoun subject may restate the same measure, and one goal stays one goal', () => {
  readsAs([
    ['Revenue will grow 10% and we will reach $2M by 2027.', { kpi: 'revenue', target: 2000000 }],
    ['Le CA augmentera de 10 % et nous devrons atteindre 2 M€.', { kpi: 'revenue', target: 2000000 }],
    ['Increase sales by 3% and reach 90% customer retention.', { kpi: 'revenue', target: null }],
    ['Sales rose 8% in 2026, and retention must reach 90%.', { kpi: 'retention', target: 0.9 }],
    ['Opening the store will cost $2M and revenue should reach $3M.', { kpi: 'revenue', target: 3000000 }],
    ["Nous voulons ouvrir un magasin à Lyon, et le chiffre d'affaires doit atteindre 3 M€.", { kpi: 'revenue', target: 3000000 }],
  ]);
});
