/**
 * The "airline model" ARIMA(0,1,1)(0,1,1)_m (Box & Jenkins), which forecast::auto.arima often picks on
 * monthly and quarterly series with a changing season:
 *
 *   (1 − B)(1 − Bᵐ) z_t = (1 + θB)(1 + ΘBᵐ) e_t
 *
 * i.e. the one-step forecast is z_{t−1} + z_{t−m} − z_{t−m−1} (last value plus last year's change at that
 * season) corrected by the recent innovations: + θe_{t−1} + Θe_{t−m} + θΘe_{t−m−1}. θ and Θ are fitted by
 * conditional sum of squares (forecast::Arima(method = "CSS"): innovations before the first double
 * difference are 0), in (−1, 1) (invertible). The h-step variance is σ² Σ_{j<h} ψ_j² with the psi-weights
 * of (1 + θB)(1 + ΘBᵐ) / ((1 − B)(1 − Bᵐ)); the sum of the next h values σ² Σ_{i<h} Ψ_i² (Ψ_i = ψ_0 + … + ψ_i),
 * so a one-period total is that period's level.
 *
 * As a member of the model average it is scored out of sample like the others: θ and Θ are re-fitted once a
 * season (m points) on the points seen so far, the innovations filtered with them in between; before two
 * years of double differences it keeps θ = −0.4, Θ = −0.6 (about forecast::Arima's fit on AirPassengers),
 * before m + 1 points it forecasts like a random walk. `refit()` after the last point gives the final fit.
 * Gaps in the grid are filled with the model's own forecasts (innovation 0).
 */
import { nelderMead } from './ets';
import type { GaussianModel, Predictive } from './models';

const math = Math;

/** Most recent points a CSS fit reads (20 years + the m + 1 the differences need): a bounded cost per fit. */
const FIT_YEARS = 20;

export class Airline implements GaussianModel {
  readonly name = 'airline';
  private readonly z: number[] = [];
  private readonly e: number[] = [];
  private lastT = 0;
  theta = -0.4;
  seasonalTheta = -0.6;
  /** Squared innovations and their number since (and including) the last fit's; parameters estimated (0 or 2). */
  private sse = 0;
  private residuals = 0;
  private estimated = 0;
  /** Squared first differences while the model is still a random walk. */
  private rwSse = 0;
  private rwCount = 0;
  private sinceFit = 0;
  /** See `grow`. */
  private path = Airline.empty();

  private static empty(): Record<'mean' | 'psi' | 'cumulative' | 'sum' | 'square' | 'total', number[]> {
    return { mean: [], psi: [], cumulative: [], sum: [], square: [], total: [] };
  }

  constructor(private readonly m: number) {}

  count(): number {
    return this.z.length;
  }

  update(t: number, y: number): void {
    const { z, e, m } = this;
    let innovation = 0;
    if (z.length) {
      // A gap: the periods not observed get the model's forecasts.
      for (let k = 1; k < t - this.lastT; k++) {
        z.push(this.grow(1).mean[0]);
        e.push(0);
        this.path = Airline.empty();
      }
      if (z.length > m) {
        innovation = y - this.grow(1).mean[0];
        this.sse += innovation * innovation;
        this.residuals++;
      } else {
        this.rwSse += (y - z[z.length - 1]) ** 2;
        this.rwCount++;
      }
    }
    z.push(y);
    e.push(innovation);
    this.lastT = t;
    this.path = Airline.empty();
    if (++this.sinceFit >= m && z.length - m - 1 >= 2 * m) this.refit(40);
  }

