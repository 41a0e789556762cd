/**
 * Review 32, through the BUILT bundle on the emulator: a goal sentence typed as GOALVERDICT's or ACHIEVABILITY's
 * `direction` ("Increase close rate to 30% by June") was refused as "Unknown direction". It is read by the analyzer every
 * surface uses (core `goalSentence`): its direction, and its target and deadline where those arguments are blank — the
 * same verdict and chance as the arguments typed out, in English and French.
 */
import { formulaCaller } from './formula-caller';

const history = [['Week', 'Close rate'], ['2026-10-26', 0.24], ['2026-11-02', 0.25], ['2026-11-09', 0.26], ['2026-11-16', 0.25], ['2026-11-23', 0.255]];
const AS_OF = '2026-11-26';

const cases = {
  en_US: { increase: 'Increase close rate to 30% by June', far: 'Increase close rate to 60% by next week', word: 'increase', unknown: /^Unknown direction: upward \(use increase, decrease or maintain\)\.$/, missing: /^Missing argument: target/, noDate: 'Missing argument: deadline.' },
  fr_FR: { increase: 'Augmenter le taux de conclusion à 30 % d’ici juin', far: 'Porter le taux de conclusion à 60 % d’ici la semaine prochaine', word: 'hausse', unknown: /^Sens inconnu\u202f: upward \(utilisez hausse, baisse ou maintien\)\.$/, missing: /^Argument manquant\u202f: cible/, noDate: 'Argument manquant\u202f: échéance (deadline).' },
} as const;

describe.each(Object.keys(cases) as (keyof typeof cases)[])('a goal sentence as the direction (%s)', (locale) => {
  const c = cases[locale];
  const { call } = formulaCaller(locale, AS_OF);

  it('gives its direction: the verdict of the arguments typed out', () => {
    const typed = call('GOALVERDICT', history, 0.3, '2027-06-30', AS_OF, c.word);
    expect(typeof typed).toBe('string');
    expect(call('GOALVERDICT', history, 0.3, '2027-06-30', AS_OF, c.increase)).toBe(typed);
  });

  it('gives its target and deadline where they are blank', () => {
    expect(call('GOALVERDICT', history, '', '', AS_OF, c.increase)).toBe(call('GOALVERDICT', history, 0.3, '2027-06-30', AS_OF, c.word));
    expect(call('ACHIEVABILITY', history, '', '', AS_OF, c.increase)).toBe(call('ACHIEVABILITY', history, 0.3, '2027-06-30', AS_OF, c.word));
    // A harder sentence reads harder: its own target is used, not a default.
    expect(call('GOALVERDICT', history, '', '', AS_OF, c.far)).toBe(call('GOALVERDICT', history, 0.6, '2026-12-06', AS_OF, c.word));
    expect(call('GOALVERDICT', history, '', '', AS_OF, c.far)).not.toBe(call('GOALVERDICT', history, '', '', AS_OF, c.increase));
  });

  it('still refuses a word it does not know, and says what is missing', () => {
    expect((call('GOALVERDICT', history, 0.3, '2027-06-30', AS_OF, 'upward') as Error).message).toMatch(c.unknown);
    // "+5 points" gives the target on this rate history: the date is what is missing (mend37).
    expect((call('GOALVERDICT', history, '', '', AS_OF, 'Increase close rate by 5 points') as Error).message).toBe(c.noDate);
    expect((call('GOALVERDICT', history, '', '', AS_OF, 'Improve the close rate') as Error).message).toMatch(c.missing);
  });
});
