/**
 * perf62b: the folded statement is stored one byte a character whenever it can be. V8 compiles each regex once for
 * one-byte subjects and again for two-byte ones, and a single « € » (or a ’ folding had replaced: V8 keeps a `replace`
 * result of a two-byte string two-byte) made the folded text and every slice of it two-byte — 513 of the first pass's
 * regexes compiled twice on the bench's corpus (perf62). `fold` now writes each wide character a rule reads as a C1
 * control stand-in (src/core/stand-ins.ts) and rebuilds its result one-byte; each folded-text rule names the stand-in
 * beside its mark. The outputs are held identical by `src/local/bench/output-digest.ts` (every readable fixture text);
 * these tests hold the mechanism: the storage (read through `v8.serialize`, whose tag says one-byte `"` or two-byte
 * `c`), the stand-ins, and that no rule of the statement reader names a mark in folded text without its stand-in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import v8 from 'node:v8';
import { analyzeStatement } from '../../../src/core/statement';
import { fold, oneByte, prepare, STAND_INS, wideMarks } from '../../../src/core/statement/text';
import { currencyMarkSource } from '../../../src/core/currency-marks';
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';
import { readableFixtureTexts } from './fixture-texts';

/** V8's storage of `text`: the tag after `v8.serialize`'s header (and the padding bytes it puts before a two-byte string). */
function storage(text: string): 'one-byte' | 'two-byte' {
  const bytes = v8.serialize(text);
  let at = 2;
  while (bytes[at] === 0x00) at++;
  const tag = bytes[at];
  if (tag === 0x22) return 'one-byte';
  if (tag === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag 0x${tag.toString(16)}`);
}

const wide = (text: string): boolean => [...text].some((ch) => ch.charCodeAt(0) > 0xff);

describe('perf62b: the folded statement one byte a character', () => {
  it('folds each wide mark a rule reads to its own one-byte stand-in, and reads it back', () => {
    const marks = Object.keys(STAND_INS);
    const standIns = Object.values(STAND_INS);
    expect(new Set(standIns).size).toBe(marks.length);
    for (const standIn of standIns) expect(standIn.charCodeAt(0)).toBeGreaterThanOrEqual(0x80);
    for (const standIn of standIns) expect(standIn.charCodeAt(0)).toBeLessThanOrEqual(0x97);
    expect(fold(marks.join(''))).toBe(standIns.join(''));
    expect(wideMarks(fold(marks.join('')))).toBe(marks.join(''));
    // The stand-ins are neither word characters nor spaces, and lower-casing keeps them: a rule reads them as it read the marks.
    for (const standIn of standIns) expect(/[\w\s]/.test(standIn) || standIn.toLowerCase() !== standIn || standIn.toUpperCase() !== standIn).toBe(false);
    expect(fold('Atteindre 50 000 € de CA')).toBe('atteindre 50 000 \x80 de ca');
    expect(fold('CŒUR DE CIBLE')).toBe('c\x91ur de cible');
  });

  it('reads a C1 control typed in a statement as none of the marks', () => {
    const typed = 'Vendre 50\u0080 de plus\u0081';
    expect(fold(typed)).toBe('vendre 50\u009f de plus\u009f');
    expect(analyzeStatement('Atteindre 50\u0080 de CA d’ici juin 2027', { asOf: '2026-11-26' }).currency).toBeNull();
    expect(analyzeStatement('Atteindre 50€ de CA d’ici juin 2027', { asOf: '2026-11-26' }).currency).toBe('EUR');
  });

  it('stores one-byte every folded readable fixture text whose wide characters all have a stand-in (the former fold kept the € texts two-byte)', () => {
    const texts = readableFixtureTexts(STILL_HELD_OUT);
    expect(texts.length).toBeGreaterThan(4000);
    const folded = texts.map((text) => prepare(text).folded);
    const narrow = folded.filter((text) => !wide(text));
    expect(narrow.filter((text) => storage(text) === 'two-byte')).toEqual([]);
    const euro = texts.filter((text) => text.includes('€'));
    expect(euro.length).toBeGreaterThan(100);
    expect(euro.map((text) => prepare(text).folded).filter((text) => wide(text) || storage(text) === 'two-byte').length).toBeLessThan(euro.length / 10);
    // What is left two-byte holds characters no rule reads (Chinese, Vietnamese, emoji), kept as they were.
    for (const text of folded.filter(wide)) expect(Object.keys(STAND_INS).some((mark) => text.includes(mark))).toBe(false);
  });

  it('stores one-byte what the readers scan: the prepared text and its slices, a money statement included', () => {
    const { original, folded } = prepare('Atteindre 1\u202f200\u202f000\u00a0€ de chiffre d’affaires d’ici fin 2027');
    expect(storage(original)).toBe('two-byte');
    expect(folded).toBe("atteindre 1 200 000 \x80 de chiffre d'affaires d'ici fin 2027");
    expect(storage(folded)).toBe('one-byte');
    expect(storage(folded.slice(10, 40))).toBe('one-byte');
    expect(storage(prepare('Signer dix (10) client·es d’ici juin pour 5 k€').folded)).toBe('one-byte');
  });

  it('rebuilds a long text chunk by chunk, every code unit in place, and leaves a text with a wide character as it is', () => {
    const long = `${'ÀBC d’été\u00a0'.repeat(400)}fin`.replace(/’/g, "'");
    const narrowed = oneByte(long);
    expect(narrowed).toBe(long);
    expect(narrowed.length).toBeGreaterThan(1024 * 3);
    expect(storage(narrowed)).toBe('one-byte');
    expect(oneByte('')).toBe('');
    expect(oneByte('建 50 k')).toBe('建 50 k');
  });

  it('writes core\'s currency marks as folded text does when asked for the folded form', () => {
    const folded = new RegExp(`^(?:${currencyMarkSource(false, true, false)})$`);
    for (const mark of ['₹', '₩', '₽', '€', 'zł']) expect(folded.test(fold(mark))).toBe(true);
    const written = new RegExp(`^(?:${currencyMarkSource(false)})$`);
    for (const mark of ['₹', '₩', '€', 'zł']) expect(written.test(mark)).toBe(true);
  });

  it('reads money in each folded mark as it read the mark (₹, ₩, ₽, zł, €)', () => {
    const read = (text: string) => {
      const a = analyzeStatement(text, { asOf: '2026-11-26' });
      return [a.target, a.unit, a.currency];
    };
    expect(read('Increase revenue to ₹45,00,000 by March 2027')).toEqual([4500000, 'currency', 'INR']);
    expect(read('Increase revenue to ₩500 million by 2027')).toEqual([500000000, 'currency', 'KRW']);
    expect(read('Increase revenue to 2 000 000 ₽ by 2027')).toEqual([2000000, 'currency', 'RUB']);
    expect(read('Increase revenue to 300 000 zł by 2027')).toEqual([300000, 'currency', 'PLN']);
    expect(read('Porter le CA à 1,2 M€ d’ici fin 2027')).toEqual([1200000, 'currency', 'EUR']);
  });

  /**
   * A mark written in a statement rule without its stand-in never matches the folded text: every wide mark of STAND_INS
   * in the reader's code (comments aside) stands right before its stand-in, but in the rules that read the ORIGINAL text
   * (named here, with why) and the currency table's keys (a matched mark is read back by `wideMarks` first).
   */
  it('names each mark\'s stand-in beside it in every rule of the statement reader that reads folded text', () => {
    const dir = join(__dirname, '../../../src/core/statement');
    const readsOriginal = [
      'DATELINE_AFTER_RE', // dates.ts: a dateline's place, capitals of the original
      '.test(original)', // language.ts: detectLanguage's tie-break, accents and « € » as typed
      'isPlanName', // number-structure.ts: a plan's capitalised name in the original
      'NAME_BEFORE_RE', // recurrence.ts: a proper name's capitals in the original
      "'€': 'EUR'", "'₹': 'INR'", "'₦': 'NGN'", "'฿': 'THB'", // quantities.ts CURRENCY_CODES, looked up through wideMarks
    ];
    const missing: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && name !== 'text.ts')) {
      const lines = readFileSync(join(dir, file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const trimmed = line.trimStart();
        if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) return;
        const code = line.replace(/\s\/\/\s.*$/, '');
        const context = `${lines[index - 1] ?? ''}\n${code}`;
        for (const [mark, standIn] of Object.entries(STAND_INS)) {
          const escape = `\\x${standIn.charCodeAt(0).toString(16)}`;
          for (let at = code.indexOf(mark); at >= 0; at = code.indexOf(mark, at + 1)) {
            if (code.startsWith(escape, at + mark.length)) continue;
            if (readsOriginal.some((name) => context.includes(name))) continue;
            missing.push(`${file}:${index + 1} ${mark}`);
          }
        }
      });
    }
    expect(missing).toEqual([]);
  });
});
