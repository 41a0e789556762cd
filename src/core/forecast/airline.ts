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
  /** Forecast means of the next periods (cleared by `update`) and the psi-weights (cleared by a fit). */
  private path: number[] = [];
  private psi: number[] = [];

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
        z.push(this.mean(1));
        e.push(0);
        this.path = [];
      }
      if (z.length > m) {
        innovation = y - this.mean(1);
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
    this.path = [];
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
    this.path = [];
    this.psi = [];
  }

  /** Whether the airline recursion forecasts (else the random walk does). */
  private ready(): boolean {
    return this.z.length > this.m && this.residuals > this.estimated;
  }

  /** Mean forecast k periods after the last point (the path grown on demand). */
  private mean(k: number): number {
    const { z, e, m, path } = this;
    const n = z.length;
    if (!(n > m)) return z[n - 1];
    const value = (s: number): number => (s < n ? z[s] : path[s - n]);
    const innovation = (s: number): number => (s < n ? e[s] : 0);
    for (let s = n + path.length; s < n + k; s++) {
      path.push(
        value(s - 1) + value(s - m) - value(s - m - 1) + this.theta * innovation(s - 1) + this.seasonalTheta * innovation(s - m) + this.theta * this.seasonalTheta * innovation(s - m - 1),
      );
    }
    return path[k - 1];
  }

  /** ψ_j (a random walk's 1s before the airline recursion is ready). */
  private weight(j: number): number {
    if (!this.ready()) return 1;
    const { psi, m } = this;
    const ma = (i: number): number => (i === 0 ? 1 : i === 1 ? this.theta : i === m ? this.seasonalTheta : i === m + 1 ? this.theta * this.seasonalTheta : 0);
    const at = (i: number): number => (i < 0 ? 0 : psi[i]);
    for (let i = psi.length; i <= j; i++) psi.push(ma(i) + at(i - 1) + at(i - m) - at(i - m - 1));
    return psi[j];
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
    let sum = 0;
    for (let j = 0; j < k; j++) sum += this.weight(j) ** 2;
    return { mean: this.ready() ? this.mean(k) : this.z[this.z.length - 1], variance: noise.sigma2 * sum, df: noise.df, sigma2: noise.sigma2 };
  }

  predictTotal(h: number): Predictive | null {
    const noise = this.noise();
    if (!noise || h < 1) return null;
    let mean = 0;
    let cumulative = 0;
    let sum = 0;
    for (let k = 1; k <= h; k++) {
      mean += this.ready() ? this.mean(k) : this.z[this.z.length - 1];
      cumulative += this.weight(k - 1);
      sum += cumulative * cumulative;
    }
    return { mean, variance: noise.sigma2 * sum, df: noise.df, sigma2: noise.sigma2 };
  }
}
