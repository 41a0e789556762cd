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
 * Text the add-on writes to a cell. Sheets reads written strings like typed
 * input: a leading =, +, - or @ would make a formula (formula injection),
 * and "12", "25 %", "2026-06-30" or "TRUE" would become a number, a date or
 * a boolean. Such text gets the apostrophe prefix that means "literal text"
 * (the apostrophe is not part of the cell's value).
 */
export function literalText(text: string): string {
  const trimmed = text.trim();
  const risky =
    /^[=+\-@']/.test(text) ||
    /^[=+\-@]/.test(trimmed) ||
    /^[\d\s.,\u00a0\u202f%€$£()]+$/.test(trimmed) ||
    /^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/.test(trimmed) ||
    /^(true|false|vrai|faux)$/i.test(trimmed);
  return risky && trimmed !== '' ? `'${text}` : text;
}
