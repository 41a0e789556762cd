/**
 * num32: number-field classes left on real21–real36 (test/fixtures/statements/README.md, "Number-field misses across
 * sets", fifth round). Each class: real lines (verbatim, with their set and page date), sentences written for the class in
 * French and English, and near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string, asOf = '2026-12-04') => {
  const a = analyzeStatement(text, { asOf });
  return { baseline: a.baseline, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline };
};

describe('an opening condition stating a fact with a figure is what the goal is computed from, not its number', () => {
  it.each([
    // real28 l.4, real23 l.52, real26 l.58
    ['If the average commission is 14%, then your sales goal needs to be $ 669,642.85 ($93,750.00 divided by .14).', '2015-01-01', { target: 669642.85, unit: 'currency' }],
    ['Then if you have a financial target of $40k per SDR per month, the target would be 20 opps per month.', '2025-01-06', { target: 20, unit: 'count' }],
    ['But, if you can move them, on average from 60% to 80% of top-performer results, you can grow sales by up to 25%.', '2017-04-11', { baseline: null, target: null, change: { value: 0.25, kind: 'relative' } }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['If we close 10 deals in January, reach 40 by March.', { target: 40, unit: 'count', deadline: '2027-03-31' }],
    ['If the average basket is €40, the target is 500 orders a month.', { target: 500, unit: 'count' }],
    ['If we have 120 customers in March, then we want 150 customers by June.', { baseline: null, target: 150, deadline: '2027-06-30' }],
    ['Si nous signons 10 contrats en janvier, atteindre 40 contrats d’ici mars.', { target: 40, unit: 'count', deadline: '2027-03-31' }],
    ['Si chaque commercial a 30 rendez-vous par mois, l’objectif est de 12 contrats signés par mois.', { target: 12, unit: 'count' }],
  ])('written: %s', (text, expected) => {
    expect(read(text, '2026-12-01')).toMatchObject(expected);
  });

  it.each([
    // a condition saying "now" gives the current level (real21 l.15); a condition moving a measure holds the goal (real17 l.44);
    // a condition naming the target keeps it when the main clause names none (real27 l.23).
    ['If you get one new client per week now, your goal might be 1.5 new clients per week (on average), within 60 days.', { baseline: 1, target: 1.5 }],
    ['Par exemple, si vous avez en tête d’attirer 40 clients supplémentaires, alors vous devez multiplier 50 par 40.', { change: { value: 40, kind: 'absolute' } }],
    ['If your monthly target is £50,000 and your win rate is 50%, you need £100,000 in active pipeline.', { target: 100000 }],
    ['Close 10 deals in January, and if we can, reach 40 by March.', { target: 10 }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text, '2025-01-06')).toMatchObject(expected);
  });
});

describe('a range no change verb moves is an estimate (its lower bound); a percent written once after a change verb is the change', () => {
  it.each([
    // real36 l.54, real31 l.5, real26 l.6, real30 l.13, real27 l.13, real29 l.51
    ['Well-run firms have $500,000 to $700,000 in commissions per producer.', '2023-08-07', { baseline: null, target: 500000 }],
    ['Nous souhaitons conserver un rythme de 4 à 5 nouvelles créations en franchise chaque année, en attirant des profils de commerçants ou d’investisseurs.', '2013-04-24', { baseline: null, target: 4 }],
    ['There is usually a minimum call average that each company likes to see and this can be anywhere from six to ten doctors per day on average.', '2023-03-01', { baseline: null, target: 6 }],
    ['The company plans to grow e-commerce sales to approximately $1 billion to 1.2 billion in fiscal 2017, from $628 million in fiscal 2014.', '2015-03-01', { baseline: 628000000, target: 1000000000 }],
    ['Industrial companies that understand their customer base, adequately prioritize aftermarket sales, and relentlessly focus on execution can boost their services revenue by 30 to 60 percent within three to five years.', '2025-01-06', { target: null, change: { value: 0.3, kind: 'relative' } }],
    ['Les instituts de beauté peuvent augmenter leur chiffre d’affaires de 10 à 20% en optimisant leurs services, leur planning et leurs stratégies commerciales.', '2025-01-06', { baseline: null, target: null, change: { value: 0.1, kind: 'relative' } }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['Top reps bring in $80,000 to $100,000 in new business per quarter.', { baseline: null, target: 80000 }],
    ['Nos agences gardent un rythme de 8 à 10 ventes par semaine.', { baseline: null, target: 8 }],
    ['The firm expects homes closed to reach a range of 1,300 homes to 1,400 homes in 2027.', { target: 1300 }],
    ['Grow repeat revenue by 15 to 20 percent next year.', { target: null, change: { value: 0.15, kind: 'relative' } }],
    ['Augmenter nos ventes de 10 à 15 % d’ici 2027.', { baseline: null, target: null, change: { value: 0.1, kind: 'relative' } }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // a move with "from", a colon, a past verb, far ends, a rate or a share moved, a descending move: their ends stay baseline and target.
    ['Grow MRR from $10,000 to $12,000 by June.', { baseline: 10000, target: 12000 }],
    ['Conversion rate: 1.5% to 2.5% by June.', { baseline: 0.015, target: 0.025 }],
    ['First-time course creators going 0 to $10K revenue in 90 days', { baseline: 0, target: 10000 }],
    ['Augmenter de 25 à 35 % la part de marché d’ici 2027.', { baseline: 0.25, target: 0.35 }],
    ['Faire baisser le churn de 6 à 4 % en 2027.', { baseline: 0.06, target: 0.04 }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('"now" opening the level’s clause, or "today" after a level no verb governs, makes it the baseline', () => {
  it.each([
    // real31 l.21, real29 l.44
    ['Aujourd’hui, nous en sommes à 39 magasins, on en sera à 40 en fin d’année et 41 début 2024.', '2023-01-02', { baseline: 39, target: 40 }],
    ['« Aujourd\'hui, le groupe est international à 50 %, d\'ici à 10 ans il le sera à 75 %», ambitionne-t-il.', '2014-12-16', { baseline: 0.5, target: 0.75 }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['With 40 clients today, we want 60 clients by June.', { baseline: 40, target: 60 }],
    ['Today, our team is at 12 demos a week; we want 20 demos a week by June.', { baseline: 12, target: 20 }],
    ['Aujourd’hui, nous en sommes à 120 clients, nous serons 200 fin 2027.', { baseline: 120, target: 200 }],
    ['Today, we are at 120 customers; we will be at 200 by the end of 2027.', { baseline: 120, target: 200 }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['Sign 20 new customers today and 40 next week.', { baseline: null, target: 20 }],
    ['Today, we aim for 200 customers and 50 partners by the end of 2027.', { baseline: null, target: 200 }],
    ['Aujourd’hui, nous visons 200 clients et 50 partenaires d’ici fin 2027.', { baseline: null, target: 200 }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a bound on what is added is the change; a percentage more than another level is a change of it', () => {
  it.each([
    // real28 l.3, real33 l.32, real24 l.8, real28 l.39
    // left53's M2 (the lead's ruling of 2026-12-06) overturns this row: names added each week to a summed KPI are the weekly target.
    ['Mailing List: Add at least 10 new names to my mailing list each week.', '2015-01-01', { target: 10, change: null }],
    ['If the one man show started with 15 full time customers, the next season he should set his goal to add at least 5 more full timers.', '2025-01-06', { target: null, change: { value: 5, kind: 'absolute' } }],
    ['Apparently each day, the goal in our department is 10% more than the previous day.', '2025-01-06', { target: null, change: { value: 0.1, kind: 'relative' } }],
    ['But in an inexplicable act of greed and stupidity, the ad manager gave the new person a goal that was ten percent higher than the pre-refund amount generated by Derek.', '2016-06-01', { target: null, change: { value: 0.1, kind: 'relative' } }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['Open at least 12 more stores by 2028.', { target: null, change: { value: 12, kind: 'absolute' } }],
    // left53's M2: subscribers added each month (a summed KPI) are the monthly target.
    ['Ajouter au moins 50 nouveaux abonnés chaque mois.', { target: 50, change: null }],
    ['Our target this quarter is 15% higher than last quarter.', { target: null, change: { value: 0.15, kind: 'relative' } }],
    ['L’objectif est de vendre 15 % de plus que l’an dernier.', { target: null, change: { value: 0.15, kind: 'relative' } }],
    ['Notre objectif : un chiffre d’affaires 20 % plus élevé que l’an dernier.', { target: null, change: { value: 0.2, kind: 'relative' } }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    // a bound on the level stays the target; "more than" a count keeps it a level.
    ['Reach at least 12 stores by 2028.', { target: 12, change: null }],
    ['Atteindre au moins 50 abonnés par mois.', { target: 50, change: null }],
    ['Sell more than 40 units in June.', { target: 40, change: null }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('a year compared, before « avec » or after "at the" is no goal number; a bound on a later item of another kind is that item’s', () => {
  it.each([
    // real26 l.41, real28 l.45, real30 l.44
    ['Le camping en France devrait gagner un million de nuitées supplémentaires en 2011, une progression légèrement supérieure à 2010.', '2011-01-03', { target: null, change: { value: 1000000, kind: 'absolute' } }],
    ['Dans le détail, l’ambition du pôle digital est de poursuivre la croissance de son chiffre d’affaires avec un objectif de l’ordre de 250 millions d’euros à horizon trois ans, ainsi qu’un niveau de marge d’Ebitda d’au moins 15% au terme de cette période.', '2018-09-18', { target: 250000000, unit: 'currency' }],
    ['Following the acquisition of STANLEY Security, that was completed and consolidated into Securitas as of July 22, 2022, the Group has defined new financial targets of 8-10 percent technology & solutions annual average real sales growth, 8 percent Group operating margin by year-end 2025 and a net debt to EBITDA ratio below 3.0x.', '2022-08-01', { target: 0.08, unit: 'percent' }],
  ])('real: %s', (text, asOf, expected) => {
    expect(read(text, asOf)).toMatchObject(expected);
  });

  it.each([
    ['Sell 40 booths at the 2027 trade show.', { target: 40, unit: 'count' }],
    ['Signer 30 contrats cette année, un rythme supérieur à 2025.', { target: 30, unit: 'count' }],
    ['The group has set new financial targets of 8 percent operating margin by year-end 2027 and a net debt to EBITDA ratio below 2.5x.', { target: 0.08, unit: 'percent' }],
    ['Atteindre 2 millions d’euros de chiffre d’affaires en 2027 et une marge d’au moins 10 %.', { target: 2000000, unit: 'currency' }],
  ])('written: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });

  it.each([
    ['Hit the 2000 mark by June.', { target: 2000 }],
    ['Passer de 2000 à 3000 clients en 2027.', { baseline: 2000, target: 3000 }],
    ['Keep churn below 5% and reach $2M in revenue by 2027.', { target: 0.05 }],
    ['Reach $2M in revenue by 2027 and keep churn below 5%.', { target: 2000000, unit: 'currency' }],
    ['Atteindre une marge d’au moins 10 % et 40 % de croissance.', { target: 0.1 }],
  ])('near-miss: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});
