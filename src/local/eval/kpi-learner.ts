/**
 * Small text classifiers for `npm run eval -- kpi-model` (issue 11's experiment: does a learned model complement the
 * hand-written KPI rules on unseen sentences?). Node-side only; nothing here is bundled.
 *
 * Two learners over sparse binary features (a set of feature strings per example), both deterministic:
 * - multinomial naive Bayes with additive (Laplace/Lidstone) smoothing `alpha`;
 * - multinomial (softmax) logistic regression with an L2 penalty, trained by AdaGrad SGD over a fixed-seed shuffle.
 *   The penalty is applied to the weights an example touches, scaled by `lambda` (the usual sparse-SGD form: a
 *   frequent feature is pulled towards 0 more often than a rare one).
 */

export interface Example {
  features: readonly string[];
  label: string;
}

export interface Prediction {
  label: string;
  /** The predicted label's probability. */
  p: number;
}

export interface Classifier {
  predict(features: readonly string[]): Prediction;
  /** Every class with its probability, highest first. */
  distribution(features: readonly string[]): Array<{ label: string; p: number }>;
  /** Features with at least one non-zero weight (LR) or seen in training (NB): what a shipped table would hold. */
  featureCount(): number;
  /** The non-zero weights, rounded to 2 decimals, sparse per feature: what a generated table module would hold. */
  table(): { labels: string[]; bias: number[]; weights: Array<[string, Array<[number, number]>]> };
}

function ranked(labels: readonly string[], scores: Float64Array): Array<{ label: string; p: number }> {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  const exp = Array.from(scores, (s) => {
    const e = Math.exp(s - max);
    sum += e;
    return e;
  });
  // Ties keep the label order (labels are sorted), so predictions never depend on insertion order.
  return labels.map((label, i) => ({ label, p: exp[i] / sum })).sort((a, b) => b.p - a.p || (a.label < b.label ? -1 : 1));
}

function labelsOf(examples: readonly Example[]): string[] {
  return [...new Set(examples.map((e) => e.label))].sort();
}

/** Multinomial naive Bayes on binary feature occurrences. */
export function trainNaiveBayes(examples: readonly Example[], alpha: number): Classifier {
  const labels = labelsOf(examples);
  const index = new Map(labels.map((l, i) => [l, i]));
  const classDocs = new Float64Array(labels.length);
  const classTokens = new Float64Array(labels.length);
  const counts = new Map<string, Float64Array>();
  for (const e of examples) {
    const c = index.get(e.label) as number;
    classDocs[c]++;
    for (const f of new Set(e.features)) {
      let row = counts.get(f);
      if (!row) counts.set(f, (row = new Float64Array(labels.length)));
      row[c]++;
      classTokens[c]++;
    }
  }
  const vocabulary = counts.size;
  const prior = Array.from(classDocs, (d) => Math.log(d / examples.length));
  const denominator = Array.from(classTokens, (t) => Math.log(t + alpha * (vocabulary + 1)));
  const distribution = (features: readonly string[]): Array<{ label: string; p: number }> => {
    const scores = Float64Array.from(prior);
    for (const f of new Set(features)) {
      const row = counts.get(f);
      // A feature never seen in training carries no evidence for any class: left out (as most implementations do).
      if (!row) continue;
      for (let c = 0; c < labels.length; c++) scores[c] += Math.log(row[c] + alpha) - denominator[c];
    }
    return ranked(labels, scores);
  };
  return {
    distribution,
    predict: (features) => distribution(features)[0],
    featureCount: () => vocabulary,
    // NB's table: per feature, the log-probability per class that differs from the unseen-feature value.
    table: () => ({
      labels,
      bias: prior.map((p) => Math.round(p * 100) / 100),
      weights: [...counts].map(([f, row]) => [f, [...row].flatMap((n, c): Array<[number, number]> => (n > 0 ? [[c, Math.round((Math.log(n + alpha) - Math.log(alpha)) * 100) / 100]] : []))]),
    }),
  };
}

