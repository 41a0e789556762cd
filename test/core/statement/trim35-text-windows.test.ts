/**
 * trim35: the rules' look-behind and look-ahead windows come from two helpers (src/core/statement/text.ts) instead of
 * ~200 inline `slice` calls; they must cut exactly as `text.slice(Math.max(0, end - n), end)` and
 * `text.slice(start, start + n)` did, near both ends of the text too.
 */
import { overlapsAny, textAfter, textBefore } from '../../../src/core/statement/text';

describe('text windows before and after a match', () => {
  const text = 'raise revenue by 10% by Q2';

  it.each([
    [0, 5],
    [3, 5],
    [5, 5],
    [17, 40],
    [text.length, 6],
    [text.length, 0],
  ])('textBefore(text, %i, %i) is the slice it replaced', (end, n) => {
    expect(textBefore(text, end, n)).toBe(text.slice(Math.max(0, end - n), end));
  });

  it('cuts at the start of the text, not from its end', () => {
    expect(textBefore(text, 3, 10)).toBe('rai');
    expect(textBefore(text, 17, 3)).toBe('by ');
  });

  it.each([
    [0, 5],
    [14, 6],
    [text.length - 2, 30],
    [text.length, 4],
  ])('textAfter(text, %i, %i) is the slice it replaced', (start, n) => {
    expect(textAfter(text, start, n)).toBe(text.slice(start, start + n));
  });

  it('stops at the end of the text', () => {
    expect(textAfter(text, 24, 30)).toBe('Q2');
  });

  it('overlapsAny is the inline overlap test it replaced', () => {
    const spans = [
      { start: 2, end: 5 },
      { start: 9, end: 12 },
    ];
    for (const span of [
      { start: 0, end: 2 },
      { start: 0, end: 3 },
      { start: 5, end: 9 },
      { start: 4, end: 10 },
      { start: 12, end: 20 },
      { start: 11, end: 11 },
    ]) {
      expect(overlapsAny(span, spans)).toBe(spans.some((s) => s.start < span.end && span.start < s.end));
    }
    expect(overlapsAny({ start: 5, end: 9 }, spans)).toBe(false);
    expect(overlapsAny({ start: 4, end: 10 }, spans)).toBe(true);
  });
});
