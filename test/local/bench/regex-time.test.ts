/**
 * perf53: the per-regex profile of the statement analyser (`src/local/bench/regex-time.ts`), run on a few fixture-like
 * statements: it counts the analyser's regex runs per source, ranks them dearest first and gives `exec` back. Figures
 * are never asserted as times (the machine is shared): only counts, order and the restored prototype.
 */
import { regexTimes } from '../../../src/local/bench/regex-time';

const TEXTS = [
  'Increase revenue by 10% by end of Q2 2027',
  'Réduire le churn de 45 % à 20 % au cours du prochain trimestre',
  'Reach 120 new customers a month and keep the close rate above 25 %',
  'Atteindre 1,2 M€ de chiffre d’affaires d’ici le 31 décembre 2027',
];

describe('perf53: regex-time, where the analyser\'s regex time goes', () => {
  it('counts every regex the analyser runs, dearest first, and restores RegExp.prototype.exec', () => {
    const exec = RegExp.prototype.exec;
    const { rows, totalMicros, regexMicros } = regexTimes(TEXTS, 1);
    expect(RegExp.prototype.exec).toBe(exec);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.reduce((sum, r) => sum + r.runs, 0)).toBeGreaterThan(100);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].micros).toBeGreaterThanOrEqual(rows[i].micros);
    expect(new Set(rows.map((r) => r.source)).size).toBe(rows.length);
    expect(regexMicros).toBeGreaterThan(0);
    expect(regexMicros).toBeLessThanOrEqual(totalMicros);
    // Runs are counted per statement, whichever regexes the analyser holds (fixprev54: no regex source pinned): two passes
    // over the warmed-up texts count each source as often, a statement, as one pass.
    const twice = new Map(regexTimes(TEXTS, 2).rows.map((r) => [r.source, r.runs]));
    for (const r of rows) expect(twice.get(r.source)).toBeCloseTo(r.runs);
  });

  it('restores exec when an analysis throws', () => {
    const exec = RegExp.prototype.exec;
    expect(() => regexTimes([null as unknown as string], 1)).toThrow();
    expect(RegExp.prototype.exec).toBe(exec);
  });
});
