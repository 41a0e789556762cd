/**
 * mend48b: stmt46's rules narrowed to what they were meant for (sentences written for each shape, none copied from a
 * fixture). (1) After a verb of bringing, an amount's range after "of" moves, as a rate's does; (4) only a target, a guidance
 * or a forecast that a verb of revising takes as its object is revised "from" a figure, never such a noun inside the
 * measure; (2, 3) « de X à Y % » after a French verb of change, and a change noun's measure then its range, are the change
 * only for an amount or a count (a KPI the catalog measures as an amount or a count) and, after a change noun, only a rising
 * range — a rate's, a share's, a score's levels move; (5) an amount is the baseline only as the verb's own object, the measure
 * itself, and the pipeline named keeps its KPI; (6, 7) the typographic minus keeps a range's sign, longer asides after
 * « croissance » keep its range a level. Each class case read wrong before mend48b; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) a verb of bringing before an amount’s range after "of": the range moves', () => {
  readsAs([
    ['Move our average deal size of $8,000 to $10,000 by Q4 2027', { baseline: 8000, target: 10000, change: null }],
    ['Take the average order value of $50 to $60', { baseline: 50, target: 60 }],
    ['Get monthly revenue of $30k to $45k', { baseline: 30000, target: 45000 }],
    ['Bring monthly recurring revenue of $30k to $45k', { baseline: 30000, target: 45000 }],
    ['Drive average deal size of $8,000 to $10,000', { baseline: 8000, target: 10000 }],
    ['Scale ARR of $1M to $3M', { baseline: 1000000, target: 3000000 }],
  ]);
});

describe('(1) near misses: a guidance’s range of amounts, a verb of bringing in another clause', () => {
  readsAs([
    ['We reaffirm guidance for sales of $2.1 billion to $2.3 billion.', { target: 2100000000, baseline: null }],
    ['Revenue, up from last year, is now forecast at $410 million to $430 million for fiscal 2027.', { target: 410000000, baseline: null }],
  ]);
});

describe('(4) "target" or "forecast" as a noun inside the measure: its "from" figure is the baseline', () => {
  readsAs([
    ['Improve the accuracy of our sales forecast from 70% to 85% by Q4 2027', { baseline: 0.7, target: 0.85 }],
    ['Increase the share of reps hitting their target from 40% to 60%', { baseline: 0.4, target: 0.6 }],
    ['Increase the percentage of stores meeting target from 55% to 70%', { baseline: 0.55, target: 0.7 }],
    ['Reduce the gap to target from 15% to 5%', { baseline: 0.15, target: 0.05, direction: 'decrease' }],
    ['Raise the share of reps on target to 70% from 55%', { baseline: 0.55, target: 0.7 }],
    ['Cut the time to produce the monthly forecast from 5 days to 2 days', { baseline: 5, target: 2 }],
  ]);
});

describe('(4) a target or an outlook a verb revises: its "from" figure is no baseline (close variants too)', () => {
  readsAs([
    ['The company raised its outlook for revenue from $940 million to $960 million', { baseline: null, target: 960000000 }],
    ['We lifted our 2027 target for EBITDA from $80 million to $90 million', { baseline: null, target: 90000000 }],
    ['The company raised its full-year revenue guidance, from $940 million to $960 million', { baseline: null, target: 960000000 }],
  ]);
});

describe('(4) near miss: a revising verb six words before its target still leaves the old range no baseline', () => {
  readsAs([
    ['The group hiked its medium-term organic revenue growth target to between 4% and 5%, up from 3% to 4% previously.', { baseline: null, target: 0.04 }],
  ]);
});

describe('(2) « de X à Y % » of a percentage level (a rate, a share, a score): the level moves', () => {
  readsAs([
    ["La satisfaction client doit progresser de 85 à 90 % d'ici fin 2027", { baseline: 0.85, target: 0.9, change: null }],
    ['La fidélisation doit grimper de 60 à 75 %', { baseline: 0.6, target: 0.75, change: null }],
    ["L'occupation des chambres doit progresser de 70 à 80 %", { baseline: 0.7, target: 0.8, change: null }],
    ['La couverture vaccinale doit progresser de 80 à 95 %', { baseline: 0.8, target: 0.95, change: null }],
    ['Le NPS doit progresser de 30 à 45 %', { baseline: 0.3, target: 0.45, change: null }],
    ['Nos marges doivent progresser de 30 à 35 %', { baseline: 0.3, target: 0.35, change: null, kpi: 'net_margin' }],
    ["Les ventes en ligne doivent progresser de 20 à 30 % du chiffre d'affaires", { baseline: 0.2, target: 0.3, change: null }],
    ['La rentabilité doit progresser de 12 à 15 %', { baseline: 0.12, target: 0.15, change: null, kpi: 'net_margin' }],
  ]);
});

describe('(2) near misses: an amount or a count in % growth keeps the change', () => {
  readsAs([
    ['Le chiffre d’affaires doit progresser de 4 à 6 % en 2027.', { change: { value: 0.04, kind: 'relative' }, baseline: null, target: null }],
    ['Les volumes de ventes devraient reculer d’environ 2 à 3 % l’an prochain.', { change: { value: 0.02, kind: 'relative' }, baseline: null, target: null }],
  ]);
});

describe('(3) a change noun over a falling range or a percentage level: the level moves', () => {
  readsAs([
    ['We target a decrease in monthly churn of 5% to 3% by December 2027', { baseline: 0.05, target: 0.03, change: null }],
    ['Our goal is a drop in return rates of 8% to 5%', { baseline: 0.08, target: 0.05, change: null }],
    ['We expect a decline in absenteeism of 6% to 4%', { baseline: 0.06, target: 0.04, change: null }],
    ["Une baisse de l'absentéisme de 8 % à 5 %", { baseline: 0.08, target: 0.05, change: null }],
    ['an increase in customer satisfaction of 80% to 90%', { baseline: 0.8, target: 0.9, change: null }],
    ['Une hausse de la satisfaction client de 80 % à 90 %', { baseline: 0.8, target: 0.9, change: null }],
    ['an increase in gross margins of 30% to 35%', { baseline: 0.3, target: 0.35, change: null }],
  ]);
});

describe('(3) "an increase of net sales of 2% to 4%": "of" after the change noun is the change too', () => {
  readsAs([
    ['We expect an increase of net sales of 2% to 4%', { change: { value: 0.02, kind: 'relative' }, baseline: null, target: null }],
  ]);
});

describe('(3) near miss: an amount’s fall keeps the change', () => {
  readsAs([
    ['We expect a decline in net sales of 2% to 4% next year.', { change: { value: 0.02, kind: 'relative' }, baseline: null, target: null }],
  ]);
});

describe('(5) the amount is the baseline only as the measure itself; the pipeline keeps its KPI', () => {
  readsAs([
    ['Grow our $2M pipeline by 20% by Q2 2027', { kpi: 'pipeline_value', baseline: 2000000, change: { value: 0.2, kind: 'relative' } }],
    ['Increase sales of our $30 subscription box by 25%', { baseline: null, change: { value: 0.25, kind: 'relative' } }],
    ['Boost the conversion of the $500 bundle by 5%', { baseline: null, kpi: 'conversion_rate' }],
    ['Raise the repair service price of $80 by 10%', { baseline: 80, change: { value: 0.1, kind: 'relative' } }],
  ]);
});

describe('(6, 7) the typographic minus keeps the sign; a longer aside keeps « croissance »’s range a level', () => {
  readsAs([
    ['We expect organic growth between −1% and 2% in 2027', { target: -0.01, change: null }],
    ['La croissance organique sera comprise entre −1 % et 2 %', { target: -0.01, change: null }],
    ['Pour 2027, la direction table sur une croissance (hors effets de change) de 3 à 6 %', { target: 0.03, baseline: null }],
    ['Pour 2027, la direction table sur une croissance, en monnaie locale, de 3 à 6 %', { target: 0.03, baseline: null }],
    ['Pour 2027, la direction table sur une croissance à taux de change constants de 3 à 6 %', { target: 0.03, baseline: null }],
  ]);
});

describe('(6) near misses: a minus as a dash, a positive lower bound', () => {
  readsAs([
    ['Cut churn − from 5% to 3% by 2027', { baseline: 0.05, target: 0.03 }],
    ['La croissance organique sera comprise entre 1 % et 3 %', { target: 0.01 }],
  ]);
});