  /**
   * θ and Θ by conditional sum of squares on the last FIT_YEARS years (Nelder–Mead from the current values,
   * at most `evaluations` sums), then the innovations of the whole history filtered again with them.
   */
  refit(evaluations = 200): void {
    const { z, m } = this;
    const n = z.length;
    if (n - m - 1 < 2 * m) return;
    const from = math.max(0, n - FIT_YEARS * m - m - 1);
    const y = Float64Array.from(z);
    const e = new Float64Array(n);
    const css = (theta: number, big: number, start: number): number => {
      let sse = 0;
      const both = theta * big;
      for (let s = start + m + 1; s < n; s++) {
        const r = y[s] - y[s - 1] - y[s - m] + y[s - m - 1] - theta * e[s - 1] - big * e[s - m] - both * e[s - m - 1];
        e[s] = r;
        sse += r * r;
      }
      return sse;
    };
    const count = n - from - m - 1;
    const best = nelderMead(
      (x) => count * math.log(css(math.tanh(x[0]), math.tanh(x[1]), from) + 1e-300),
      [math.atanh(this.theta), math.atanh(this.seasonalTheta)],
      [0.3, 0.3],
      evaluations,
    );
    this.theta = math.tanh(best[0]);
    this.seasonalTheta = math.tanh(best[1]);
    e.fill(0);
    this.sse = css(this.theta, this.seasonalTheta, from);
    this.residuals = count;
    if (from > 0) {
      e.fill(0);
      css(this.theta, this.seasonalTheta, 0);
    }
    for (let s = 0; s < n; s++) this.e[s] = e[s];
    this.estimated = 2;
    this.sinceFit = 0;
    this.path = Airline.empty();
  }

  /** Whether the airline recursion forecasts (else the random walk does). */
  private ready(): boolean {
    return this.z.length > this.m && this.residuals > this.estimated;
  }

  /**
   * The forecasts k = 1 … h periods ahead, grown on demand (cleared by `update` and a fit): the recursion's
   * mean (the last value before m + 1 points), and running sums for `predict` and `predictTotal` — of the
   * means forecast, of ψ_j² and of Ψ_i² (a random walk's ψ = 1 before the recursion is ready).
   */
  private grow(h: number): Readonly<Record<'mean' | 'sum' | 'square' | 'total', number[]>> {
    const { z, e, m, theta, seasonalTheta: big, path: f } = this;
    const n = z.length;
    const ready = this.ready();
    const value = (i: number): number => (i < n ? z[i] : f.mean[i - n]);
    const shock = (i: number): number => (i < n ? e[i] : 0);
    const psi = (i: number): number => (i < 0 ? 0 : f.psi[i]);
    for (let k = f.mean.length; k < h; k++) {
      const s = n + k;
      const mean = n > m ? value(s - 1) + value(s - m) - value(s - m - 1) + theta * shock(s - 1) + big * shock(s - m) + theta * big * shock(s - m - 1) : z[n - 1];
      const w = ready ? (k === 0 ? 1 : k === 1 ? theta : k === m ? big : k === m + 1 ? theta * big : 0) + psi(k - 1) + psi(k - m) - psi(k - m - 1) : 1;
      const cumulative = (k ? f.cumulative[k - 1] : 0) + w;
      f.mean.push(mean);
      f.psi.push(w);
      f.cumulative.push(cumulative);
      f.sum.push((k ? f.sum[k - 1] : 0) + (ready ? mean : z[n - 1]));
      f.square.push((k ? f.square[k - 1] : 0) + w * w);
      f.total.push((k ? f.total[k - 1] : 0) + cumulative * cumulative);
    }
    return f;
  }

  private noise(): { sigma2: number; df: number } | null {
    const ready = this.ready();
    const df = ready ? this.residuals - this.estimated : this.rwCount;
    if (df < 1) return null;
    return { sigma2: math.max((ready ? this.sse : this.rwSse) / df, 1e-300), df };
  }

  predict(t: number): Predictive | null {
    const k = t - this.lastT;
    const noise = this.noise();
    if (!noise || k < 1) return null;
    const f = this.grow(k);
    return { mean: this.ready() ? f.mean[k - 1] : this.z[this.z.length - 1], variance: noise.sigma2 * f.square[k - 1], df: noise.df, sigma2: noise.sigma2 };
  }

  predictTotal(h: number): Predictive | null {
    const noise = this.noise();
    if (!noise || h < 1) return null;
    const f = this.grow(h);
    return { mean: f.sum[h - 1], variance: noise.sigma2 * f.total[h - 1], df: noise.df, sigma2: noise.sigma2 };
  }
}
