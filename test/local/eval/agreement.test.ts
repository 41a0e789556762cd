import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cohenKappa } from '../../../src/local/eval/agreement';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';

describe("Cohen's kappa", () => {
  it('is 1 for identical labels and 0 when agreement is what chance gives', () => {
    expect(cohenKappa(['a', 'b', null, 'a'], ['a', 'b', null, 'a'])).toBe(1);
    // Each annotator says "a" half the time, independently: observed agreement 0.5 = chance 0.5.
    expect(cohenKappa(['a', 'a', 'b', 'b'], ['a', 'b', 'a', 'b'])).toBeCloseTo(0, 12);
  });

  it('matches a worked example: 20 items, 15 agreements, marginals 10/10 and 11/9', () => {
    // first: 10 yes, 10 no; second: 11 yes, 9 no; both yes 8, both no 7 → po = 0.75, pe = 0.5·0.55 + 0.5·0.45 = 0.5.
    const first = [...Array(10).fill('yes'), ...Array(10).fill('no')];
    const second = [...Array(8).fill('yes'), ...Array(2).fill('no'), ...Array(3).fill('yes'), ...Array(7).fill('no')];
    expect(cohenKappa(first, second)).toBeCloseTo((0.75 - 0.5) / 0.5, 12);
  });

  it('is NaN for sequences of different lengths or none', () => {
    expect(cohenKappa([], [])).toBeNaN();
    expect(cohenKappa(['a'], ['a', 'b'])).toBeNaN();
  });
});

describe('second-annotator fixtures', () => {
  const dir = path.resolve(__dirname, '../../fixtures/statements');
  const lines = (name: string): Array<Record<string, unknown>> =>
    readFileSync(path.join(dir, name), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('agreement-real15.jsonl labels every line of real15-heldout.jsonl, in order, with catalog ids', () => {
    const second = lines('agreement-real15.jsonl');
    expect(second).toHaveLength(lines('real15-heldout.jsonl').length);
    const ids = new Set(KPI_CATALOG.map((k) => k.id));
    second.forEach((row, i) => {
      expect(row.id).toBe(i + 1);
      expect(row.kpi === null || ids.has(String(row.kpi))).toBe(true);
      expect(typeof row.unsure).toBe('boolean');
    });
  });
});
