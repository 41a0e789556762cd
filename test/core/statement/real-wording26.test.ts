/**
 * Classes of misses found on the twenty-sixth real statement set (test/fixtures/statements/real26-heldout.jsonl: field
 * sales and reps' activity targets, retail chains and franchise networks, hotels, tourism and events, B2B distribution,
 * agricultural cooperatives), chosen first where the same class also remained among the misses of older sets (real22's
 * tourists and exports, real25's previous target). Each class is fixed by a general rule — read from the sentence's
 * structure (a change verb before a range, a multiple coordinated after a level, a former target, a place visited) more
 * than from one more synonym — and checked here on sentences written for the class, FR and EN, none of them in a fixture
 * set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a range right after a change verb, or signed, is the change (its lower bound), not a baseline and a target', () => {
  it.each([
    ['Our chain expects comparable sales to rise 3% to 5% next year.', 0.03],
    ['We expect revenue to grow 2% to 4% in fiscal 2026.', 0.02],
    ['Le chiffre d’affaires devrait croître entre 4 % et 6 % cette année.', 0.04],
    ['Guidance for 2026: revenue +4% to +6%.', 0.04],
  ])('%s → relative change %d', (text, value) => {
    const a = analyze(text);
    expect([a.kpi, a.baseline, a.target, a.change, a.unit]).toEqual(['revenue', null, null, { value, kind: 'relative' }, 'percent']);
  });

  it.each([
    // A movement from a level to another stays baseline and target.
    ['Increase the close rate from 20% to 30% by June.', 'close_rate', 0.2, 0.3],
    ['Augmenter le taux de conversion de 2 % à 3 % d’ici juin.', 'conversion_rate', 0.02, 0.03],
    ['Passer le taux de marge de 20 % à 25 % cette année.', 'net_margin', 0.2, 0.25],
  ])('near-miss: %s keeps its baseline and target', (text, kpi, baseline, target) => {
    const a = analyze(text);
    expect([a.kpi, a.baseline, a.target, a.change]).toEqual([kpi, baseline, target, null]);
  });

  it('near-miss: a change "by" a percentage to an amount keeps both', () => {
    const a = analyze('Raise revenue by 5% to $6.25 million this year.');
    expect([a.target, a.change]).toEqual([6250000, { value: 0.05, kind: 'relative' }]);
  });
});

describe('a former target’s range is no number of the goal', () => {
  it.each([
    ['Les ventes devraient croître entre 5 % et 8 % cette année, alors que l’objectif précédent était de 2 % à 4 %.', 0.05],
    ['Sales should grow 6% to 9% this year, above the prior guidance of 3% to 5%.', 0.06],
  ])('%s', (text, value) => {
    const a = analyze(text);
    expect([a.baseline, a.target, a.change]).toEqual([null, null, { value, kind: 'relative' }]);
  });
});

describe('a multiple coordinated after the goal’s level is a later goal: the level stays the target', () => {
  it.each([
    ['We plan 12 new stores in 2027, and double that number in 2028.', 12],
    ['Nous prévoyons 30 nouveaux clients en 2027, et le double en 2028.', 30],
  ])('%s → target %d, count', (text, target) => {
    const a = analyze(text);
    expect([a.direction, a.baseline, a.target, a.change, a.unit]).toEqual(['increase', null, target, null, 'count']);
  });

  it.each([
    // The multiplying verb of the goal itself keeps the level before it as the level multiplied.
    ['With 40 clients today, we plan to double that number by 2027.', 40],
    ['Notre boutique écoule 200 paniers par mois et prévoit de doubler ce chiffre.', 200],
  ])('near-miss: %s → baseline %d and a doubling', (text, baseline) => {
    const a = analyze(text);
    expect([a.baseline, a.change]).toEqual([baseline, { value: 1, kind: 'relative' }]);
  });
});

describe('a rep’s visits to people are meetings; a place’s or an event’s visitors are no website traffic', () => {
  it.each([
    ['Each rep should visit 12 pharmacies per day.', 12, 'day'],
    ['Nos délégués doivent effectuer la visite hebdomadaire d’au moins 20 médecins.', 20, 'week'],
    ['Augmenter le nombre de visites de clients à 15 par semaine.', 15, 'week'],
  ])('%s → meetings', (text, target, recurrence) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.recurrence]).toEqual(['meetings', target, recurrence]);
  });

  it.each([
    ['The museum hopes to attract 200,000 visitors next year.'],
    ['Le salon espère accueillir 12 000 visiteurs et 300 exposants.'],
    ['Plus de 5 000 visiteurs sont attendus au festival.'],
    ['The region aims to welcome 3 million tourists by 2028.'],
    ['Augmenter le nombre de touristes de 10 %.'],
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it.each([
    // A website's visits and visitors stay website traffic, named or not (real.jsonl, real5).
    ['Increase website visits by 20% this quarter.', 'website_traffic'],
    ['Augmenter le nombre de visiteurs sur le site de 30 %.', 'website_traffic'],
    ['Double the number of visitors to our blog by June.', 'website_traffic'],
    ['Je souhaite augmenter le nombre de visiteurs.', 'website_traffic'],
    // A website visited is no meeting.
    ['Visit our website to register 50 new customers this month.', 'deals_closed'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('what visitors spend and what a region exports are no costs; given in money or multiplied, they are sales', () => {
  it.each([['Increase consumer spending in our stores by 10%.']])('%s → no KPI', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual([null, 'increase']);
  });

  // Sales summed over many sellers (the fixtures README's ruling (b); none before kpi46).
  it.each([['The region wants to double visitor spending by 2030.'], ['The exports of the region are set to leap to €2bn by 2027.']])('%s → revenue', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual(['revenue', 'increase']);
  });

  it.each([
    ['Cut our marketing spending by 10%.', 'costs'],
    ['Our revenue is set to leap to €2M by 2027.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('hotels and rooms counted are places, not won deals', () => {
  it.each([
    ['Le groupe vise 400 hôtels en 2027.', 400],
    ['Our goal is 50 new hotels by 2027.', 50],
    ['Nous visons 55 000 chambres d’ici 2030.', 55000],
  ])('%s → no KPI', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual([null, target, 'count']);
  });

  it('near-miss: things counted as a goal stay won deals', () => {
    expect(analyze('Our home sales goal: 40 homes this year.').kpi).toBe('deals_closed');
  });
});

describe('profit lines and payment delays', () => {
  it.each([
    ['Notre objectif de résultat est de 2 millions d’euros en 2026.', 'profit'],
    ['Porter l’excédent brut d’exploitation à 5 millions d’euros.', 'profit'],
    ['Réduire le DSO de 55 à 45 jours d’ici la fin de l’année.', null],
    ['Bring DSO down to 40 days by Q3.', null],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('near-miss: « obligation de résultat » is no profit', () => {
    expect(analyze('L’obligation de résultat de l’entreprise reste la même.').kpi).toBeNull();
  });

  it('a DSO in days keeps its unit', () => {
    expect(analyze('Réduire le DSO de 55 à 45 jours d’ici la fin de l’année.').unit).toBe('days');
  });
});

describe('sales of things counted, doors knocked, store sales, net sales, an amount sold', () => {
  it.each([
    ['Our goal for ticket sales is 20,000 this season.', 'deals_closed', 'count'],
    ['Knock on 50 doors every day.', 'prospecting', 'count'],
    ['Increase the number of doors you knock each week to 200.', 'prospecting', 'count'],
    ['Our target for net sales is $10 million and EBITDA of $2 million.', 'revenue', 'currency'],
  ])('%s → %s', (text, kpi, unit) => {
    const a = analyze(text);
    expect([a.kpi, a.unit]).toEqual([kpi, unit]);
  });

  it.each([
    ['We expect same-store sales to remain flat in 2026.'],
    ['We want comparable store sales to be flat versus a 3% gain last year.'],
  ])('%s → sales held, the past gain set aside', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.baseline, a.target, a.change]).toEqual(['revenue', 'maintain', null, null, null]);
  });

  it.each([
    ['Sell a large amount of fresh vegetables by June.'],
    ['Sell a certain quantity of our products each month.'],
  ])('%s → sales, uncounted', (text) => {
    expect(analyze(text).kpi).toBe('revenue');
  });

  it.each([
    // Ticket sales given money are sales; a store's traffic is no sales; doors fixed are no calls.
    ['Increase ticket sales to $500,000 this season.', 'revenue'],
    ['Grow in-store sales by 10% this year.', 'revenue'],
    ['Increase store traffic by 15%.', null],
    ['Fix the doors of the store by June.', null],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('deadlines and openings', () => {
  it.each([
    // "throughout the week" ends the current ISO week (2026-01-06 is a Tuesday), like "this week".
    ['Make 50 calls throughout the week.', '2026-01-11'],
    // « pour l'ensemble de l'année », like « pour l'année »: the end of the current year.
    ['Il vise un bénéfice de 2 millions d’euros pour l’ensemble de l’année.', '2026-12-31'],
  ])('%s → due %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it('near-miss: "throughout the weekend" is no deadline', () => {
    expect(analyze('Make 50 calls throughout the weekend.').deadline).toBeNull();
  });

  it.each([
    ['Costco prévoit l’ouverture de trois nouveaux magasins au Québec.', 3],
    ['Le groupe prévoit l’ouverture de douze nouveaux hôtels cette année.', 12],
  ])('%s → an increase to %d places', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.change]).toEqual([null, 'increase', target, null]);
  });

  it('near-miss: an opening with no count states no number', () => {
    expect(analyze('Préparer l’ouverture du magasin.').target).toBeNull();
  });
});

it('« l’ouverture de 12 boutiques »: a count in digits after « ouverture de » still aims at that level', () => {
  const a = analyze('Préparer l’ouverture de 12 boutiques en 2026.');
  expect([a.direction, a.target]).toEqual(['increase', 12]);
});

describe('a change "by almost", « de près de » is the change', () => {
  it.each([
    ['Boost milk production by almost one billion litres by 2027.', { value: 1e9, kind: 'absolute' }],
    ['Augmenter les ventes de près de 20 % d’ici 2027.', { value: 0.2, kind: 'relative' }],
    ['Grow revenue by nearly $2M this year.', { value: 2e6, kind: 'absolute' }],
  ])('%s', (text, change) => {
    const a = analyze(text);
    expect([a.target, a.change]).toEqual([null, change]);
  });

  it('near-miss: « passer à près de 20 % » stays a target', () => {
    const a = analyze('Passer le taux de conversion à près de 20 % d’ici 2027.');
    expect([a.target, a.change]).toEqual([0.2, null]);
  });
});

describe('an amount whose complement is money spent, invested or exported is no sales amount, even as a goal’s value', () => {
  it.each([['The target is $2 billion in foreign investment by 2030.'], ['Notre objectif est de 3 millions d’euros d’investissements en 2027.']])('%s → no KPI, the amount kept', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.unit]).toEqual([null, 'currency']);
    expect(a.target).not.toBeNull();
  });

  // Money exported or many visitors' spending is sales summed over their sellers (the ruling (b); none before kpi46).
  it.each([['Our goal is $5 million in exports by 2027.'], ['The minister would pursue a new target of $55 billion in overnight visitor expenditure by 2030.']])('%s → revenue, the amount kept', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.unit]).toEqual(['revenue', 'currency']);
    expect(a.target).not.toBeNull();
  });

  it.each([
    ['My goal is $20,000 in my first year.', 'revenue'],
    ['Notre objectif est de 3 millions d’euros en 2027.', 'revenue'],
    ['Our goal is $500,000 in new business this year.', 'revenue'],
    ['Cut costs: our target is $40,000 in costs this year.', 'costs'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('"looks to", "seeks to", "hopes to", "intends to" before the goal verb are modals (its object is the goal’s)', () => {
  it.each([
    ['The club looks to grow its membership to 500 members.', 'customers', 500],
    ['Our team hopes to book 30 demos per month.', 'meetings', 30],
    ['We seek to win 12 new customers this quarter.', 'deals_closed', 12],
    ['La coopérative cherche à porter le nombre de ses adhérents à 800.', 'customers', 800],
  ])('%s → %s', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target]).toEqual([kpi, 'increase', target]);
  });

  it('near-miss: "looks to" someone is no goal', () => {
    expect(analyze('She looks to her manager for advice.').kpi).toBeNull();
  });
});
