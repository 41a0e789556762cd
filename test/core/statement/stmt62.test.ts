/**
 * stmt62: the classes of real59's misses (the fifty-ninth real set, opened by stmt62), read by general rules and checked
 * in sentences written for each shape (none copied from a fixture): (1) "from today's N" / « des N actuel(le)s à » names
 * the baseline; (2) a level kept then raised itself ("keep … and increase it", « maintenir … et les augmenter ») is a rise;
 * (3) the French inverted report « a-t-il fait savoir / dit lundi » dates the report, not the goal; (4) a count already
 * done ("have already been opened", « ont déjà été ouverts ») before an aim at more is the baseline; (5) "to an ambitious /
 * a record N%", « à un ambitieux N % » is the level reached; (6) « viser plus haut » / "aim higher" is an increase; (7) the
 * length of a work named by its noun ("the reopening of 27 km of railway") is no target before a later figure; (8) an
 * agency dateline ("Thiruvananthapuram, Nov 16 (PTI) The … government on Thursday announced") dates neither the goal nor,
 * through its day, the report's weekday; (9) "of the travel and hospitality sector", « des secteurs touristique et
 * hôtelier » is one lever; (10) the workforce the subject has (« l'entreprise de 740 employés », "the company, with 740
 * employees") before jobs added "more" / « autres nouveaux » is the baseline, « N autres nouveaux » an addition; (11) where
 * that workforce is spread (« répartis dans cinq sites », "spread across five sites") is no figure. Each class case read otherwise before stmt62 (checked on main's sources at a89120f9); the near
 * misses read the same before and after. (8)'s French report puts its weekday after the verb, already read (a near miss).
 */
import { readsAs as readsAsOf, type WordingRow } from './wording-table';

/** Every case read as of 2026-12-07 (every written deadline ahead). */
const readsAs = (rows: readonly WordingRow[]): void => readsAsOf('2026-12-07', rows);

describe('(1) a level "from today\'s" / « des N actuels à » is the baseline', () => {
  readsAs([
    ["Grow cargo transit from today's 18 million tons to 33 million tons in 2030.", { baseline: 18000000, target: 33000000 }],
    ['Grow from today’s 40 stores to 60 stores by 2028.', { baseline: 40, target: 60 }],
    [
      'Faire passer le transit des 18 millions de tonnes actuelles à 33 millions de tonnes en 2030.',
      { baseline: 18000000, target: 33000000 },
    ],
  ]);
});

describe("(1) near misses: today's webinar, « actuels » with no « à » after, the current level, « de N actuels à »", () => {
  readsAs([
    ["Sign 20 new clients from today's webinar by 2028.", { baseline: null, target: 20 }],
    ['Grow cargo transit from the current 18 million tons to 33 million tons in 2030.', { baseline: 18000000, target: 33000000 }],
    ["Passer de 500 clients actuels à 800 clients d'ici 2028.", { baseline: 500, target: 800 }],
    ["Atteindre 800 clients actuels à Lyon d'ici 2028.", { baseline: null, target: 800 }],
  ]);
});

describe('(2) a level kept, then raised itself ("… and increase it", « … et les augmenter »), is a rise', () => {
  readsAs([
    ["Our goal is to keep last year's sales and increase it at least by 5%.", { direction: 'increase' }],
    ['Maintain sales and increase them by 5% in 2028.', { direction: 'increase', change: { value: 0.05, kind: 'relative' } }],
    [
      'Notre objectif est de maintenir nos ventes et de les augmenter de 5 % en 2028.',
      { direction: 'increase', change: { value: 0.05, kind: 'relative' } },
    ],
  ]);
});

describe('(2) near misses: another measure raised after the one kept, a level kept twice', () => {
  readsAs([
    ['Keep churn under 5% and increase revenue by 10%.', { direction: 'maintain', target: 0.05 }],
    ["Maintenir le churn sous 5 % et augmenter le chiffre d'affaires de 10 %.", { direction: 'maintain', target: 0.05 }],
    ['Maintain our NPS above 50 and keep it there.', { direction: 'maintain', target: 50 }],
  ]);
});

