/**
 * Shape checks of the held-out corpora (test/fixtures/statements/holdout.jsonl,
 * fresh.jsonl, blind2.jsonl and blind3.jsonl): same line format and conventions as corpus.jsonl (see the
 * README there), no line repeated from corpus.jsonl. Like corpus.test.ts this
 * never runs the analyzer: the files are a yardstick, not a fixture of it.
 */
import { expectLabelledRow, readStatementSet } from '../../fixtures/statements/files';

const KEYS = ['text', 'today', 'language', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'deadline', 'recurrence', 'levers'];


const read = readStatementSet;


const corpusTexts = new Set(read('corpus.jsonl').map((row) => row.text));

describe.each([
  ['holdout.jsonl', 120],
  ['fresh.jsonl', 40],
  ['blind2.jsonl', 100],
  ['blind3.jsonl', 80],
])('%s', (file, size) => {
  const rows = read(file);

  it(`has ${size} distinct statements, half French and half English, none taken from corpus.jsonl`, () => {
    expect(rows).toHaveLength(size);
    expect(new Set(rows.map((row) => row.text)).size).toBe(size);
    expect(rows.filter((row) => row.language === 'fr')).toHaveLength(size / 2);
    expect(rows.filter((row) => corpusTexts.has(row.text))).toEqual([]);
  });

  it.each(rows.map((row) => [String(row.text), row] as const))('%s', (_text, row) => {
    expectLabelledRow(row, KEYS);
  });
});
