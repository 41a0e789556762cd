/**
 * fixes50: SMARTCHECK's restatement (and every example rewrite: Check goals' notes, the wizard's review) said a goal
 * counting won events as a level to raise — « Conclure 120 nouveaux comptes » became « Augmenter les nouveaux comptes à
 * 120 », "Close 120 new accounts" "Increase new accounts to 120". A count the team wins, read as a total, raised to a
 * stated number, keeps a verb that fits it (`wonCountPhrase`, core/statement/evaluate.ts); levels, changes, baselines,
 * decreases and mass nouns keep "Increase … to", FR and EN.
 */
import { evaluateStatement } from '../../../src/core/statement';
import { checkLine } from '../../../src/core/statement/check';
import type { Lang } from '../../../src/core/types';

const asOf = '2026-11-26';
const line = (statement: string, lang: Lang): string => checkLine(evaluateStatement(statement, { lang, asOf }), { asOf, lang });

describe('a count of won events is restated with its own verb', () => {
  it.each([
    ['fr', 'Conclure 120 nouveaux comptes d’ici fin 2027', 'SMART\u202f: Conclure 120 nouveaux comptes d’ici le 31 décembre 2027'],
    ['en', 'Close 120 new accounts by the end of 2027', 'SMART: Close 120 new accounts by 31 December 2027'],
    ['fr', 'Conclure 120 nouveaux comptes', '«\u202fConclure 120 nouveaux comptes d’ici le 31 mars 2027\u202f»'],
    ['en', 'Close 120 new accounts', '“Close 120 new accounts by 31 March 2027”'],
    ['en', 'Win 15 new deals', '“Close 15 deals by 31 March 2027”'],
    ['en', 'Book 40 meetings by June 30, 2027', 'SMART: Book 40 meetings by 30 June 2027'],
    ['fr', 'Obtenir 40 rendez-vous d’ici fin juin 2027', 'SMART\u202f: Décrocher 40 rendez-vous d’ici le 30 juin 2027'],
    ['en', 'Generate 200 qualified leads every month', 'SMART: Generate 200 qualified leads every month'],
    ['en', 'Get 500 sign-ups by June 2027', 'SMART: Get 500 sign-ups by 30 June 2027'],
    // Words that already say the event is won are not said twice ("Close 12 deals won").
    ['en', 'Close 12 deals won by June 2027', 'SMART: Close 12 deals by 30 June 2027'],
    ['fr', 'Conclure 12 affaires conclues d’ici juin 2027', 'SMART\u202f: Conclure 12 affaires d’ici le 30 juin 2027'],
  ] as const)('%s: %s', (lang, statement, expected) => {
    const said = line(statement, lang);
    expect(said).toContain(expected);
    expect(said).not.toMatch(/Augmenter|Increase/);
  });
});

describe('near misses keep the verb of a level', () => {
  it.each([
    // A level count (the customer base), a stated baseline, a change, a decrease, a mass noun, a rate.
    ['en', 'Increase active customers to 500 by June 2027', 'Increase active customers to 500'],
    ['en', 'Increase deals closed from 20 to 30 per month', 'Increase deals closed from 20 to 30 every month'],
    ['fr', 'Augmenter les nouveaux comptes de 20 à 30 par mois', 'Augmenter les nouveaux comptes de 20 à 30 chaque mois'],
    ['en', 'Increase new accounts by 10% by June 2027', 'Increase new accounts by 10%'],
    ['en', 'Reduce deals closed to 10 by June 2027', 'Reduce deals closed to 10'],
    ['en', 'Raise website traffic to 50000 visits by June 2027', 'Increase website traffic to 50,000'],
    ['en', 'Raise the close rate to 30% by June 2027', 'Increase the close rate to 30%'],
  ] as const)('%s: %s', (lang, statement, expected) => {
    expect(line(statement, lang)).toContain(expected);
  });
});
