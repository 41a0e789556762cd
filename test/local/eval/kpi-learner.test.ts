import { readFileSync } from 'node:fs';
import path from 'node:path';
import { trainLogistic, trainNaiveBayes, type Example } from '../../../src/local/eval/kpi-learner';
import { bestThreshold, combine, featuresOf, tokens, type Scored } from '../../../src/local/eval/kpi-model';
import { REAL_CORPORA } from '../../../src/local/eval/statement';

const repeat = (n: number, e: Example): Example[] => Array.from({ length: n }, () => e);

describe('multinomial naive Bayes', () => {
  it('gives the posterior a hand computation gives', () => {
    // Class A: docs {x}, {x}, {x, y}; class B: doc {y}. Vocabulary {x, y}, alpha 1.
    // Occurrences: A has x 3, y 1 (4 in all); B has y 1 (1 in all). Denominators: A 4 + 1·(2 + 1) = 7, B 1 + 3 = 4.
    // P(A | {x}) ∝ 3/4 · (3 + 1)/7 = 3/7;  P(B | {x}) ∝ 1/4 · (0 + 1)/4 = 1/16.
    const nb = trainNaiveBayes([{ features: ['x'], label: 'A' }, { features: ['x'], label: 'A' }, { features: ['x', 'y'], label: 'A' }, { features: ['y'], label: 'B' }], 1);
    const pA = 3 / 7 / (3 / 7 + 1 / 16);
    expect(nb.predict(['x'])).toEqual({ label: 'A', p: expect.closeTo(pA, 12) as number });
    // An unseen feature carries no evidence: the priors decide.
    expect(nb.distribution(['never seen'])).toEqual([
      { label: 'A', p: expect.closeTo(0.75, 12) as number },
      { label: 'B', p: expect.closeTo(0.25, 12) as number },
    ]);
  });
});

describe('softmax logistic regression', () => {
  it('learns the class frequencies of one uninformative feature (the maximum-likelihood answer)', () => {
    const lr = trainLogistic([...repeat(3, { features: ['x'], label: 'A' }), ...repeat(1, { features: ['x'], label: 'B' })], { lambda: 0, epochs: 200 });
    expect(lr.predict(['x']).label).toBe('A');
    expect(lr.predict(['x']).p).toBeCloseTo(0.75, 2);
  });

  it('separates classes that one feature each decides, with probabilities summing to 1', () => {
    const data = [...repeat(5, { features: ['churn', 'reduce'], label: 'churn' }), ...repeat(5, { features: ['revenue', 'reduce'], label: 'revenue' }), ...repeat(5, { features: ['team'], label: 'null' })];
    const lr = trainLogistic(data, { lambda: 0.001 });
    expect(lr.predict(['churn', 'reduce']).label).toBe('churn');
    expect(lr.predict(['revenue']).label).toBe('revenue');
    expect(lr.predict(['team']).label).toBe('null');
    expect(lr.distribution(['churn']).reduce((s, d) => s + d.p, 0)).toBeCloseTo(1, 12);
  });

  it('is deterministic, and pruning drops small weights only', () => {
    const data = [...repeat(4, { features: ['a', 'common'], label: 'A' }), ...repeat(4, { features: ['b', 'common'], label: 'B' })];
    const one = trainLogistic(data, { lambda: 0.01 });
    const two = trainLogistic(data, { lambda: 0.01 });
    expect(one.table()).toEqual(two.table());
    // "common" is in every example of both classes: its weights stay small and are the ones pruned.
    expect(one.featureCount()).toBe(3);
    const pruned = one.pruned(0.3);
    expect(pruned.featureCount()).toBe(2);
    expect(pruned.predict(['a']).label).toBe('A');
  });
});

describe('combinations and threshold', () => {
  const s = (kpi: string, rules: string, model: string, p: number): Scored => ({ kpi, rules, model, p });
  it('(c) fills the rules nulls only, (d) overrides at p ≥ t', () => {
    expect(combine.c(s('churn', 'null', 'churn', 0.2))).toBe('churn');
    expect(combine.c(s('churn', 'revenue', 'churn', 0.99))).toBe('revenue');
    expect(combine.d(s('churn', 'revenue', 'churn', 0.8), 0.8)).toBe('churn');
    expect(combine.d(s('churn', 'revenue', 'churn', 0.79), 0.8)).toBe('revenue');
  });

  it('chooses the threshold that maximizes (d), the highest on ties, and "never" when overriding never helps', () => {
    // Overriding helps at p 0.9 (fixes) and hurts at p 0.6: any t in (0.6, 0.9] is best; the highest is 0.9.
    expect(bestThreshold([s('a', 'b', 'a', 0.9), s('b', 'b', 'a', 0.6)])).toBeCloseTo(0.9, 12);
    expect(bestThreshold([s('b', 'b', 'a', 0.99)])).toBeGreaterThan(1);
  });
});

describe('features', () => {
  it('turn numbers into 0 and strip plurals of words longer than 3 letters', () => {
    expect(tokens('augmenter les ventes de 10 000 € d’ici juin')).toEqual(['augmenter', 'les', 'vente', 'de', '0', '€', 'd', 'ici', 'juin']);
    const f = featuresOf('Increase new customers by 20%', 'words+object+catalog');
    expect(f).toEqual(expect.arrayContaining(['w:customer', 'b:new customer', 'h:customer', 'v:other']));
  });
});

describe('blind-rules-kpi.json', () => {
  it('holds one answer per line of each real set it names, never real15', () => {
    const dir = path.resolve(__dirname, '../../fixtures/statements');
    const blind = JSON.parse(readFileSync(path.join(dir, 'blind-rules-kpi.json'), 'utf8')) as Record<string, { commit: string; kpi: Array<string | null> }>;
    expect(Object.keys(blind)).not.toContain('real15-heldout.jsonl');
    for (const set of REAL_CORPORA.filter((f) => f !== 'real15-heldout.jsonl')) {
      const lines = readFileSync(path.join(dir, set), 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(blind[set].commit).toMatch(/^[0-9a-f]{40}$/);
      expect(blind[set].kpi).toHaveLength(lines.length);
    }
  });
});
