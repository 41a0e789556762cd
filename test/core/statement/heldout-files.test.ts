/**
 * Shape checks of the held-out corpora (test/fixtures/statements/holdout.jsonl,
 * fresh.jsonl, blind2.jsonl and blind3.jsonl): same line format and conventions as corpus.jsonl (see the
 * README there), no line repeated from corpus.jsonl. Like corpus.test.ts this
 * never runs the analyzer: the files are a yardstick, not a fixture of it.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { isIsoDate, readStatementSet } from '../../fixtures/statements/files';

const KEYS = ['text', 'today', 'language', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'deadline', 'recurrence', 'levers'];
const KPI_IDS = new Set(KPI_CATALOG.map((kpi) => kpi.id));


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
    expect(Object.keys(row)).toEqual(KEYS);
    expect(isIsoDate(row.today)).toBe(true);
    expect(['fr', 'en']).toContain(row.language);
    expect(row.kpi === null || KPI_IDS.has(String(row.kpi))).toBe(true);
    expect([null, 'increase', 'decrease', 'maintain']).toContain(row.direction);
    expect([null, 'percent', 'currency', 'count', 'days']).toContain(row.unit);
    expect([null, 'day', 'week', 'month', 'quarter', 'year']).toContain(row.recurrence);
    for (const key of ['baseline', 'target'] as const) expect(row[key] === null || typeof row[key] === 'number').toBe(true);
    const change = row.change as { value: number; kind: string } | null;
    if (change !== null) {
      expect(change.value).toBeGreaterThan(0);
      expect(['relative', 'absolute']).toContain(change.kind);
    }
    // unit is null exactly when no number defines the goal.
    expect(row.unit === null).toBe(row.baseline === null && row.target === null && change === null);
    if (row.deadline !== null) {
      expect(isIsoDate(row.deadline)).toBe(true);
      expect(String(row.deadline) > String(row.today)).toBe(true);
    }
    expect(Array.isArray(row.levers)).toBe(true);
    for (const lever of row.levers as string[]) expect(String(row.text)).toContain(lever);
  });
});
