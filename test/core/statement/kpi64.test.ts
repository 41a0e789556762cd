/**
 * kpi64: the KPI leftovers of the last note and one class of kind A (a KPI read where the label has none), each written
 * here in other words (FR and EN, none copied from a fixture), with near misses that keep today's reading
 * (docs/MEASUREMENTS.md, kpi64; the fixtures README's "kpi64" section):
 * 1. a growth "in" a half, a quarter or a fiscal year ("in H1 2027", "in Q3 2027", "in FY27") is a period, not the thing
 *    that grows: "Sustain our growth in H1 2027" keeps its growth going (`sales_growth`), as "… through 2027" did (left63);
 * 2. the growth aimed at after a figure of money reported (kpi63) reads the same with its percentage after it: "targets
 *    growth of 12%", « vise une croissance de 10 % » are "targets 12% growth", « vise 10 % de croissance » (`sales_growth`);
 * 3. subscribers counted with "k" or "M" read as their number does: "45k subscribers" is "45,000 subscribers" (`customers`,
 *    kpi63's tens of thousands), "250k", "2M" the millions rule's;
 * 4. a level of subscribers reached on an audience's channel (YouTube, Instagram, TikTok, LinkedIn, a podcast …) is that
 *    audience, sign-ups, as kpi63's newsletter rule reads it: « 30 000 abonnés sur YouTube » (was `customers`);
 * 5. kind A: money a project or a site is valued at (« Chiffré à 1,5 milliard de FCFA, le projet … », « Évaluée à 4
 *    milliards ») is what it costs or is worth, no sales (was `revenue`; English "valued at" read none already);
 * 6. kind A: traffic where a port, ships, an airport or an airline is named is a carrier's (passengers, freight), no
 *    website's (was `website_traffic`), as traffic counted in tonnes or passengers already was;
 * 7. kind A: visitors of an event's edition, of a town (its inhabitants named), of a cruise, or a place that "received"
 *    them (« a reçu 1,8 million de visiteurs ») are footfall, no website's (was `website_traffic`).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. a growth in a half, a quarter or a fiscal year is kept going (was no KPI)', () => {
  readsAs([
    ['Sustain our growth in H1 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Maintain our growth in Q3 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Sustain our growth in the first half of 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Soutenir notre croissance du premier semestre 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Continue our growth in Q2 2027.', { kpi: 'sales_growth' }],
  ]);
});

describe('1. near misses: a growth in a thing, a growth supported by a means', () => {
  readsAs([
    ['Sustain our growth in new markets.', { kpi: null }],
    ['Support our growth by hiring 10 reps.', { kpi: null }],
    ['Soutenir notre croissance au premier semestre 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
    ['Sustain our growth through 2027.', { kpi: 'sales_growth', direction: 'maintain' }],
  ]);
});

describe('2. the growth aimed at with its percentage after it (was the reported revenue)', () => {
  readsAs([
    ['Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % en 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.15, unit: 'percent' }],
    ['La PME a réalisé 3 M€ de chiffre d’affaires en 2025 et veut une croissance de 20 % en 2026.', { kpi: 'sales_growth', target: 0.2 }],
    ['The firm posted $40 million in revenue in 2025 and targets growth of 12% in 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.12, unit: 'percent' }],
    ['The company reported €8 million in revenue in 2025 and aims for growth of 15% in 2026.', { kpi: 'sales_growth', target: 0.15 }],
  ]);
});

describe('2. near misses: the two orders agree, another measure’s growth, no figure reported', () => {
  readsAs([
    ['Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise 15 % de croissance en 2026.', { kpi: 'sales_growth', target: 0.15 }],
    ['The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.', { kpi: 'sales_growth', target: 0.12 }],
    ['The agency posted $12 million in revenue in 2025 and targets growth of 18% in 2026.', { kpi: 'sales_growth', target: 0.18 }],
    ['Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % de sa marge.', { kpi: 'revenue' }],
    ['The agency closed 400 deals in 2025 and targets growth of 18%.', { kpi: 'deals_closed' }],
    ['Grow revenue to $50 million and target growth of 15% in 2027.', { kpi: 'revenue', target: 50_000_000 }],
  ]);
});

describe('3. subscribers counted with k or M read as their number (was signups)', () => {
  readsAs([
    ['The streaming app wants 60k subscribers by 2028.', { kpi: 'customers', target: 60_000 }],
    ['Notre média vise 45 k abonnés d’ici 2028.', { kpi: 'customers', target: 45_000 }],
    ['L’opérateur vise 250k abonnés d’ici 2028.', { kpi: 'customers', target: 250_000 }],
    ['The operator aims for 2M subscribers by 2028.', { kpi: 'customers', target: 2_000_000 }],
  ]);
});

describe('3. near misses: an audience’s k, a small count, new ones', () => {
  readsAs([
    ['Grow our podcast to 45k subscribers by 2028.', { kpi: 'signups', target: 45_000 }],
    ['Grow our newsletter to 5k subscribers by 2028.', { kpi: 'signups', target: 5_000 }],
    ['Atteindre les 2 000 abonnés d’ici la fin de l’année.', { kpi: 'signups', target: 2_000 }],
    ['Il reste six mois au distributeur pour raccorder 120 000 nouveaux abonnés.', { kpi: 'signups', target: 120_000 }],
  ]);
});

describe('4. subscribers reached on an audience’s channel are sign-ups (was customers)', () => {
  readsAs([
    ['Atteindre 30 000 abonnés sur YouTube d’ici 2028.', { kpi: 'signups', target: 30_000 }],
    ['Atteindre 8 000 abonnés sur LinkedIn d’ici fin 2027.', { kpi: 'signups', target: 8_000 }],
    ['Reach 50,000 subscribers on TikTok by 2028.', { kpi: 'signups', target: 50_000 }],
    ['Reach 20,000 subscribers on our podcast by 2028.', { kpi: 'signups', target: 20_000 }],
  ]);
});

describe('4. near misses: a level reached with no channel named stays the base', () => {
  readsAs([
    ['Reach 10,000 subscribers by June 2027.', { kpi: 'customers', target: 10_000 }],
    ['Atteindre 12 000 abonnés d’ici 2028.', { kpi: 'customers', target: 12_000 }],
    ['The magazine wants 80.000 subscribers by 2028.', { kpi: 'customers', target: 80_000 }],
    ['The operator expects 3 million subscribers by 2028.', { kpi: 'customers', target: 3_000_000 }],
  ]);
});

describe('5. money a project or a site is valued at is no sales (was revenue)', () => {
  readsAs([
    ['Chiffré à 3 milliards de FCFA, le projet doit ouvrir en 2028.', { kpi: null }],
    ['Évalué à 800 millions de FCFA, le centre devrait être achevé d’ici 2027.', { kpi: null }],
    ['Évaluée à 12 millions d’euros, la future usine emploiera 80 personnes en 2027.', { kpi: null }],
    ['Le projet, chiffré à 5 M€, doit ouvrir en 2027.', { kpi: null }],
  ]);
});

describe('5. near misses: money aimed at, a goal given in money, sales named', () => {
  readsAs([
    ['Valued at $30 million, the new plant should open by 2028.', { kpi: null }],
    ['Nous visons 2 M€ d’ici 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Reach $2M by 2027.', { kpi: 'revenue', target: 2_000_000 }],
    ['Notre objectif : 500 000 € en 2027.', { kpi: 'revenue', target: 500_000 }],
    ['Atteindre un chiffre d’affaires évalué à 3 M€ en 2027.', { kpi: 'revenue' }],
    ['Le marché, évalué à 54 milliards d’euros, pourrait doubler d’ici 2030.', { kpi: 'revenue' }],
    ['Le secteur, évalué à 2 milliards d’euros, devrait croître de 10 % d’ici 2028.', { kpi: 'revenue' }],
  ]);
});

describe('6. a carrier’s or a port’s traffic is no website’s (was website_traffic)', () => {
  readsAs([
    ['L’aéroport vise une hausse de 8 % de son trafic en 2027.', { kpi: null, direction: 'increase' }],
    ['Le port veut devenir un hub pour le trafic régional des navires d’ici 2030.', { kpi: null }],
    ['The airline expects traffic to grow 6% in 2027.', { kpi: null, direction: 'increase' }],
    ['The port aims to double its traffic by 2030.', { kpi: null, direction: 'increase' }],
  ]);
});

describe('6. near misses: traffic alone, or on a site, stays the website’s', () => {
  readsAs([
    ['Augmenter le trafic de 20 % d’ici juin 2027.', { kpi: 'website_traffic' }],
    ['Increase traffic to our website by 30% by 2027.', { kpi: 'website_traffic' }],
    ['Grow traffic to our airline booking site by 15% in 2027.', { kpi: 'website_traffic' }],
    ['Increase traffic by 20% this quarter to support our new product.', { kpi: 'website_traffic' }],
  ]);
});

describe('7. visitors of an edition, a town, a cruise, or received by a place are footfall (was website_traffic)', () => {
  readsAs([
    ['Après sa 4e édition, le comité d’organisation veut dépasser les 6 000 visiteurs en 2027.', { kpi: null, target: 6_000 }],
    ['The town of 20,000 inhabitants hopes for 100,000 visitors in 2027.', { kpi: null }],
    ['La ferme pédagogique a reçu 9 000 visiteurs en 2025 et en espère 12 000 en 2027.', { kpi: null, target: 12_000 }],
    ['The cruise terminal expects 90,000 visitors in 2027.', { kpi: null, target: 90_000 }],
  ]);
});

describe('7. near misses: bare visitors, or a site’s, stay the website’s', () => {
  readsAs([
    ['Atteindre 50 000 visiteurs par mois d’ici 2027.', { kpi: 'website_traffic', target: 50_000 }],
    ['Increase visitors by 20% by June 2027.', { kpi: 'website_traffic' }],
    ['For the new edition of our app, double our site visitors by 2027.', { kpi: 'website_traffic' }],
    ['Nous avons reçu 2 000 visiteurs sur le site en mai ; en viser 3 000 en juin.', { kpi: 'website_traffic', target: 3_000 }],
  ]);
});
