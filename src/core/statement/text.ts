/**
 * Text preparation shared by every extractor. Extractors match on a
 * *folded* copy of the statement (lower case, no accents, straight
 * apostrophes, hyphens as spaces, « € » and the other wide characters a rule reads as one-byte stand-ins: stand-ins.ts)
 * that has exactly the same length as the
 * original, so a match index in the folded text is also an index in the
 * original: levers and messages can quote the user's own words.
 */
import { oneByte, STAND_INS } from '../stand-ins';

export { oneByte, STAND_INS, wideMarks } from '../stand-ins';

/** A half-open character range [start, end) of the statement. */
export interface Span {
  start: number;
  end: number;
}

const FOLD_MAP: Readonly<Record<string, string>> = {
  à: 'a', â: 'a', ä: 'a', á: 'a', ã: 'a', å: 'a',
  ç: 'c',
  é: 'e', è: 'e', ê: 'e', ë: 'e',
  î: 'i', ï: 'i', í: 'i', ì: 'i',
  ô: 'o', ö: 'o', ó: 'o', ò: 'o', õ: 'o',
  ù: 'u', û: 'u', ü: 'u', ú: 'u',
  ÿ: 'y', ñ: 'n',
  '\u2019': "'", '\u2018': "'", '\u02bc': "'", '`': "'", '\u00b4': "'",
  // A stray dead-key diaeresis ("50¨%") is a space.
  '\u00a0': ' ', '\u202f': ' ', '\u00a8': ' ', '\u2009': ' ', '\t': ' ', '\n': ' ', '\r': ' ',
  // The typographic minus too ("between −1% and 2%"): a sign is read in the original text (quantities.ts), mend48b.
  '-': ' ', '\u2212': ' ', '\u2010': ' ', '\u2011': ' ', '\u2013': ' ', '\u2014': ' ',
  '\u201c': '"', '\u201d': '"', '\u00ab': '"', '\u00bb': '"',
};

/**
 * Lower-cases and strips accents character by character (never changing
 * the length); the wide characters a rule reads become their one-byte stand-ins (STAND_INS). Characters outside the
 * maps are kept as they are.
 */
