/**
 * fixes35: the height the .xlsx writer gives a row of wrapped text counts the lines a wrap at spaces takes, not the
 * characters over the line's width (which cut the last line of a statement in LibreOffice).
 */
import { wrappedLines } from '../../../src/local/emulator/xlsx';

describe('wrappedLines', () => {
  it.each([
    ['', 1],
    ['Close', 1],
    ['abcde fghij', 2], // 11 characters: 2 lines by count too
    ['abcdefg hijkl mnopq', 3], // 19 characters: 2 lines by count, 3 wrapped at spaces
    ['abcdefghijklmnopqrstuvwxy', 3], // a word longer than a line is cut
    ['ab abcdefghijklmnopqrstu x', 4],
  ])('%j takes %i lines of 10 characters', (text, lines) => {
    expect(wrappedLines(text, 10)).toBe(lines);
  });
});
