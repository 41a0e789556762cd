/**
 * stmt46: the classes of real45's misses (the forty-fifth real set, opened by stmt46), read by general rules in goal.ts and
 * checked in sentences written for each shape (none copied from a fixture): (1) an amount's range after "of", "at" or
 * "for", with no "from" and no verb of change over it, is one estimated level, its lower bound (a bare "X to Y" moves only
 * under a verb of change: the written range rule); (2) a French verb of change right before « de X à Y % » (one percent
 * sign) states the change's range, its lower bound; (3) a change noun, the measure it moves, then the range ("a rise in net
 * sales of 1% to 3%", « une hausse de son chiffre d'affaires de 5 % à 7 % ») is the change's range; (4) what a target, a
 * guidance or a forecast is revised from is a former target, no baseline; (5) an amount named with its thing after
 * "the"/"our" under a verb of change whose "by" gives a percentage is the baseline; (6) a growth range's negative lower
 * bound keeps its sign; (7) a short aside after « croissance » keeps its range a level. Each class case read wrong before
 * stmt46's goal.ts; the near misses read the same before and after.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-05 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('(1) an amount’s range after of / at / for, no verb of change: its lower bound', () => {
  readsAs([
    ['The retailer reaffirmed full-year guidance for sales of $2.1 billion to $2.3 billion.', { target: 2100000000, baseline: null, unit: 'currency' }],
    ['Net revenue is now forecast at $410 million to $430 million for fiscal 2027.', { target: 410000000, baseline: null }],
    ['The studio is shooting for $3.1 to $3.3 billion.', { target: 3100000000, baseline: null }],
  ]);
});

describe('(1) near misses: a verb of change, "from", or no preposition keep their moves', () => {
  readsAs([
    ['Grow revenue of $40,000 to $60,000 by June 2027.', { baseline: 40000, target: 60000 }],
    ['Increase our revenue from $1M to $2M in 2027.', { baseline: 1000000, target: 2000000 }],
    ['We plan to double our 2026 revenue of $3M to $6M by 2028.', { baseline: 3000000, target: 6000000 }],
  ]);
});

describe('(2) « progresser de X à Y % »: the change, its lower bound', () => {
  readsAs([
    ['Hors effets de change, les ventes doivent progresser de 3 à 5 % en 2027.', { change: { value: 0.03, kind: 'relative' }, baseline: null, target: null }],
    ["Les recettes devraient ainsi reculer d'environ 2 à 4 % l'an prochain.", { change: { value: 0.02, kind: 'relative' }, baseline: null, target: null, direction: 'decrease' }],
  ]);
});

describe('(2) near misses: « passer de », a rate moved, the verb’s object after the range keep their ends', () => {
  readsAs([
    ['Faire passer le taux de conversion de 4 à 6 % en 2027.', { baseline: 0.04, target: 0.06 }],
    ['Augmenter de 25 à 35 % la part de marché en 2027.', { baseline: 0.25, target: 0.35 }],
    ['Nous nous engageons à augmenter de 3 à 4 %, en rythme annuel, le montant des prêts.', { baseline: 0.03, target: 0.04 }],
  ]);
});

describe('(3) a change noun, its measure, then the range: the change, its lower bound', () => {
  readsAs([
    ['The chain now expects a rise in 2027 comparable sales of 2% to 4%.', { change: { value: 0.02, kind: 'relative' }, baseline: null, target: null }],
    ['We forecast an increase in net revenue of 5% to 7% next year.', { change: { value: 0.05, kind: 'relative' }, baseline: null, target: null }],
    ["Le groupe prévoit une hausse de son chiffre d'affaires de 5 % à 7 % en 2027.", { change: { value: 0.05, kind: 'relative' }, baseline: null, target: null }],
  ]);
});

describe('(3) near misses: a share’s range, a growth noun’s range', () => {
  readsAs([
    ['An increase in market share of 20% to 25% by 2027.', { baseline: 0.2, target: 0.25, change: null }],
    ['Revenue growth of 13% to 15% in 2027.', { target: 0.13, change: null }],
  ]);
});

describe('(4) a target, a guidance or a forecast revised from a figure: that figure is no baseline', () => {
  readsAs([
    ['The company raised its 2027 revenue guidance from $940 million to $960 million.', { baseline: null, target: 960000000 }],
    ['We lifted our annual bookings target to $12 million from $10 million.', { baseline: null, target: 12000000 }],
    ['The group raised its margin target to between 18% and 20%, up from 15% to 17% previously.', { baseline: null, target: 0.18 }],
  ]);
});

describe('(4) near misses: a level "up from", a verb "forecast to", a plain move keep their baselines', () => {
  readsAs([
    ['Reach a 30% win rate by 2027, up from 25% in 2026.', { baseline: 0.25, target: 0.3 }],
    ['Revenue is forecast to reach $2M from $1.5M last year.', { baseline: 1500000, target: 2000000 }],
    ['Grow revenue to $2M from $1.5M in 2027.', { baseline: 1500000, target: 2000000 }],
  ]);
});

describe('(5) "Raise the $80 price by 10%": the amount is where the change starts', () => {
  readsAs([
    ['Raise the $120 service fee by 8% in January.', { baseline: 120, target: null, change: { value: 0.08, kind: 'relative' }, unit: 'percent' }],
    ['Cut the $500k marketing budget by 10% in 2027.', { baseline: 500000, target: null, change: { value: 0.1, kind: 'relative' }, direction: 'decrease' }],
  ]);
});

describe('(5) near misses: "to" an amount, an amount reached', () => {
  readsAs([
    ['Increase our revenue to $2M by 20%.', { target: 2000000, baseline: null }],
    ['Reach the $2M target by 2027.', { target: 2000000, baseline: null }],
  ]);
});

describe('(6) a growth range’s negative lower bound keeps its sign', () => {
  readsAs([
    ['The jeweller sees organic revenue growth between -2% to 1% next year.', { target: -0.02, kpi: 'sales_growth' }],
    ['We expect organic growth between -1% and 3% in 2027.', { target: -0.01 }],
  ]);
});

describe('(6) near misses: positive bounds stay positive', () => {
  readsAs([
    ['We expect organic growth between 1% and 3% in 2027.', { target: 0.01 }],
    ['Keep churn between 2% and 3%.', { target: 0.02, direction: 'maintain' }],
  ]);
});

describe('(7) « une croissance (en ML) de 4 à 7 % »: a short aside keeps the growth’s range a level', () => {
  readsAs([
    ['Pour 2027, la direction table sur une croissance (à tcc) de 3 à 6 %.', { target: 0.03, baseline: null }],
    ['Pour 2027, la direction table sur une croissance de 3 à 6 %.', { target: 0.03, baseline: null }],
  ]);
});
