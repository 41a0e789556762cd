/**
 * Classes of misses found on the seventeenth and eighteenth real statement sets (test/fixtures/statements/
 * real17-heldout.jsonl: retail, e-commerce, franchises, small shops; real18-heldout.jsonl: the go-to-market funnel —
 * customer success, renewals, partner and field sales, banks, insurance agencies, distributors). Each class is fixed by a
 * general rule and checked here on sentences written for the class, FR and EN, none of them in a fixture set, with
 * near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('a parenthesis holding only a KPI name says which measure is meant', () => {
  it.each([
    ['Raise the customer happiness score (NPS) from 30 to 45 by June.', 'nps'],
    ['Improve the loyalty score (NPS) to 60 this year.', 'nps'],
    ['Augmenter le score de satisfaction client (NPS) de 20 à 35 d’ici fin 2025.', 'nps'],
    ['Lift the satisfaction index (CSAT) to 90% by Q3.', 'csat'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it('keeps a parenthesis repeating the same KPI, and one that says more than a name', () => {
    expect(analyze('Increase the average order value (AOV) by 10% in Q2.').kpi).toBe('average_deal_size');
    expect(analyze('Increase the customer satisfaction score (CSAT) from 4.1 to 4.5.').kpi).toBe('csat');
    expect(analyze('Increase the customer satisfaction score (measured after each ticket) to 90%.').kpi).toBe('csat');
  });
});

describe('the value of things purchased or sold is the deal size', () => {
  it.each([
    ['Increase the denomination of gift vouchers sold from $25 to $40 this Christmas.'],
    ['Raise the value of gift cards purchased by 15% next quarter.'],
    ['Augmenter la valeur des paniers achetés en ligne de 10 % cette année.'],
  ])('%s → average_deal_size', (text) => {
    expect(analyze(text).kpi).toBe('average_deal_size');
  });

  it('keeps a value of something not bought a non-KPI', () => {
    expect(analyze('Increase the value of our brand by 2027.').kpi).toBeNull();
  });
});

describe('a base, list or file of contacts is the sign-ups collected', () => {
  it.each([
    ['Étoffer notre base de contacts de 500 inscrits d’ici juin.'],
    ['Élargir sa base de 2 000 contacts en 3 mois.'],
    ['Grow our contact list to 5,000 names by the end of the year.'],
    ['Doubler notre fichier de contacts avant l’été.'],
  ])('%s → signups', (text) => {
    expect(analyze(text).kpi).toBe('signups');
  });

  it('keeps contacts made per period prospecting, and a customer base the customers', () => {
    expect(analyze('Passer 40 contacts qualifiés par semaine.').kpi).toBe('prospecting');
    expect(analyze('Élargir notre base de clients de 10 % cette année.').kpi).toBe('customers');
  });
});

describe('the head count of the sales team is sales reps', () => {
  it.each([
    ['Keep the sales team head count flat through 2025.', 'maintain'],
    ['Grow our sales head count from 12 to 18 by next year.', 'increase'],
  ])('%s → sales_reps', (text, direction) => {
    expect(analyze(text)).toMatchObject({ kpi: 'sales_reps', direction });
  });
});

describe('a share of revenue written "N%+" names no KPI and its bound is an increase', () => {
  it.each([
    ['30%+ of revenue from resellers by year 2'],
    ['15%+ of sales from the online channel next year'],
  ])('%s → null, increase', (text) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase' });
  });

  it('reads "N+" as an at-least bound on counts of customers too', () => {
    expect(analyze('Reach 500+ customers by June.')).toMatchObject({ kpi: 'customers', target: 500, direction: 'increase' });
    expect(analyze('Atteindre 1 000+ clients d’ici fin 2026.')).toMatchObject({ kpi: 'customers', target: 1000 });
    expect(analyze('Signer 20+ nouveaux clients ce trimestre.')).toMatchObject({ kpi: 'deals_closed', target: 20 });
  });
});

describe('a bank balance or a headcount growing is no sales growth; a growth noun given a range is its lower bound', () => {
  it.each([
    ['We expect deposit growth of 6% to 9% in 2025.', 0.06],
    ['Our loan growth will be between 4% and 7% next year.', 0.04],
    ['Nous visons une croissance des crédits de 5 % en 2025.', null],
  ])('%s → no KPI', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBeNull();
    if (target !== null) expect(a.target).toBeCloseTo(target);
  });

  it('keeps sales growth and a stated range of a rate KPI', () => {
    expect(analyze('We expect revenue growth of 8% to 10% in 2025.')).toMatchObject({ kpi: 'sales_growth', target: 0.08 });
    expect(analyze('Increase close rate 20% to 25% by June.')).toMatchObject({ kpi: 'close_rate', baseline: 0.2, target: 0.25 });
  });
});

describe('a French change written before its object ("augmenter de 30 % le trafic")', () => {
  it.each([
    ['Objectif de l’équipe marketing : augmenter de 20 % le trafic du site d’ici juin.', 'website_traffic'],
    ['Pour le responsable des leads : augmenter de 15 % le panier moyen.', 'average_deal_size'],
    ['Augmenter de 25 à 30 % le taux de conversion des essais.', 'conversion_rate'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('opportunities won, accepted or signed are won deals', () => {
  it.each([
    ['Nous voulons que 15 opportunités soient gagnées par mois.'],
    ['Get 12 opportunities accepted each week.'],
    ['Objectif : 8 opportunités signées par trimestre.'],
  ])('%s → deals_closed', (text) => {
    expect(analyze(text).kpi).toBe('deals_closed');
  });

  it('keeps opportunities generated the funnel', () => {
    expect(analyze('Générer 30 opportunités par mois.').kpi).toBe('funnel_throughput');
  });
});

describe('an increase of a percentage "of their revenue" is a change of revenue, not a share of it', () => {
  it.each([
    ['La plupart visent une augmentation de 15 % de leurs revenus en 2025.'],
    ['They aim for an increase of at least 10% of their revenue next year.'],
  ])('%s → revenue', (text) => {
    expect(analyze(text).kpi).toBe('revenue');
  });

  it('keeps a share of the revenue a share', () => {
    expect(analyze('Réaliser 40 % de leurs revenus à l’export d’ici 2027.').kpi).toBeNull();
  });
});

describe('growing at a rate, with no object, is the growth rate; "sets a growth of" states it', () => {
  it.each([
    ['After reviewing its market share, the firm decided it could grow at 12 per cent next year.', 0.12],
    ['The agency wants to grow at a rate of 20% a year.', 0.2],
    ['For 2025 the board sets a growth of 25 per cent for the northern region.', 0.25],
  ])('%s → sales_growth', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'sales_growth', target });
  });
});

describe('goals given a count of things no catalog word names are won deals', () => {
  it.each([
    ['The sales targets set by the owner are six new tractors per quarter.', 6],
    ['Our goals are 12 new kitchens per month.', 12],
  ])('%s → deals_closed', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'deals_closed', target, unit: 'count' });
  });

  it('keeps a goal given money revenue and one given places no KPI', () => {
    expect(analyze('The sales goals set by his manager are $40,000 per month.').kpi).toBe('revenue');
    expect(analyze('Our goals are 12 new stores by 2026.').kpi).toBeNull();
  });
});

describe('numbers that are no goal numbers: a ranking, items numbered in a list', () => {
  it.each([
    ['Classée dans le Top 50 des PME, l’entreprise vise 20 M€ de chiffre d’affaires en 2026.', 20_000_000],
    ['Now in the top 10 of our region, we want to reach $3M in sales next year.', 3_000_000],
    ['I finished goals 2 and 3 last spring, so my next goal is reaching 400 sales on my shop.', 400],
  ])('%s → target %d', (text, target) => {
    expect(analyze(text).target).toBe(target);
  });
});

describe('a signed score after a goal word is the level, not a change', () => {
  it.each([
    ['If we reach our NPS target of +40 by June, the team gets a bonus of $500.', 40],
    ['Notre objectif de NPS : +35 cette année.', 35],
  ])('%s → target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: 'nps', target, change: null, unit: 'count' });
  });

  it('keeps a signed number with no goal word a change', () => {
    expect(analyze('+15 % de CA en 2025.').change).toEqual({ value: 0.15, kind: 'relative' });
  });
});

describe('an increase noun is a change whatever the verb; a growth after an attainment verb stays a level', () => {
  it.each([
    ['Aim for a 15% increase in repeat visits this year.', 0.15],
    ['Let’s shoot for a 5% uplift across all stores.', 0.05],
    ['Viser une hausse de 8 % sur l’ensemble du réseau.', 0.08],
  ])('%s → change %d', (text, value) => {
    expect(analyze(text)).toMatchObject({ target: null, change: { value, kind: 'relative' } });
  });

  it('keeps a growth rate reached a level', () => {
    expect(analyze('Hit 8% sales growth in 2025.')).toMatchObject({ kpi: 'sales_growth', target: 0.08, change: null });
  });
});

describe('an additional amount of a measure ("an additional profit of 10%") is a change', () => {
  it.each([
    ['Bring in an additional margin of 3% next quarter.', 0.03],
    ['Generate an extra revenue of 12% over last year.', 0.12],
  ])('%s → change %d', (text, value) => {
    expect(analyze(text)).toMatchObject({ target: null, change: { value, kind: 'relative' } });
  });

  it('keeps an indefinite level a level', () => {
    expect(analyze('Obtenir un taux de conversion de 12,5 %.').target).toBeCloseTo(0.125);
  });
});

describe('the share of survey respondents is no number of the goal', () => {
  it.each([
    ['La majorité (58 %) d’entre eux visent une hausse de 5 % de leur chiffre d’affaires en 2025.', 0.05],
    ['42 % des dirigeants veulent augmenter leurs ventes de 10 % cette année.', 0.1],
    ['55% of owners plan to grow revenue by 8% next year.', 0.08],
  ])('%s → change %d, no target', (text, value) => {
    expect(analyze(text)).toMatchObject({ kpi: 'revenue', target: null, change: { value, kind: 'relative' } });
  });

  it('keeps a share of the customers a level', () => {
    expect(analyze('Retain 90% of our customers this year.').target).toBeCloseTo(0.9);
  });
});

describe('deadlines: "by year 3", "in year 2", "à l’horizon de 2027"', () => {
  it.each([
    ['25% of revenue from resellers by year 3', '2028-01-06'],
    ['Reach 200 customers in year 2.', '2027-01-06'],
    ['Hit $1M ARR by month 18.', '2026-07-06'],
    ['Le groupe vise 30 % de son activité à l’export à l’horizon de 2027.', '2027-12-31'],
  ])('%s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it('keeps a year-over-year comparison no deadline', () => {
    expect(analyze('Grow revenue 20% in 2026.').deadline).toBe('2026-12-31');
  });
});

describe('a French means keeps its reflexive pronoun ("en me servant de …")', () => {
  it.each([
    ['Augmenter mes ventes de 10 % en me servant d’Instagram.', 'me servant d’Instagram'],
    ['Doubler nos inscrits en nous appuyant sur les partenaires.', 'nous appuyant sur les partenaires'],
    ['Gagner 20 clients en vous concentrant sur les PME.', 'vous concentrant sur les PME'],
  ])('%s → %s', (text, lever) => {
    expect(analyze(text).levers).toEqual([lever]);
  });
});

describe('a level to be at or to count ("be at 50 restaurants", "compter 20 restaurants") states an increase', () => {
  it.each([
    ['We want to be at 120 stores by 2028.', 120],
    ['Dans trois ans, l’enseigne devrait compter 45 boutiques.', 45],
    ['Nous voulons compter 40 agences en 2027.', 40],
  ])('%s → increase, target %d', (text, target) => {
    expect(analyze(text)).toMatchObject({ kpi: null, direction: 'increase', target });
  });

  it('keeps "compter" without a number no direction of its own', () => {
    expect(analyze('Nous comptons sur vous.').direction).toBeNull();
  });
});

describe('the number of things sold is won sales', () => {
  it.each([
    ['Augmenter le nombre de polices vendues de 10 % cette année.'],
    ['Increase the number of policies sold by 15% next quarter.'],
    ['Doubler le nombre de contrats vendus en 2025.'],
  ])('%s → deals_closed', (text) => {
    expect(analyze(text).kpi).toBe('deals_closed');
  });

  it('keeps the number of customers the base', () => {
    expect(analyze('Augmenter le nombre de clients de 10 %.').kpi).toBe('customers');
  });
});

describe('"sustainability" is no maintain verb; "for all of 2026" is a deadline', () => {
  it.each([
    ['Sustainability goals: cut packaging waste by 10% within 6 months.', 'decrease'],
    ['Our sustainability plan aims to reduce energy costs by 8% next year.', 'decrease'],
  ])('%s → %s', (text, direction) => {
    expect(analyze(text).direction).toBe(direction);
  });

  it('keeps "sustain" a maintain verb', () => {
    expect(analyze('Sustain a 90% retention rate through 2025.').direction).toBe('maintain');
  });

  it.each([
    ['Three new listings a week, for all of 2026.', '2026-12-31'],
    ['Keep churn under 2% for all of 2027.', '2027-12-31'],
  ])('%s → %s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });
});
