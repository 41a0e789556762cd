/**
 * shape45: the goal's object misread by the sentence's shape, continuing shape44 (docs/MEASUREMENTS.md, "The goal's object
 * misread by the sentence's shape"). (1) A goal list's item is a verb only where a verb can stand: after a list separator
 * and before its object — a name the first item's object lists ("in Lyon, Paris and Nice"), a subject before its modal
 * ("and this should …", "and revenue should …") or a name a relative follows ("Nice where …") is no verb item, nor is a
 * French noun in -re / -er / -ir before its adjective (« loyer maîtrisé »). (2) A clause joined by "and it / this should",
 * « et cela devrait », that names the measure holds the goal's KPI when the object before it names none. Sentences written
 * for each shape (none in a fixture set), EN and FR, each failing on the code before shape45, and near misses that read
 * as before. (3) A count in a parenthesis after a name describes the subject (real41:17). (4) A leading purpose before a
 * need ends before the need's subject when no comma closes it, after "That means" too; "I'll need" and « ça prend » are
 * needs (the recurring "need a count for an amount" form of real15, real16, real19, real40).
 */
import { analyzeStatement } from '../../../src/core/statement';
import { firstItemNamesNone } from '../../../src/core/statement/goal-list';

const AS_OF = '2025-01-06';
const fields = (text: string) => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return [a.kpi, a.target];
};

