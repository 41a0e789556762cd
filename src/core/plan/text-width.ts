/**
 * How wide a text is drawn in Google Sheets' default font, Arial 10: the one width model of the add-on. The plan report
 * sizes its columns with it (`boldWordWidth`: a header word must fit its column) and the .xlsx writer (src/local) the
 * heights of rows with wrapped text. Arial's advance widths are Helvetica's (Arial was drawn metric-compatible with it;
 * LibreOffice draws it as Liberation Sans, also metric-compatible), in thousandths of an em for printable ASCII: the
 * Adobe Core 14 AFM files of Helvetica and Helvetica-Bold, `WX` of each character (checked against the advance widths
 * of Liberation Sans Regular and Bold: identical). An accented letter is as wide as its base letter; a character not
 * listed counts as a digit (556), the width of most letters. Carlito 11 (LibreOffice's Calibri) draws the same
 * sentences within 2 % of Arial 10.
 */
const ASCII_WIDTHS: readonly number[] = [
  // ' ' ! " # $ % & ' ( ) * + , - . /
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  // 0–9
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  // : ; < = > ? @
  278, 278, 584, 584, 584, 556, 1015,
  // A–Z
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  // [ \ ] ^ _ `
  278, 278, 278, 469, 556, 333,
  // a–z
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500,
  // { | } ~
  334, 260, 334, 584,
];

/** Helvetica-Bold (Arial Bold): about 8 % wider than the regular weight on lower-case text, more on some letters (m 889). */
const ASCII_BOLD_WIDTHS: readonly number[] = [
  // ' ' ! " # $ % & ' ( ) * + , - . /
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
  // 0–9
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  // : ; < = > ? @
  333, 333, 584, 584, 584, 611, 975,
  // A–Z
  722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611,
  // [ \ ] ^ _ `
  333, 278, 333, 584, 556, 333,
  // a–z
  556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500,
  // { | } ~
  389, 280, 389, 584,
];

/** Widths of the non-ASCII characters our own texts use (Arial's), in thousandths of an em; the same in bold but the quotes. */
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  '\u00a0': 278, // no-break space
  '\u202f': 278, // narrow no-break space (French « 30 % »): Arial has none, drawn as a space
  '\u2003': 1000, // em space (the alignment tree's indent)
  '\u2019': 222, // ’
  '\u2018': 222,
  '\u201c': 333,
  '\u201d': 333,
  '«': 556,
  '»': 556,
  '–': 556,
  '—': 1000,
  '…': 1000,
  '•': 350,
  '×': 584,
  '€': 556,
  '£': 556,
  '✓': 800,
  '⚠': 1000,
  '△': 800,
  '└': 700,
  '▶': 1000,
  '◀': 1000,
  '≥': 549,
  '≤': 549,
  '≈': 549,
  '·': 278,
  '°': 400,
};
const OTHER_BOLD_WIDTHS: Readonly<Record<string, number>> = { '\u2019': 278, '\u2018': 278, '\u201c': 500, '\u201d': 500 };

const DIGIT_WIDTH = 556;
/** Pixels per em of Arial 10: 10 pt at 96 pixels per inch. */
const PX_PER_EM_AT_10_PT = (10 * 96) / 72;
/** A cell's horizontal padding in Sheets, each side: a word fits its column when its width and twice this do. */
export const CELL_PADDING_PX = 3;

function charWidth(char: string, ascii: readonly number[], other: Readonly<Record<string, number>>): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code < 127) return ascii[code - 32];
  const listed = other[char] ?? OTHER_WIDTHS[char];
  if (listed !== undefined) return listed;
  // é, à, ç…: the base letter's width.
  const base = char.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base < 127) return ascii[base - 32];
  // CJK and other wide scripts: a full em.
  return code >= 0x2e80 ? 1000 : DIGIT_WIDTH;
}

function widthPx(text: string, sizePt: number, ascii: readonly number[], other: Readonly<Record<string, number>>): number {
  let units = 0;
  for (const char of text) units += charWidth(char, ascii, other);
  return ((units / 1000) * PX_PER_EM_AT_10_PT * sizePt) / 10;
}

/** Pixels `text` takes on one line in Arial of `sizePt` points (10: Sheets' default), bold or not. */
export function textWidthPx(text: string, options: { bold?: boolean; sizePt?: number } = {}): number {
  return options.bold ? widthPx(text, options.sizePt ?? 10, ASCII_BOLD_WIDTHS, OTHER_BOLD_WIDTHS) : widthPx(text, options.sizePt ?? 10, ASCII_WIDTHS, {});
}

/**
 * Pixels of column a bold word needs in Sheets' Arial 10: its width in Arial Bold plus the cell's padding (3 px a side),
 * rounded up. A header word wider than its column is cut in two by Sheets and by LibreOffice alike (« Responsa/ble »,
 * « Probabili/té »).
 */
export function boldWordWidth(word: string): number {
  // Not through textWidthPx: the add-on's bundle then carries the bold widths only.
  return Math.ceil(widthPx(word, 10, ASCII_BOLD_WIDTHS, OTHER_BOLD_WIDTHS)) + 2 * CELL_PADDING_PX;
}
