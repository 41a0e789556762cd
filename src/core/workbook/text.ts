/**
 * Text folding for matching what people type in headers and KPI names:
 * accents, case, punctuation and spacing must not matter ("Échéance",
 * "echeance ", "ÉCHÉANCE:" are the same header).
 */

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

/** True when `needle` occurs in `haystack` as whole words (both already folded). */
export function containsWords(haystack: string, needle: string): boolean {
  if (needle === '') return false;
  return ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Text the add-on writes to a cell: a leading =, +, - or @ would make Sheets
 * read it as a formula (formula injection), so such text gets the apostrophe
 * prefix that tells Sheets "this is literal text"; the apostrophe itself is
 * not part of the cell's value.
 */
export function literalText(text: string): string {
  return /^[=+\-@]/.test(text) || text.startsWith("'") ? `'${text}` : text;
}
