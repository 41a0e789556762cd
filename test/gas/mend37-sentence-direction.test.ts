/**
 * mend37, through the BUILT bundle on the emulator — the second final read of a goal sentence as GOALVERDICT's and
 * ACHIEVABILITY's direction, in English and French:
 * (1) a rate KPI's sentence over a history of counts ("Churned customers") is read, rounded and written in the history's
 *     unit: "-10 %" on 25 asks 22 (22.5 made whole as a decrease needs it), never "2,250%";
 * (2) a typed target is compared as the message writes it, to as many digits as it is typed: 28 % says the 28.05 % of
 *     "+10 %" on 25.5 %, 29 % does not;
 * (3) a sentence with a target and no date, target and deadline blank: the deadline is what is missing;
 * (4) a typed deadline in another month than the sentence's is refused naming both, as a contradicting target is. A
 *     demanding user would not want it silently preferred: one goal with two dates is a typo the formula cannot settle,
 *     and the sheet would answer another goal than the sentence says. The same month is accepted ("by June 2027" and
 *     1 June 2027: "by June" read as its start);
 * (5) a sentence the history cannot judge ("+10 %" on weekly deals, no baseline) gives no level: the typed target wins,
 *     answered as with the bare direction word.
 */
import { formulaCaller } from './formula-caller';

const rate = [['Week', 'Close rate'], ['2026-10-26', 0.24], ['2026-11-02', 0.25], ['2026-11-09', 0.26], ['2026-11-16', 0.25], ['2026-11-23', 0.255]];
const churned = [['Week', 'Churned customers'], ['2026-10-26', 30], ['2026-11-02', 28], ['2026-11-09', 27], ['2026-11-16', 26], ['2026-11-23', 25]];
const deals = [['Week', 'Deals'], ['2026-10-26', 20], ['2026-11-02', 22], ['2026-11-09', 21], ['2026-11-16', 23], ['2026-11-23', 25]];
const AS_OF = '2026-11-26';

const cases = {
  en_US: {
    churn: 'Reduce churned customers by 10% by June',
    churnTwo: 'The target 20 contradicts the sentence’s 22.',
    plus10: 'Increase close rate by 10% by June',
    rateTwo: 'The target 29% contradicts the sentence’s 28.1%.',
    noDate: 'Increase close rate to 30%',
    missing: 'Missing argument: deadline.',
    june2027: 'Increase close rate to 30% by June 2027',
    twoDates: 'The deadline December 3, 2026 contradicts the sentence’s June 30, 2027.',
    deals: 'Increase deals by 10%',
    up: 'increase',
    down: 'decrease',
  },
  fr_FR: {
    churn: 'Réduire les clients perdus de 10 % d’ici juin',
    churnTwo: 'La cible 20 contredit celle de la phrase, 22.',
    plus10: 'Augmenter le taux de conclusion de 10 % d’ici juin',
    rateTwo: 'La cible 29\u202f% contredit celle de la phrase, 28,1\u202f%.',
    noDate: 'Augmenter le taux de conclusion à 30 %',
    missing: 'Argument manquant\u202f: échéance (deadline).',
    june2027: 'Augmenter le taux de conclusion à 30 % d’ici juin 2027',
    twoDates: 'L’échéance 3 décembre 2026 contredit celle de la phrase, 30 juin 2027.',
    deals: 'Augmenter les affaires de 10 %',
    up: 'hausse',
    down: 'baisse',
  },
} as const;

