/**
 * lastread65: stmt65/mend65s's CURRENCY_RESTATED_PAREN_RE (an amount restated in other currencies in a parenthesis) let one
 * space go to two places — the unit's `\s?` and the currency's `\s?`, or the separator's two `\s*` when no separator
 * stood between two amounts — so a parenthesis of amounts that never closed (« (10 € 15 € 20 € … selon les gammes) »)
 * backtracked exponentially: 14 amounts took 10–15 s in node, 300 (within a Goal cell's 2,000 characters) never returned
 * through the built add-on. Each space now has one place, and a figure's digits are never split between two amounts.
 * These tests hold the new regex to the one stmt65/mend65s wrote — the same matches on every fixture statement a session
 * may read and on the documented examples — and run the inputs that hung through the analyser (a hang fails the test by
 * jest's own time-out; no timed assertion).
 */
import { analyzeStatement, CURRENCY_RESTATED_PAREN_RE } from '../../../src/core/statement/analyze';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';

/** The regex as mend65s left it (safe on the fixtures, exponential on an unclosed run of amounts). */
const BEFORE = /\s?\((?<=\d(?:\s?(?:million|billion|bn|m|k|milliards?|millions?))?(?:\s(?:de )?(?:[A-Z]\w* )?(?:[Ff]rancs?|[Dd]ollars?|euros?|pounds?)(?: [a-z]+)?)?\s?\()(?:\s*(?:[-–,/]|and|et)?\s*(?:(?:about|soit|environ) )?(?:(?:US)?[$€\x80£]\s?\d[\d.,]*(?:\s?(?:million|billion|bn|m|k|milliards?|millions?))?|\d[\d.,]*\s?(?:M|k|Md|millions?|milliards?)?\s?[$€\x80£]))+\s*\)/g;

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(new RegExp(re.source, re.flags))].map((m) => `${m.index}:${m[0]}`);

const DOCUMENTED = [
  '£34 million ($44.4 million – €37.6 million)',
  'to 500 million Swiss francs ($544.8 million) by 2028',
  'to 500 million Swiss Francs ($544.8 million) by 2028',
  'à 500 millions de francs suisses (465 M€) en 2028',
  'to 500 million Canadian dollars (US$365 million)',
  'to CHF 500 m (about $545 m) by 2027',
  'à 500 millions de francs (soit 465 M€)',
];
/** Near misses: no amount right before the parenthesis, or an "or" the regex does not read — neither matched before. */
const NEAR = [
  'un panier de 11 € (10 € et 12 €)',
  'revenue of $10 ($9, $11 or $12)',
  'sales of 1,500 € (1 600 $ / 1 400 £)',
];

describe('lastread65: an amount restated in other currencies, read in linear time', () => {
  it('matches what mend65s matched on every readable fixture statement and the documented examples', () => {
    const texts = [...readableFixtureTexts(STILL_HELD_OUT), ...DOCUMENTED, ...NEAR];
    const differ = texts.filter((text) => matches(CURRENCY_RESTATED_PAREN_RE, text).join('|') !== matches(BEFORE, text).join('|'));
    expect(differ).toEqual([]);
    expect(DOCUMENTED.filter((text) => matches(CURRENCY_RESTATED_PAREN_RE, text).length === 1)).toEqual(DOCUMENTED);
    expect(NEAR.filter((text) => matches(CURRENCY_RESTATED_PAREN_RE, text).length > 0)).toEqual([]);
  });

  it.each([' ', ' / ', ', ', ' et '])('reads a goal beside 300 amounts in a parenthesis that never closes (separated by %j)', (separator) => {
    for (const amount of [(i: number) => `${10 + i} €`, (i: number) => `$${1000 + i} €`, (i: number) => `${10 + i} M€`]) {
      const text = `Porter le panier moyen à 60 € d'ici fin 2027 (${Array.from({ length: 300 }, (_, i) => amount(i)).join(separator)} selon les gammes`;
      const analysis = analyzeStatement(text, { asOf: '2026-12-07' });
      expect(analysis.target).toBe(60);
      expect(analysis.deadline).toBe('2027-12-31');
    }
  });
});
