/**
 * Classes of misses found on the twenty-fourth real statement set (test/fixtures/statements/real24-heldout.jsonl:
 * customer success, account management and retention targets, shop-floor retail and e-commerce sales targets), chosen
 * first where the same class also remained among the misses of older sets. Each class is fixed by a general rule and
 * checked here on sentences written for the class, FR and EN, none of them in a fixture set, with near-misses that must
 * keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a score on a rating scale (N/5, N out of 5, N sur 5, N étoiles) with a rating word is customer satisfaction', () => {
  it.each([
    ['Keep our average store rating at 4.6/5 all year.', 4.6],
    ['Hit a 4 out of 5 rating on every support survey.', 4],
    ['Get a 5-star rating on Tripadvisor by March.', 5],
    ['Atteindre 4,8 étoiles sur Google d’ici juin.', 4.8],
    ['Atteindre une note de 9 sur 10 auprès de nos acheteurs.', 9],
  ])('%s → csat, the score %d (count)', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['csat', target, 'count']);
  });

  it('keeps the baseline of a move between two star levels', () => {
    const a = analyze('Passer de 4 à 5 étoiles sur Tripadvisor cette année.');
    expect([a.kpi, a.direction, a.baseline, a.target, a.unit]).toEqual(['csat', 'increase', 4, 5, 'count']);
  });

  it.each([
    // A ratio of counted things with no rating word stays what it was.
    ['Close 4 out of 5 deals we quote.', 'deals_closed'],
    // Reviews counted name no KPI (real17), and an employee NPS is a staff measure.
    ['Collect 100 reviews by June.', null],
    ['Obtenir 50 avis clients d’ici juin.', null],
    ['Raise the eNPS of the support team from 4 to 4.5/5', null],
    // A KPI named keeps its reading.
    ['Raise NPS from 30 to 40 and keep a 4.5/5 rating.', 'nps'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('keeping customers is retaining them; holding the base is the base; customers brought back are retention', () => {
  it.each([
    'Garder nos clients existants cette année.',
    'Conserver nos clients actuels en 2025.',
    'Keep our existing customers this year.',
    'Keep our best clients through 2025.',
  ])('%s → retention, an increase (not a level held)', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual(['retention', 'increase']);
  });

  it.each(['Maintain our customers and our revenue this year.', 'Maintenir nos clients actuels et leur chiffre d’affaires.'])('%s → customers, maintain', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual(['customers', 'maintain']);
  });

  it.each(['Get more first-time buyers to come back for a second purchase.', 'Get more customers to return within 30 days.', 'Amener les clients à revenir plus souvent.'])('%s → retention, an increase', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual(['retention', 'increase']);
  });

  it('counts customers brought back as won deals, like "bring back 20 lost customers"', () => {
    const a = analyze('Get 20 lapsed customers to come back this quarter.');
    expect([a.kpi, a.target, a.unit]).toEqual(['deals_closed', 20, 'count']);
  });

  it.each([
    ['Keep churn below 2% this year.', 'churn', 'maintain'],
    ['Maintain customer retention above 90% every quarter.', 'retention', 'maintain'],
    ['Get more customers this quarter.', 'deals_closed', 'increase'],
    ['Amener le chiffre d’affaires à 2 M€ d’ici 2026.', 'revenue', 'increase'],
  ])('near-miss: %s → %s, %s', (text, kpi, direction) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual([kpi, direction]);
  });
});

describe('the first item of a goal list names the KPI: a selling verb alone, customers made more loyal, a value or places no KPI tracks', () => {
  it.each([
    ['Objectifs de la boutique : vendre, fidéliser, recruter.', 'revenue'],
    ['Goals: sell, grow margins, retain customers.', 'revenue'],
    ['Objectif : des clients plus fidèles et un panier moyen plus élevé.', 'retention'],
    ['Make our customers more loyal this year.', 'retention'],
    ['Objectifs : fidéliser, vendre.', 'retention'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // The lifetime value is no catalog KPI (the glossary's null): first of a list, it is the goal's measure.
    'Objectif : augmenter la LTV, le panier moyen et la rétention.',
    'Increase customer lifetime value and retention by 20% this year.',
    // Places counted, a number of stores or points of sale, are no KPI (stores opened, real12/real14).
    'Tripler son nombre de points de vente et son chiffre d’affaires d’ici 2027.',
    'Increase the number of stores to 50 by 2027.',
  ])('%s → no KPI', (text) => {
    expect(analyze(text).kpi).toBeNull();
  });

  it.each([
    ['Sell 40 cars a month.', 'deals_closed'],
    ['Vendre plus de 30 voitures.', 'deals_closed'],
    ['Increase the value of deals by 10%.', 'average_deal_size'],
    ['Augmenter le nombre de ventes conclues de 10 %.', 'deals_closed'],
    // Loyal customers counted stay what they were (real8: no KPI as a level; won, they are won deals).
    ['Avoir 200 clients fidèles.', null],
    ['Get 20 more loyal customers this year.', 'deals_closed'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('one thing won, counted: "one big order", « au moins un nouveau client », "a single account" are a target of 1', () => {
  it.each([
    'I hope to clinch one really big order before the end of the month.',
    'Close one big deal this quarter.',
    'Win at least one enterprise client in Q1.',
    'Land a single new account this month.',
    'Conquérir au moins un nouveau client à l’export cette année.',
    'Signer au moins une commande par semaine.',
    'Décrocher une seule grosse commande ce mois-ci.',
  ])('%s → deals_closed, an increase, target 1 (count)', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual(['deals_closed', 'increase', 1, 'count']);
  });

  it('"clinch" wins deals as "win" does', () => {
    const a = analyze('Clinch 5 new contracts by June.');
    expect([a.kpi, a.direction, a.target]).toEqual(['deals_closed', 'increase', 5]);
  });

  it('French adjectives before the noun are not its head (« nos meilleurs clients », « 3 grands comptes »)', () => {
    expect(analyze('Conserver nos meilleurs clients en 2025.').kpi).toBe('retention');
    expect([analyze('Signer 3 grands comptes d’ici juin.').kpi, analyze('Signer 3 grands comptes d’ici juin.').target]).toEqual(['deals_closed', 3]);
  });

  it.each([
    // "one" of a group, a goal word after "one", a million: no count of one.
    ['One of our customers left.', null],
    ['A 70% conversion rate is our year one goal.', 0.7],
    ['Reach one million customers by 2027.', 1000000],
    // "one more" is an added one (the older rule).
    ['Sign one more customer per week.', null],
  ])('near-miss: %s → target %s', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });

  it('keeps "au moins" a bound before a count of other things (no KPI)', () => {
    const a = analyze('L’objectif est d’avoir au moins deux startups dans le club des licornes d’ici 2030.');
    expect([a.kpi, a.target]).toEqual([null, 2]);
  });
});

describe('"one-time customers" are no count of one', () => {
  it.each(['Get more one-time buyers to come back for a second order.', 'Get more one-time customers to order again.'])('%s → no target', (text) => {
    expect(analyze(text).target).toBeNull();
  });
});

describe('a change noun in the plural after its percentage (« 30 % de baisses », "5% cuts") is a relative change', () => {
  it.each([
    ['Il table sur 30 % de baisses sur l’année.', 'decrease', 0.3],
    ['Prévoir 10 % de baisses de coûts en 2025.', 'decrease', 0.1],
    ['Expect 5% cuts in costs next year.', 'decrease', 0.05],
    ['Nous visons 5 % de hausses de prix.', 'increase', 0.05],
  ])('%s → %s, relative change %d', (text, direction, value) => {
    const a = analyze(text);
    expect([a.direction, a.target, a.change]).toEqual([direction, null, { value, kind: 'relative' }]);
  });

  it('near-miss: a growth reached stays a level', () => {
    const a = analyze('Atteindre 5 % de croissance en 2025.');
    expect([a.kpi, a.target, a.change]).toEqual(['sales_growth', 0.05, null]);
  });
});

describe('a verb in a relative clause on the subject describes it; the goal verb comes after the modal', () => {
  it.each([
    ['Un site qui génère beaucoup de commandes pourra souhaiter augmenter son panier moyen.', 'average_deal_size'],
    ['A shop that sells many items at low prices should aim to increase its average order value.', 'average_deal_size'],
    ['Une boutique qui signe peu de ventes doit améliorer son taux de conversion.', 'conversion_rate'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    // The goal's own verb first: the relative clause qualifies its object.
    ['Sign 10 clients who generate more than $10k each.', 'deals_closed', 10],
    ['Hire reps who close 10 deals a month.', 'deals_closed', 10],
    ['Les commerciaux qui signent 10 contrats par mois doivent viser 12 contrats.', 'deals_closed', 12],
  ])('near-miss: %s → %s, target %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe('accounts opened are won; a period before the count is skipped; sources name no KPI; a placeholder amount is sales', () => {
  it.each([
    ['Je dois ouvrir cette année 110 comptes-dépôt auprès de prospects.', 110],
    ['Open 50 new checking accounts this quarter.', 50],
    ['Open this year 40 business accounts.', 40],
  ])('%s → deals_closed, target %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['deals_closed', target, 'count']);
  });

  it.each(['Get non-paid acquisition sources from 20% of new signups up to 40%.', 'Faire passer les canaux gratuits de 20 % des inscriptions à 40 %.'])('%s → a share of a channel, no KPI', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual([null, 0.4, 'percent']);
  });

  it.each(['Your goal: “make x dollars this month”.', 'Gagner x € de plus par mois.'])('%s → revenue, no number', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual(['revenue', 'increase', null, null]);
  });

  it.each([
    ['Ouvrir 20 magasins cette année.', null, 20],
    ['Increase the x-ray volume by 10%.', null, null],
  ])('near-miss: %s → %s', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe('opening places states an increase: « l’ouverture d’une dizaine d’agences », « on ouvrira des magasins », "open new stores"', () => {
  it.each([
    ['L’enseigne a programmé l’ouverture d’une dizaine d’agences en 2026.', 10],
    ['Programmer l’ouverture de 12 boutiques en 2026.', 12],
    ['Un jour, on ouvrira des magasins partout en France.', null],
    ['Open new stores in Germany next year.', null],
    ['We will open another store in Lyon.', null],
  ])('%s → no KPI, an increase, target %s', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target]).toEqual([null, 'increase', target]);
  });

  it.each(['L’ouverture du magasin est prévue en mai.', 'The store opening is planned for May.'])('near-miss: %s → no direction (an event, not a goal on places)', (text) => {
    expect(analyze(text).direction).toBeNull();
  });
});

describe('a dashed range with a percent sign on both bounds (« 80 %-90 % », "5 % - 10 %") takes its lower bound', () => {
  it.each([
    ['Viser des taux de renouvellement de 80 %-90 % ou plus.', 'retention', 0.8],
    ['Atteindre un taux de conversion de 3 %-4 %.', 'conversion_rate', 0.03],
    ['Reach a 40%–60% close rate by June.', 'close_rate', 0.4],
  ])('%s → %s %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual([kpi, target, 'percent']);
  });

  it('a change range keeps its lower bound as the change', () => {
    expect(analyze('Grow revenue 5 % - 10 % next year.').change).toEqual({ value: 0.05, kind: 'relative' });
  });

  it('near-miss: two percentages not joined by a dash stay apart', () => {
    const a = analyze('Faire passer le taux de conversion de 2 % à 4 %.');
    expect([a.baseline, a.target]).toEqual([0.02, 0.04]);
  });
});

describe('a level said to be the current one (« actuellement », « aujourd’hui », « à ce jour », "now", "current") is the baseline', () => {
  it.each([
    ['L’objectif est de passer de 33 000 t actuellement à 150 000 t d’ici à trois ans.', 33000, 150000],
    ['Nous voulons atteindre 1 million d’abonnés en 2027, alors que nous en comptons aujourd’hui plus de 300 000.', 300000, 1000000],
    ['I want to go from my current $300 a month to $600 a month in online sales.', 300, 600],
    ['We close 40 deals a month now and want 60 a month by June.', 40, 60],
  ])('%s → baseline %d, target %d', (text, baseline, target) => {
    const a = analyze(text);
    expect([a.baseline, a.target]).toEqual([baseline, target]);
  });

  it.each([
    // A compared level keeps the written "contre" baseline; a change of the current level stays a change.
    ['Atteindre les 10 % de marge aujourd’hui, contre 4,8 % l’année passée.', 0.048, 0.1, null],
    // "dès aujourd'hui" is a start, "today" a day: no baseline.
    ['Faire 30 ventes par semaine dès aujourd’hui.', null, 30, null],
    ['Sign 20 new customers today and 40 next week.', null, 20, null],
  ])('near-miss: %s → baseline %s, target %s', (text, baseline, target, change) => {
    const a = analyze(text);
    expect([a.baseline, a.target, a.change]).toEqual([baseline, target, change]);
  });

  it('near-miss: a change of the current level stays that change', () => {
    expect(analyze('Doubler notre part de marché, qui atteint 3 % aujourd’hui.').change).toEqual({ value: 1, kind: 'relative' });
  });
});
