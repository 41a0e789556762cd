/**
 * Number- and date-field classes that recur among the remaining misses of at least two opened real sets (real3–real34; see
 * test/fixtures/statements/README.md, "Number-field misses across sets", third round), fixed by structural rules: a date in
 * what the goal is compared with (analyze.ts), « au cours de l'année 2013 » (dates.ts), the threshold a crossing verb names
 * (analyze.ts), a money range whose scale is written once (goal.ts); and two defects the second round left noticed: "a
 * 45-day target" read as a span (dates.ts, analyze.ts), "5 million US dollars" not read as money (quantities.ts).
 * Each class: its real lines (verbatim, with their page's date and labels), then sentences written for it, FR and EN,
 * and near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const read = (text: string, asOf = AS_OF) => {
  const a = analyzeStatement(text, { asOf });
  return { baseline: a.baseline, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline };
};

describe('a date in what the goal is compared with is not its deadline when one is named before it (real29, real30, real31, real32)', () => {
  it.each([
    ['The world’s largest e-commerce platform, China’s Alibaba, is aiming for a record 6 trillion yuan ($912 billion) in gross merchandise volume (GMV) in 2020 from 3.09 trillion this year, Reuters reports, quoting the company.', '2016-04-01', '2020-12-31'],
    ['It set a fiscal 2026 annual recurring revenue target of at least $5 billion versus its prior projection of over $3 billion, which it now expects to achieve by fiscal 2024 rather than fiscal 2025.', '2022-04-01', '2026-12-31'],
    ['Cette activité devrait encore progresser au cours de l’année 2013, (+ 4%) d’après les experts du groupe Xerfi, malgré un léger ralentissement en 2012 (+ 3,1 %).', '2012-05-01', '2013-12-31'],
    ['L\'objectif est également "d\'avoir fait entrer 10.000 entreprises dans nos +accélérateurs+" (grandes entreprises, NDLR) à horizon 2029, contre 5.000 en cumul entre 2015 et 2024, a ajouté M. Dufourcq.', '2024-06-01', '2029-12-31'],
  ])('real: %s', (text, asOf, deadline) => {
    expect(read(text, asOf).deadline).toBe(deadline);
  });

  it.each([
    ['Atteindre 2 millions d’euros de ventes en 2028, malgré un ralentissement prévu d’ici la fin de 2026.', '2028-12-31'],
    ['Grow sales to $2 million in 2028, despite a slowdown expected by the end of 2026.', '2028-12-31'],
    ['Set a 2028 target of 900 clients versus the prior plan of 700, which we now expect to reach by 2026.', '2028-12-31'],
    ['Fixer un objectif 2028 de 900 clients, contre 700 dans l’ancien plan, que nous pensons atteindre d’ici 2026.', '2028-12-31'],
  ])('written: %s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });

  it.each([
    // No date before the comparison: its own stays the deadline; a movement "from … to … by" is no comparison.
    ['Reach 100 customers versus 80 last year, by June 2026.', '2026-06-30'],
    ['In 2026, grow revenue from $1M to $2M by June.', '2025-06-30'],
    // A comma closes the comparison: « à l'horizon 2020 » after it is the goal's (real29's line 1).
    ['Avec un chiffre d’affaires de 450 millions d’euros cette année contre 260 millions en 2013, le groupe vise la place de numéro un à l’horizon 2020.', '2020-12-31'],
  ])('near-miss: %s', (text, deadline) => {
    expect(read(text, text.includes('2013') ? '2014-07-01' : AS_OF).deadline).toBe(deadline);
  });
});

describe('« au cours de l’année 2013 », "over the course of 2027" name the goal’s year (real31, real32)', () => {
  it.each([
    ['Vendre 100 voitures au cours de l’année 2026.', '2026-12-31'],
    ['Ouvrir 12 agences au cours de 2027.', '2027-12-31'],
    ['Sell 100 cars over the course of 2026.', '2026-12-31'],
  ])('written: %s', (text, deadline) => {
    expect(read(text).deadline).toBe(deadline);
  });

  it('near-miss: "grow 10% over 2024 levels" reads no year as the deadline', () => {
    expect(read('Grow sales 10% over 2024 levels.').deadline).toBeNull();
  });
});

describe('the threshold a crossing verb names is the goal’s level over a later number of another kind (real27, real30)', () => {
  it.each([
    ['Pour rappel, dans le cadre de son plan stratégique, Groupe Open espère passer la barre des 500 M€ de facturations à l\'horizon 2020 pour un résultat opérationnel courant équivalent à 10% du chiffre d\'affaires.', '2017-01-02', 500_000_000],
    ['« Notre ambition est claire : franchir le cap des 2 milliards d’euros et détenir une part de marché de 20% d’ici 2020 », indique le patron Jacky Rihouet.', '2015-01-05', 2_000_000_000],
  ])('real: %s', (text, asOf, target) => {
    expect(read(text, asOf)).toMatchObject({ target, unit: 'currency' });
  });

  it.each([
    ['Passer la barre des 50 millions d’euros de ventes en 2027 pour une marge équivalente à 12 % du chiffre d’affaires.', 50_000_000, 'currency'],
    ['Cross the threshold of $50 million in sales by 2027 for an operating margin equal to 12% of revenue.', 50_000_000, 'currency'],
    ['Franchir le seuil de 10 000 clients d’ici 2027, dont 30 % à l’export.', 10_000, 'count'],
  ])('written: %s', (text, target, unit) => {
    expect(read(text)).toMatchObject({ target, unit });
  });

  it('near-miss: « dépasser les 17 % et … passer la barre des 130 millions » keeps its first goal (real16)', () => {
    const text = "La croissance annuelle à taux de change constants devrait dépasser les 17% et le chiffre d'affaires passer la barre des 130 millions d'euros.";
    expect(read(text).target).toBe(0.17);
  });
});

describe('a money range with the currency on both ends and the scale written once (real29, real30)', () => {
  it('real: "between $8.7 and $9 billion" is 8.7 billion', () => {
    const text = 'The retailer set its 2017 sales target between $8.7 and $9 billion, which is an increase of 8%-10% of its sales in 2014, but a downgrade from a $10 billion estimate of the company made in 2013.';
    expect(read(text, '2015-03-01')).toMatchObject({ target: 8_700_000_000, unit: 'currency' });
  });

  // Since stmt38 the range is an estimate (its unit written at both ends, no verb of change): its lower end is the target,
  // as labelled; the labelled baseline ("under $5 million") is still not read.
  it('real: "a $7 to $8 million organization" reads its lower end in millions (the labelled baseline is another number)', () => {
    const text = 'However, for a company with sales under $5 million, hiring these candidates provided an exciting opportunity to become a $7 to $8 million organization, which in our industry is quite significant.';
    expect(read(text, '2004-06-01')).toMatchObject({ baseline: null, target: 7_000_000 });
  });

  it.each([
    ['Reach between $2.5 and $3 million in sales by 2027.', 2_500_000],
    ['Viser entre 2,5 $ et 3 millions de dollars de ventes en 2027.', 2_500_000],
    ['Atteindre un chiffre d’affaires entre 1,5 € et 2 milliards d’euros en 2027.', 1_500_000_000],
  ])('written: %s', (text, target) => {
    expect(read(text)).toMatchObject({ target, unit: 'currency' });
  });

  it('near-miss: "from $900 to $1 million" keeps $900 (another order of magnitude)', () => {
    expect(read('Grow sales from $900 to $1 million by 2027.')).toMatchObject({ baseline: 900, target: 1_000_000 });
  });
});

describe('left noticed by the second round: "a 45-day target" is a level in days, "5 million US dollars" an amount', () => {
  it.each([
    ['Reduce DSO to a 45 day target by June 2025.', 45, '2025-06-30'],
    ['Bring DSO down to a 45-day target.', 45, null],
    ['Ramener le DSO à un objectif de 45 jours d’ici juin 2025.', 45, '2025-06-30'],
  ])('written: %s', (text, target, deadline) => {
    expect(read(text)).toMatchObject({ target, unit: 'days', deadline });
  });

  it.each([
    // A span of weeks, months or years named as the goal stays its horizon; a hyphenated period still qualifies a noun.
    ['Your 12-month goal is 500 customers.', 500, 'count', '2026-01-06'],
    ['Reduce 90-day churn to 5%.', 0.05, 'percent', null],
  ])('near-miss: %s', (text, target, unit, deadline) => {
    expect(read(text)).toMatchObject({ target, unit, deadline });
  });

  it.each([
    ['Raise 5 million US dollars by 2026.', 5_000_000],
    ['Raise 5 million U.S. dollars by 2026.', 5_000_000],
    ['Lever 5 millions de dollars américains d’ici 2026.', 5_000_000],
  ])('written: %s', (text, target) => {
    const a = analyzeStatement(text, { asOf: AS_OF });
    expect(a).toMatchObject({ target, unit: 'currency', deadline: '2026-12-31' });
  });
});
