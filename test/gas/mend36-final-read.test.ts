/**
 * mend36, through the BUILT bundle on the emulator — the final read of review 32's goal sentence as GOALVERDICT's and
 * ACHIEVABILITY's direction, in English and French:
 * (1) a rate's target is not rounded up to a whole count when the sentence names no catalog KPI ("level" given);
 * (2) the sentence's unit is checked as SMARTSCORE checks it: a count goal over a close rate says so, not "unrealistic";
 * (3) a blank argument is filled from the sentence, a typed target contradicting the sentence's is refused naming both,
 *     and a sentence with no judgeable target says so rather than "Missing argument: target".
 */
import { formulaCaller } from './formula-caller';

const history = [['Week', 'Close rate'], ['2026-10-26', 0.24], ['2026-11-02', 0.25], ['2026-11-09', 0.26], ['2026-11-16', 0.25], ['2026-11-23', 0.255]];
const AS_OF = '2026-11-26';

const cases = {
  en_US: {
    change: 'Improve it by 10% by June',
    deals: 'Reach 30 deals by June',
    to30: 'Increase close rate to 30% by June',
    word: 'increase',
    clash: /^The goal is a count \(30\), the KPI tab holds a rate \(%\): nothing is converted\./,
    two: 'The target 20% contradicts the sentence’s 30%.',
    none: 'Increase meetings per rep by 10% by June',
    noTarget: 'This sentence gives no target to judge on this history.',
  },
  fr_FR: {
    change: 'Augmenter le taux de conclusion de 10 % d’ici juin',
    deals: 'Atteindre 30 affaires d’ici juin',
    to30: 'Augmenter le taux de conclusion à 30 % d’ici juin',
    word: 'hausse',
    clash: /^L’objectif est un nombre \(30\), l’onglet KPI suit un taux \(%\)\u202f: rien n’est converti\./,
    two: 'La cible 20\u202f% contredit celle de la phrase, 30\u202f%.',
    none: 'Augmenter les rendez-vous par commercial de 10 % d’ici juin',
    noTarget: 'Cette phrase ne donne aucune cible à juger sur cet historique.',
  },
} as const;

describe.each(Object.keys(cases) as (keyof typeof cases)[])('a goal sentence as the direction, final read (%s)', (locale) => {
  const c = cases[locale];
  const { call, message } = formulaCaller(locale, AS_OF);

  it('(1) keeps a rate’s target a rate when the aggregation is given and no KPI is named', () => {
    const bare = call('ACHIEVABILITY', history, '', '', AS_OF, c.change);
    expect(typeof bare).toBe('number');
    expect(bare as number).toBeGreaterThan(0.05);
    expect(call('ACHIEVABILITY', history, '', '', AS_OF, c.change, 'level')).toBe(bare);
    expect(call('GOALVERDICT', history, '', '', AS_OF, c.change, 'level')).toBe(call('GOALVERDICT', history, '', '', AS_OF, c.change));
  });

  it('(2) answers a count goal over a rate history with SMARTSCORE’s unit message', () => {
    const note = call('SMARTSCORE', c.deals, history, AS_OF);
    expect(String(note)).toMatch(c.clash);
    expect(message(call('GOALVERDICT', history, '', '', AS_OF, c.deals))).toBe(note);
    expect(message(call('ACHIEVABILITY', history, '', '', AS_OF, c.deals))).toBe(note);
  });

  it('(3) fills each blank argument from the sentence and refuses a target that contradicts it', () => {
    const typed = call('GOALVERDICT', history, 0.3, '2027-06-30', AS_OF, c.word);
    expect(typeof typed).toBe('string');
    expect(call('GOALVERDICT', history, '', '2027-06-30', AS_OF, c.to30)).toBe(typed);
    expect(call('GOALVERDICT', history, 0.3, '', AS_OF, c.to30)).toBe(typed);
    expect(call('ACHIEVABILITY', history, '', '2027-06-30', AS_OF, c.to30)).toBe(call('ACHIEVABILITY', history, 0.3, '2027-06-30', AS_OF, c.word));
    expect(message(call('GOALVERDICT', history, 0.2, '', AS_OF, c.to30))).toBe(c.two);
    expect(message(call('ACHIEVABILITY', history, 0.2, '2027-06-30', AS_OF, c.to30))).toBe(c.two);
  });

  it('(3) says when the sentence gives no target to judge on this history', () => {
    expect(message(call('GOALVERDICT', history, '', '', AS_OF, c.none))).toBe(c.noTarget);
    expect(message(call('ACHIEVABILITY', history, '', '', AS_OF, c.none))).toBe(c.noTarget);
  });
});
