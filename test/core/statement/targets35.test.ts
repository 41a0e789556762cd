/**
 * tgt35: a target round on real28–real38 (test/fixtures/statements/README.md, "Target misses across sets, tgt35"). The class
 * fixed: a year read as the goal's level where a date is read too (number-structure.ts `isYearBesideDate`). Real lines
 * (verbatim, with their set and page date), sentences written for the class in French and English, and near-misses that
 * must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string, asOf: string) => {
  const a = analyzeStatement(text, { asOf });
  return { direction: a.direction, baseline: a.baseline, target: a.target, unit: a.unit, deadline: a.deadline };
};

describe('a four-digit year beside a date is a year, never the goal’s level', () => {
  it.each([
    // real29 l.1: the year of the level compared with (« contre 260 millions en 2013 »)
    [
      "Avec un chiffre d'affaires qui devrait se situer entre 400 et 500 millions d'euros cette année contre 260 millions en 2013, Optical Center vise la place de n°1 sur le marché de l'optique à l'horizon 2020.",
      '2014-06-02',
      { direction: 'increase', target: null, deadline: '2020-12-31' },
    ],
    // real37 l.22: the year naming a past figure ("the 2015 number")
    ['Here are the top things we can do to improve to try to hit or exceed the 2015 number in 2018:', '2018-01-15', { direction: 'increase', target: null, unit: null, deadline: '2018-12-31' }],
    // real37 l.72: the second year of a deadline (« fin 2015, début 2016 »)
    ['Leur objectif affiché est de former un nouveau groupe d’ici à fin 2015, début 2016.', '2014-09-10', { target: null, unit: null, deadline: '2015-12-31' }],
    // real38 l.39: a fiscal span ("the 2015-16 financial year"), its second year too
    ['Go-Ahead said the new target would be achieved by the 2015-16 financial year through “high quality services, innovation and marketing and cost efficiency”.', '2012-03-01', { direction: 'increase', target: null, unit: null }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['Beat the 2019 record by the end of 2027.', { direction: 'increase', target: null, deadline: '2027-12-31' }],
    ['Founded in 1987, the firm wants to open a store in Lyon by June 2027.', { target: null, deadline: '2027-06-30' }],
    ['Reach the budget of the 2026-27 season by June 2027.', { target: null, deadline: '2027-06-30' }],
    ['Dépasser le chiffre de 2019 d’ici fin 2027.', { direction: 'increase', target: null, deadline: '2027-12-31' }],
    ['Fondée en 1987, la maison veut ouvrir une boutique à Lyon d’ici juin 2027.', { target: null, deadline: '2027-06-30' }],
    ['Tenir le budget de la saison 2026-27 d’ici juin 2027.', { target: null, deadline: '2027-06-30' }],
  ])('written: %s', (text, expected) => {
    expect(read(text, '2026-12-05')).toMatchObject(expected);
  });

  it.each([
    // a plural counted after the number, a round hundred, a capitalized name before it, « celle de » (real16), no date read
    ['Reach 1850 members by 2027.', { target: 1850, unit: 'count' }],
    ['Atteindre 1850 adhérents d’ici 2027.', { target: 1850, unit: 'count' }],
    ['Get 2000 new sign-ups by June 2027.', { target: 2000 }],
    ['Obtenir 1900 d’ici juin 2027.', { target: 1900 }],
    ['Notre objectif : 1950.', { target: 1950 }],
    ['Our goal: 1950.', { target: 1950 }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text, '2026-12-05')).toMatchObject(expected);
  });

  // mend42d: a reviewer's ordinary goals that the first form of the rule (a year unless a few shapes protect it) read with no
  // target or no baseline. Each reads as at 0f273fda, before tgt35: no year cue stands right before the number.
  it.each([
    ['Grow revenue to 1850 by June 2027.', { direction: 'increase', baseline: null, target: 1850, unit: 'currency' }],
    ['We want to hit 1999 in monthly revenue by Q3 2027', { direction: 'increase', baseline: null, target: 1999, unit: 'currency' }],
    ['Grow MRR to 2040 by June 2027', { direction: 'increase', baseline: null, target: 2040, unit: 'currency' }],
    ['We want 2040 MRR by 2027', { direction: 'increase', baseline: null, target: 2040, unit: 'currency' }],
    ["Porter le CA à 1850 d'ici juin 2027", { direction: 'increase', baseline: null, target: 1850, unit: 'currency' }],
    ["Nous voulons atteindre 1850 d'ici fin 2027", { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ["Nous visons 1950 chiffre d'affaires d'ici 2027", { direction: 'increase', baseline: null, target: 1950, unit: 'currency' }],
    ['Increase the number of subscribers to 1850 by June 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['Keep headcount at 1850 through 2027', { direction: 'maintain', baseline: null, target: 1850, unit: 'count' }],
    ['Cut costs to 1850 per month by June 2027', { direction: 'decrease', baseline: null, target: 1850, unit: 'currency' }],
    ["Réduire les coûts à 1850 par mois d'ici juin 2027", { direction: 'decrease', baseline: null, target: 1850, unit: 'currency' }],
    ['We will ship 1850 kg of coffee by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['Grow our Elo rating to 1850 by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['Our target is 1850 by June 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['By June 2027, reach 1850.', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['Objectif 2027 : 1850.', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 new customers by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 active users by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 paying customers by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 B2B customers by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 monthly subscribers by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We need 1850 sign-ups by June 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 people by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['We want 1850 5-star reviews by 2027', { direction: 'increase', baseline: null, target: 1850, unit: 'count' }],
    ['Increase customers from 1850 to 2050 by 2027', { direction: 'increase', baseline: 1850, target: 2050, unit: 'count' }],
    ["Passer de 1850 à 1950 clients d'ici 2027", { direction: 'increase', baseline: 1850, target: 1950, unit: 'count' }],
    ['Reduce waste from 1850 to 1200 by 2027', { direction: 'decrease', baseline: 1850, target: 1200, unit: 'count' }],
    ['Revenue 2025: 1200; target 2027: 1850', { direction: 'increase', baseline: 1200, target: 1850, unit: 'currency' }],
    ['Revenue was 1200 in 2025; we want 1850 by 2027', { direction: 'increase', baseline: 1200, target: 1850, unit: 'currency' }],
  ])('near-miss (mend42d): %s', (text, expected) => {
    expect(read(text, '2026-12-05')).toMatchObject(expected);
  });

  // mend42d: a level cue before the number, or a threshold after it, keeps a level that a year cue's words would otherwise
  // resemble; a year cue with a definite article (« le niveau de 2019 ») sets the year aside.
  it.each([
    ['We aim for a target of 1850 by 2027.', { direction: 'increase', target: 1850, unit: 'count' }],
    ['Grow to more than 1850 by 2027.', { direction: 'increase', target: 1850, unit: 'count' }],
    ['Reach the 1850 mark by June 2027.', { direction: 'increase', target: 1850, unit: 'count' }],
    ["Atteindre un niveau de 1850 d'ici juin 2027.", { direction: 'increase', target: 1850, unit: 'count' }],
    ['Keep the 1850 new members we signed by June 2027.', { direction: 'maintain', target: 1850, unit: 'count' }],
    ["Faire mieux que le niveau de 2019 d'ici juin 2027.", { direction: 'increase', target: null, unit: null, deadline: '2027-06-30' }],
    ['Do better than the 2019 level by June 2027.', { target: null, unit: null, deadline: '2027-06-30' }],
  ])('cue (mend42d): %s', (text, expected) => {
    expect(read(text, '2026-12-05')).toMatchObject(expected);
  });

  it('keeps a direction through a year set aside beside a stated baseline (mend42d)', () => {
    expect(read('Sales were 1200 in 2025; we want to beat the 2019 record by 2027.', '2026-12-05')).toMatchObject({ direction: 'increase', baseline: 1200, target: null });
  });
});
