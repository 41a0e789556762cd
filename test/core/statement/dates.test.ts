import { findDates, pickDeadline, pickStart } from '../../../src/core/statement/dates';
import { prepare } from '../../../src/core/statement/text';
import type { Lang } from '../../../src/core/types';

function deadline(text: string, asOf = '2026-11-26', lang: Lang = 'en', fiscalYearStartMonth = 1): string | null {
  return pickDeadline(findDates(prepare(text), { asOf, lang, fiscalYearStartMonth }))?.date ?? null;
}

describe('deadlines (end of the named period, as of Thursday 2026-11-26)', () => {
  it.each([
    ['by June 30, 2027', 'en', '2027-06-30'],
    ["d'ici le 30 juin 2027", 'fr', '2027-06-30'],
    ['by 2027-06-30', 'en', '2027-06-30'],
    ["d'ici juin 2027", 'fr', '2027-06-30'],
    ['d’ici fin juin 2027', 'fr', '2027-06-30'],
    ["d'ici le 31/03/2027", 'fr', '2027-03-31'],
    ['by 3/31/2027', 'en', '2027-03-31'],
    ['by the end of Q2', 'en', '2027-06-30'],
    ['d’ici la fin du deuxième trimestre', 'fr', '2027-06-30'],
    ["d'ici la fin du T2", 'fr', '2027-06-30'],
    ['in Q1', 'en', '2027-03-31'],
    ['this quarter', 'en', '2026-12-31'],
    ['ce trimestre', 'fr', '2026-12-31'],
    ['over the next quarter', 'en', '2027-03-31'],
    ['au cours du prochain trimestre', 'fr', '2027-03-31'],
    ['by the end of next quarter', 'en', '2027-03-31'],
    ['next week', 'en', '2026-12-06'],
    ['la semaine prochaine', 'fr', '2026-12-06'],
    ['la semaine suivante', 'fr', '2026-12-06'],
    ['this week', 'en', '2026-11-29'],
    ['by the end of the month', 'en', '2026-11-30'],
    ['next month', 'en', '2026-12-31'],
    ["d'ici la fin du mois prochain", 'fr', '2026-12-31'],
    ['by year end', 'en', '2026-12-31'],
    ["d'ici la fin de l'année", 'fr', '2026-12-31'],
    ["d'ici décembre", 'fr', '2026-12-31'],
    ['next year', 'en', '2027-12-31'],
    ['en 2027', 'fr', '2027-12-31'],
    ['throughout 2027', 'en', '2027-12-31'],
    ['fin 2027', 'fr', '2027-12-31'],
    ['T4 2027', 'fr', '2027-12-31'],
    ['H2 2027', 'en', '2027-12-31'],
    ['second semestre 2027', 'fr', '2027-12-31'],
    ['H1 2027', 'en', '2027-06-30'],
    ['premier semestre 2027', 'fr', '2027-06-30'],
    ['au cours du prochain semestre', 'fr', '2027-06-30'],
    ['exercice 2027', 'fr', '2027-12-31'],
    ['fiscal year 2027', 'en', '2027-12-31'],
    ['FY2028', 'en', '2028-12-31'],
    ['in March 2027', 'en', '2027-03-31'],
    ['fin du mois de mars 2027', 'fr', '2027-03-31'],
    ['within 90 days', 'en', '2027-02-24'],
    ['dans les 90 jours', 'fr', '2027-02-24'],
    ['in the next 6 weeks', 'en', '2027-01-07'],
    ['en six semaines', 'fr', '2027-01-07'],
    ['dans les six prochains mois', 'fr', '2027-05-26'],
    ['within six months', 'en', '2027-05-26'],
    ['within 12 months', 'en', '2027-11-26'],
    ["à l'horizon 2028", 'fr', '2028-12-31'],
    ["sur l'année 2027", 'fr', '2027-12-31'],
    ['within the quarter', 'en', '2026-12-31'],
    ['dans le trimestre', 'fr', '2026-12-31'],
    ["d'ici Noël", 'fr', '2026-12-25'],
    ['avant le 15/01', 'fr', '2027-01-15'],
    ['by 4/3', 'en', '2027-04-03'],
    ['avant le 03/04', 'fr', '2027-04-03'],
    ["d'ici la mi-2027", 'fr', '2027-06-30'],
    ['by end of FY', 'en', '2026-12-31'],
    ['no later than 30 June 2027', 'en', '2027-06-30'],
    ['by the 31st of March 2027', 'en', '2027-03-31'],
    // An abbreviated month with a dot is still followed by its day, not a month-level deadline.
    ['by Jan. 15, 2027', 'en', '2027-01-15'],
    ['by Sept. 15', 'en', '2027-09-15'],
    ["d'ici le 1er févr. 2027", 'fr', '2027-02-01'],
    ['by Dec. 2027', 'en', '2027-12-31'],
    ['by the end of Feb.', 'en', '2027-02-28'],
    // Working days skip weekends: Thursday 2026-11-26 + 10 working days.
    ['within 10 business days', 'en', '2026-12-10'],
    ['in the next 3 working days', 'en', '2026-12-01'],
    ['sous 5 jours ouvrés', 'fr', '2026-12-03'],
    ['dans les 2 jours ouvrables', 'fr', '2026-11-30'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(deadline(text, '2026-11-26', lang)).toBe(expected);
  });

  it('moves a period named without a year to its next occurrence', () => {
    expect(deadline("d'ici le 15 juin", '2027-05-03', 'fr')).toBe('2027-06-15');
    expect(deadline('by the end of Q1', '2027-05-03', 'en')).toBe('2028-03-31');
    expect(deadline('fin du semestre', '2027-02-15', 'fr')).toBe('2027-06-30');
  });

  it('ends fiscal years with the configured start month (FY N ends in year N)', () => {
    expect(deadline('by the end of fiscal year 2027', '2026-11-26', 'en', 4)).toBe('2027-03-31');
    expect(deadline("d'ici la fin de l'exercice", '2026-11-26', 'fr', 7)).toBe('2027-06-30');
  });

  it('never reads numbers or past periods as deadlines', () => {
    expect(deadline('Générer 30 leads qualifiés', '2026-11-26', 'fr')).toBeNull();
    expect(deadline('au cours des trois derniers mois', '2026-11-26', 'fr')).toBeNull();
    expect(deadline('over the last three weeks', '2026-11-26', 'en')).toBeNull();
    expect(deadline('Reach $2.5M in bookings', '2026-11-26', 'en')).toBeNull();
    expect(deadline('Reach 1/2 of the quota', '2026-11-26', 'en')).toBeNull();
    expect(deadline('Get 31 SQLs in March 2027', '2026-11-26', 'en')).toBe('2027-03-31');
  });

  it('reads "starting next Monday" as a start, not a deadline', () => {
    for (const [text, lang] of [
      ['Starting next Monday, book 5 meetings a day', 'en'],
      ['à partir de lundi prochain', 'fr'],
      ['dès lundi prochain', 'fr'],
    ] as const) {
      const mentions = findDates(prepare(text), { asOf: '2026-11-26', lang, fiscalYearStartMonth: 1 });
      expect(pickDeadline(mentions)).toBeNull();
      expect(pickStart(mentions)?.date).toBe('2026-11-30');
    }
  });
});

describe('ISO dates without chrono (Check goals on ISO deadlines)', () => {
  const ctx = { asOf: '2026-11-26', lang: 'en' as Lang, fiscalYearStartMonth: 1 };
  const dates = (text: string) => findDates(prepare(text), ctx).map((d) => d.date);

  it('reads a two-digit ISO date, alone or as a range, as chrono did', () => {
    expect(dates('Close 14 new deals by 2027-06-30')).toEqual(['2027-06-30']);
    expect(dates('Reach 50 leads between 2027-01-01 and 2027-03-31')).toEqual(['2027-01-01', '2027-03-31']);
    expect(dates('Atteindre 50 leads d’ici le 2027-06-30')).toEqual(['2027-06-30']);
    expect(dates('Reach 50 leads by 0099-12-31')).toEqual(['0099-12-31']);
  });

  it('leaves an impossible day, a time and a digit run alone (chrono decides, as before)', () => {
    expect(dates('Reach 50 leads by 2027-02-30')).toEqual([]);
    expect(dates('Reach 50 leads by 2027-06-30T10:00')).toEqual(['2027-06-30']);
    expect(dates('Order 12027-03-31 units')).not.toContain('2027-03-31');
  });

  it('keeps an ISO start next to a month our own parser read ("from 2026-12-01 to March 2027")', () => {
    expect(dates('Grow revenue 10% from 2026-12-01 to March 2027')).toEqual(['2026-12-01', '2027-03-31']);
  });
});

describe('"next year" after a date moves only a day or a month named without its year (as of 2026-03-01)', () => {
  it.each([
    // A duration or a relative period is never moved a year: the sentence's "next year" is another clause.
    ['Close 10 deals within 3 months, next year we double it', 'en', '2026-06-01'],
    ["Signer 10 contrats dans 3 mois, l'an prochain on double", 'fr', '2026-06-01'],
    ['Close 10 deals within 90 days, next year we double it', 'en', '2026-05-30'],
    ['Close 10 deals by the end of next quarter, next year we double it', 'en', '2026-06-30'],
    ['Close 10 deals by tomorrow, next year we double it', 'en', '2026-03-02'],
    // A named day or month still is.
    ['Get 100 reviews by March 15th next year', 'en', '2027-03-15'],
    ["Obtenir 100 avis d'ici le 30 juin de l'année prochaine", 'fr', '2027-06-30'],
    ['Reach 50 leads by June next year', 'en', '2027-06-30'],
    ['Reach 50 leads by 4/30 next year', 'en', '2027-04-30'],
  ] as const)('%s (%s) → %s', (text, lang, expected) => {
    expect(deadline(text, '2026-03-01', lang)).toBe(expected);
  });
});

// Review 9: "by 2027-W05" was read as 2027-12-31 while the Deadline column reads "2027-W05" as 7 February 2027 (the
// Sunday ending ISO week 5): a sentence reads an ISO week the same way.
describe('ISO weeks in sentences: the end of that week, as the Deadline column reads them', () => {
  it.each([
    ['Sign 40 new customers by 2027-W05', 'en', '2027-02-07'],
    ['Sign 40 new customers by W5 2027', 'en', '2027-02-07'],
    ['Sign 40 new customers by week 5 of 2027', 'en', '2027-02-07'],
    ['Signer 40 nouveaux clients d’ici la semaine 5 de 2027', 'fr', '2027-02-07'],
    ['Signer 40 nouveaux clients d’ici S05 2027', 'fr', '2027-02-07'],
    ['Signer 40 nouveaux clients d’ici la semaine 52 2027', 'fr', '2028-01-02'],
    ['Sign 40 new customers by 2026-W53', 'en', '2027-01-03'],
    ['Sign 40 new customers by 2027-W01', 'en', '2027-01-10'],
    // Near-misses: S1/S2 stay halves, a week the year does not have is no date (not the year's end).
    ['Signer 40 nouveaux clients d’ici S1 2027', 'fr', '2027-06-30'],
    ['Sign 40 new customers by 2027-W53', 'en', null],
    ['Sign 40 new customers by 2027-W00', 'en', null],
  ] as const)('%s → %s', (text, lang, expected) => {
    expect(deadline(text, '2026-11-26', lang)).toBe(expected);
  });
});
