/**
 * fixes47: one width model of Arial 10 (core/plan/text-width.ts) for the report's column widths and the .xlsx writer's row
 * heights. Before, the report sized its columns on rough classes of letters (0.3, 0.58, 0.7, 0.85 em) and the writer
 * measured bold as the regular weight × 1.1; now both read Helvetica's and Helvetica-Bold's AFM advance widths.
 */
import { boldWordWidth, CELL_PADDING_PX, textWidthPx } from '../../../src/core/plan/text-width';
import { t } from '../../../src/core/messages';
import { OUTPUT_COLUMNS, outputHeader } from '../../../src/core/workbook/output';

describe('textWidthPx in bold: Helvetica-Bold’s advance widths (Arial Bold, Liberation Sans Bold)', () => {
  it('adds up the AFM widths at 13.33 px an em', () => {
    // Helvetica-Bold WX: R 722, e 556, s 556, p 611, o 611, n 611, a 556, b 611, l 278 → "Responsable" 6,224 thousandths of an em.
    expect(textWidthPx('Responsable', { bold: true })).toBeCloseTo((6224 / 1000) * (40 / 3), 6);
    // m is 889 in bold, 833 in the regular weight; i and l 278 against 222.
    expect(textWidthPx('m', { bold: true }) - textWidthPx('m')).toBeCloseTo((56 / 1000) * (40 / 3), 6);
    expect(textWidthPx('il', { bold: true }) - textWidthPx('il')).toBeCloseTo((112 / 1000) * (40 / 3), 6);
  });

  it('is never narrower than the regular weight, letter by letter (but @: 975 against 1015), accented letters as their base letter', () => {
    for (let code = 32; code < 127; code++) {
      const char = String.fromCharCode(code);
      if (char === '@') continue;
      expect([char, textWidthPx(char, { bold: true }) >= textWidthPx(char)]).toEqual([char, true]);
    }
    expect(textWidthPx('@', { bold: true })).toBeLessThan(textWidthPx('@'));
    expect(textWidthPx('Échéance', { bold: true })).toBeCloseTo(textWidthPx('Echeance', { bold: true }), 6);
    expect(textWidthPx('l’objectif', { bold: true })).toBeGreaterThan(textWidthPx('l’objectif'));
  });
});

describe('boldWordWidth: the column a header word needs', () => {
  it('is the bold width rounded up, plus the cell’s 3 px of padding a side', () => {
    expect(CELL_PADDING_PX).toBe(3);
    // 82.99 px of Arial Bold: French « Responsable » still needs 89 px, the width its column had (fixes45).
    expect(boldWordWidth('Responsable')).toBe(89);
    for (const word of ['ID', 'Probabilité', 'Correction', 'inducteurs']) expect(boldWordWidth(word)).toBe(Math.ceil(textWidthPx(word, { bold: true })) + 6);
  });

  it('fits every word of the Goals tab’s headers in Sheets’ default 100-px column, in both languages (the headers wrap there)', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const column of OUTPUT_COLUMNS) {
        const header = outputHeader(column, lang);
        for (const word of header.split(/\s+|(?<=-)/)) expect([lang, header, word, boldWordWidth(word) <= 100]).toEqual([lang, header, word, true]);
      }
    }
    // One line would not do in French: « Chance par les inducteurs » is 160 px of Arial Bold.
    expect(textWidthPx(t('fr', 'col.bottomUp'), { bold: true })).toBeGreaterThan(150);
  });
});