describe("(3) « a-t-il fait savoir lundi », « ont-ils dit mardi »: a report's day, no deadline", () => {
  readsAs([
    [
      "Le groupe prévoit d'ouvrir 10 magasins en 2028, a-t-il fait savoir lundi.",
      { direction: 'increase', target: 10, deadline: '2028-12-31' },
    ],
    ["Le groupe prévoit d'ouvrir 10 magasins en 2028, ont-ils dit mardi.", { direction: 'increase', target: 10, deadline: '2028-12-31' }],
  ]);
});

describe('(3) near misses: the English report, a participle in -é, a weekday the goal names', () => {
  readsAs([
    ['The group plans to open 10 stores in 2028, he said on Monday.', { direction: 'increase', target: 10, deadline: '2028-12-31' }],
    ["Le groupe prévoit d'ouvrir 10 magasins en 2028, a-t-il annoncé lundi.", { target: 10, deadline: '2028-12-31' }],
    ["Le groupe prévoit d'ouvrir 10 magasins d'ici vendredi.", { target: 10, deadline: '2026-12-11' }],
  ]);
});

describe('(4) a count already done before an aim at more is the baseline', () => {
  readsAs([
    [
      'Eight stores have already been opened and the group plans to open 10 more in 2028.',
      { baseline: 8, target: null, change: { value: 10, kind: 'absolute' } },
    ],
    [
      "Huit magasins ont déjà été ouverts et le groupe prévoit d'en ouvrir 10 de plus en 2028.",
      { baseline: 8, target: null, change: { value: 10, kind: 'absolute' } },
    ],
    [
      'Eight agencies have already been created, and the bank wants to add 10 more by 2028.',
      { baseline: 8, target: null, change: { value: 10, kind: 'absolute' } },
    ],
    [
      "Huit agences ont déjà été créées et la banque veut en créer 10 de plus d'ici 2028.",
      { baseline: 8, target: null, change: { value: 10, kind: 'absolute' } },
    ],
  ]);
});

describe('(4) near misses: a count done with no aim after, a count held, an aim already set', () => {
  readsAs([
    // left63 (g): a count done with no other figure in the sentence is its level, no target the verb claims (was target 8).
    ['Eight stores have already been opened in Paris.', { baseline: 8, target: null }],
    ['We have 8 stores and plan to open 10 more in 2028.', { baseline: 8, change: { value: 10, kind: 'absolute' } }],
    ['We already aim for 500 clients and plan to reach 600 by 2028.', { baseline: null }],
  ]);
});

describe('(5) "to an ambitious / a record N%", « à un ambitieux N % »: the level reached', () => {
  readsAs([
    ['Raise the share from 12% to an ambitious 20% by 2030.', { baseline: 0.12, target: 0.2, change: null }],
    ['Raise the share to a record 20 per cent by 2030.', { target: 0.2, change: null }],
    ["Faire passer la part de 12 % à un ambitieux 20 % d'ici 2030.", { target: 0.2 }],
  ]);
});

describe('(5) near misses: a change "by an ambitious N%", « d\'un ambitieux N % », money to a record', () => {
  readsAs([
    ['Grow revenue by an ambitious 20% by 2030.', { target: null, change: { value: 0.2, kind: 'relative' } }],
    ["Augmenter le chiffre d'affaires d'un ambitieux 20 % d'ici 2030.", { target: null, change: { value: 0.2, kind: 'relative' } }],
    ['Grow revenue to a record $5M by 2030.', { target: 5000000 }],
  ]);
});

describe('(6) « On vise plus haut », "We aim higher": an increase', () => {
  readsAs([
    ['Il va même plus loin : « On vise beaucoup plus haut ».', { direction: 'increase', kpi: null }],
    ['We aim higher.', { direction: 'increase' }],
    ['Nous visons encore plus haut en 2028.', { direction: 'increase', deadline: '2028-12-31' }],
  ]);
});

describe('(6) near misses: higher with no aim, an aim at a noun after "higher"', () => {
  readsAs([
    ['Prices are higher.', { direction: null }],
    ['Le prix sera plus haut que prévu.', { direction: null }],
    ['We aim higher churn reduction.', { kpi: 'churn', direction: 'decrease' }],
  ]);
});

describe('(7) the length of a work named by its noun is no target when a later figure follows', () => {
  readsAs([
    ['The reopening of 27 km of railway should carry nearly 6,000 passengers a day from 2028.', { target: 6000 }],
    [
      'La réouverture de 27 km de voie ferrée devrait permettre de transporter près de 6 000 voyageurs par jour à partir de 2028.',
      { target: 6000 },
    ],
  ]);
});

