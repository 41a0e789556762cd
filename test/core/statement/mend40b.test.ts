/**
 * mend40b: regressions a read-only review found in the evening's merged statement rules (kpi38, num33), each restored to
 * the reading of 57cdd5d2 (before those rules), with near misses that keep the rules' own readings.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04' });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, deadline: a.deadline };
};

describe('an opening "Given …" / « Compte tenu de … » / « Dans la mesure où … » aside naming an aim is the goal, not an aside', () => {
  it.each([
    ['Given our target of $2M in revenue, hire 3 reps by June 2027.', { kpi: 'revenue', direction: 'increase', target: 2_000_000, deadline: '2027-06-30' }],
    ['Given the goal of reaching $2M in revenue, we will hire 3 new reps by June 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ["Compte tenu de l'objectif de 2 M€ de chiffre d'affaires en 2027, nous recruterons 3 commerciaux.", { kpi: 'revenue', target: 2_000_000, deadline: '2027-12-31' }],
    ["Dans la mesure où nous voulons atteindre 2 M€ de chiffre d'affaires en 2027, nous recruterons 3 commerciaux.", { kpi: 'revenue', target: 2_000_000 }],
    // "given" is a word of its own, not the start of a name
    ['Givenchy will sell 5,000 bags, up from 4,000, by 2027.', { direction: 'increase', baseline: 4000, target: 5000 }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // near misses: an aside naming what the goal rests on stays aside (kpi38, real37), visitors included
    ["Compte tenu de la croissance du chiffre d'affaires, nous voulons réduire le churn à 3 %.", { kpi: 'churn', target: 0.03 }],
    ['Given the strong growth we saw in 2025, we want to win 20 new customers.', { kpi: 'deals_closed', target: 20 }],
    ['Dans la mesure où 2 000 visiteurs sont attendus, nous espérons signer des centaines de contrats.', { kpi: 'deals_closed', target: null }],
    ['Insofar as 2,000 visitors are expected, we hope to sign hundreds of contracts.', { kpi: 'deals_closed', target: null }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('an opening condition with no figure is set aside as stmt35 read it: its verb ("holds", « se maintient ») gives no direction', () => {
  it.each([
    ['If the pace holds, 500 new customers by June 2027.', { kpi: 'deals_closed', direction: 'increase', target: 500, deadline: '2027-06-30' }],
    ["Si le rythme se maintient, 500 nouveaux clients d'ici juin 2027.", { kpi: 'deals_closed', direction: 'increase', target: 500, deadline: '2027-06-30' }],
    ['If sales keep rising, on average 40 deals per month by June 2027.', { kpi: 'deals_closed', direction: 'increase', target: 40 }],
    ['For most teams, if sales keep growing, the goal should be 500 new customers by June 2027.', { kpi: 'deals_closed', direction: 'increase', target: 500 }],
    ['In the current market, if the pace holds, our goal is to reach $2M in revenue by 2027.', { kpi: 'revenue', direction: 'increase', target: 2_000_000 }],
    ["Sur le marché actuel, si le rythme se maintient, notre objectif est d'atteindre 2 M€ de chiffre d'affaires d'ici 2027.", { kpi: 'revenue', direction: 'increase', target: 2_000_000 }],
    // the condition ends at its full stop
    ['If it goes well. Grow revenue, with 500 new customers by 2027.', { kpi: 'revenue', direction: 'increase' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // near misses: a goal to hold a level is still "maintain"; a condition's decimal figure stays in the condition (num32)
    ['Maintain 500 active customers through 2027.', { direction: 'maintain', target: 500 }],
    ['Maintenir 500 clients actifs en 2027.', { direction: 'maintain', target: 500 }],
    ['If the average deal is $1.5k, then your goal needs to be 40 deals by June 2027.', { kpi: 'deals_closed', baseline: null, target: 40 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('an amount added "to profit from" a source, « au profit net », is a profit goal; the idioms are still none', () => {
  it.each([
    ['Add $200k to profit from the new product line by 2027.', { kpi: 'profit', direction: 'increase', change: { value: 200_000, kind: 'absolute' } }],
    ['Contribute $50,000 to profit from new services by June 2027.', { kpi: 'profit', target: 50_000 }],
    ["Ajouter 200 000 € au profit net d'ici 2027.", { kpi: 'profit', change: { value: 200_000, kind: 'absolute' } }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['We want to profit from the trade fair to sign 20 new customers in 2027.', { kpi: 'deals_closed', target: 20 }],
    ['Nous voulons mettre à profit le salon pour signer 20 nouveaux clients en 2027.', { kpi: 'deals_closed', target: 20 }],
    ['Signer 20 nouveaux clients en 2027 au profit de la filiale.', { kpi: 'deals_closed', target: 20 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a speaker clause naming a target further on is set aside; a goal named straight after the speech verb is the goal', () => {
  it.each([
    ['“We will sign 40 new dealers by 2027,” said Jane Doe, who missed her target of 30 in 2025.', { direction: 'increase', baseline: null, target: 40, deadline: '2027-12-31' }],
    ['“We want 500 new members by 2027,” said the director, whose target is 500.', { direction: 'increase', baseline: null, target: 500, deadline: '2027-12-31' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['Jane Doe, sales director, said the target for new customers was 50.', { kpi: 'deals_closed', target: 50 }],
    ['Brent McCoy, membership director for the Springfield chamber, said the pre-event goal for new memberships was 202.', { kpi: 'deals_closed', target: 202 }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a change noun bounded by a floor: no "to" in what it changes', () => {
  it.each([
    ['Achieve an increase in revenue to at least 12% market share by 2027', { change: null }],
    ['Viser une hausse du chiffre d’affaires à au moins 12 % de part de marché d’ici 2027.', { change: null }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['Achieve an increase in company revenues of at least 12% by 2027.', { change: { value: 0.12, kind: 'relative' } }],
    ["Viser une progression du chiffre d'affaires supérieure ou égale à 12 % d'ici 2027.", { change: { value: 0.12, kind: 'relative' } }],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