/** Park–Miller minimal standard generator: a fixed-seed shuffle, the same on every machine. */
function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed % 2147483647 || 1;
  for (let i = n - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

export interface LogisticOptions {
  lambda: number;
  epochs?: number;
  learningRate?: number;
  seed?: number;
  /** Weights whose absolute value is below this after training are dropped (the pruned table's size). */
  prune?: number;
  /** Classes whose gradient on an example is smaller than this in absolute value are not updated for it. */
  skipBelow?: number;
}

/** Softmax regression: one weight per (feature, class) plus a bias per class. */
export function trainLogistic(examples: readonly Example[], options: LogisticOptions): Classifier & { pruned(threshold: number): Classifier } {
  const { lambda, epochs = 20, learningRate = 0.5, seed = 20261202, prune = 0, skipBelow = 1e-3 } = options;
  const labels = labelsOf(examples);
  const k = labels.length;
  const index = new Map(labels.map((l, i) => [l, i]));
  const featureIndex = new Map<string, number>();
  const rows = examples.map((e) => {
    const ids: number[] = [];
    for (const f of new Set(e.features)) {
      let id = featureIndex.get(f);
      if (id === undefined) featureIndex.set(f, (id = featureIndex.size));
      ids.push(id);
    }
    return { ids, label: index.get(e.label) as number };
  });
  const weights = new Float64Array(featureIndex.size * k);
  const squares = new Float64Array(featureIndex.size * k);
  const bias = new Float64Array(k);
  const biasSquares = new Float64Array(k);
  const scores = new Float64Array(k);
  const probs = new Float64Array(k);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const r of shuffled(rows.length, seed + epoch)) {
      const { ids, label } = rows[r];
      let max = -Infinity;
      for (let c = 0; c < k; c++) {
        let s = bias[c];
        for (const id of ids) s += weights[id * k + c];
        scores[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < k; c++) sum += probs[c] = Math.exp(scores[c] - max);
      for (let c = 0; c < k; c++) {
        const g = probs[c] / sum - (c === label ? 1 : 0);
        // A class the example already scores as near-impossible moves nothing (and its penalty waits for a later
        // example): most of the classes on most examples after the first epochs, which makes training ~10× faster.
        if (g > -skipBelow && g < skipBelow) continue;
        biasSquares[c] += g * g;
        bias[c] -= (learningRate * g) / Math.sqrt(biasSquares[c] + 1e-8);
        for (const id of ids) {
          const w = id * k + c;
          const gw = g + lambda * weights[w];
          squares[w] += gw * gw;
          weights[w] -= (learningRate * gw) / Math.sqrt(squares[w] + 1e-8);
        }
      }
    }
  }
  return logisticClassifier(labels, featureIndex, weights, bias, prune);
}

/** A trained softmax model; `pruned(t)` is the same model with every weight |w| < t set to 0. */
function logisticClassifier(labels: readonly string[], featureIndex: ReadonlyMap<string, number>, trained: Float64Array, bias: Float64Array, prune: number): Classifier & { pruned(threshold: number): Classifier } {
  const k = labels.length;
  const weights = prune > 0 ? trained.map((w) => (Math.abs(w) < prune ? 0 : w)) : trained;
  const distribution = (features: readonly string[]): Array<{ label: string; p: number }> => {
    const s = Float64Array.from(bias);
    for (const f of new Set(features)) {
      const id = featureIndex.get(f);
      if (id === undefined) continue;
      for (let c = 0; c < k; c++) s[c] += weights[id * k + c];
    }
    return ranked(labels, s);
  };
  return {
    distribution,
    predict: (features) => distribution(features)[0],
    pruned: (threshold) => logisticClassifier(labels, featureIndex, trained, bias, threshold),
    featureCount: () => {
      let n = 0;
      for (let id = 0; id < featureIndex.size; id++) {
        for (let c = 0; c < k; c++) {
          if (weights[id * k + c] !== 0) {
            n++;
            break;
          }
        }
      }
      return n;
    },
    table: () => ({
      labels: [...labels],
      bias: Array.from(bias, (b) => Math.round(b * 100) / 100),
      weights: [...featureIndex]
        .map(([f, id]): [string, Array<[number, number]>] => [f, labels.flatMap((_, c): Array<[number, number]> => (Math.round(weights[id * k + c] * 100) !== 0 ? [[c, Math.round(weights[id * k + c] * 100) / 100]] : []))])
        .filter(([, w]) => w.length > 0),
    }),
  };
}