describe("(7) near misses: the work's verb, the work alone", () => {
  readsAs([
    ['Reopen 27 km of railway by 2028.', { target: 27 }],
    ["La construction de 27 km de voie d'ici 2028.", { target: 27 }],
  ]);
});

describe("(8) an agency dateline's day and the report's weekday after it are no dates", () => {
  readsAs([
    [
      'Thiruvananthapuram, Nov 16 (PTI) The Kerala government on Thursday announced a plan to raise the share of tourism from 12 per cent to 20 per cent.',
      { deadline: null, baseline: 0.12, target: 0.2 },
    ],
  ]);
});

describe("(8) near misses: the French report before its weekday, a goal's weekday, an imperative after a label", () => {
  readsAs([
    [
      'Lyon, 16 nov. (AFP) La région a annoncé mardi un plan pour porter la part du tourisme de 12 % à 20 %.',
      { deadline: null, target: 0.2 },
    ],
    ['Sign 10 deals on Thursday, announced the CEO.', { target: 10, deadline: '2026-12-10' }],
    ['SALES, June 30 — Reach $5M.', { target: 5000000, deadline: '2027-06-30' }],
  ]);
});

describe('(9) two modifiers of one sector are one lever', () => {
  readsAs([
    [
      'Boost tourism revenue to $5M by 2030 through strategic development of the travel and hospitality sector.',
      { levers: ['strategic development of the travel and hospitality sector'] },
    ],
    [
      "Porter le chiffre d'affaires à 5 M€ d'ici 2030 grâce au développement des secteurs touristique et hôtelier.",
      { levers: ['développement des secteurs touristique et hôtelier'] },
    ],
  ]);
});

describe('(9) near misses: two means after "and" / « et »', () => {
  readsAs([
    ['Grow revenue to $5M by 2030 through hiring of the reps and new partners.', { levers: ['hiring of the reps', 'new partners'] }],
    ["Porter le chiffre d'affaires à 5 M€ d'ici 2030 grâce aux marchés export et salons.", { levers: ['marchés export', 'salons'] }],
  ]);
});

describe('(10) the workforce the subject has before jobs added "more" / « autres nouveaux » is the baseline; (11) where it is spread is no figure', () => {
  readsAs([
    [
      "L'entreprise de 740 employés prévoit la création de 150 autres nouveaux emplois d'ici 2028.",
      { baseline: 740, target: null, change: { value: 150, kind: 'absolute' } },
    ],
    [
      'The company, with 740 employees, plans to create 150 more jobs by 2028.',
      { baseline: 740, target: null, change: { value: 150, kind: 'absolute' } },
    ],
    [
      'The company, with 740 employees spread across five sites, plans to create 150 more jobs by 2028.',
      { baseline: 740, target: null, change: { value: 150, kind: 'absolute' } },
    ],
    [
      "L'entreprise de 740 employés répartis dans cinq sites prévoit la création de 150 autres nouveaux emplois d'ici 2028.",
      { baseline: 740, target: null, change: { value: 150, kind: 'absolute' } },
    ],
    ['Nous voulons 10 autres nouveaux clients en 2028.', { target: null, change: { value: 10, kind: 'absolute' } }],
  ]);
});

describe('(10, 11) near misses: « autres » with no « nouveaux », another noun added, a count spread that is the goal', () => {
  readsAs([
    ["Ouvrir deux autres magasins d'ici 2028.", { target: 2, change: null }],
    ["Vendre 1 000 vélos et 200 autres produits d'ici 2028.", { target: 1000, change: null }],
    ["Ouvrir 20 magasins répartis dans cinq régions d'ici 2028.", { target: 20 }],
  ]);
});

describe('known miss, pinned so a change shows (not as right): employees read as the baseline of clients', () => {
  // Was a near miss pinned as holding; the review of stmt62 (mend62s, its finding 9): 50 employees are no baseline of
  // clients (the baseline wanted: none). Main read so before stmt62 too (the level the subject has before "N more", not
  // rule (10), which needs jobs or staff added); left, reported in the fixtures README's mend62s bullet.
  readsAs([
    ['The company with 50 employees aims to sign 150 more clients by 2028.', { baseline: 50, change: { value: 150, kind: 'absolute' } }],
  ]);
});
