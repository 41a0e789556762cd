/**
 * Classes of misses found on the twenty-third real statement set (test/fixtures/statements/real23-heldout.jsonl: how
 * sales managers write targets for their reps — job ads, compensation and incentive plans, sales contests, SDR activity
 * targets, quotas). Each class is fixed by a general rule and checked here on sentences written for the class, FR and
 * EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a goal passed by N %, a share of the way to it, « mon chiffre », beyond bare goals: quota attainment', () => {
  it.each([
    ['Exceed your quota by 25% this quarter.', 1.25],
    ['Reps who beat their monthly target by 10% get a bonus.', 1.1],
    ['Surpass the team goal by 30%', 1.3],
    ['Overachieve plan by 15% in Q3', 1.15],
    ['Dépasser de 20 % l’objectif commercial du trimestre.', 1.2],
    ['Dépasser nos objectifs de 10 % cette année.', 1.1],
    ['dépasser l’objectif de vente de 12 %', 1.12],
  ])('%s → quota_attainment %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.change, a.unit]).toEqual(['quota_attainment', 'increase', target, null, 'percent']);
  });

  it.each([
    ['By mid-month you should be at least 40% of the way to your monthly quota.', 0.4],
    ['We are 75% of the way to hitting our annual goal.', 0.75],
    ['Si tu atteins 90 % de ton chiffre, tu touches la prime.', 0.9],
    ['Il faut faire au moins 100 % de son chiffre chaque mois.', 1],
  ])('%s → quota_attainment, target %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['quota_attainment', target, 'percent']);
  });

  it.each(['Il faut aller au-delà des objectifs fixés.', 'Our reps must go beyond their goals.'])('%s → quota_attainment, an increase, no number', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target]).toEqual(['quota_attainment', 'increase', null]);
  });

  it.each([
    // A goal named by its KPI, passed with no percentage, keeps that KPI.
    ['Surpass next quarter’s sales goal.', 'revenue', null],
    // Passing an amount is not passing a goal.
    ['Surpass one million dollars in revenue by year end.', 'revenue', 1_000_000],
    // "l'objectif de 30 % de marge" is a level of margin, not a surplus.
    ['Dépasser l’objectif de 30 % de marge.', 'net_margin', 0.3],
    // A share of one's turnover stays no KPI.
    ['Réaliser 30 % de son chiffre d’affaires à l’export.', null, 0.3],
  ])('near-miss: %s → %s', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });
});

describe('a rep’s field visits are meetings held: visit N, rendre visite à N, effectuer N visites, make N stops', () => {
  it.each([
    ['Visit 15 clients per week.', 15, 'week'],
    ['Each rep must visit at least 8 pharmacies a day.', 8, 'day'],
    ['Visiter 40 points de vente par mois.', 40, 'month'],
    ['Rendre visite à 20 pharmacies par semaine.', 20, 'week'],
    ['Un délégué doit effectuer 6 visites par jour.', 6, 'day'],
    ['Make 12 stops a day on your route.', 12, 'day'],
    ['Do 10 store visits every week.', 10, 'week'],
  ])('%s → meetings %d per %s', (text, target, recurrence) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit, a.recurrence]).toEqual(['meetings', 'increase', target, 'count', recurrence]);
  });

  it.each([
    // A website's visits stay web traffic.
    ['Get 300 website visits a week.', 'website_traffic'],
    ['Augmenter le nombre de visites sur le site de 10 %.', 'website_traffic'],
    // Visits reached as a level are an audience's, not a rep's.
    ['Atteindre les 500 000 visites mensuelles en fin d’année.', 'website_traffic'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('French cadence adjectives: « journalier », and « objectifs annuels » (the French "annual goals")', () => {
  it.each([
    ['Effectuer 5 visites au cours de son circuit journalier.', 'day'],
    ['Atteindre une moyenne journalière de 30 appels.', 'day'],
    ['Produire au-delà des objectifs annuels.', 'year'],
    ['Notre quota annuel est de 500 000 €.', 'year'],
  ])('%s → %s', (text, recurrence) => {
    expect(analyze(text).recurrence).toBe(recurrence);
  });

  it('near-miss: « un chiffre d’affaires annuel de 2 M€ » names a level (no cadence)', () => {
    expect(analyze('Atteindre un chiffre d’affaires annuel de 2 M€.').recurrence).toBeNull();
  });
});

describe('calls in any form are prospecting: counted calls, "call on" someone, calling whoever is called', () => {
  it.each([
    ['For example, 70 calls to qualified leads per month.', 70, 'month'],
    ['Par exemple, 50 appels à des prospects qualifiés par semaine.', 50, 'week'],
    ['Call on 5 new accounts each week.', 5, 'week'],
    ['Appeler 30 pharmacies par jour.', 30, 'day'],
    ['Reps should call on their top doctors twice a month.', 2, 'month'],
    ['Achieve a call average of 40 dials per day.', 40, 'day'],
  ])('%s → prospecting %d per %s', (text, target, recurrence) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit, a.recurrence]).toEqual(['prospecting', target, 'count', recurrence]);
  });

  it('near-miss: "First Contact Resolution (FCR) rate" is no prospecting', () => {
    expect(analyze('First Contact Resolution (FCR) rate').kpi).toBeNull();
  });
});

describe('"twice" a period and dashed count ranges', () => {
  it.each([
    ['Meet each key account twice a quarter.', 2],
    ['Visit your top clients twice a year.', 2],
  ])('%s → %d', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });

  it.each([
    ['Making 80-100 dials a day is the norm.', 80],
    ['Book 120-150 meetings a quarter.', 120],
    ['Faire 200-250 appels par semaine.', 200],
  ])('%s → lower bound %d, no thousands group', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });

  it('near-miss: a spaced thousands group stays one number (« 80 100 € de CA »)', () => {
    expect(analyze('Atteindre 80 100 € de chiffre d’affaires.').target).toBe(80100);
  });
});

describe('an average to reach, its measure between the verb and "average", is the target', () => {
  it.each([
    ['To achieve a minimum call average of 10 doctors per day.', 10],
    ['Réaliser une moyenne de 12 ventes par mois.', 12],
    ['Faire une moyenne journalière de 30 appels.', 30],
  ])('%s → target %d, no baseline', (text, target) => {
    const a = analyze(text);
    expect([a.baseline, a.target]).toEqual([null, target]);
  });

  it('near-miss: an average observed stays the baseline', () => {
    const a = analyze('Our team has averaged 30 calls a day; get to 40.');
    expect([a.baseline, a.target]).toEqual([30, 40]);
  });
});

describe('things sold, counted, are won deals: « commercialiser N », « une moyenne de N ventes », a sales job title is no KPI', () => {
  it.each([
    ['Une société assigne à un chef des ventes de commercialiser sur une année 94 maisons individuelles.', 94],
    ['Commercialiser 200 logements en 2026.', 200],
    ['Le directeur des ventes demande de vendre 30 voitures par mois.', 30],
    ['Chaque commercial doit réaliser une moyenne de 12 ventes par mois.', 12],
    ['Close 10 new high-margin deals ($10k+) by October 31st.', 10],
    ['Sign 5 new contracts (€50k+) this quarter.', 5],
  ])('%s → deals_closed %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual(['deals_closed', 'increase', target, 'count']);
  });

  it.each([
    // The sales noun of the goal itself stays revenue.
    ['Le directeur des ventes veut augmenter les ventes de 10 %.', 'revenue'],
    ['Our head of sales wants to grow sales by 20%.', 'revenue'],
    // An amount in a parenthesis after the KPI is still the goal's amount.
    ['Grow revenue (€2M) by year end.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a reward is no goal number: commissions, bonuses, primes, gift cards', () => {
  it.each([
    ['If you surpass next month’s sales goal, each rep gets a 15% commission.', 'revenue', null, null],
    ['Hit $50,000 in new ARR this quarter for a $500 bonus.', 'revenue', 50_000, 'currency'],
    ['Une prime de 1 000 € pour chaque vendeur qui atteint 30 000 € de CA.', 'revenue', 30_000, 'currency'],
    ['Tier 2: 100% of quota = $100 gift card', 'quota_attainment', 1, 'percent'],
    ['An AE has a monthly quota of $33,000 ARR and earns 20% commission thereafter.', 'revenue', 33_000, 'currency'],
  ])('%s → %s %s', (text, kpi, target, unit) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.change, a.unit]).toEqual([kpi, target, null, unit]);
  });

  it('near-miss: commissions earned as the goal’s own money stay its numbers', () => {
    const a = analyze('Add $100,000 in commissions to your income.');
    expect([a.kpi, a.change]).toEqual(['revenue', { value: 100_000, kind: 'absolute' }]);
  });
});

describe('opportunities written "opps", and reps given an amount to reach', () => {
  it.each([
    ['Generate 30 qualified opps per month.', 'funnel_throughput', 30],
    ['Each SDR should create 20 opps a month.', 'funnel_throughput', 20],
    ['Mes agents commerciaux doivent arriver à 30 000 € de chiffre d’affaires.', 'revenue', 30_000],
  ])('%s → %s %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target]).toEqual([kpi, target]);
  });

  it('near-miss: reps counted stay the headcount', () => {
    expect(analyze('Recruter 5 agents commerciaux d’ici juin.').kpi).toBe('sales_reps');
  });
});
