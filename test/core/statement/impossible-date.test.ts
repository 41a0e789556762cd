/**
 * "…by 31 June 2027": a day the calendar does not have was dropped in silence (the goal read as having no deadline).
 * The analysis keeps it as written and the time-bound check says, in the user's language, that it is no date.
 */
import { analyzeStatement } from '../../../src/core/statement/analyze';
import { evaluateStatement } from '../../../src/core/statement/evaluate';
import type { Lang } from '../../../src/core/types';

const AS_OF = '2026-11-26';

describe('an impossible date in a sentence', () => {
  it.each([
    ['Get 30 leads by 31 June 2027', 'en', '31 June 2027', 'No such date: “31 June 2027”.'],
    ['Get 30 leads by June 31, 2027', 'en', 'June 31, 2027', 'No such date: “June 31, 2027”.'],
    ['Get 30 leads by 6/31/2027', 'en', '6/31/2027', 'No such date: “6/31/2027”.'],
    ['Obtenir 30 leads d’ici le 31 juin 2027', 'fr', '31 juin 2027', 'Date inexistante\u202f: «\u202f31 juin 2027\u202f».'],
    ['Obtenir 30 leads d’ici le 31/06/2027', 'fr', '31/06/2027', 'Date inexistante\u202f: «\u202f31/06/2027\u202f».'],
    ['Signer 10 contrats d’ici le 29 février 2027', 'fr', '29 février 2027', 'Date inexistante\u202f: «\u202f29 février 2027\u202f».'],
  ] as const)('%s: reported as written, never a silent "no deadline"', (text, lang, written, message) => {
    const evaluation = evaluateStatement(text, { asOf: AS_OF, lang: lang as Lang });
    expect(evaluation.deadline).toBeNull();
    expect(evaluation.impossibleDate).toBe(written);
    expect(evaluation.criteria.timeBound.status).toBe('fail');
    expect(evaluation.criteria.timeBound.message).toBe(message);
    expect(evaluation.criteria.timeBound.suggestion).not.toBeNull();
  });

  it('a real last day, a leap day and a number before a month are no impossible dates', () => {
    for (const [text, lang, deadline] of [
      ['Get 30 leads by 30 June 2027', 'en', '2027-06-30'],
      ['Obtenir 30 leads d’ici le 29 février 2028', 'fr', '2028-02-29'],
      ['Get 31 leads in June 2027', 'en', '2027-06-30'],
      ['Get 30 leads by 12/31/27', 'en', '2027-12-31'],
    ] as const) {
      const analysis = analyzeStatement(text, { asOf: AS_OF, lang });
      expect(analysis.deadline).toBe(deadline);
      expect(analysis.impossibleDate).toBeUndefined();
    }
  });
});
