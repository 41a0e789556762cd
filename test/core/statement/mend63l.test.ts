/**
 * mend63l: the review of left63 (six findings), each row written for the finding's wording, FR and EN, with the near
 * misses left63 set out to read and must keep:
 * (1) « supprimer », « éliminer », "eliminate", "shed", "lay off" are a decrease only when what they remove names a KPI or
 *     holds a figure; a means removing anything else ("Eliminate manual data entry and grow revenue 10%") leaves the goal
 *     to the later direction word (left63 read a decrease: "Reduce revenue by 10%");
 * (2) "From the end of Q1 2027", « À partir de la fin du T1 2027 » start on the period's last day (left63: its first);
 * (3) « Soutenir notre croissance » opening the text keeps the growth going, as "Sustain our growth" does (left63: no
 *     direction);
 * (4) the sustained growth's deadline may be any date, not only a bare year ("through Q3 2027", "until June 30, 2027",
 *     « jusqu'au 30 juin 2027 », « d'ici le T3 2027 »: left63 named no KPI);
 * (5) "We've already opened 8 stores" is the count done, as "We have …"; "…; goal 100" after a count already done is the
 *     goal's figure (left63: baseline 40, no target);
 * (6) « Éliminer le churn » a decrease, as "Eliminate churn".
 * The class rows read otherwise on the branch base (main after left63's merge); the near misses read the same on both.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

// A Saturday in the year's last quarter, as left63's suite.
const AS_OF = '2026-12-05';
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf(AS_OF, rows);

describe('(1) a removal verb with no KPI and no figure is a means: the later verb gives the direction (was a decrease)', () => {
  readsAs([
    ['Eliminate manual data entry and grow revenue 10% by 2027.', { kpi: 'revenue', direction: 'increase', change: { value: 0.1, kind: 'relative' } }],
    ['We will not lay off anyone and will grow revenue 10% by 2027.', { kpi: 'revenue', direction: 'increase' }],
    ['Eliminate shipping fees to grow revenue 20% by 2027.', { kpi: 'revenue', direction: 'increase' }],
    ['Eliminate discounts and raise our average deal size to $50k by 2027.', { kpi: 'average_deal_size', direction: 'increase', target: 50_000 }],
    ["Supprimer les remises et porter le panier moyen à 50 k€ d'ici 2027.", { kpi: 'average_deal_size', direction: 'increase', target: 50_000 }],
    ["Supprimer les remises et augmenter le chiffre d'affaires de 10 % d'ici 2027.", { kpi: 'revenue', direction: 'increase' }],
  ]);
});

describe('(1) near misses: a removal of a KPI or of a figure stays a decrease (unchanged)', () => {
  readsAs([
    ['Eliminate churn by 2027.', { kpi: 'churn', direction: 'decrease' }],
    ['Eliminate churn and grow revenue 10% by 2027.', { kpi: 'churn', direction: 'decrease' }],
    ["Supprimer 150 emplois d'ici 2028.", { direction: 'decrease', target: 150 }],
    ['Shed 300 jobs by 2027.', { direction: 'decrease' }],
    ['Eliminate 50% of manual data entry.', { direction: 'decrease', change: { value: 0.5, kind: 'relative' } }],
    ["L'entreprise de 740 salariés prévoit de supprimer 150 emplois supplémentaires", { direction: 'decrease', baseline: 740, target: null }],
    ['Shed costs by 10% by 2027.', { direction: 'decrease', change: { value: 0.1, kind: 'relative' } }],
    ['Without laying off staff, grow revenue 10% by 2027.', { kpi: 'revenue', direction: 'increase' }],
    ["Sans supprimer de postes, augmenter le chiffre d'affaires de 10 % d'ici 2027.", { kpi: 'revenue', direction: 'increase' }],
  ]);
});

describe('(2) a start at the end of a quarter or a half: its last day (was its first)', () => {
  readsAs([
    ['From the end of Q1 2027, grow revenue 5% per month.', { start: '2027-03-31' }],
    ['À partir de la fin du T1 2027, augmenter le CA de 5 % par mois.', { start: '2027-03-31' }],
    ['From the end of H1 2027, sign 10 clients a month.', { start: '2027-06-30' }],
  ]);
});

describe('(2) near misses: a start naming the period itself keeps its first day (left63)', () => {
  readsAs([
    ['From Q1 2027, grow revenue 10% per quarter.', { start: '2027-01-01' }],
    ['Dès le T1 2027, augmenter le chiffre d’affaires de 10 % par trimestre.', { start: '2027-01-01' }],
    ['Grow revenue by 10% by the end of Q1 2027', { deadline: '2027-03-31', start: null }],
  ]);
});

describe('(3) « Soutenir notre croissance » opening the text: maintain, as "Sustain our growth" (was no direction)', () => {
  readsAs([
    ['Soutenir notre croissance en 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-12-31' }],
  ]);
});

describe('(3) near misses: the English verb, a purpose clause, another object (unchanged)', () => {
  readsAs([
    ['Sustain our growth through 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-12-31' }],
    ['Pour soutenir notre croissance, recruter 10 commerciaux.', { kpi: 'sales_reps', direction: 'increase', target: 10 }],
    ["Soutenir nos commerciaux et augmenter le chiffre d'affaires de 10 %.", { kpi: 'revenue', direction: 'increase' }],
  ]);
});

describe('(4) a sustained growth with any date as its deadline names the sales growth (was no KPI)', () => {
  readsAs([
    ['Sustain our growth through Q3 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-09-30' }],
    ['Sustain our growth until June 30, 2027.', { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-06-30' }],
    ["Soutenir notre croissance jusqu'au 30 juin 2027.", { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-06-30' }],
    ["Soutenir notre croissance d'ici le T3 2027.", { kpi: 'sales_growth', direction: 'maintain', deadline: '2027-09-30' }],
  ]);
});

describe('(4) near misses: a figure of the goal after the growth still leaves it to that figure (unchanged)', () => {
  readsAs([
    ['Sustain our growth in 2027 by hiring 10 reps.', { kpi: null }],
    ['Soutenir notre croissance en 2027 en recrutant 10 commerciaux.', { kpi: null }],
    ['Sustain our growth of 15% per year through 2027.', { kpi: 'sales_growth', target: 0.15 }],
    ['Support our growth by hiring 10 reps.', { kpi: null }],
  ]);
});

describe("(5) a count done after \"we've\", and « goal / objectif N » after it: baseline and target (was target 8, or no target)", () => {
  readsAs([
    ["We've already opened 8 stores", { baseline: 8, target: null }],
    ['We’ve already opened 8 stores', { baseline: 8, target: null }],
    ['We have already signed 40 clients this year; goal 100.', { kpi: 'deals_closed', baseline: 40, target: 100 }],
    ['Nous avons déjà signé 40 clients cette année ; objectif 100.', { kpi: 'deals_closed', baseline: 40, target: 100 }],
  ]);
});

describe('(5) near misses: a tag after a goal with no count done, the aim written out (unchanged)', () => {
  readsAs([
    ['Book 40 deals by June 2027 - goal 2.', { target: 40 }],
    ['Book 40 deals by June 2027; goal 2.', { target: 40 }],
    ['We have already signed 40 clients; our goal is 100 by 2027.', { baseline: 40, target: 100 }],
    ['We have already opened 8 stores.', { baseline: 8, target: null }],
    ['We have already opened 8 stores and plan to open 12 more by 2028.', { baseline: 8, change: { value: 12, kind: 'absolute' } }],
  ]);
});

describe('(6) « Éliminer » a decrease word, as "eliminate" (was no direction)', () => {
  readsAs([
    ["Éliminer le churn d'ici 2027.", { kpi: 'churn', direction: 'decrease' }],
    ["Éliminons 20 % des retours produits d'ici 2027.", { direction: 'decrease', change: { value: 0.2, kind: 'relative' } }],
  ]);
});

describe('(6) near miss: « éliminer » as a means before a later verb leaves the goal to it, as (1) (unchanged)', () => {
  readsAs([["Éliminer la saisie manuelle et augmenter le chiffre d'affaires de 10 % d'ici 2027.", { kpi: 'revenue', direction: 'increase' }]]);
});
