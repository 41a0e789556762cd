/**
 * "in the next N days/weeks/months" and "dans les N prochains jours/mois" bound the time like "within N days": when a
 * second goal follows with its own period ("next year we double it"), the sentence's deadline is the FIRST goal's,
 * today + N (test/fixtures/statements/README.md, deadline: "the first goal keeps its own").
 */
import { analyzeStatement } from '../../../src/core/statement';

const TODAY = '2026-11-26';
const deadline = (text: string, lang: 'en' | 'fr'): string | null => analyzeStatement(text, { asOf: TODAY, lang }).deadline;

describe('a duration from today is the first goal’s deadline, before a later goal’s period', () => {
  it.each([
    ['in the next 90 days, next year we double it', 'en', '2027-02-24'],
    ['Increase revenue by 20% in the next 90 days, next year we double it', 'en', '2027-02-24'],
    ['Increase revenue by 20% in next 90 days, next year we double it', 'en', '2027-02-24'],
    ['Increase revenue by 20% over the next 3 months, and next year we double it', 'en', '2027-02-26'],
    ['Grow leads by 15% in the next 6 weeks, then next year double them', 'en', '2027-01-07'],
    ['Augmenter le CA de 20 % dans les 3 prochains mois, l’an prochain on le double', 'fr', '2027-02-26'],
    ['dans les 90 prochains jours, l’année prochaine on double', 'fr', '2027-02-24'],
  ] as const)('%s → %s', (text, lang, expected) => {
    expect(deadline(text, lang)).toBe(expected);
  });

  it('keeps the other readings: a period alone, a cued date before a duration, a calendar quarter', () => {
    expect(deadline('Grow sales 10% next year', 'en')).toBe('2027-12-31');
    expect(deadline('Increase revenue by 20% in the next 90 days', 'en')).toBe('2027-02-24');
    // A count in a period after a level is a flow, another goal: the first goal's date (ruling N1 as narrowed by the lead, mend54c).
    expect(deadline('Reach 50 deals by June 2027, then 80 in the next 12 months', 'en')).toBe('2027-06-30');
    expect(deadline('Increase leads by 10% in the next quarter', 'en')).toBe('2027-03-31');
  });
});
