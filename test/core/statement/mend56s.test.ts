/**
 * mend56s: stmt56's rules mended after an independent review (each finding reproduced through dist/Code.js before the
 * mend), and the lead's ruling on "in less than N":
 * (1) the past check after « la fin de l'année » / "year end" reads whole words (dernier, passé, précédent, last, past,
 * previous): « passer », « passera », « passant », "pass", "passing" after the period keep its deadline;
 * (2) "less than" read as a bound on the time taken only after "in" / « en » and never before "ago": "40% less than ten years
 * ago" is a fall;
 * (3) "in less than N" / « en moins de N » is "within N" only for months, quarters and years; with days or weeks it is the
 * measure, a duration to bring down (the lead's decision, 2026-12-06);
 * (5) a past decade (« la fin de la décennie précédente ») sets no deadline; (6) the decade's end is the next year ending in
 * 0, that year itself included (2030 read in 2030).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Read as of 2026-12-05, stmt56's day, every written deadline ahead. */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a word after the period starting with « pass » / "pass" is no past period', () => {
  readsAs([
    ["D'ici la fin de l'année passer le taux de conversion de 2 % à 3 %.", { kpi: 'conversion_rate', baseline: 0.02, target: 0.03, deadline: '2026-12-31' }],
    ["D'ici la fin du trimestre passer à 500 clients.", { direction: 'increase', target: 500, deadline: '2026-12-31' }],
    ["D'ici la fin de l'année le chiffre d'affaires passera de 3 à 5 M€.", { kpi: 'revenue', baseline: 3000000, target: 5000000, deadline: '2026-12-31' }],
    ["D'ici la fin de l'année, le chiffre d'affaires passant de 3 à 5 M€.", { baseline: 3000000, target: 5000000, deadline: '2026-12-31' }],
    ['By year end pass 1 million users.', { target: 1000000, deadline: '2026-12-31' }],
    ['Grow revenue by the end of the month passing our previous record.', { kpi: 'revenue', deadline: '2026-12-31' }],
  ]);
});

describe('(1) near misses: a period named past stays over', () => {
  readsAs([
    ["À la fin de l'année dernière, nous avions 200 clients.", { deadline: null }],
    ['À la fin du mois passé, nous avions 200 clients.', { deadline: null }],
    ['À la fin du trimestre précédent, nous avions 200 clients.', { deadline: null }],
  ]);
});

describe('(2) "less than N years ago" is a fall, not a bound on the time taken', () => {
  readsAs([
    ['Emit 40% less than ten years ago by 2030.', { direction: 'decrease', target: null, change: { value: 0.4, kind: 'relative' }, deadline: '2030-12-31' }],
    ['Our new stores should use 15% less than three years ago.', { direction: 'decrease', target: null, change: { value: 0.15, kind: 'relative' }, deadline: null }],
    ['Cut travel spend to 40% less than two years ago by the end of 2027.', { direction: 'decrease', target: null, change: { value: 0.4, kind: 'relative' }, deadline: '2027-12-31' }],
    ['Consommer 20 % de moins que il y a trois ans.', { direction: 'decrease', change: { value: 0.2, kind: 'relative' } }],
  ]);
});

describe('(3) "in less than N days / weeks" is the measure, a duration to bring down (the lead\'s ruling)', () => {
  readsAs([
    ["Payer nos fournisseurs en moins de 30 jours d'ici 2028.", { direction: 'decrease', target: 30, unit: 'days', deadline: '2028-12-31' }],
    ['Onboard new hires in less than 10 days.', { direction: 'decrease', target: 10, unit: 'days', deadline: null }],
    ['Ship 98% of orders in under 2 days.', { deadline: null }],
  ]);
});

describe('(3) near misses: months, quarters and years stay a deadline', () => {
  readsAs([
    ['Reach $2M in revenue in less than two years.', { direction: 'increase', target: 2000000, deadline: '2028-12-05' }],
    ["Atteindre 2 M€ de chiffre d'affaires en moins de trois ans.", { direction: 'increase', target: 2000000, deadline: '2029-12-05' }],
    ['Atteindre 500 clients en moins de 6 mois.', { direction: 'increase', target: 500, deadline: '2027-06-05' }],
  ]);
});

describe('(5) a past decade sets no deadline', () => {
  readsAs([
    ["Doubler le chiffre d'affaires d'ici la fin de la décennie précédente.", { deadline: null }],
    ["Doubler le chiffre d'affaires comme à la fin de la décennie passée.", { deadline: null }],
    ["Doubler le chiffre d'affaires d'ici la fin de la décennie.", { deadline: '2030-12-31' }],
  ]);
});

describe('(6) the decade under way ends in the next year ending in 0, that year included', () => {
  readsAsOf('2030-03-02', [
    ['Double revenue by the end of the decade.', { direction: 'increase', deadline: '2030-12-31' }],
    ["Doubler le chiffre d'affaires d'ici la fin de cette décennie.", { deadline: '2030-12-31' }],
  ]);
  readsAsOf('2031-01-05', [['Double revenue by the end of the decade.', { deadline: '2040-12-31' }]]);
});
