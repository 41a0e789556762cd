/**
 * `npm run eval -- spread [--half=tuning|held-out|<fresh set>|unseen]`: where the width of our forecast ranges comes
 * from, on the real-data backtest's cases (tuning half by default: tune on it only). The forecaster is
 * run from the core directly (same code as the bundle's ACHIEVABILITY: its "all" line must match the
 * backtest's `ours`), and each forecast distribution is re-read under variants that take one source of
 * width away or scale it, so their Brier score, log loss and range coverage say which one costs:
 *   full          the forecast as shipped;
 *   average only  the model average without the exponential-smoothing member (where there is one);
 *   ets only      the exponential-smoothing member alone (where there is one);
 *   one centre    every component moved to the mixture's median in its own space (the spread between the
 *                 models' centres taken away; each keeps its own width);
 *   gaussian      every Student-t component with 1,000 degrees of freedom (the heavy tails taken away);
 *   scale × k     every Student-t component's scale multiplied by k (the whole spread, as a yardstick).
 *   R ets, R auto.arima  the cached reference forecasts on the same cases (not always both: a fit may fail).
 * Every group also by horizon in periods (frequency × ETS membership × h). Also printed: the median ratio of our
 * 80 % range's width to forecast::ets's and to auto.arima's, by frequency and form, then by horizon.
 */
import path from 'node:path';
import { probabilityAtLeast, quantile, type Component, type Distribution } from '../../core/forecast';
import { fromSpace } from '../../core/forecast/distribution';
import { freshSetOf, referenceProbability, seriesPathOf, UNSEEN_SETS } from './backtest';
import { coreCases, halfOption } from './core-cases';

type Variant = { name: string; apply: (d: Distribution) => Distribution | null };

const isEts = (c: Component) => c.name.startsWith('ets');

/** The distribution with only the components kept, their weights renormalized. */
function only(d: Distribution, keep: (c: Component) => boolean): Distribution | null {
  const components = d.components.filter(keep);
  const total = components.reduce((s, c) => s + c.weight, 0);
  if (!(total > 0)) return null;
  return { ...d, components: components.map((c) => ({ ...c, weight: c.weight / total })) };
}

function variants(): Variant[] {
  const list: Variant[] = [
    { name: 'full', apply: (d) => d },
    {
      name: 'average only',
      apply: (d) => (d.components.some(isEts) ? only(d, (c) => !isEts(c)) : d),
    },
    { name: 'ets only', apply: (d) => (d.components.some(isEts) ? only(d, isEts) : d) },
    {
      name: 'one centre',
      apply: (d) => {
        const m = quantile(d, 0.5);
        return {
          ...d,
          components: d.components.map((c) => {
            if (c.kind !== 'student') return c;
            const own = fromSpace(c.mean, c.space);
            if (c.space === 'level') return { ...c, mean: c.mean + m - own };
            if (c.space === 'log' && m > 0 && own > 0) return { ...c, mean: c.mean + Math.log(m / own) };
            return c;
          }),
        };
      },
    },
    { name: 'gaussian', apply: (d) => ({ ...d, components: d.components.map((c) => (c.kind === 'student' ? { ...c, df: 1000 } : c)) }) },
    { name: 'ets gaussian', apply: (d) => ({ ...d, components: d.components.map((c) => (c.kind === 'student' && isEts(c) ? { ...c, df: 1000 } : c)) }) },
  ];
  // Components at the degrees-of-freedom cap (6: long histories) given more.
  for (const df of [10, 20]) {
    list.push({ name: `cap ${df} df`, apply: (d) => ({ ...d, components: d.components.map((c) => (c.kind === 'student' && c.df >= 6 - 1e-9 ? { ...c, df } : c)) }) });
  }
  for (const k of [0.8, 0.9, 1.1]) {
    list.push({ name: `scale × ${k}`, apply: (d) => ({ ...d, components: d.components.map((c) => (c.kind === 'student' ? { ...c, scale: c.scale * k } : c)) }) });
  }
  return list;
}

interface Tally {
  n: number;
  brier: number;
  log: number;
  pits: number[];
}