const FOLD_RE = /[àâäáãåçéèêëîïíìôöóòõùûüúÿñ\u00a8\u2019\u2018\u02bc`\u00b4\u00a0\u202f\u2009\t\n\r\-\u2212\u2010\u2011\u2013\u2014\u201c\u201d\u00ab\u00bb\x80-\x9f€₹₦₱₩₫₺₽₴₪₸￥฿ł‰…œ•→≤≥≈―]/g;
/** A C1 control typed in the text, folded: U+009F, the stand-in of nothing (it cannot pass for a mark). */
const TYPED_CONTROL = '\x9f';
const folded1 = (ch: string): string => FOLD_MAP[ch] ?? STAND_INS[ch] ?? (ch >= '\x80' && ch <= '\x9f' ? TYPED_CONTROL : ch);

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: one regex pass when lower-casing kept every index in place (always, but for a few letters like "İ").
  if (lower.length === text.length) return oneByte(lower.replace(FOLD_RE, folded1));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const raw = text[i];
    const lowered = raw.toLowerCase();
    // A few characters lower-case to two code units (İ → i̇): keep them as-is to preserve indexes.
    const ch = lowered.length === 1 ? lowered : raw;
    out += folded1(ch);
  }
  return oneByte(out);
}

/** The statement as extractors see it. */
export interface PreparedText {
  /** The user's text, unchanged (after trimming). */
  original: string;
  /** Same length as `original`: lower case, no accents, hyphens as spaces, « € » as its stand-in (stand-ins.ts). */
  folded: string;
}

/**
 * British and American spellings read alike (left53's M5): one fold of the lexicons, so each phrase also matches its other
 * spelling ("enrolments" as "enrollments", "labor" as "labour"). The text keeps its own letters: the two spellings differ in
 * length, and a match index must stay an index in the original.
 */
const SPELLINGS = 'enrolment enrollment organisation organization programme program labour labor utilisation utilization centre center'.split(' ');
const SPELLING_RE = new RegExp(`\\b(?:${SPELLINGS.join('|')})(?=s?\\b)`, 'g');

/** A folded lexicon phrase in its other spelling, or null when it has none. */
export function otherSpelling(phrase: string): string | null {
  // (Each word's twin stands next to it in SPELLINGS: index 2k and 2k + 1.)
  const twin = phrase.replace(SPELLING_RE, (word) => SPELLINGS[SPELLINGS.indexOf(word) ^ 1]);
  return twin === phrase ? null : twin;
}

export function prepare(text: string): PreparedText {
  const original = text.trim();
  // Inclusive writing: "client·es", "abonné.es", "adhérent·e·s" read as the plural (or singular) noun, indexes kept
  // (only a text holding ".e" or "·e" can have one).
  let folded = fold(original);
  // "three (3) hours", « d'ici cinq (5) ans »: a count spelled out then restated in digits, as contracts and official texts
  // write it, is one count; the digits are blanked, indexes kept (stmt55: real23, real52).
  // Before a sign, « dix (10) % », the digits stay in place, glued to it, and the word is blanked (mend55s).
  if (folded.includes('(')) folded = folded.replace(/(?<![a-z])([a-z]+) \((\d{1,3})\)( ?%)?/g, (m, word: string, digits: string, sign?: string) => (numberWordsValue(word) !== Number(digits) ? m : sign ? `${' '.repeat(word.length + 2)}${digits}%`.padEnd(m.length) : word.padEnd(m.length)));
  return { original, folded: folded.includes('.e') || folded.includes('·e') ? folded.replace(/(?<=[a-z]{3})[.·]e(?:[.·]?(s))?(?![a-z])/g, (m, s?: string) => (s ?? '').padEnd(m.length, ' ')) : folded };
}

/** The `length` characters of `text` before `end` (fewer near its start): what a rule reads behind a match. */
export function textBefore(text: string, end: number, length: number): string {
  return text.slice(Math.max(0, end - length), end);
}

/** The `length` characters of `text` from `start` (fewer near its end): what a rule reads after a match. */
export function textAfter(text: string, start: number, length: number): string {
  return text.slice(start, start + length);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function insideAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start >= s.start && span.end <= s.end);
}

export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => overlaps(span, s));
}

/**
 * Every number word, FR (Belgian/Swiss septante…nonante too) and EN, by value (words42): the one table the spelled-out
 * compounds below are read with.
 */
const WORD_VALUES: Record<string, number> = { a: 1, an: 1, une: 1, vingts: 20, octante: 80, cents: 100, cent: 100, hundred: 100, hundreds: 100, mille: 1000, thousand: 1000 };
'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize'.split(' ').forEach((w, i) => (WORD_VALUES[w] = i + 1));
'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ').forEach((w, i) => (WORD_VALUES[w] = i + 1));
'vingt trente quarante cinquante soixante septante huitante nonante twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => (WORD_VALUES[w] = ((i % 8) + 2) * 10));
/** Any one number word (not "a"/"an"), a regex source. */
export const NUMBER_WORD = Object.keys(WORD_VALUES).slice(2).join('|');
/**
 * A spelled-out number, every word of it (« dix-sept », « quatre-vingt-dix-neuf », « deux-cent-cinquante », "one hundred
 * and five": folding made the hyphens spaces): never a compound's first word alone (« dix » of « dix-sept », "twenty" of
 * "twenty-two"), nor one before an ordinal (« dix-septième »), nor a word inside one. "a"/"one"/« un » start one only
 * before a hundred or a thousand (else they are articles); « et » joins only « un », « une », « onze ».
 */
export const NUMBER_RUN = `(?<!(?<![a-z])(?:${NUMBER_WORD})\\s)(?:(?:an?|one|une?)\\s+(?=(?:cent|hundred|thousand|mille)(?![a-z])))?(?!(?:une?|one)(?![a-z]))(?:${NUMBER_WORD})(?:\\s+(?:et\\s+(?=(?:une?|onze)(?![a-z]))|(?<=(?:hundred|thousand)\\s+)and\\s+)?(?:${NUMBER_WORD})(?![a-z]))*(?![a-z])(?!\\s+(?:(?:${NUMBER_WORD}|et\\s+(?:une?|onze))(?![a-z])|[a-z]*(?:iemes?|teenth|tieth|first|third|fifth|ninth)(?![a-z])))`;

/**
 * The value of a run `NUMBER_RUN` matched, or null when its words make no number (« vingt trente », « dix-deux »): each
 * word must fit the room the one before left (a ten takes a unit, « soixante » and « quatre-vingt » a unit or a teen, « dix »
 * sept to neuf, a hundred anything below a hundred).
 */
export function numberWordsValue(run: string): number | null {
  let total = 0;
  let group = 0;
  let room = 999;
  let last = 0;
  for (const w of run.split(/\s+(?:(?:et|and)\s+)?/)) {
    const v = WORD_VALUES[w];
    if (v === undefined) return null;
    if (v === 1000) {
      if (total) return null;
      total = (group || 1) * 1000;
      group = 0;
      room = 999;
    } else if (v === 100) {
      if (group > 99 || last === 100) return null;
      group = (group || 1) * 100;
      room = 99;
    } else if (v === 20 && last === 4 && group % 100 === 4 && w[0] === 'v') {
      group += 76;
      room = 19;
    } else {
      if (v > room || (last === 10 && v < 7)) return null;
      group += v;
      room = w === 'soixante' ? 19 : v === 10 || v % 10 === 0 ? 9 : 0;
    }
    last = v;
  }
  return total + group || null;
}

/**
 * A count in durations, ratios, "N times" and dates (« dans vingt-cinq jours », "one in twenty-five", words43): digits, a
 * whole spelled-out number, or "a"/"an"/"one"/« un »/« une » (one: "within a year", « d'ici un an »), read by `countValue`.
 */
export const COUNT_SOURCE = `\\d{1,3}|${NUMBER_RUN}|an?|one|une?`;

/** The value of a `COUNT_SOURCE` match (or of "twice", a count of two: `numberWord`'s), null for words making no number. */
export function countValue(word: string): number | null {
  return /^\d+$/.test(word) ? Number(word) : word === 'twice' ? 2 : numberWordsValue(word);
}

/**
 * One word's value in the table ("twice" 2), else undefined: the nouns a phrase holds are no number words, a number word
 * from two up is a count (object.ts, kpi.ts). Not "hundreds" ("hundreds of thousands of dollars" counts nothing: kpi38's
 * vague counts) nor "cents" (the coin, "cents per click").
 */
export function numberWord(word: string): number | undefined {
  return word === 'twice' ? 2 : word !== 'hundreds' && word !== 'cents' && Object.prototype.hasOwnProperty.call(WORD_VALUES, word) ? WORD_VALUES[word] : undefined;
}
