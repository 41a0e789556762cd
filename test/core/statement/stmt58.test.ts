/**
 * stmt58: the classes of real55's misses (the fifty-fifth real set, opened by stmt58), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture):
 * (1) "said it would …" is reported speech of a goal (the past of "will", already no closing attribution), not an
 * attribution closing the sentence; (2) a growth a verb of support takes as its object (« pour soutenir notre croissance
 * », "to fuel our growth") is the goal's purpose, not its measure; (3) a consequence clause (« , ce qui devrait permettre …
 * », ", which will …") after a clause with no figure and no word of direction states the goal; (4) a range of additional
 * things (« de 700 à 800 emplois supplémentaires », "300 to 400 additional jobs") is a rise, its lower bound the change;
 * (5) "with" and a subject before "accounting for" / "making up" is an absolute clause, no means; (6) a year after
 * "after" / « après », or ending a surpass verb's clause (« dépasser 2025. »), is a year, no goal figure; (7) a signed
 * percentage (or « plus N % », "plus N%" with no « de ») after a goal word is a change, a signed score stays the level;
 * (8) the money of an investment in the clause that enables the goal (« permettra », "will allow") is the means' amount,
 * and a breakdown between dashes ends at its closing dash; (9) "the current budget year" is the fiscal year; (10) "grow
 * approximately N percent" with no object states the rate, as "grow about" did. Each class case read otherwise before
 * stmt58 (checked on a copy of main's sources at 46086a0b); the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (a Saturday; every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) "said it would" reports the goal, no closing attribution', () => {
  readsAs([
    ['Acme, which makes tools, said it would double its workforce by 2028.', { direction: 'increase', change: { value: 1, kind: 'relative' }, deadline: '2028-12-31' }],
    ['Acme, which sells tools, said it would open 40 stores by 2028.', { target: 40, deadline: '2028-12-31' }],
  ]);
});

describe('(1) near misses: French reported speech and a closing attribution keep their readings', () => {
  readsAs([
    ["Acme, qui fabrique des outils, a indiqué qu'elle doublerait ses effectifs d'ici 2028.", { change: { value: 1, kind: 'relative' }, deadline: '2028-12-31' }],
    ['Sales will grow 10% in 2027, the CEO said, adding he would not give details.', { kpi: 'revenue', change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' }],
  ]);
});

describe('(2) a growth a verb of support takes is the purpose, no KPI', () => {
  readsAs([
    ["Le nouvel entrepôt nous permettra d'avoir 40 salariés supplémentaires pour soutenir notre croissance.", { kpi: null, direction: 'increase', change: { value: 40, kind: 'absolute' }, unit: 'count' }],
    ['The new plant will let us add 40 extra staff to fuel our growth.', { kpi: null, change: { value: 40, kind: 'absolute' } }],
  ]);
});

describe('(2) near miss: a growth given its own figure stays sales growth', () => {
  readsAs([['Nous voulons soutenir notre croissance de 10 % en 2027.', { kpi: 'sales_growth', target: 0.1, deadline: '2027-12-31' }]]);
});

describe('(3) a consequence after a clause with no figure and no direction states the goal', () => {
  readsAs([
    ["La chambre s'engage à encourager l'installation de petites entreprises, ce qui devrait permettre la création de 500 emplois.", { direction: 'increase', target: 500, unit: 'count' }],
    ['The chamber will promote small firms, which will create 300 jobs.', { direction: 'increase', target: 300, unit: 'count' }],
  ]);
});

describe('(3) near misses: a consequence after a figure or a direction stays set aside', () => {
  readsAs([
    ['Sales will reach $5M in 2027, which will fund new hires.', { kpi: 'revenue', target: 5000000, deadline: '2027-12-31' }],
    ["Nous espérons maintenir notre rythme de croissance, ce qui nous permettrait d'atteindre 2 M€ de chiffre d'affaires.", { kpi: 'sales_growth', direction: 'maintain', target: null }],
  ]);
});

describe('(4) a range of additional things is a rise: its lower bound the change', () => {
  readsAs([
    ["Le projet devrait créer de 700 à 800 emplois supplémentaires d'ici 2028.", { baseline: null, target: null, change: { value: 700, kind: 'absolute' }, deadline: '2028-12-31' }],
    ['The plan will bring 300 to 400 additional jobs by 2028.', { direction: 'increase', change: { value: 300, kind: 'absolute' } }],
  ]);
});

describe('(4) near miss: a range with nothing added stays a move', () => {
  readsAs([["Le projet devrait créer de 700 à 800 emplois d'ici 2028.", { baseline: 700, target: 800 }]]);
});

describe('(5) "with" and a subject before "accounting for" / "making up" is no means', () => {
  readsAs([
    ['We will double our staff by 2028, with engineers accounting for half of the hires.', { change: { value: 1, kind: 'relative' }, levers: [] }],
    ['We will double our staff by 2028, with engineers making up half of the hires.', { levers: [] }],
  ]);
});

describe("(5) near miss: a means' action noun after « avec » stays a lever", () => {
  readsAs([["Nous doublerons nos ventes d'ici 2028 avec l'ouverture de trois magasins.", { kpi: 'revenue', levers: ["l'ouverture de trois magasins"] }]]);
});

describe('(6) a year after "after" / « après » or ending a surpass verb\'s clause is no goal figure', () => {
  readsAs([
    ['Nos membres sont prêts à produire 20 000 tonnes en plus après 2027.', { target: null, change: { value: 20000, kind: 'absolute' } }],
    ['Our members are ready to produce 20,000 more tonnes after 2027.', { target: null, change: { value: 20000, kind: 'absolute' } }],
    ['Il espère dépasser 2025. Objectif : plus 8 %.', { target: null, change: { value: 0.08, kind: 'relative' }, unit: 'percent' }],
    ['We want to beat 2025. Goal: plus 8%.', { target: null, change: { value: 0.08, kind: 'relative' } }],
  ]);
});

describe('(7) a signed percentage after a goal word is a change', () => {
  readsAs([
    ["Objectif : +6 % pour un chiffre d'affaires proche de 40 millions d'euros.", { kpi: 'revenue', target: 40000000, change: { value: 0.06, kind: 'relative' } }],
    ['Goal: +6% in revenue this year.', { kpi: 'revenue', target: null, change: { value: 0.06, kind: 'relative' } }],
  ]);
});

describe('(7) near miss: a signed score after a goal word stays the level', () => {
  readsAs([['If we reach our NPS target of +40 by June, the team gets a bonus.', { kpi: 'nps', target: 40, change: null }]]);
});

describe("(8) an investment's money in the clause that enables the goal is the means' amount", () => {
  readsAs([
    ["Un investissement de 5 millions d'euros permettra de recruter 20 commerciaux.", { target: 20, unit: 'count' }],
    ['The $3 million investment will allow the firm to reach 500 customers by 2028.', { kpi: 'customers', target: 500, unit: 'count', deadline: '2028-12-31' }],
    ["Un plan d'investissement de 50 M€ – dont 10 M€ de subventions – qui lui permettra d'atteindre 800 tonnes par an d'ici 2028.", { target: 800, unit: 'count', recurrence: 'year' }],
  ]);
});

describe('(8) near miss: a goal amount before « permettra » stays the goal', () => {
  readsAs([["Atteindre 2 M€ de chiffre d'affaires permettra de recruter 10 personnes.", { kpi: 'revenue', target: 2000000 }]]);
});

describe('(9) "the current budget year" is the fiscal year', () => {
  readsAs([
    ['The agency wants to collect $2 billion in revenue in the current budget year.', { target: 2000000000, deadline: '2026-12-31' }],
    ['The agency wants to collect $2 billion in revenue in the current fiscal year.', { target: 2000000000, deadline: '2026-12-31' }],
  ]);
});

describe('(10) "grow approximately N percent" with no object states the rate', () => {
  readsAs([
    ['The chain will grow approximately 15 percent every year.', { target: 0.15, change: null, recurrence: 'year' }],
    ['The chain will grow about 15 percent every year.', { target: 0.15, change: null, recurrence: 'year' }],
  ]);
});
