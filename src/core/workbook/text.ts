/**
 * Text folding for matching what people type in headers and KPI names:
 * accents, case, punctuation and spacing must not matter ("Échéance",
 * "echeance ", "ÉCHÉANCE:" are the same header).
 */

/** A cell that holds nothing: empty, missing, or only spaces (also re-exported by ./cells). */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Lower-case, accent-free, punctuation collapsed to single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`´]/g, "'")
    .replace(/[^a-z0-9%#']+/g, ' ')
    .replace(/'/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A table's own entry for a word someone typed, or undefined: never what every object inherits ("constructor",
 * "__proto__", "valueOf" are no words of ours, and `table[word]` found them on the prototype).
 */
export function ownWord<T>(table: Readonly<Record<string, T>>, word: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** True when `needle` occurs in `haystack` as whole words (both already folded). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/** Month names and abbreviations, FR and EN, accent-folded and lower-case, and their month; read with `ownWord` ("constructor 2026" is no month). */
export const MONTH_WORDS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  janv: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  fev: 2,
  fevr: 2,
  fevrier: 2,
  mar: 3,
  march: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avr: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juil: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  decembre: 12,
};

/** Words Sheets reads in typed dates and times (English and French month names, am/pm), folded. */
const DATE_WORDS = new Set([...Object.keys(MONTH_WORDS), 'aou', 'am', 'pm', 'a', 'p', 'm', 'er', 'st', 'nd', 'rd', 'th', 'e', 't']);

/**
 * Text the add-on writes to a cell. Sheets reads a string written with
 * Range.setValue(s) like input typed in the cell: a leading =, +, - or @
 * would make a formula (formula injection), and "12", "1e5", "1 234,5",
 * "25 %", "$5", "1’000" (de_CH), "12:30", "1/2", "3-4", "2026-06-30", "Nov 2026",
 * "30 juin 2027", "TRUE" or "#N/A" would become a number, a time, a date, a boolean or an error value.
 * Such text gets the apostrophe prefix that means "literal text" (the
 * apostrophe is not part of the cell's value). The test is deliberately wider
 * than Sheets' parser (any text made only of digits, separators, currency
 * and percent signs, exponent letters, month names and am/pm): an apostrophe
 * on text that would have stayed text changes nothing.
 */
export function literalText(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return text;
  // An error code ("#N/A", "#REF!"… ERROR.TYPE's seven and #ERROR!, docs/ARCHITECTURE.md *Error values*) typed as text is
  // read as that error value (users' reports; no Google page states it): an Owner or a note the add-on writes stays text.
  if (/^[=+\-@']/.test(text) || /^[=+\-@]/.test(trimmed) || /^(true|false|vrai|faux|#(N\/A|REF!|VALUE!|DIV\/0!|NUM!|NAME\?|NULL!|ERROR!))$/i.test(trimmed)) return `'${text}`;
  if (!/\d/.test(trimmed)) return text;
  const words = trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .match(/\p{L}+/gu);
  // An apostrophe between digits groups thousands in de_CH, de_LI, it_CH, en_CH ("1’000", "1'000": CLDR `group`).
  const numberLike = /^[\d\s\u00a0\u202f.,:/\-+()%€$£¥'’\p{L}]+$/u.test(trimmed) && (words ?? []).every((w) => DATE_WORDS.has(w));
  return numberLike ? `'${text}` : text;
}
