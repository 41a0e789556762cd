/**
 * audit65: a date written year first with slashes — "2028/02/29", CLDR's short date in en_ZA (y/MM/dd) and ja (y/MM/dd),
 * the form a Johannesburg revenue-ops lead sees in every date cell of an en_ZA sheet — was read as the year alone: "Grow
 * ARR to R4 500 000 by 2028/02/29" was due 31 December 2028, "Lift win rate to 24% by 2027/08/31" 31 December 2027, in
 * every locale and language (the year reader took "by 2028" and the fiscal-year-over-two reader "2027/08"). It is now
 * read as the ISO date "2028-02-29" is: its day, a leap day included; an impossible day ("2028/02/30") is no date, as
 * "2028-02-30" is not. Near misses: a year over two ("2027/28", « 2026/27 »: a fiscal year), two years ("2027/2028"), a
 * year then another not consecutive ("by 2027/29": the first one's end) and a day-first date keep their readings.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { DateOrder } from '../../../src/core/dates';

const AS_OF = '2026-12-07';

describe('audit65: a year-first slash date in a goal is its day', () => {
  it.each<[string, 'en' | 'fr', DateOrder, string]>([
    ['Grow ARR to R4 500 000 by 2028/02/29', 'en', 'ymd', '2028-02-29'],
    ['Lift win rate from 18% to 24% by 2027/08/31', 'en', 'ymd', '2027-08-31'],
    ['Lift win rate to 24% by 2027/08/31', 'en', 'mdy', '2027-08-31'],
    ['Cut CAC below R4 500 before 2027/03/31.', 'en', 'dmy', '2027-03-31'],
    ["Atteindre 24 % de conversion d'ici 2027/08/31", 'fr', 'dmy', '2027-08-31'],
    ["Porter le chiffre d'affaires à 450 000 € pour le 2027/10/31", 'fr', 'dmy', '2027-10-31'],
  ])('%s (%s, %s): due %s', (text, lang, dateOrder, deadline) => {
    expect(analyzeStatement(text, { asOf: AS_OF, lang, dateOrder }).deadline).toBe(deadline);
  });

  it.each<[string, 'en' | 'fr', string | null]>([
    // An impossible day is no date, as its ISO form (it was the year's end).
    ['Grow ARR to R45m by 2028/02/30', 'en', null],
    ['Grow ARR to R45m by 2028-02-30', 'en', null],
    // Near misses: a fiscal year over two (the Settings' first month, March here), two years, a year then a year not next.
    ['Reach 500 customers by 2027/28', 'en', '2028-02-29'],
    ['Atteindre 500 clients pour 2026/27', 'fr', '2027-02-28'],
    ['Reach 500 customers in 2027/2028', 'en', '2028-12-31'],
    ['Reach 500 customers by 2027/29', 'en', '2027-12-31'],
    ['Grow ARR to R45m by 31/08/2027', 'en', '2027-08-31'],
    ["Atteindre 500 clients d'ici le 31/08/2027", 'fr', '2027-08-31'],
  ])('near miss %s (%s): due %s', (text, lang, deadline) => {
    expect(analyzeStatement(text, { asOf: AS_OF, lang, dateOrder: 'ymd', fiscalYearStartMonth: 3 }).deadline).toBe(deadline);
  });

  it('the target stays the amount, never a part of the date', () => {
    const read = analyzeStatement('Grow ARR to R4 500 000 by 2028/02/29', { asOf: AS_OF, lang: 'en', dateOrder: 'ymd' });
    expect(read.target).toBe(4500000);
  });
});