describe('a goal list: an item is a verb only before its object', () => {
  it.each([
    // Names the first item's object lists, then a relative: no list, the measure and its figure are the goal's.
    ['We plan to open stores in Lyon, Paris and Nice where revenue should reach $3 million by 2027.', ['revenue', 3000000]],
    ['We plan to open stores in Lyon, Paris, Nice and Lille where sales should reach $3 million by 2027.', ['revenue', 3000000]],
    ['Our goal is to open stores in Lyon and Paris where revenue should reach $3 million by 2027.', ['revenue', 3000000]],
    // A subject before its modal opens a clause of its own, not a verb item.
    ['We intend to sign distributors in Spain, Italy and Portugal, and this will lift sales to €4M.', ['revenue', 4000000]],
    // (Its KPI was none here — the clause rule covered a subject pointing back only; left46 reads the measure as the clause's
    // own subject, "and revenue should …", when the object "a store" names none: test/core/statement/left46.test.ts.)
    ['We want to open a store in Lyon and revenue should reach $3M.', ['revenue', 3000000]],
    // French nouns in -re / -er before their adjective are no infinitives: no list of verbs.
    ['Notre objectif : loyer maîtrisé, dossier bouclé et chiffre d’affaires de 3 M€ en 2027.', ['revenue', 3000000]],
    // The names are skipped: the list's joint is the one before « porter »; its first item is a figure-less action, so the
    // later measured item is the goal (the lead's G2, left57; shape44's rule read no measure here).
    ['Nous voulons ouvrir des magasins à Lyon, Paris et Nice et porter le chiffre d’affaires à 3 M€ en 2027.', ['revenue', 3000000]],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

describe('a clause "and it should …" / « et cela devrait … » names the measure the object did not', () => {
  it.each([
    ['We want to open a store in Lyon, and it should lift revenue to $3M.', ['revenue', 3000000]],
    ['We want to open a store in Lyon, and this should lift revenue to $3M by 2027.', ['revenue', 3000000]],
    ['We want to hire two engineers, and this should lift revenue to $3M by 2027.', ['revenue', 3000000]],
    ['Nous voulons ouvrir un magasin à Lyon, et cela devrait porter le chiffre d’affaires à 3 M€.', ['revenue', 3000000]],
    ['Nous voulons ouvrir une boutique à Nantes, et ceci devrait porter les ventes à 500 000 € d’ici 2027.', ['revenue', 500000]],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });
});

describe('a count in a parenthesis after a name describes the subject, not the goal (real41:17)', () => {
  it.each([
    ['Biocoop (750 magasins, dont 80 en franchise), prévoit 40 ouvertures en 2027.', 40],
    ['Le groupe Fnac (12 000 salariés) prévoit 500 recrutements en 2027.', 500],
    ['Nordstrom (350 stores, including 100 outlets) plans 20 openings in 2027.', 20],
  ])('%s', (text, target) => {
    expect(analyzeStatement(text, { asOf: AS_OF }).target).toBe(target);
  });

  it.each([
    // The parenthesis counts what the goal counts: the level it starts from, as before.
    ['Biocoop (750 magasins) vise 900 magasins en 2027.', [900, 750]],
    ['Acme (120 stores today) plans to reach 150 stores by 2027.', [150, 120]],
    ['Acme (2 millions de clients) vise 3 millions de clients en 2027.', [3000000, 2000000]],
    // An amount after a noun is that noun's figure, not the subject's description.
    ['Notre objectif de CA (3 700 €) doit être atteint chaque mois.', [3700, null]],
    ['Acme (2,400 employees) expects to hire 300 engineers by 2027.', [300, null]],
  ])('near miss: %s', (text, expected) => {
    const a = analyzeStatement(text, { asOf: AS_OF });
    expect([a.target, a.baseline]).toEqual(expected);
  });
});

describe('a leading purpose before a need: the need’s count is the goal, the purpose’s amount why (real19, real40)', () => {
  // [target, unit, the purpose's revenue read as the KPI]
  const need = (text: string) => {
    const a = analyzeStatement(text, { asOf: AS_OF });
    return [a.target, a.unit, a.kpi === 'revenue'];
  };
  it.each([
    // No comma: the purpose ends before the need's subject.
    ['To reach $2M in revenue next year we need to sign 40 new clients.', [40, 'count', false]],
    ['That means to get to $3 million in 2027 you need to sell 75 jobs.', [75, 'count', false]],
    ['Pour atteindre 3 millions d’euros de chiffre d’affaires nous devons vendre 75 chantiers.', [75, 'count', false]],
    ['Pour atteindre 3 millions d’euros de chiffre d’affaires il faut vendre 75 chantiers.', [75, 'count', false]],
    // "I'll need", "we'll need" is a need; « ça prend » too.
    ['To hit our goal of $5,000 MRR, we’ll need to find 200 customers.', [200, 'count', false]],
    ['Ça prend 400 clients pour faire un million de chiffre d’affaires.', [400, 'count', false]],
  ])('%s', (text, expected) => {
    expect(need(text)).toEqual(expected);
  });

  it.each([
    ['Pour atteindre 3 millions d’euros de chiffre d’affaires, nous devons vendre 75 chantiers.', [75, 'count', false]],
    // Revenue's own verb of growth: a change of 20 %, no level (ruling R5 of 2026-12-06, left50).
    ['To get to $3 million in 2027, revenue must grow 20% a year.', [null, 'percent', true]],
    ['That means revenue must reach $3 million by 2027.', [3000000, 'currency', true]],
    ['We need to grow revenue to $3M to hire 5 engineers.', [3000000, 'currency', true]],
    ['It takes time to grow revenue to $3 million.', [3000000, 'currency', true]],
  ])('near miss: %s', (text, expected) => {
    expect(need(text)).toEqual(expected);
  });
});

describe('near misses read as before shape45', () => {
  it.each([
    // Still lists whose first item names no measure (shape44): the names are skipped, the verb item found — and a first item
    // that is a figure-less action (open, « s'implanter ») leaves the later measured item the goal (G2, left57).
    ['We plan to open stores in Lyon, Paris and Nice and reach revenue of $3 million by 2027.', ['revenue', 3000000]],
    ['Son ambition : devenir leader du marché et atteindre un CA de 4,5 Md€.', [null, null]],
    ['Nous souhaitons nous implanter en Espagne et porter le chiffre d’affaires à 3 millions d’euros d’ici 2027.', ['revenue', 3000000]],
    ['Notre ambition : le centre commercial le plus visité et un chiffre d’affaires de 5 M€.', [null, null]],
    // A pronoun's clause was already no item (mend44c); a first clause naming its measure keeps it.
    ['We plan to hire six engineers and they will grow revenue to $3M.', ['revenue', 3000000]],
    ['We want to grow revenue to $3M, and this should lift our margin.', ['revenue', 3000000]],
    ['We aim to launch two products, and that will take sales to $5 million.', ['revenue', 5000000]],
    // The clause after "and it should" names no measure: none, as before.
    ['We want to open a store in Lyon, and it should cost $2M.', [null, 2000000]],
    ['Nous voulons ouvrir un magasin à Lyon, et cela devrait coûter 2 M€.', [null, 2000000]],
    // No pronoun pointing back: the measure as the clause's own subject is the goal's since left46 (it read none here).
    ['Nous voulons ouvrir un magasin à Lyon, et la marge devrait atteindre 30 %.', ['net_margin', 0.3]],
  ])('%s', (text, expected) => {
    expect(fields(text)).toEqual(expected);
  });

  it('keeps the first clause’s measure when the second clause names another', () => {
    expect(analyzeStatement('Nous voulons doubler le chiffre d’affaires, et cela devrait porter la marge à 30 %.', { asOf: AS_OF }).kpi).toBe('revenue');
  });
});

describe('the list scan reads each aim word once (linear in the sentence)', () => {
  // The same answers as a direct reading of each aim, on a sentence with many aim words and joints: the searches resumed
  // from where the last one left off find what a search from each aim would.
  it('finds the list after the last aim word of many', () => {
    const text = `${'we want to grow x '.repeat(50)}and we want to hire six engineers and grow revenue to 3m`;
    const at = text.indexOf('revenue');
    const list = firstItemNamesNone(text, [{ start: at, end: at + 7, id: 'revenue', weak: false }], 'en', []);
    expect(list && text.slice(list.start, list.end)).toBe(' and grow revenue to 3m');
  });

  it('answers none when a mention comes before the first joint after an aim', () => {
    const text = 'we want to grow revenue, hire six engineers and open an office';
    expect(firstItemNamesNone(text, [{ start: 16, end: 23, id: 'revenue', weak: false }], 'en', [])).toBeNull();
  });
});

/**
 * mend45b: a reviewer's regressions of shape45's rules, each reading again as before shape45 (asOf 2026-12-05). Each case
 * failed on shape45's code; the near misses read alike on both.
 */
describe('mend45b', () => {
  const read = (text: string) => {
    const a = analyzeStatement(text, { asOf: '2026-12-05' });
    return [a.kpi, a.target, a.unit];
  };

  it.each([
    // (1) A purpose with no comma ends before the need's subject only when the need states its figure.
    ['To double revenue by 2027 we need to invest in marketing.', ['revenue', null, 'percent']],
    ['To double revenue by 2027 we must keep churn low.', ['revenue', null, 'percent']],
    ['To hit $1M in sales by 2027 we need our reps to close more deals.', ['revenue', 1000000, 'currency']],
    // (left46: "have to" is a need as "need" is — the count needed is the goal, shape45 (4)'s written rule; it read revenue.)
    ['To reach $2M in revenue we have to sign 40 new clients.', ['deals_closed', 40, 'count']],
    ['Pour augmenter le CA de 20 % en 2027 il faut recruter.', ['revenue', null, 'percent']],
    ['Pour doubler le CA d’ici 2027 nous devons investir dans le marketing.', ['revenue', null, 'percent']],
    ['Pour atteindre 1 M€ de ventes en 2027 il faut que nos commerciaux signent plus.', ['revenue', 1000000, 'currency']],
    // (2) « Ça prend » before a duration is the time it takes, no need.
    ['Ça prend 3 ans pour atteindre un million de chiffre d’affaires.', ['revenue', 1000000, 'currency']],
    // (3) A clause "and this should …" does not override an object naming its own measure, nor reach past « ; ».
    ['We want to grow our margin to 30%, and this should lift revenue.', ['net_margin', 0.3, 'percent']],
    ['Nous voulons porter la marge à 30 %, et cela devrait augmenter le CA', ['net_margin', 0.3, 'percent']],
    // (left46: what the means « va coûter » is set aside and the measure after « ; » is its clause's own subject: revenue, 3M.)
    ['Nous voulons ouvrir un magasin, et ça va coûter 2 M€ ; le CA doit atteindre 3 M€', ['revenue', 3000000, 'currency']],
    ['We want to open a store, and it will cost $2M; revenue must reach $3M.', ['revenue', 3000000, 'currency']],
    // (4) A lone lower-case verb between joints is an item of the list, not a name.
    ['We want to expand, hire and grow revenue to $3M by 2027.', ['revenue', 3000000, 'currency']],
    ['We want to hire, train and grow revenue to $3M.', ['revenue', 3000000, 'currency']],
    ['We aim to recruit, onboard and double revenue by 2027.', ['revenue', null, null]],
    // (6) « voulons devenir / demeurer » is the aim « voulons » and the verb « devenir », a list as after « ambition : ».
    ['Nous voulons devenir leader et atteindre 3 M€ de CA en 2027.', [null, null, null]],
    ['Nous voulons demeurer leader et atteindre 3 M€ de CA en 2027.', [null, null, null]],
    // (7) French verb items before « plusieurs », « quelques », « tous », « toute », « chaque », a possessive, an adverb (a list;
    // under G2, left57, a figure-less « ouvrir » / « lancer » item is the lever of the measured later item).
    ['Nous voulons ouvrir plusieurs magasins et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons ouvrir quelques magasins et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons ouvrir tous nos magasins et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons ouvrir toutes les boutiques et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons couvrir toute la France et atteindre 3 M€ de CA en 2027.', [null, null, null]],
    ['Nous voulons lancer vos produits et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons ouvrir chaque mois un magasin et atteindre 3 M€ de CA en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons grandir vite et atteindre 3 M€ de CA en 2027.', [null, null, null]],
    ['Nous voulons être présent partout et atteindre 3 M€ de CA en 2027.', [null, null, null]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['To reach $2M in revenue, we have to sign 40 new clients.', ['deals_closed', 40, 'count']],
    ['To reach $2M in revenue next year we need to sign 40 new clients.', ['deals_closed', 40, 'count']],
    ['Ça prend 400 clients pour faire un million de chiffre d’affaires.', ['deals_closed', 400, 'count']],
    ['Ça prend du temps pour atteindre un million de chiffre d’affaires.', ['revenue', 1000000, 'currency']],
    ['We want to open a store in Lyon, and it should lift revenue to $3.5M.', ['revenue', 3500000, 'currency']],
    ['Nous voulons ouvrir un magasin, et cela devrait porter le CA à 3 M€.', ['revenue', 3000000, 'currency']],
    ['We plan to open stores in Lyon, Paris and Nice where revenue should reach $3 million by 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons grandir, recruter et porter le CA à 3 M€ en 2027.', ['revenue', 3000000, 'currency']],
    ['Nous voulons devenir rentables en 2027.', ['profit', null, null]],
    ['Nous voulons ouvrir trois magasins et atteindre 3 M€ de CA en 2027.', [null, 3, 'count']],
  ])('near miss: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  // (5) The parenthesis's count stays the baseline when the goal counts the same thing in other words, or names no noun of
  // its own after its figure; it describes the subject when the goal counts something else.
  it.each([
    ['Biocoop (750 boutiques) vise 900 magasins en 2027.', [750, 900]],
    ['Biocoop (750 magasins) vise 900 points de vente en 2027.', [750, 900]],
    ['Acme (2,000 customers) wants to double its customer base by 2027.', [2000, null]],
    ['Acme (2 000 clients) veut doubler sa clientèle d’ici 2027.', [2000, null]],
    ['Acme (15 employees) wants to reach 25 by 2027.', [15, 25]],
    ['Acme (40 stores) wants to double its store network by 2027.', [40, null]],
    ['Acme (40 magasins) veut doubler son réseau de boutiques d’ici 2027.', [40, null]],
    ['Acme (300 subscribers) wants to double its subscriber base by 2027.', [300, null]],
  ])('%s', (text, expected) => {
    const a = analyzeStatement(text, { asOf: '2026-12-05' });
    expect([a.baseline, a.target]).toEqual(expected);
  });

  it.each([
    ['Acme (40 stores) wants to open 10 shops by 2027.', [null, 10]],
    ['Biocoop (750 magasins, dont 80 en franchise), prévoit 40 ouvertures en 2027.', [null, 40]],
    ['Nordstrom (350 stores, including 100 outlets) plans 20 openings in 2027.', [null, 20]],
  ])('near miss: %s', (text, expected) => {
    const a = analyzeStatement(text, { asOf: '2026-12-05' });
    expect([a.baseline, a.target]).toEqual(expected);
  });
});
