/**
 * perf52: QUANTITY_RE is unanchored and opens with an optional sign and an optional prefix of sixty-odd alternatives
 * (currency marks and codes, each with its look-behind), which V8 tried at every position of every statement. Every match
 * holds a digit (NUMBER), at most QUANTITY_LEAD characters after the match's start, so `nextQuantity` starts each scan
 * that many characters before the next digit. These tests hold it to the plain `QUANTITY_RE.exec` loop it replaces — the
 * same spans, groups and order — on every fixture statement a session may read and on adversarial inputs, from every
 * start position a caller may set (findQuantities moves lastIndex past a three-letter word it rejects), and hold
 * QUANTITY_LEAD above every prefix the currency table can write: if a longer mark is ever added, they fail.
 */
import { NARROW_SIGNS } from '../../../src/core/currency-marks';
import { nextQuantity, QUANTITY_LEAD, QUANTITY_RE } from '../../../src/core/statement/quantities';
import { prepare } from '../../../src/core/statement/text';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';

/** A match as the readers use it: where, what, and every named group. */
function reading(m: RegExpExecArray): string {
  return JSON.stringify([m.index, m[0], m.groups]);
}

/** The loop before perf52: QUANTITY_RE from `from`, every match. */
function plainScan(folded: string, from = 0): string[] {
  const out: string[] = [];
  QUANTITY_RE.lastIndex = from;
  for (let m = QUANTITY_RE.exec(folded); m; m = QUANTITY_RE.exec(folded)) out.push(reading(m));
  return out;
}

function gatedScan(folded: string, from = 0): string[] {
  const out: string[] = [];
  QUANTITY_RE.lastIndex = from;
  for (let m = nextQuantity(folded); m; m = nextQuantity(folded)) out.push(reading(m));
  return out;
}

/** Accents, ligatures, no-break spaces, capitals, « » quotes, signs, every kind of prefix, digits at both ends. */
const ADVERSARIAL = [
  'Augmenter le CA de 15 % à 20 % d’ici « fin 2027 »',
  'Porter le chiffre d’affaires à 1\u00a0200\u00a0000 € d’ici le 31/12/2027',
  'Réduire les cœurs de coût de 12\u202f% en Œuvre',
  'Increase ARR from US$ 1.2M to US$ 2M by Q4 2027',
  '+5 pts of NPS, ±2 % margin, +  3 deals',
  'Atteindre 5 000 000 F CFA de ventes, puis 7 000 000 FCFA',
  'Sell 45 L INR in FY27 and ₹52,00,000 next year; Rs. 3 crore; rs 40',
  'Réaliser 300 000 dhs de ventes, recruter 3 dh managers, 20 DH (2 personnes)',
  'Hit ksh 2m, n 5bn, r 1,000,000, zł 300, kr 50, cn¥ 9, hk$ 12, nt$ 4, mx$ 7',
  'try 20 calls, top 10 accounts, jpy 40,000 and brl 1.2m, chf 300 and cad 10',
  '2027: 12 new clients',
  'Covid-19 year: CAP-124 grows 5%',
  'ÉLEVER LE TAUX DE CONVERSION DE 2,5 % À 4 % AVANT JUIN',
  '€€€ $$$ £ 5',
  'no digit at all in this long sentence about growing the pipeline with ﬁne ligatures',
  '9',
  'x'.repeat(200) + ' 7 %',
  '1 2 3 4 5 6 7 8 9 10 11 12',
];

describe('perf52: QUANTITY_RE scanned from QUANTITY_LEAD characters before the next digit', () => {
  it('leaves room for a sign, the longest mark of the currency table (or a three-letter word) and a space', () => {
    const longest = Math.max(3, ...Object.entries(NARROW_SIGNS).flatMap(([code, signs]) => [code, ...signs]).map((mark) => mark.toLowerCase().length));
    expect(QUANTITY_LEAD).toBe(longest + 2);
    expect(QUANTITY_LEAD).toBeGreaterThanOrEqual(5);
  });

  it('finds the same matches as the plain scan on every fixture statement a session may read', () => {
    const texts = readableFixtureTexts(STILL_HELD_OUT);
    expect(texts.length).toBeGreaterThan(3000);
    let matches = 0;
    let longestLead = 0;
    for (const text of texts) {
      const { folded } = prepare(text);
      const before = plainScan(folded);
      expect({ text, matches: gatedScan(folded) }).toEqual({ text, matches: before });
      matches += before.length;
      QUANTITY_RE.lastIndex = 0;
      for (let m = QUANTITY_RE.exec(folded); m; m = QUANTITY_RE.exec(folded)) longestLead = Math.max(longestLead, m[0].indexOf(m.groups?.num ?? ''));
    }
    // The fixtures exercise the regex, its prefixes included.
    expect(matches).toBeGreaterThan(3000);
    expect(longestLead).toBeGreaterThan(1);
    expect(longestLead).toBeLessThanOrEqual(QUANTITY_LEAD);
  });

  it.each(ADVERSARIAL)('finds the same matches from every start position: %s', (text) => {
    for (const folded of [prepare(text).folded, text, text.toLowerCase()]) {
      for (let from = 0; from <= folded.length; from++) expect({ from, matches: gatedScan(folded, from) }).toEqual({ from, matches: plainScan(folded, from) });
    }
  });

  it('finds the same matches from every start position of every tenth fixture statement', () => {
    const texts = readableFixtureTexts(STILL_HELD_OUT).filter((_, i) => i % 10 === 0);
    let differing = 0;
    for (const text of texts) {
      const { folded } = prepare(text);
      for (let from = 0; from <= folded.length; from += 3) if (gatedScan(folded, from).join('\n') !== plainScan(folded, from).join('\n')) differing++;
    }
    expect(differing).toBe(0);
  });

  it('leaves QUANTITY_RE ready for a scan from the start when no digit is left, as a failed exec does', () => {
    QUANTITY_RE.lastIndex = 3;
    expect(nextQuantity('grow revenue 5 % by june')).not.toBeNull();
    expect(nextQuantity('grow revenue 5 % by june')).toBeNull();
    expect(QUANTITY_RE.lastIndex).toBe(0);
  });
});
