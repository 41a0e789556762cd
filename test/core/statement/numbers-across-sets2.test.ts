/**
 * Number- and date-field classes that recur among the remaining misses of at least two opened real sets (real3–real33; see
 * test/fixtures/statements/README.md, "Number-field misses across sets", second round), fixed by structural rules: a level
 * stated before an aimed-at level (goal.ts), a period right after the goal's number (analyze.ts), a deadline named by the
 * goal's horizon and "this coming year" read in January (dates.ts), a number in a plan's name (number-structure.ts).
 * Each class: its real lines (verbatim, with their page's date and labels), then sentences written for it, FR and EN,
 * and near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const read = (text: string, asOf = AS_OF) => {
  const a = analyzeStatement(text, { asOf });
  return { baseline: a.baseline, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline };
};

describe('a level stated before an aimed-at level of the same kind is the baseline (real20, real21, real25, real26, real29, real31)', () => {
  it.each([
    ['Le Monde comptait 220 000 abonnés numériques en 2019. Le quotidien du soir vise le million d’abonnés à l’échéance 2023.', '2021-02-01', 220_000, 1_000_000],
    ['108 million Premium users is nothing to sniff at, but Spotify is concerned that it’s not quite close enough to its planned target of 110 million.', '2019-07-31', 108_000_000, 110_000_000],
    ['Maybe you’re at 10 and you really want to get to 20 or you’re at 20 and you really want to get to 30.', '2025-01-06', 10, 20],
    ['The chain now has a total of 450,000 online subscriptions — and is halfway to its goal of 900,000 by 2026.', '2022-02-01', 450_000, 900_000],
    ['You look at the current year expected result (let’s say $350k) and add, say, 10% to make a 2008/09 target of $385k.', '2008-05-19', 350_000, 385_000],
  ])('real: %s', (text, asOf, baseline, target) => {
    expect(read(text, asOf)).toMatchObject({ baseline, target, change: null });
  });

  it('real: « En 2010, nous avons ouvert 8 hôtels et notre ambition est de gérer 10 à 15 … »: 8 is where the goal starts', () => {
    const text = '« En 2010, nous avons ouvert 8 hôtels et notre ambition est de gérer 10 à 15 nouveaux hôtels supplémentaires par an durant les cinq prochaines années », annonce Marco Pimentel, le nouveau directeur général France qui prendra ses fonctions tout début janvier.';
    expect(read(text, '2011-01-03')).toMatchObject({ baseline: 8, target: 10 });
  });

  it.each([
    ['La boutique comptait 1 200 clients fidèles en 2024. Elle vise les 2 000 clients à l’échéance 2027.', 1200, 2000, '2027-12-31'],
    ['Nous comptons 12 agences, et notre ambition est d’en gérer 18 d’ici 2027.', 12, 18, '2027-12-31'],
    ['Le réseau compte 3 millions de clients en 2024. Les objectifs sont de 4 millions en 2027.', 3_000_000, 4_000_000, '2027-12-31'],
    ['Our agency now has 40 retainer clients and is halfway to its goal of 80 by 2027.', 40, 80, '2027-12-31'],
    ['The shop had 300 members at launch; their goal is 450 by June.', 300, 450, '2025-06-30'],
  ])('written: %s', (text, baseline, target, deadline) => {
    expect(read(text)).toMatchObject({ baseline, target, deadline });
  });

  it.each([
    // A hypothesis, a level compared with a former target, a level after a comma, another order of magnitude: no baseline.
    ['If you have 30 demos, your goal of 40 demos is fair.', 40],
    ['Si vous avez 30 démos, un objectif de 40 démos est raisonnable.', 40],
    ['Experts say 20% is a healthy target, and the best shops push for 30%.', 0.2],
    ['Le réseau de 150 magasins vise un chiffre d’affaires de 900 millions en 2027.', 900_000_000],
  ])('near-miss: %s keeps no baseline', (text, target) => {
    expect(read(text)).toMatchObject({ baseline: null, target });
  });

  it('near-miss: "aimed to sign 60 …, up from its previous target of 50": the former target makes no baseline', () => {
    expect(read('The team aimed to sign 60 resellers by 2026, up from its previous target of 50.').baseline).toBeNull();
  });
});

describe('a period right after the goal’s number is its own deadline, not a later number’s (real14, real17, real20, real30, real32)', () => {
  it.each([
    ['Target is opening up 20 stores this year as part of ongoing investments aimed to drive $15 billion of profitable sales growth by 2030.', '2025-01-06', '2025-12-31'],
    ['Key focuses include increasing direct bookings by 20% in Q1, improving ADR by 5% by year-end, and achieving 90% occupancy during peak seasons.', '2025-01-06', '2025-03-31'],
    ['BrewDog expects to achieve a turnover of £12 million in 2012, an increase of £6 million in one year, and anticipates growth in domestic on-trade and off-trade sectors as well as export sales.', '2012-06-01', '2012-12-31'],
  ])('real: %s', (text, asOf, deadline) => {
    expect(read(text, asOf).deadline).toBe(deadline);
  });

  it.each([
    ['Open 12 stores this year as part of a plan to reach $1 billion in sales by 2030.', 12, '2025-12-31'],
    ['Ouvrir 10 magasins cette année dans le cadre d’un plan qui vise 500 M€ de ventes d’ici 2030.', 10, '2025-12-31'],
  ])('written: %s', (text, target, deadline) => {
    expect(read(text)).toMatchObject({ target, deadline });
  });

  it('written: "Grow bookings by 8% in Q1, improving margin by 2 points by year-end." is due at the end of Q1', () => {
    expect(read('Grow bookings by 8% in Q1, improving margin by 2 points by year-end.')).toMatchObject({ change: { value: 0.08, kind: 'relative' }, deadline: '2025-03-31' });
  });

  it.each([
    // Another sentence's period stays the deadline; so does a first cued deadline before the number, and a later period with
    // no number of its own ("in March 2027 and in 2028", review-fixes3; "Christmas hampers before the new year", fixes58).
    ['J’ai signé 40 contrats cette année. Je vise la même chose pour l’année prochaine.', '2026-12-31'],
    ['Ouvrir 300 magasins d’ici 2030 (et 2 Md€ de CA d’ici 2 ans).', '2030-12-31'],
    ['Sell 300 units in March 2027 and in 2028', '2028-12-31'],
    ['Vendre 200 coffrets de Noël avant la nouvelle année', '2025-12-31'],
  ])('near-miss: %s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });
});

describe('a deadline named by the goal’s horizon (real13, real20, real25, real28, real29)', () => {
  it.each([
    ['Let’s just say, for the purpose of this exercise, your 12-month goal is $150,000.', '2025-01-06', '2026-01-06'],
    ['Il y a quelques semaines, l’un d’eux m’expliquait au téléphone qu’il espérait faire 5 000 euros de CA mensuel après 6 mois d’activité, et pouvoir se dégager un salaire honnète au bout d’1 an.', '2010-12-13', '2011-06-13'],
    ['Après 6 mois d’exercice et une bonne communication, on peut compter entre 2000 et 5000 abonnés.', '2014-01-06', '2014-07-06'],
    ['Le Monde comptait 220 000 abonnés numériques en 2019. Le quotidien du soir vise le million d’abonnés à l’échéance 2023.', '2021-02-01', '2023-12-31'],
    ['Dans le détail, l’ambition du pôle digital est de poursuivre la croissance de son chiffre d’affaires avec un objectif de l’ordre de 250 millions d’euros à horizon trois ans, ainsi qu’un niveau de marge d’Ebitda d’au moins 15% au terme de cette période.', '2018-09-18', '2021-09-18'],
  ])('real: %s', (text, asOf, deadline) => {
    expect(read(text, asOf).deadline).toBe(deadline);
  });

  it.each([
    ['Your 6-month goal is 40 new accounts.', '2025-07-06'],
    ['Our one-year target is $500,000 in sales.', '2026-01-06'],
    ['Notre objectif est d’atteindre 500 abonnés à horizon deux ans.', '2027-01-06'],
    ['Atteindre 5 000 € de chiffre d’affaires mensuel après 6 mois d’activité.', '2025-07-06'],
    ['Atteindre 400 clients à l’échéance 2027.', '2027-12-31'],
  ])('written: %s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });

  it.each([
    // An observation window ("after 90 days of use", « après 3 mois d'abonnement ») is still no deadline.
    ['Garder 80 % des clients actifs après 3 mois d’abonnement.'],
    ['Increase retention after 90 days of use to 60%.'],
  ])('near-miss: %s has no deadline', (text) => {
    expect(read(text).deadline).toBeNull();
  });
});

describe('"this coming year" read in January is the current year (real15, real23; the fixtures README’s rule)', () => {
  it.each([
    ['We will increase the average ticket sale by 15% this coming year.', '2025-01-06', '2025-12-31'],
    ['In my last startup, I wanted to show my investors that we could double our revenues in the coming year.', '2025-01-06', '2025-12-31'],
    ['We will grow bookings by 10% this coming year.', '2025-01-20', '2025-12-31'],
    // Read in October, the coming year is the next calendar year (real25's rule).
    ['We will grow bookings by 10% this coming year.', '2025-10-20', '2026-12-31'],
    ['Yet they still needed to find 365 new donors in the coming year—a donor a day—just to keep their donor base the same size.', '2016-10-20', '2017-12-31'],
  ])('%s (read on %s)', (text, asOf, deadline) => {
    expect(read(text, asOf).deadline).toBe(deadline);
  });
});

describe('a number in a plan’s name is not the goal’s (real25, real27)', () => {
  it('real: « plan Target 21 … revenus portés à 160 M€ »', () => {
    expect(read('Dans le cadre du plan Target 21, Micropole maintient son cap, soit des revenus portés à 160 M€ et un ROC supérieur à 8 % d’ici 2021.', '2019-01-07').target).toBe(160_000_000);
  });

  it('real: « plan stratégique à cinq ans \'GO•28\' … de 7% en moyenne annuelle »', () => {
    const text = "En marge de son point d'activité trimestriel, bioMérieux fait part de son nouveau plan stratégique à cinq ans 'GO•28', plan qui vise notamment une croissance organique du chiffre d'affaires de 7% en moyenne annuelle sur 2024-28.";
    expect(read(text, '2024-04-09')).toMatchObject({ target: 0.07, unit: 'percent' });
  });

  it.each([
    ["Avec son plan stratégique à trois ans 'UP•27', le groupe vise une croissance organique de 6 % en moyenne annuelle.", 0.06],
    ['Under its plan Target 30, the group keeps its course, with revenue brought to $300 million by 2027.', 300_000_000],
  ])('written: %s', (text, target) => {
    expect(read(text).target).toBe(target);
  });

  it.each([
    // A plan's own numbers with no capitalized name before them stay the goal's.
    ['We plan to open 20 stores by 2027.', 20],
    ['Le plan prévoit 25 ouvertures en 2026.', 25],
  ])('near-miss: %s', (text, target) => {
    expect(read(text).target).toBe(target);
  });
});