export async function run(): Promise<void> {
  const which = halfOption();
  const list = variants();
  // Tallies per variant × group ('all', 'with ets', period).
  const tallies = new Map<string, Tally>();
  const tally = (key: string): Tally => {
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { n: 0, brier: 0, log: 0, pits: [] }));
    return t;
  };
  const widthRatios = new Map<string, number[]>();
  for (const { series, form, h, targets, actual, dist, ref } of coreCases(which)) {
    const hasEts = dist.components.some(isEts);
    const cls = h === 1 ? 'h = 1' : h / { day: 365, week: 52, month: 12, quarter: 4, year: 1 }[series.period] <= 0.5 ? 'h ≤ ½ year' : 'h > ½ year';
    const ets = hasEts ? 'with ets' : 'without ets';
    // By horizon in periods too: which member's range is too narrow how far ahead (issue 11, forecast19).
    const groups = ['all', series.period, ets, `${ets} ${cls}`, `${series.period} ${ets}`, `${series.period} ${ets} h = ${h}`];
    for (const v of list) {
      const d = v.apply(dist);
      if (!d) continue;
      for (const g of groups) {
        const t = tally(`${v.name}|${g}`);
        for (const target of targets) {
          const p = probabilityAtLeast(d, target);
          const o = actual >= target ? 1 : 0;
          t.n++;
          t.brier += (p - o) ** 2;
          const q = Math.min(0.999, Math.max(0.001, p));
          t.log -= o ? Math.log(q) : Math.log(1 - q);
        }
        t.pits.push(probabilityAtLeast(d, actual));
      }
    }
    // The reference models, as the backtest reads them (Gaussian with their 80 % interval's sd).
    for (const [name, row] of [['R ets', ref.ets], ['R auto.arima', ref.arima]] as const) {
      if (!row) continue;
      for (const g of groups) {
        const t = tally(`${name}|${g}`);
        for (const target of targets) {
          const p = referenceProbability(row, target) ?? 0;
          const o = actual >= target ? 1 : 0;
          t.n++;
          t.brier += (p - o) ** 2;
          const q = Math.min(0.999, Math.max(0.001, p));
          t.log -= o ? Math.log(q) : Math.log(1 - q);
        }
        t.pits.push(referenceProbability(row, actual) ?? 0);
      }
    }
    const width = quantile(dist, 0.9) - quantile(dist, 0.1);
    // Against each R model, by frequency and form, then by horizon too: how our range grows with h against
    // ets's class 1/2 variances and auto.arima's psi-weights (forecast19).
    for (const [model, row] of [['ets', ref.ets], ['auto.arima', ref.arima]] as const) {
      const theirs = row ? row[3] - row[2] : 0;
      if (!(width > 0 && theirs > 0)) continue;
      for (const key of [`${series.period} ${form}${model === 'ets' ? '' : ` / ${model}`}`, `${series.period} ${form} h = ${h} / ${model}`]) {
        const r = widthRatios.get(key) ?? [];
        r.push(width / theirs);
        widthRatios.set(key, r);
      }
    }
  }
  const freshSet = freshSetOf(which);
  const file = which === 'unseen' ? `real-series.json held-out half, ${UNSEEN_SETS.filter((set) => set !== 'held-out').join(', ')}` : path.basename(seriesPathOf(freshSet));
  const lines = [`Spread diagnostic on the ${which} series (${file}), core forecaster read under variants`];
  const groupNames = [...new Set([...tallies.keys()].map((k) => k.split('|')[1]))];
  for (const g of groupNames) {
    lines.push('', `${g}:`, `  ${'variant'.padEnd(16)}${'cases'.padStart(7)}${'Brier'.padStart(8)}${'log loss'.padStart(10)}${'inside 50/80/95 %'.padStart(20)}${'  PIT deciles P(Y ≤ actual)'}`);
    for (const v of [...list.map((x) => x.name), 'R ets', 'R auto.arima']) {
      const t = tallies.get(`${v}|${g}`);
      if (!t || t.n === 0) continue;
      const cover = [0.5, 0.8, 0.95].map((l) => t.pits.filter((u) => u >= (1 - l) / 2 && u <= (1 + l) / 2).length / t.pits.length);
      const bins = new Array<number>(10).fill(0);
      for (const u of t.pits) bins[Math.min(9, Math.max(0, Math.floor(10 * (1 - u))))]++;
      lines.push(
        `  ${v.padEnd(16)}${String(t.n).padStart(7)}${(t.brier / t.n).toFixed(4).padStart(8)}${(t.log / t.n).toFixed(4).padStart(10)}${cover
          .map((x) => (100 * x).toFixed(0).padStart(5))
          .join('')
          .padStart(20)}  ${bins.map((b) => ((100 * b) / t.pits.length).toFixed(0).padStart(3)).join('')}`,
      );
    }
  }
  lines.push('', 'median width of our 80 % range over forecast::ets\'s (or auto.arima\'s, where named; same origin and horizon):');
  for (const [key, r] of [...widthRatios.entries()].sort()) {
    r.sort((a, b) => a - b);
    lines.push(`  ${key.padEnd(16)}${String(r.length).padStart(5)} ranges  ×${r[r.length >> 1].toFixed(2)}  (quartiles ×${r[Math.floor(r.length / 4)].toFixed(2)} – ×${r[Math.floor((3 * r.length) / 4)].toFixed(2)})`);
  }
  console.log(lines.join('\n'));
}
