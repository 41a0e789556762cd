/**
 * perf63: chrono-node reads a one-byte copy of the statement (`chronoText`, src/core/statement/dates.ts). V8 compiles
 * each regex once for one-byte subjects and again the first time it reads a two-byte one, and chrono read the statement
 * as written: one « ’ », « “ » or « € » compiled its largest patterns a second time (perf62, perf62b). The copy writes
 * each character above U+00FF as one chrono cannot tell from it — U+00A0 for white space, U+009F for the rest — unless
 * chrono names it. These tests hold the premise (chrono's English, French and common code names no other character
 * above U+00FF, none of the two stand-ins, and builds no `u`/`v` pattern), the storage, and chrono's readings of every
 * readable fixture text and of adversarial inputs, copy against original; the statement outputs are held identical
 * by `src/local/bench/output-digest.ts`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import * as chronoEn from 'chrono-node/en';
import * as chronoFr from 'chrono-node/fr';
import { CHRONO_NAMED_WIDE, chronoText } from '../../../src/core/statement/dates';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';

function storage(text: string): 'one-byte' | 'two-byte' {
  const bytes = v8.serialize(text);
  let at = 2;
  while (bytes[at] === 0x00) at++;
  if (bytes[at] === 0x22) return 'one-byte';
  if (bytes[at] === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag 0x${bytes[at].toString(16)}`);
}

const CHRONO_DIST = join(__dirname, '../../../node_modules/chrono-node/dist');

/** Every .js file of chrono's builds that the English and French parses load: its common code and those two locales. */
function chronoSources(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (dir.endsWith('locales') && name !== 'en' && name !== 'fr') continue;
        walk(file);
      } else if (name.endsWith('.js')) out.push(readFileSync(file, 'utf8'));
    }
  };
  for (const build of ['cjs', 'esm']) walk(join(CHRONO_DIST, build));
  return out;
}

/** What a chrono result says, every field our reader takes from it (dates.ts: index, length, components, certainty). */
function readings(results: ReturnType<typeof chronoEn.parse>): unknown[] {
  const comp = (c: (typeof results)[number]['start'] | null | undefined) =>
    c && { date: c.date().toISOString(), day: c.isCertain('day'), month: c.isCertain('month'), year: c.isCertain('year'), weekday: c.isCertain('weekday') };
  return results.map((r) => ({ index: r.index, length: r.text.length, start: comp(r.start), end: comp(r.end) }));
}

const ref = new Date(2026, 10, 26, 12);

describe('perf63: chrono reads the statement one byte a character', () => {
  it("chrono's English, French and common code names no character above U+00FF but CHRONO_NAMED_WIDE's, neither stand-in, and builds no u or v pattern", () => {
    const sources = chronoSources();
    expect(sources.length).toBeGreaterThan(100);
    const wide = new Set<string>();
    for (const source of sources) {
      for (const ch of source) if (ch.charCodeAt(0) > 0xff) wide.add(ch);
      // No escaped character above U+00FF, no escaped or literal stand-in.
      expect(source.match(/\\u(?:0[1-9a-f]|[1-9a-f][0-9a-f])[0-9a-f]{2}|\\u\{[0-9a-f]+\}|\\x(?:9f|a0)|\\u00(?:9f|a0)|[\u009f\u00a0]/gi)).toBeNull();
    }
    expect([...wide].filter((ch) => !CHRONO_NAMED_WIDE.includes(ch))).toEqual([]);
    for (const chrono of [chronoEn.casual, chronoFr.casual]) {
      for (const parser of chrono.parsers) {
        const p = parser as unknown as { innerPattern?: (context: unknown) => unknown; pattern?: (context: unknown) => unknown };
        for (const read of [p.innerPattern, p.pattern]) {
          if (typeof read !== 'function') continue;
          let pattern: unknown;
          try {
            pattern = read.call(parser, { option: {}, refDate: ref, reference: { instant: ref } });
          } catch {
            continue;
          }
          if (pattern instanceof RegExp) expect(pattern.flags).not.toMatch(/[uv]/);
        }
      }
    }
  });

  it('writes white space above U+00FF as U+00A0 and every other such character as U+009F, one code unit each, stored one-byte', () => {
    const text = 'D’ici le 15\u202fmars 2027, «\u00a0doubler\u00a0» les ventes “online” — 50 k€ 🚀';
    const copy = chronoText(text);
    expect(copy).toBe('D\u009fici le 15\u00a0mars 2027, «\u00a0doubler\u00a0» les ventes \u009fonline\u009f \u009f 50 k\u009f \u009f\u009f');
    expect(copy.length).toBe(text.length);
    expect(storage(copy)).toBe('one-byte');
    expect(storage(text)).toBe('two-byte');
  });

  it('returns a text with nothing above U+00FF, or with a character chrono names, as it is', () => {
    for (const text of ['Reach 500 clients by 31 March 2027', 'Atteindre 500 clients d\'ici le 31 mars 2027', 'From 1–15 March 2027 we’ll close 20 deals', 'Close 20 deals on Monday（next week）', 'Line one\u2028by June 2027’s end']) {
      expect(chronoText(text)).toBe(text);
    }
  });

  it('gives chrono the same readings on the copy as on the original, English and French, for every readable fixture text holding a character above U+00FF', () => {
    const texts = readableFixtureTexts(STILL_HELD_OUT).filter((text) => chronoText(text.trim()) !== text.trim());
    expect(texts.length).toBeGreaterThan(500);
    const differ: string[] = [];
    for (const text of texts) {
      const original = text.trim();
      const copy = chronoText(original);
      for (const parse of [chronoEn.parse, chronoFr.parse]) {
        if (JSON.stringify(readings(parse(copy, ref, { forwardDate: true }))) !== JSON.stringify(readings(parse(original, ref, { forwardDate: true })))) differ.push(original);
      }
    }
    expect(differ).toEqual([]);
  });

  it.each([
    ['Close 40 deals by March 31st’s close', 'en'],
    ['Sign 12 partners by “Q2” — June\u202f30, 2027', 'en'],
    ['Grow revenue 20 % from Jan\u20093 to Jun\u200930 2027 🚀', 'en'],
    ['Book 30 demos by next Friday… then 10 a week', 'en'],
    ['Atteindre 1\u202f000 clients d’ici le 15\u202fjuin 2027', 'fr'],
    ['Signer 12 contrats avant le 1er juillet 2027 • puis 5 par mois', 'fr'],
    ['Réduire l’attrition à 3\u202f% d’ici «\u00a0fin mars\u00a0» 2027', 'fr'],
    ['Vendre 500 voitures entre le 1er mars et le 30 juin 2027 → objectif 2 M€', 'fr'],
  ])('reads %s alike as written and as copied (%s)', (text, lang) => {
    const copy = chronoText(text);
    expect(copy).not.toBe(text);
    const parse = lang === 'fr' ? chronoFr.parse : chronoEn.parse;
    const read = readings(parse(copy, ref, { forwardDate: true }));
    expect(read).toEqual(readings(parse(text, ref, { forwardDate: true })));
    expect(read.length).toBeGreaterThan(0);
  });
});
