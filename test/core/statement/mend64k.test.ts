/**
 * mend64k: the review of kpi64 (its findings 1–5 and 7), each finding's wordings FR and EN with near misses that keep
 * kpi64's reading (docs/MEASUREMENTS.md, mend64k; the fixtures README's "kpi64" section, "Mended (mend64k)"):
 * 1. subscribers written with k or M on an audience's platform (YouTube, a podcast, a newsletter) stay sign-ups, as the
 *    same count written in full does (kpi63's audience rule); "250k subscribers" alone stays Active customers;
 * 2. "channel" / « chaîne » in a subscribers' phrase is no audience unless a platform is named ("our channel partners", «
 *    notre chaîne de salles de sport », "our Facebook Workplace plan" stay Active customers; « sur YouTube » sign-ups);
 * 3. a carrier (a port, an airport, an airline, ships) removes website traffic only when named before the traffic, as its
 *    owner ("The port aims to double its traffic"); named after it, it is a customer or a means ("… our customers are
 *    airlines", « auprès des compagnies aériennes »); "ships" as a verb is no carrier;
 * 4. visitors are an event's edition's only with an ordinal (« la 3e édition », "the next edition"), a town's only with its
 *    count of inhabitants (« de 35 000 habitants »), a place's « reçu » only when the visitors are what was received;
 * 5. a market's or a sector's size stays revenue whichever side of « le marché » the valued money stands;
 * 7. the aimed growth reads the same in EN and FR: a range of percentages ("growth of 12 to 15%") and « d'ici 2026 » too.
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-05', rows);

describe('1. an audience’s subscribers in k or M stay sign-ups (kpi64 read Active customers)', () => {
  readsAs([
    ['Reach 2.5M subscribers on YouTube by 2028.', { kpi: 'signups', target: 2_500_000 }],
    ['Notre chaîne YouTube vise 1,5 M d’abonnés d’ici 2028.', { kpi: 'signups', target: 1_500_000 }],
    ['Notre chaîne YouTube vise 250k abonnés d’ici 2028.', { kpi: 'signups', target: 250_000 }],
    ['Grow our podcast to 150k subscribers by 2028.', { kpi: 'signups', target: 150_000 }],
    ['Our newsletter wants 1.2M subscribers by 2028.', { kpi: 'signups', target: 1_200_000 }],
  ]);
});

describe('1. near misses: k or M with no audience, millions in words', () => {
  readsAs([
    ['L’opérateur vise 250k abonnés d’ici 2028.', { kpi: 'customers', target: 250_000 }],
    ['The operator aims for 2M subscribers by 2028.', { kpi: 'customers', target: 2_000_000 }],
    ['Le service de streaming vise 3 millions d’abonnés d’ici 2028.', { kpi: 'customers', target: 3_000_000 }],
  ]);
});

describe('2. a channel that is no platform keeps Active customers (kpi64 read sign-ups)', () => {
  readsAs([
    ['Reach 30,000 subscribers through our channel partners by 2028.', { kpi: 'customers', target: 30_000 }],
    ['Reach 30,000 subscribers across our retail channels by 2028.', { kpi: 'customers', target: 30_000 }],
    ['Atteindre 30 000 abonnés dans notre chaîne de salles de sport d’ici 2028.', { kpi: 'customers', target: 30_000 }],
    ['Reach 30,000 subscribers to our Facebook Workplace plan by 2028.', { kpi: 'customers', target: 30_000 }],
  ]);
});

describe('2. near misses: a platform named, with or without its channel', () => {
  readsAs([
    ['Atteindre 30 000 abonnés sur YouTube d’ici 2028.', { kpi: 'signups', target: 30_000 }],
    ['Reach 30,000 subscribers on our YouTube channel by 2028.', { kpi: 'signups', target: 30_000 }],
    ['Atteindre 30 000 abonnés sur notre chaîne Twitch d’ici 2028.', { kpi: 'signups', target: 30_000 }],
  ]);
});

describe('3. a carrier named after the traffic, or "ships" a verb, keeps Website traffic (kpi64 read none)', () => {
  readsAs([
    ['Double our traffic by 2028; our customers are airlines and airports.', { kpi: 'website_traffic' }],
    ['Grow traffic by 30% in 2027 with our new airline clients.', { kpi: 'website_traffic' }],
    ['Augmenter notre trafic de 30 % d’ici 2027 auprès des compagnies aériennes.', { kpi: 'website_traffic' }],
    ['Double our traffic by 2028 after opening our Lisbon port office.', { kpi: 'website_traffic' }],
    ['Our team ships weekly; grow traffic by 20% by 2027.', { kpi: 'website_traffic' }],
  ]);
});

describe('3. near misses: the carrier owns the traffic', () => {
  readsAs([
    ['The port aims to double its traffic by 2030.', { kpi: null }],
    ['L’aéroport vise une hausse de 8 % de son trafic en 2027.', { kpi: null, direction: 'increase' }],
    ['The airline wants to grow its traffic by 10% in 2027.', { kpi: null }],
    ['Le port doit accueillir de plus grands navires et traiter plus de trafic d’ici 2027.', { kpi: null }],
  ]);
});

describe('4. an edition, inhabitants or « reçu » elsewhere keep Website traffic (kpi64 read none)', () => {
  readsAs([
    ['Notre maison d’édition veut doubler ses visiteurs d’ici 2028.', { kpi: 'website_traffic' }],
    ['Grow visitors by 30% by 2027 after launching our Pro edition.', { kpi: 'website_traffic' }],
    ['Après avoir reçu un financement, nous voulons doubler nos visiteurs d’ici 2028.', { kpi: 'website_traffic' }],
    ['Double our visitors by 2028, targeting the region’s 2 million inhabitants.', { kpi: 'website_traffic' }],
  ]);
});

describe('4. near misses: an edition’s ordinal, a town’s inhabitants counted, visitors received', () => {
  readsAs([
    ['Après sa 4e édition, le comité d’organisation veut dépasser les 6 000 visiteurs en 2027.', { kpi: null, target: 6_000 }],
    ['For its next edition, the fair wants 8,000 visitors in 2027.', { kpi: null, target: 8_000 }],
    ['The town of 20,000 inhabitants hopes for 100,000 visitors in 2027.', { kpi: null }],
    ['Nous avons reçu 10 000 visiteurs en 2025 ; nous en visons 20 000 en 2027.', { kpi: null, target: 20_000 }],
  ]);
});

describe('5. a market’s or a sector’s size valued before it stays Revenue (kpi64 read none)', () => {
  readsAs([
    ['Évalué à 54 milliards d’euros, le marché pourrait doubler d’ici 2030.', { kpi: 'revenue' }],
    ['Évalué à 54 milliards d’euros, le secteur pourrait doubler d’ici 2030.', { kpi: 'revenue' }],
    ['Chiffré à 3 milliards de FCFA, le marché doit doubler d’ici 2030.', { kpi: 'revenue' }],
  ]);
});

describe('5. near misses: a project valued, a market valued after it', () => {
  readsAs([
    ['Chiffré à 2 milliards de FCFA, le complexe doit ouvrir d’ici 2028.', { kpi: null }],
    ['Le marché, évalué à 54 milliards d’euros, pourrait doubler d’ici 2030.', { kpi: 'revenue' }],
  ]);
});

describe('7. the aimed growth reads the same in EN and FR (a range, « d’ici »)', () => {
  readsAs([
    ['The firm posted $40 million in revenue in 2025 and targets growth of 12 to 15% in 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.12 }],
    ['Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % à 20 % en 2026.', { kpi: 'sales_growth', direction: 'increase', target: 0.15 }],
    ['Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % d’ici 2026.', { kpi: 'sales_growth', target: 0.15 }],
    ['The firm posted $40 million in revenue in 2025 and targets growth of 12% by 2026.', { kpi: 'sales_growth', target: 0.12 }],
  ]);
});
