/**
 * How wide a text is drawn in Google Sheets' default font, Arial 10 (the font the .xlsx writer gives every cell the
 * add-on writes, see xlsx.ts), for the row heights and print areas the writer estimates. Arial's advance widths are
 * Helvetica's (Arial was drawn metric-compatible with it; LibreOffice draws it as Liberation Sans, also
 * metric-compatible), here in thousandths of an em for printable ASCII: the Adobe Core 14 AFM file of Helvetica,
 * `WX` of each character. An accented letter is as wide as its base letter; a character not listed counts as a digit
 * (556), the width of most letters. Bold Arial is about 8 % wider on lower-case text: 1.1 keeps bold lines on the
 * safe side. Carlito 11 (LibreOffice's Calibri) draws the same sentences within 2 % of Arial 10.
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

/** Widths of the non-ASCII characters our own texts use (Arial's), in thousandths of an em. */
const OTHER_WIDTHS: Readonly<Record<string, number>> = {
  '\u00a0': 278, // no-break space
  '\u202f': 278, // narrow no-break space (French « 30 % »): Arial has none, drawn as a space
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

const DIGIT_WIDTH = 556;
/** Pixels per em of Arial 10: 10 pt at 96 pixels per inch. */
const PX_PER_EM_AT_10_PT = (10 * 96) / 72;
const BOLD_FACTOR = 1.1;

function charWidth(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 32 && code < 127) return ASCII_WIDTHS[code - 32];
  const other = OTHER_WIDTHS[char];
  if (other !== undefined) return other;
  // é, à, ç…: the base letter's width.
  const base = char.normalize('NFD').charCodeAt(0);
  if (base >= 32 && base < 127) return ASCII_WIDTHS[base - 32];
  // CJK and other wide scripts: a full em.
  return code >= 0x2e80 ? 1000 : DIGIT_WIDTH;
}

/** Pixels `text` takes on one line in Arial of `sizePt` points (10: Sheets' default), bold or not. */
export function textWidthPx(text: string, options: { bold?: boolean; sizePt?: number } = {}): number {
  let units = 0;
  for (const char of text) units += charWidth(char);
  return ((units / 1000) * PX_PER_EM_AT_10_PT * (options.sizePt ?? 10)) / 10 * (options.bold ? BOLD_FACTOR : 1);
}
