/**
 * One-byte stand-ins (perf62b), in a module of their own with no imports (core's table of currency marks, which the
 * sidebar imports, reads them too): the characters above U+00FF that folding keeps and a rule may read — currency marks, « ‰ »,
 * « … », « œ », bullets, arrows, comparison signs — are written in the folded text as C1 control characters
 * (U+0080–U+0097), one each, which nobody types, which no regex class but a rule's own names (not \w, \s, a letter, a
 * line end) and which lower-casing keeps. Why: V8 stores a string one byte a character only when every character fits,
 * and compiles each regex once for one-byte subjects and again for two-byte ones; a single « € » made the whole folded
 * statement, every slice of it and every regex that read it two-byte — 513 regexes compiled twice on the bench's corpus
 * (perf62). The statement reader's `fold` (statement/text.ts) writes them; each rule reading one of these characters
 * in folded text names its stand-in beside it (`[$€\x80£]`), so it reads the text folded or not; a match handed on as a word (a currency mark) is read back with `wideMarks`. A C1
 * control typed in a statement reads as U+009F, a stand-in of nothing: it cannot pass for a mark.
 */
export const STAND_INS: Readonly<Record<string, string>> = {
  '€': '\x80', '₹': '\x81', '₦': '\x82', '₱': '\x83', '₩': '\x84', '₫': '\x86', '₺': '\x87', '₽': '\x88', '₴': '\x89', '₪': '\x8a',
  '₸': '\x8b', '￥': '\x8c', '฿': '\x8d', 'ł': '\x8e', '‰': '\x8f', '…': '\x90', 'œ': '\x91', '•': '\x92', '→': '\x93', '≤': '\x94',
  '≥': '\x95', '≈': '\x96', '―': '\x97',
};
const WIDE_BY_STAND_IN: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(STAND_INS).map(([wide, standIn]) => [standIn, wide]));
const STAND_IN_RE = /[\x80-\x97]/g;

/** A slice of folded text with each stand-in read back as the character it stands for ("\x80" → "€"): a mark looked up by name. */
export function wideMarks(folded: string): string {
  return folded.replace(STAND_IN_RE, (ch) => WIDE_BY_STAND_IN[ch] ?? ch);
}

/**
 * `text` stored one byte a character when every character fits (V8 keeps a `toLowerCase` or `replace` result of a
 * two-byte string two-byte, even when no character above U+00FF is left): rebuilt by `String.fromCharCode`, 1,024 codes
 * a call; returned as it is when one does not fit.
 */
export function oneByte(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1024) {
    const codes: number[] = [];
    const end = Math.min(text.length, i + 1024);
    for (let j = i; j < end; j++) {
      const code = text.charCodeAt(j);
      if (code > 255) return text;
      codes.push(code);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

