/**
 * Every date-parser family reads its sentences (FR and EN), and digits and words without a date stay dateless: a
 * regression net over the 47 parsers of dates.ts through the public functions only. Written by perf38 for narrower gates
 * in front of the parsers, which were measured (about 1 % fewer instructions per statement, +283 bytes) and not merged
 * (docs/MEASUREMENTS.md, perf38); a future gate must keep every sentence here reading as it does.
 */
import { findDates, impossibleDate, pickDeadline } from '../../../src/core/statement/dates';
import { prepare } from '../../../src/core/statement/text';
import type { Lang } from '../../../src/core/types';
import { FAMILY_SENTENCES, GATE_AS_OF, NEAR_MISSES } from './date-gate-sentences';

const context = (lang: Lang) => ({ asOf: GATE_AS_OF, lang, fiscalYearStartMonth: 1 });

describe('every date-parser family still reads its sentences through the gates (FR and EN)', () => {
  it.each(FAMILY_SENTENCES)('%s', (text, lang, deadline) => {
    expect(pickDeadline(findDates(prepare(text), context(lang)))?.date).toBe(deadline);
  });
});

describe('near misses: the gates’ digits and words without a date stay dateless', () => {
  it.each(NEAR_MISSES)('%s', (text, lang) => {
    expect(findDates(prepare(text), context(lang))).toEqual([]);
    expect(impossibleDate(prepare(text), context(lang))).toBeNull();
  });
});

describe('each shape of impossible date is still found behind its gate (FR and EN)', () => {
  it.each([
    ['Get 30 leads by 31 June 2027', 'en', '31 June 2027'],
    ['Get 30 leads by June 31, 2027', 'en', 'June 31, 2027'],
    ['Get 30 leads by 6/31/2027', 'en', '6/31/2027'],
    ['Get 30 leads by 2027-02-30', 'en', '2027-02-30'],
    ['Get 30 leads by 30/02', 'en', '30/02'],
    ['Obtenir 30 leads d’ici le 31 juin 2027', 'fr', '31 juin 2027'],
    ['Obtenir 30 leads d’ici le 31.06.2027', 'fr', '31.06.2027'],
    ['Obtenir 30 leads d’ici le 31 06 2027', 'fr', '31 06 2027'],
    ['Obtenir 30 leads avant le 30/02', 'fr', '30/02'],
  ] as const)('%s', (text, lang, written) => {
    expect(impossibleDate(prepare(text), context(lang))?.text).toBe(written);
  });
});
