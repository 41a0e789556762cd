/**
 * kpi37: KPI misses left on real21–real36, by structure (issue 11). Mostly class A — a measure the catalog does not track
 * read as a catalog KPI — then two of class C (the object misread by the sentence's shape). Each rule: real lines, a
 * written variant in French and in English, and near misses whose KPI must stay.
 */
import { analyzeStatement } from '../../../src/core/statement';

const kpiOf = (text: string): string | null => analyzeStatement(text, { asOf: '2026-01-01' }).kpi;

describe('a day and its month are a date, not things counted for a goal', () => {
  it.each([
    // real25
    ["Dans le plan de relance, nous avons l'objectif d'accompagner 300 000 entreprises au titre de France Num d'ici le 31 décembre 2022.", null],
    ["Notre objectif : accompagner 2 000 entreprises d'ici le 31 décembre 2027.", null],
    ['Our goal is to support 2 000 firms by 31 December 2027.', null],
    // Near misses: things counted before the date are still won.
    ['Our goal is to sign 40 new clients by 31 December 2027.', 'deals_closed'],
    ["Notre objectif : signer 40 nouveaux contrats d'ici le 31 décembre 2027.", 'deals_closed'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('a count a preposition follows names no thing counted', () => {
  it.each([
    // real34
    ['À la fin 2025, l’entreprise prévoit d’avoir atteint son objectif initial de 8000 points de charge en France, dépassant déjà les 6000 dans le monde.', null],
    ["Notre objectif est de dépasser les 500 dans toute la France d'ici 2027.", null],
    // Near misses: a count of things, then a preposition.
    ['Notre objectif : 50 ventes dans le trimestre.', 'deals_closed'],
    ['Our goal: 40 contracts this year, with 5 others pending.', 'deals_closed'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('what a verb of having counts is what the business has now, not the count its goal is given', () => {
  it.each([
    // real31, real36 (the places the next count names are no KPI either: « implantations », sites)
    ["Après deux années catastrophiques de remontées mécaniques et parcs de loisirs fermés, la Compagnie des Alpes qui exploite 10 domaines skiables dans les Alpes et est actionnaire de 5 autres, mise sur la reprise des activités et, chose nouvelle, sur la montagne l'été, avec l'objectif affiché d'y réaliser un tiers de son chiffre d'affaires d'ici 10 ans.", null],
    ['Le réseau Ange compte 207 boulangeries ouvertes à date et notre développement se poursuit, avec 50 ouvertures prévues cette année afin de réaliser notre objectif de regrouper 250 implantations fin 2022.', null],
    ["Le groupe, qui exploite 12 cliniques, se fixe l'objectif de 30 sites en 2028.", null],
    ['The group, which operates 12 clinics, has set a goal of 30 sites by 2028.', null],
    // Near misses: a goal's own count after a verb of having ("has a goal of") or after a count held is still read.
    ['Our team has a goal of 50 new contracts this year.', 'deals_closed'],
    ['Le réseau compte des agences partout ; notre objectif : 40 contrats signés cette année.', 'deals_closed'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('« conversions de succursales » are places converted, no conversion rate', () => {
  it.each([
    // real28
    ['Sur 2024, le réseau devrait compter près de 25 restaurants en franchise supplémentaires, comprenant conversions de succursales et nouvelles ouvertures.', null],
    ['Le réseau prévoit 30 franchisés de plus en 2027, dont des conversions de magasins intégrés.', null],
    // English "conversions" alone names no KPI already; leads converted stay the conversion rate.
    ['In 2027 the network expects 25 more franchise restaurants, comprising conversions of stores and new openings.', null],
    ['Améliorer les conversions de leads de 10 %.', 'conversion_rate'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('costs that money covers or raises are what it pays for, not the goal’s measure', () => {
  it.each([
    // real34
    ['Launch an informative and successful Kickstarter campaign to raise up to 100% of production costs.', null],
    ['Increase our prices by 5% to cover higher energy costs.', null],
    ["Augmenter nos prix de 5 % pour couvrir la hausse des coûts de l'énergie.", null],
    ['Lever 50 000 € pour financer nos coûts de production.', null],
    // Near misses: costs cut are the goal, whatever they cover.
    ['Cut costs by 10% to cover the price drop.', 'costs'],
    ['Réduire nos coûts de production de 10 %.', 'costs'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('a plan’s or a programme’s name spelled out after its acronym is no measure', () => {
  it.each([
    // real32
    ['Bruno Le Maire, le ministre de l’Economie et des finances, a fixé à la banque publique Bpifrance l’objectif d’embarquer 4000 PME et ETI d’ici la fin du quinquennat dans le cadre du PACTE (Plan d’action pour la croissance et la transformation des entreprises).', null],
    ["Notre objectif : rejoindre le PCR (Programme Croissance Régions) d'ici 2027.", null],
    ['Our goal is to join the SGP (Program for Sales Growth) by 2027.', null],
    // Near misses: a measure spelled out after its acronym is still that measure.
    ["Augmenter le TCAM (Taux de Croissance Annuel Moyen) à 15 % d'ici 2027.", 'sales_growth'],
    ['Increase MRR (Monthly Recurring Revenue) by 10%.', 'revenue'],
    ['Increase CSAT (Customer Satisfaction Score) to 90% this year.', 'csat'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('a fund’s or a budget’s money is no sales amount', () => {
  it.each([
    // real22
    ['« Nous souhaitons que le fonds Boost Capital alloué aux startups qui est actuellement de 2 milliards soit porté à 4 milliards FCFA », revendique Alex Degny, le nouveau président de CI20, un collège de jeunes pousses technologiques ivoiriennes réunies pour fédérer leurs forces et mieux se faire entendre.', null],
    ["Notre objectif : porter le fonds d'amorçage à 50 millions d'euros d'ici 2027.", null],
    ["Notre objectif : porter l'enveloppe régionale à 20 millions d'euros en 2027.", null],
    // English "fund" was already set aside; sales brought to an amount stay sales.
    ['Our goal is to grow the seed fund to $50 million by 2027.', null],
    ["Notre objectif : porter le chiffre d'affaires à 50 millions d'euros d'ici 2027.", 'revenue'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('staff, talent or a stake kept is no customer retention', () => {
  it.each([
    // real26
    ['Maintaining current milk supply volumes, retaining 100% member ownership of the company and rebuilding trust with members are key points of the new ‘Heading for 2030’ strategy that the FrieslandCampina dairy cooperative will present on 1 February.', null],
    ['Retain 90% of our staff this year.', null],
    ['Retain our top talent in 2027.', null],
    ['Fidéliser nos collaborateurs en 2027.', null],
    // Near misses: customers kept, even with a team named after them or before them, are retention.
    ['Retain 95% of our customers this year.', 'retention'],
    ['Fidéliser nos clients grâce à nos équipes.', 'retention'],
    ["Retain our team's best accounts.", 'retention'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('(class C) a growth target that doubles or triples is the sales doubling, not a growth rate', () => {
  it.each([
    // real22
    ['"Our global revenue growth target is to double by 2026.', 'revenue'],
    ['Our sales growth target is to triple by 2028.', 'revenue'],
    ["Notre objectif de croissance du chiffre d'affaires est de doubler d'ici 2028.", 'revenue'],
    // Near misses: a growth rate doubled or given a percentage stays the growth rate.
    ['Double our revenue growth rate by 2027.', 'sales_growth'],
    ['Our revenue growth target is 10% by 2027.', 'sales_growth'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});

describe('(class C) a verb’s word after "per" is the noun an average is taken by', () => {
  it.each([
    // real29
    ['To increase the average amount spent per call by $300', 'average_deal_size'],
    ['Augmenter le montant moyen dépensé par appel de 50 €.', 'average_deal_size'],
    // Near misses: a count per call and an average per customer are still ratios the catalog does not track; calls made are
    // prospecting.
    ['Increase average revenue per customer to $120', null],
    ['Augmenter le revenu moyen par client à 120 €.', null],
    ['Increase the number of sales per call by 10%.', null],
    ['Augmenter le nombre de ventes par appel de 10 %.', null],
    ['Call 50 prospects per day.', 'prospecting'],
  ] as const)('%s', (text, kpi) => {
    expect(kpiOf(text)).toBe(kpi);
  });
});
