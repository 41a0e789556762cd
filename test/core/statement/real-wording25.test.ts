/**
 * Classes of misses found on the twenty-fifth real statement set (test/fixtures/statements/real25-heldout.jsonl:
 * marketing and demand generation, listed companies' medium-term targets, subscriptions, nonprofits and member
 * organisations, public-sector objectives), chosen first where the same class also remained among the misses of older
 * sets (real15, real19, real22, real23). Each class is fixed by a general rule and checked here on sentences written for
 * the class, FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('subscribers a medium adds, counted, are subscriptions won (real19’s rule), not a newsletter’s sign-ups', () => {
  it.each([
    ['Le journal a besoin de 2 000 abonnés supplémentaires d’ici juin.', null, { value: 2000, kind: 'absolute' }],
    ['Objectif +800 abonnés pour la revue.', null, { value: 800, kind: 'absolute' }],
    ['Aidez-nous à réunir 3 000 abonné·e·s avant l’été.', 3000, null],
    ['Il nous manque encore 400 abonné.es supplémentaires.', null, { value: 400, kind: 'absolute' }],
  ])('%s → deals_closed', (text, target, change) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.change, a.unit]).toEqual(['deals_closed', 'increase', target, change, 'count']);
  });

  it.each([
    // An audience's channel named after them keeps them sign-ups (real9, real15).
    ['Gagner 500 abonnés supplémentaires à la newsletter.', 'signups'],
    ['Objectif +500 abonnés sur ma chaîne YouTube.', 'signups'],
    // A level reached is the base (real15), not subscribers added.
    ['Atteindre 10 000 abonnés d’ici 2026.', 'customers'],
    // English subscribers added stay sign-ups, as the labelled sets have them.
    ['Add 300 new subscribers every week.', 'signups'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('an amount of money aimed at or reached, with no measure noun, is sales (real11’s money goal)', () => {
  it.each([
    ['Nous devons maintenant viser le milliard d’euros.', 1e9],
    ['Atteindre 2 millions d’euros cette année.', 2e6],
    ['Réaliser 500 000 € en 2025.', 500000],
    ['Dépasser le million d’euros d’ici 2026.', 1e6],
    ['We aim for $500k this quarter.', 500000],
  ])('%s → revenue, the amount its target', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual(['revenue', 'increase', target, 'currency']);
  });

  it('reads the verb after a modal and an adverb (« devons maintenant viser »), not the adverb as « maintenir »', () => {
    const a = analyze('Nous devons maintenant augmenter nos ventes de 10 %.');
    expect([a.kpi, a.direction, a.change]).toEqual(['revenue', 'increase', { value: 0.1, kind: 'relative' }]);
  });

  it.each([
    // Money raised, saved or budgeted is no sales.
    ['Reach $2M in funding this year.', null],
    ['Atteindre 500 000 € de budget marketing.', null],
    ['Atteindre 1 M€ d’économies.', 'costs'],
    // A measure named keeps its reading.
    ['Atteindre 2 millions d’euros de marge brute.', 'gross_margin'],
    // An amount reached in a purpose clause is why, not what (real12).
    ['Pour atteindre 90 000 €, il nous faut 20 nouveaux clients.', 'deals_closed'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('retaining customers again, or groups of them, is retention (fidéliser’s family)', () => {
  it.each([
    'Refidéliser les clients qui ont résilié cette année.',
    'Refidéliser nos anciens clients.',
    'Fidéliser des segments de clientèles.',
    'Fidéliser nos groupes de clients les plus rentables.',
    'Retain our key groups of customers.',
  ])('%s → retention, an increase', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.direction]).toEqual(['retention', 'increase']);
  });

  it.each([
    // Customers won stay won deals, whatever groups them.
    ['Conquérir 20 nouveaux clients dans trois segments.', 'deals_closed'],
    // A segment of the market named as such stays a market.
    ['Gagner 2 points de part de marché sur le segment PME.', 'market_share'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a member organisation’s donors, paying fans, memberships and licence holders are its customers', () => {
  it.each([
    ['Reach 250,000 paying fans by 2027.', 'customers', 250000],
    ['Atteindre 5 000 licenciés en 2026.', 'customers', 5000],
    ['Cap sur les 12 000 donateurs.', 'customers', 12000],
    ['Find 200 new donors this year.', 'deals_closed', 200],
    ['Recruter 150 nouveaux donateurs d’ici juin.', 'deals_closed', 150],
    ['Our goal for new memberships is 300.', 'deals_closed', 300],
  ])('%s → %s %d', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.target, a.unit]).toEqual([kpi, 'increase', target, 'count']);
  });

  it('a relative change of a base with no target keeps the unit of the change (percent)', () => {
    const a = analyze('If you have 40 monthly donors, aim to double them.');
    expect([a.kpi, a.baseline, a.change, a.unit]).toEqual(['customers', 40, { value: 1, kind: 'relative' }, 'percent']);
  });

  it.each([
    // The rate of donors kept is retention, not the donors.
    ['Increase donor retention from 40% to 60%.', 'retention'],
    // Social fans are followers, no catalog KPI (real13).
    ['Get 1,000 new fans on our Facebook page.', null],
    // A membership director is a person; "membership" in the singular is no count.
    ['Our membership director wants to raise revenue by 5%.', 'revenue'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('income-statement wordings: EBIT and operating result are profit, « recettes » sales, a profit line’s margin or share of sales a margin', () => {
  it.each([
    ['Dépasser les 130 millions d’euros d’EBIT en 2026.', 'profit', 130e6],
    ['Grow EBIT to $40M by 2027.', 'profit', 40e6],
    ['Porter le résultat opérationnel à 50 M€ en 2026.', 'profit', 50e6],
    ['Augmenter nos recettes à 2 M€ cette année.', 'revenue', 2e6],
  ])('%s → %s', (text, kpi, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual([kpi, target, 'currency']);
  });

  it.each([
    ['Porter son résultat opérationnel à 20 % du CA en 2028.', 0.2],
    ['Raise operating profit to 15% of sales by 2027.', 0.15],
    ['Atteindre une marge d’EBIT de 12 %.', 0.12],
    ['Atteindre une marge d’EBITDA de 25 % en 2026.', 0.25],
    ['Reach a 10% operating (EBIT) margin over the cycle.', 0.1],
  ])('%s → net_margin', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['net_margin', target, 'percent']);
  });

  it.each([
    // A percentage change of profit stays profit.
    ['Augmenter le bénéfice de 20 % d’ici 2026.', 'profit'],
    ['Grow EBITDA by 10% next year.', 'profit'],
    // Costs as a share of sales stay a cost ratio (real22).
    ['Réduire les coûts à 20 % du CA.', null],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('things sold, counted, whatever their noun, are won deals; the worth of what is sold is sales (real19, real21, real23)', () => {
  it.each([
    ['Objectif : 5 000 bouteilles vendues en 2026.', 5000],
    ['Deux millions de boîtes seront distribuées dans les réseaux de pharmacies.', 2e6],
    ['Get 20,000 copies of the book sold by June.', 20000],
  ])('%s → deals_closed %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['deals_closed', target, 'count']);
  });

  it.each(['Vendre des machines d’une valeur de 3 millions d’euros cette année.', 'Sell equipment worth $3M this year.'])('%s → revenue', (text) => {
    const a = analyze(text);
    expect([a.kpi, a.unit]).toEqual(['revenue', 'currency']);
  });

  it.each([
    // Handed out, not sold.
    ['5 000 brochures seront distribuées aux clients.', null],
    ['Distribuer 5 000 brochures en 2026.', null],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a goal given only an amount scaled by a glued k, M or B is sales without its currency sign', () => {
  it.each([
    ['My goal is 10K this month.', 10000],
    ['My goal is reaching 3B every year.', 3e9],
    ['Objectif 2026 : 1,5M.', 1.5e6],
    ['Il vise un objectif individuel de 250K.', 250000],
  ])('%s → revenue %d, currency', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['revenue', target, 'currency']);
  });

  it.each([
    // Something counted after the amount names what it counts.
    ['Reach 10K followers this year.', null],
    ['Target: 500k downloads by June.', null],
    // No goal word: a bare scaled number is no sales amount.
    ['Reach 10K this year.', null],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('what is spent on each new customer won is the acquisition cost', () => {
  it.each([
    ['Spend no more than $100 to acquire each new customer.', 'decrease'],
    ['Dépenser au maximum 50 € par nouveau client d’ici juin.', 'decrease'],
  ])('%s → cac', (text, direction) => {
    const a = analyze(text);
    expect([a.kpi, a.direction, a.unit]).toEqual(['cac', direction, 'currency']);
  });

  it('a participle describing the subject ("a company selling software") is not the goal’s verb before a modal', () => {
    expect(analyze('A firm selling software might aim to spend no more than $80 to win each new subscriber.').kpi).toBe('cac');
    expect(analyze('Une entreprise vendant des logiciels doit viser 20 nouveaux clients par mois.').kpi).toBe('deals_closed');
  });

  it.each([
    // A spend with no customer won per unit stays costs; a budget to win a count of customers is no cost per customer.
    ['Cut marketing spend by 10% this year.', 'costs'],
    ['Keep spending under $5,000 per month.', 'costs'],
    // The amount spent is a means; the goal is the purpose's count (ruling R2 of 2026-12-06, left50).
    ['Spend $20k on ads to win 100 new customers.', 'deals_closed'],
  ])('near-miss: %s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('assumptions and qualifiers around a counted goal are not its numbers', () => {
  it.each([
    ['Notre taux de conversion étant de 2 % et notre panier moyen de 500 €, nous avons besoin de 4 000 leads à un coût de 30 € pour atteindre 40 000 € de CA.', 4000],
    ['Our close rate being 25%, we need 40 new leads a month.', 40],
    ['Generate 500 leads at a cost of $40 each.', 500],
  ])('%s → leads %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['leads', target, 'count']);
  });

  it('a participle that is no assumption keeps the goal', () => {
    const a = analyze('Being the market leader, we want to grow revenue by 10%.');
    expect([a.kpi, a.change]).toEqual(['revenue', { value: 0.1, kind: 'relative' }]);
  });
});

describe('a connector hyphenated inside a compound word ("click-through-rate") opens no lever', () => {
  it('keeps the change of a click-through rate', () => {
    const a = analyze('Improve the click-through-rate by 40% in 2 months.');
    expect([a.direction, a.change, a.unit, a.levers]).toEqual(['increase', { value: 0.4, kind: 'relative' }, 'percent', []]);
  });

  it('near-miss: a spaced "through" is still a means', () => {
    expect(analyze('Increase sales by 10% through a referral program.').levers).toEqual(['a referral program']);
  });
});

describe('a growth of revenue with an adjective between (« croissance organique du chiffre d’affaires ») is sales growth', () => {
  it.each([
    ['Viser une croissance organique du chiffre d’affaires de 5 % en 2026.', 0.05],
    ['Target organic growth of revenue of 6% in 2026.', 0.06],
  ])('%s → sales_growth %d', (text, target) => {
    const a = analyze(text);
    expect([a.kpi, a.target, a.unit]).toEqual(['sales_growth', target, 'percent']);
  });

  it('near-miss: the growth of another KPI is that KPI growing', () => {
    expect(analyze('Viser une croissance organique des leads de 10 %.').kpi).toBe('leads');
  });
});

describe('« au plus vite », « au plus tôt » are no bound after a number', () => {
  it('keeps an increase to a mark passed as soon as possible', () => {
    const a = analyze('Notre objectif est de franchir la barre des 30 % au plus vite.');
    expect([a.direction, a.target]).toEqual(['increase', 0.3]);
  });

  it('near-miss: « au plus » alone is still a ceiling', () => {
    const a = analyze('Ramener le churn à 2 % au plus.');
    expect([a.kpi, a.direction, a.target]).toEqual(['churn', 'decrease', 0.02]);
  });
});
