/**
 * perf54: V8 tries an unanchored regex at every position it scans, and an alternative (or a whole regex) that opens on a
 * look-behind runs that look-behind at each of them before it can fail on a first character. Four of the analyser's
 * dearest regexes were rewritten so a literal or a look-ahead comes first: the currency marks' "not after a letter"
 * (`currencyMarkSource`, inside QUANTITY_RE's prefix and suffix), QUANTITY_RE's `(?=\d)` before the look-behinds ahead of
 * its number, the `toward` verbs' "top" (TOP_VERB_SOURCE) and WORD_COUNT_RE's look-ahead of a number word. These tests
 * rebuild each regex as it was written before and hold the new one to it — the same matches, spans, groups and order — on
 * every fixture statement a session may read and on adversarial inputs, from every start position of some of them.
 */
import { currencyMarkSource } from '../../../src/core/currency-marks';
import { LEXICON, TOP_VERB_SOURCE } from '../../../src/core/statement/direction';
import { QUANTITY_RE, WORD_COUNT_RE } from '../../../src/core/statement/quantities';
import { NUMBER_WORD, prepare } from '../../../src/core/statement/text';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';
import { scan } from './regex-scan';

/** `currencyMarkSource`'s whole-word mark as written before perf54: the look-behind before the mark. */
function lookBehindFirst(source: string): string {
  return source.replace(/((?:\\.|[^\\()|])+)\(\?<!\[A-Za-z\]((?:\\.|[^\\()|])+)\)/g, (whole: string, before: string, body: string) => (before.endsWith(body) ? `${before.slice(0, -body.length)}(?<![A-Za-z])${body}` : whole));
}

const OLD_TOP_VERB_SOURCE = String.raw`(?:(?<=\b(?:to|will|must|should|could|would|may|might|can) )(?<!\b(?:get|gets|getting|got|move[sd]?|moving|climb\w*|rise|rising|jump\w*|be|go|goes|going|come|back|up|way|into) to )top|topping)`;

function replaced(source: string, from: string, to: string): string {
  expect(source.includes(from)).toBe(true);
  return source.split(from).join(to);
}

const TOWARD = LEXICON[LEXICON.length - 1].re;
/** Each rewritten regex beside the form it had before perf54. */
const PAIRS: ReadonlyArray<{ name: string; now: RegExp; before: RegExp }> = [
  ...([[true, false, true], [false, false, true], [true, false, false], [false, true, false], [true, true, false]] as const).map(([codes, lower, oneLetter]) => ({
    name: `currencyMarkSource(${codes}, ${lower}, ${oneLetter})`,
    now: new RegExp(currencyMarkSource(codes, lower, oneLetter), 'g'),
    before: new RegExp(lookBehindFirst(currencyMarkSource(codes, lower, oneLetter)), 'g'),
  })),
  {
    name: 'QUANTITY_RE',
    now: QUANTITY_RE,
    before: new RegExp(replaced(replaced(replaced(QUANTITY_RE.source, currencyMarkSource(false, true, false), lookBehindFirst(currencyMarkSource(false, true, false))), currencyMarkSource(true, true, false), lookBehindFirst(currencyMarkSource(true, true, false))), '(?=\\d)(?<![a-qs-z0-9.,#°]', '(?<![a-qs-z0-9.,#°]'), 'g'),
  },
  { name: 'the toward verbs', now: TOWARD, before: new RegExp(replaced(TOWARD.source, TOP_VERB_SOURCE.slice(0, TOP_VERB_SOURCE.indexOf('|topping)') + 9), OLD_TOP_VERB_SOURCE), 'g') },
  { name: 'WORD_COUNT_RE', now: WORD_COUNT_RE, before: new RegExp(replaced(WORD_COUNT_RE.source, `(?=${NUMBER_WORD}|an?\\s|twice)`, ''), 'g') },
];

const ADVERSARIAL = [
  'Augmenter le CA de 15 % à 20 % d’ici « fin 2027 », soit 1\u00a0200\u00a0000 € et 3 M€',
  'Increase ARR from US$ 1.2M to US$ 2M by Q4 2027; CA$5, $CA 7, R$ 60.000, HK$12, kr 50, 50 kr, zł 300, CHF 1\'350\'000',
  'Mark 50 sales, Kr50, KR 50, xkr 50, akr50, CHFX 5, chf5, 5chf, 5 CHFs, 5 CHF, R50,000, AR50,000, r 5',
  'Atteindre 5 000 000 F CFA de ventes, puis 7 000 000 FCFA, 2 dh managers, 300 000 dhs, 20 DH',
  'Sell 45 L INR in FY27 and ₹52,00,000 next year; Rs. 3 crore; rs 40; ksh 2m; n 5bn; p7.5 billion in 2027',
  'We need to top 1 million subscribers; sales will top $5M; get to top 5; to topping 3 stores; stop 4 top 10 customers',
  'Sign two new clients, twice a week, in the first two batches, number two player, a hundred and five demos, one thousand calls',
  'quatre-vingt-dix-neuf clients, dix sept rendez-vous, vingt et un contrats, un cent',
  'ÉLEVER LE TAUX DE CONVERSION DE 2,5 % À 4 % AVANT JUIN',
  '',
  '9',
  '€€€ $$$ £ 5 +5 ±2 % 10:30 #5 n°4',
];

describe('perf54: look-ahead or literal first, the same matches as the look-behind-first regexes', () => {
  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches on every fixture statement a session may read', (_name, { now, before }) => {
    const texts = readableFixtureTexts(STILL_HELD_OUT);
    expect(texts.length).toBeGreaterThan(3000);
    let differing = 0;
    for (const text of texts) for (const input of [prepare(text).folded, text]) if (scan(now, input).join('\n') !== scan(before, input).join('\n')) differing++;
    expect(differing).toBe(0);
    // The rewritten form is a different source, so the comparison is not of a regex with itself.
    expect(now.source).not.toBe(before.source);
  });

  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches from every start position of adversarial inputs', (_name, { now, before }) => {
    for (const text of ADVERSARIAL) {
      for (const input of [prepare(text).folded, text, text.toLowerCase()]) {
        for (let from = 0; from <= input.length; from++) expect({ input, from, matches: scan(now, input, from) }).toEqual({ input, from, matches: scan(before, input, from) });
      }
    }
  });

  it.each(PAIRS.map((p) => [p.name, p] as const))('%s: the same matches from every third position of every tenth fixture statement', (_name, { now, before }) => {
    const texts = readableFixtureTexts(STILL_HELD_OUT).filter((_, i) => i % 10 === 0);
    let differing = 0;
    let matched = 0;
    for (const text of texts) {
      const { folded } = prepare(text);
      for (let from = 0; from <= folded.length; from += 3) {
        const found = scan(now, folded, from);
        matched += found.length;
        if (found.join('\n') !== scan(before, folded, from).join('\n')) differing++;
      }
    }
    expect(differing).toBe(0);
    expect(matched).toBeGreaterThan(0);
  });

  it('rebuilds the look-behind-first marks it compares with', () => {
    expect(lookBehindFirst(currencyMarkSource(true, true, false))).toContain('(?<![A-Za-z])chf(?![A-Za-z])');
    expect(currencyMarkSource(true, true, false)).toContain('chf(?<![A-Za-z]chf)(?![A-Za-z])');
    expect(lookBehindFirst(currencyMarkSource(true, true, false))).not.toMatch(/[^)]\(\?<!\[A-Za-z\][^)]/);
  });
});
