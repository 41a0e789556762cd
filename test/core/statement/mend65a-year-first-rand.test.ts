/**
 * mend65a (audit65's review): what audit65's two readings — a year-first slash date ("2028/02/29") and a rand with a space
 * after its sign ("R 4 970") — still got wrong.
 * 1. An impossible day written year first ("by 2028/02/30", « d'ici le 2027/02/30 ») was no deadline in silence; it is now
 *    reported as "2028-02-30" is (dates.ts: "reported… never dropped in silence").
 * 2. A month above 12 ("by 2027/13/01", and "2027-13-01" alike) was read year/day/month, due 13 January 2027; it is now
 *    a date the calendar does not have, reported.
 * 3. A spaced rand under a thousand, as SMARTCHECK writes it in en_ZA ("from R 970 to R 500", "from R 49,70 to R 45,00"),
 *    lost its baseline or its currency; after a preposition it is now the rand.
 * 4. A year-first slash date with one-digit parts ("by 2027/1/5") or behind a version tag ("v2027/03/01") gave a stray
 *    target of 1; it is a date, never a quantity.
 * 5. Two spaces before the rand ("from  R 4 970") defeated the spaced-rand rule.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { DateOrder } from '../../../src/core/dates';

const AS_OF = '2026-12-07';
const read = (text: string, lang: 'en' | 'fr', dateOrder: DateOrder = 'ymd') => {
  const a = analyzeStatement(text, { asOf: AS_OF, lang, dateOrder });
  return { baseline: a.baseline, target: a.target, currency: a.currency ?? null, deadline: a.deadline, impossible: a.impossibleDate ?? null };
};

describe('mend65a: a year-first date the calendar does not have is reported, never no deadline nor another day', () => {
  it.each<[string, 'en' | 'fr', DateOrder, string]>([
    ['Close 500 deals by 2028/02/30', 'en', 'ymd', '2028/02/30'],
    ["Clôturer 500 affaires d'ici le 2027/02/30", 'fr', 'dmy', '2027/02/30'],
    ['Close 500 deals by 2027/13/01', 'en', 'ymd', '2027/13/01'],
    ['Close 500 deals by 2027/13/01', 'en', 'mdy', '2027/13/01'],
    ["Clôturer 500 affaires d'ici le 2027/13/01", 'fr', 'dmy', '2027/13/01'],
    ['Close 500 deals by 2027-13-01', 'en', 'mdy', '2027-13-01'],
    ["Clôturer 500 affaires d'ici le 2027-13-01", 'fr', 'dmy', '2027-13-01'],
  ])('%s (%s, %s): "%s", no deadline, the target kept', (text, lang, order, written) => {
    expect(read(text, lang, order)).toEqual({ baseline: null, target: 500, currency: null, deadline: null, impossible: written });
  });

  it.each<[string, 'en' | 'fr', string]>([
    // Near misses: real year-first days, a leap day, a fiscal year over two, a day-first date.
    ['Close 500 deals by 2028/02/29', 'en', '2028-02-29'],
    ["Clôturer 500 affaires d'ici le 2027/12/01", 'fr', '2027-12-01'],
    ['Close 500 deals by 2027-12-01', 'en', '2027-12-01'],
    ['Close 500 deals by 2027/28', 'en', '2028-12-31'],
    ["Clôturer 500 affaires d'ici le 13/01/2027", 'fr', '2027-01-13'],
  ])('near miss %s (%s): due %s', (text, lang, deadline) => {
    expect(read(text, lang)).toMatchObject({ target: 500, deadline, impossible: null });
  });
});

describe('mend65a: a spaced rand under a thousand, and after two spaces', () => {
  it.each<[string, 'en' | 'fr', number, number]>([
    ['Reduce CAC from R 970 to R 500 by 28 February 2027', 'en', 970, 500],
    ["Réduire le CAC de R 970 à R 500 d'ici le 28 février 2027", 'fr', 970, 500],
    ['Reduce CAC from R 49,70 to R 45,00 by 28 February 2027', 'en', 49.7, 45],
    ["Réduire le CAC de R 49,70 à R 45,00 d'ici le 28 février 2027", 'fr', 49.7, 45],
    ['Reduce CAC from  R 4 970 to  R 4 500 by 28 February 2027', 'en', 4970, 4500],
    ["Réduire le CAC de  R 4 970 à  R 4 500 d'ici le 28 février 2027", 'fr', 4970, 4500],
  ])('%s (%s): from %d to %d, in rand', (text, lang, baseline, target) => {
    expect(read(text, lang)).toEqual({ baseline, target, currency: 'ZAR', deadline: '2027-02-28', impossible: null });
  });

  it.each<[string, 'en' | 'fr', { baseline: number | null; target: number; currency: string | null }]>([
    // A label before the letter keeps it a letter, small numbers too; a number glued to a decimal point is no rand amount.
    ['Enrol Grade R 120 learners by 28 February 2027', 'en', { baseline: null, target: 120, currency: null }],
    ["Inscrire 120 élèves en Grade R 2 d'ici le 28 février 2027", 'fr', { baseline: null, target: 120, currency: null }],
    ['Move 30 reports to R 4.3 by 28 February 2027', 'en', { baseline: null, target: 30, currency: null }],
  ])('near miss %s (%s)', (text, lang, expected) => {
    expect(read(text, lang)).toMatchObject(expected);
  });
});

describe('mend65a: a year-first slash date with one-digit parts is a date, never a quantity', () => {
  it.each<[string, 'en' | 'fr', string]>([
    ['Grow sales 10% by 2027/1/5', 'en', '2027-01-05'],
    ["Augmenter les ventes de 10 % d'ici le 2027/1/5", 'fr', '2027-01-05'],
    ['Grow sales 10% by 2027/3/15', 'en', '2027-03-15'],
  ])('%s (%s): +10 %%, due %s', (text, lang, deadline) => {
    const a = analyzeStatement(text, { asOf: AS_OF, lang, dateOrder: 'ymd' });
    expect({ target: a.target, change: a.change?.value ?? null, deadline: a.deadline }).toEqual({ target: null, change: 0.1, deadline });
  });

  it.each<[string, 'en' | 'fr']>([
    ['Ship v2027/03/01 and grow revenue 10% by 2027', 'en'],
    ["Livrer la v2027/03/01 et augmenter le chiffre d'affaires de 10 % d'ici 2027", 'fr'],
  ])('a version tag %s (%s): +10 %% by 2027, no target of 1', (text, lang) => {
    const a = analyzeStatement(text, { asOf: AS_OF, lang, dateOrder: 'ymd' });
    expect({ target: a.target, change: a.change?.value ?? null, deadline: a.deadline }).toEqual({ target: null, change: 0.1, deadline: '2027-12-31' });
  });
});