describe.each(Object.keys(cases) as (keyof typeof cases)[])('a goal sentence as the direction, second final read (%s)', (locale) => {
  const c = cases[locale];
  const { call, message } = formulaCaller(locale, AS_OF);
  const answer = (value: unknown): unknown => (value instanceof Error ? `error: ${value.message}` : value);

  it('(1) reads a churn sentence over churned customers in counts: the target 22, whole', () => {
    const typed = answer(call('ACHIEVABILITY', churned, 22, '2027-06-30', AS_OF, c.down));
    expect(typeof typed).toBe('number');
    expect(answer(call('ACHIEVABILITY', churned, '', '', AS_OF, c.churn))).toBe(typed);
    expect(answer(call('ACHIEVABILITY', churned, 22, '', AS_OF, c.churn))).toBe(typed);
    expect(answer(call('GOALVERDICT', churned, 22, '', AS_OF, c.churn))).toBe(answer(call('GOALVERDICT', churned, 22, '2027-06-30', AS_OF, c.down)));
    expect(message(call('GOALVERDICT', churned, 20, '', AS_OF, c.churn))).toBe(c.churnTwo);
  });

  it('(2) accepts a typed target rounded as it is written, refuses another', () => {
    const blank = answer(call('ACHIEVABILITY', rate, '', '', AS_OF, c.plus10));
    expect(typeof blank).toBe('number');
    expect(answer(call('ACHIEVABILITY', rate, 0.28, '', AS_OF, c.plus10))).toBe(blank);
    expect(answer(call('ACHIEVABILITY', rate, 0.281, '', AS_OF, c.plus10))).toBe(blank);
    expect(answer(call('GOALVERDICT', rate, 0.28, '', AS_OF, c.plus10))).toBe(answer(call('GOALVERDICT', rate, '', '', AS_OF, c.plus10)));
    expect(message(call('GOALVERDICT', rate, 0.29, '', AS_OF, c.plus10))).toBe(c.rateTwo);
  });

  it('(3) names the deadline as missing when the sentence gives the target but no date', () => {
    expect(message(call('GOALVERDICT', rate, '', '', AS_OF, c.noDate))).toBe(c.missing);
    expect(message(call('ACHIEVABILITY', rate, '', '', AS_OF, c.noDate))).toBe(c.missing);
    // Given the date, the sentence's target is used.
    expect(answer(call('GOALVERDICT', rate, '', '2027-06-30', AS_OF, c.noDate))).toBe(answer(call('GOALVERDICT', rate, 0.3, '2027-06-30', AS_OF, c.up)));
  });

  it('(4) refuses a typed deadline that contradicts the sentence’s, accepts one in its month', () => {
    expect(message(call('GOALVERDICT', rate, '', '2026-12-03', AS_OF, c.june2027))).toBe(c.twoDates);
    expect(message(call('ACHIEVABILITY', rate, 0.3, '2026-12-03', AS_OF, c.june2027))).toBe(c.twoDates);
    const june = answer(call('ACHIEVABILITY', rate, '', '', AS_OF, c.june2027));
    expect(typeof june).toBe('number');
    expect(answer(call('ACHIEVABILITY', rate, '', '2027-06-30', AS_OF, c.june2027))).toBe(june);
    expect(answer(call('ACHIEVABILITY', rate, '', '2027-06-01', AS_OF, c.june2027))).toBe(answer(call('ACHIEVABILITY', rate, 0.3, '2027-06-01', AS_OF, c.up)));
  });

  it('(5) lets the typed target win when the sentence gives no level on this history', () => {
    for (const target of [27, 28]) {
      const word = answer(call('ACHIEVABILITY', deals, target, '2027-06-30', AS_OF, c.up));
      expect(typeof word).toBe('number');
      expect(answer(call('ACHIEVABILITY', deals, target, '2027-06-30', AS_OF, c.deals))).toBe(word);
      expect(answer(call('GOALVERDICT', deals, target, '2027-06-30', AS_OF, c.deals))).toBe(answer(call('GOALVERDICT', deals, target, '2027-06-30', AS_OF, c.up)));
    }
    expect(answer(call('ACHIEVABILITY', deals, 27, '2027-06-30', AS_OF, c.deals))).not.toBe(answer(call('ACHIEVABILITY', deals, 40, '2027-06-30', AS_OF, c.deals)));
  });
});
