/**
 * `npm run eval -- bottomup [--seed=N] [--n=N]`: calibration of the bottom-up
 * probability (BOTTOMUP) against the top-down one (ACHIEVABILITY on the goal
 * KPI's own history), both through the BUILT bundle, on simulated weekly
 * funnels where the truth is known by Monte Carlo from the true processes.
 *
 * revenue per week = leads × conversion rate × close rate × deal size, and the
 * goal is revenue booked over the next 13 weeks. Targets sit at the true
 * outcome's 5/25/50/75/95 % quantiles, so the true probability of each is
 * known (up to the Monte Carlo error of the quantile, ≈ 0.01).
 *
 * Families:
 * - independent: each driver its own dynamics (leads trending, rates and size mean-reverting);
 * - correlated: one demand shock moves leads and conversion together (ρ ≈ 0.8);
 * - headcount-step: leads jumped 40 % eight weeks ago (new reps), the rest independent;
 * - uninformative: every driver is noise around a constant: the drivers tell
 *   nothing the revenue history does not (bottom-up must not be worse by more than noise).
 */
import { addPeriods } from '../../core/dates';
import { loadAddon, type LoadedAddon } from '../runtime';
import { makeRng, type Rng as SimRng } from './calibration';

type Family = 'independent' | 'correlated' | 'headcount-step' | 'uninformative';
const FAMILIES: readonly Family[] = ['independent', 'correlated', 'headcount-step', 'uninformative'];
const START = '2024-01-01';
const WEEKS = 78;
const HORIZON = 13;
const TRUE_PATHS = 3000;
const QUANTILES = [0.05, 0.25, 0.5, 0.75, 0.95];

interface State {
  logLeads: number;
  leadsTrend: number;
  conv: number;
  close: number;
  logSize: number;
  week: number;
}

const logistic = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

interface Params {
  family: Family;
  convMean: number;
  closeMean: number;
  sizeMean: number;
  stepWeek: number;
}

/** One week: advances the state and returns the observed drivers. */
function step(s: State, p: Params, r: SimRng): { leads: number; conv: number; close: number; size: number } {
  const demand = r.normal();
  if (p.family === 'uninformative') {
    s.week++;
    return { leads: r.poisson(Math.exp(s.logLeads)), conv: logistic(logit(p.convMean) + 0.08 * r.normal()), close: logistic(logit(p.closeMean) + 0.08 * r.normal()), size: Math.exp(Math.log(p.sizeMean) + 0.05 * r.normal()) };
  }
  s.logLeads += s.leadsTrend + 0.04 * demand;
  if (p.family === 'headcount-step' && s.week === p.stepWeek) s.logLeads += Math.log(1.4);
  const convShock = p.family === 'correlated' ? 0.8 * demand + 0.6 * r.normal() : r.normal();
  s.conv = 0.8 * s.conv + 0.2 * logit(p.convMean) + 0.12 * convShock;
  s.close = 0.8 * s.close + 0.2 * logit(p.closeMean) + 0.12 * r.normal();
  s.logSize = 0.85 * s.logSize + 0.15 * Math.log(p.sizeMean) + 0.04 * r.normal();
  s.week++;
  return { leads: r.poisson(Math.exp(s.logLeads)), conv: logistic(s.conv), close: logistic(s.close), size: Math.exp(s.logSize) };
}

interface Case {
  family: Family;
  drivers: unknown[][];
  revenue: unknown[][];
  today: string;
  deadline: string;
  targets: number[];
}

function simulate(family: Family, seed: number): Case {
  const r = makeRng(seed);
  const p: Params = { family, convMean: 0.2 + 0.2 * r.uniform(), closeMean: 0.15 + 0.2 * r.uniform(), sizeMean: 2000 + 8000 * r.uniform(), stepWeek: WEEKS - 8 };
  const s: State = { logLeads: Math.log(60 + 100 * r.uniform()), leadsTrend: family === 'uninformative' ? 0 : 0.004 * r.normal(), conv: logit(p.convMean), close: logit(p.closeMean), logSize: Math.log(p.sizeMean), week: 0 };
  const drivers: unknown[][] = [['Week', 'Leads', 'Conversion rate', 'Close rate', 'Average deal size']];
  const revenue: unknown[][] = [];
  for (let w = 0; w < WEEKS; w++) {
    const d = step(s, p, r);
    const date = addPeriods(START, 'week', w);
    const size = Math.round(d.size * 100) / 100;
    drivers.push([date, d.leads, d.conv, d.close, size]);
    revenue.push([date, d.leads * d.conv * d.close * size]);
  }
  const outcomes: number[] = [];
  for (let k = 0; k < TRUE_PATHS; k++) {
    const copy = { ...s };
    let total = 0;
    for (let h = 0; h < HORIZON; h++) {
      const d = step(copy, p, r);
      total += d.leads * d.conv * d.close * d.size;
    }
    outcomes.push(total);
  }
  outcomes.sort((a, b) => a - b);
  const today = addPeriods(START, 'week', WEEKS - 1);
  return { family, drivers, revenue, today, deadline: addPeriods(today, 'week', HORIZON), targets: QUANTILES.map((q) => outcomes[Math.floor(q * TRUE_PATHS)]) };
}

function probabilities(value: unknown): number[] {
  if (!Array.isArray(value)) throw new Error(`not a column: ${String(value)}`);
  return value.map((row) => {
    const cell = (row as unknown[])[0];
    if (typeof cell !== 'number') throw new Error(`not a probability: ${String(cell)}`);
    return cell;
  });
}

function option(name: string, fallback: number): number {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const i = process.argv.indexOf(`--${name}`);
  const text = arg ? arg.split('=')[1] : i >= 0 ? process.argv[i + 1] : undefined;
  const value = Number(text);
  return text !== undefined && Number.isInteger(value) && value > 0 ? value : fallback;
}

export async function run(): Promise<void> {
  const seed = option('seed', 1);
  const perFamily = option('n', 30);
  const addon: LoadedAddon = loadAddon({ SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) } });
  console.log(`Bottom-up calibration (BOTTOMUP vs ACHIEVABILITY through dist/Code.js; seed ${seed}, ${perFamily} funnels per family, ${QUANTILES.length} targets each, 13-week revenue total)`);
  console.log('mean |p − true p|:');
  console.log(`  ${'family'.padEnd(16)} ${'bottom-up'.padStart(10)} ${'top-down'.padStart(10)}   (± Monte Carlo noise of the truth ≈ 0.01)`);
  let allBottom = 0;
  let allTop = 0;
  let count = 0;
  for (const [f, family] of FAMILIES.entries()) {
    let bottom = 0;
    let top = 0;
    let n = 0;
    for (let i = 0; i < perFamily; i++) {
      const c = simulate(family, seed * 100_003 + f * 10_007 + i);
      const column = c.targets.map((target) => [target]);
      const bu = probabilities(addon.call('BOTTOMUP', column, c.deadline, c.drivers, c.today));
      const td = probabilities(addon.call('ACHIEVABILITY', c.revenue, column, c.deadline, c.today, 'increase', 'total'));
      QUANTILES.forEach((q, k) => {
        bottom += Math.abs(bu[k] - (1 - q));
        top += Math.abs(td[k] - (1 - q));
        n++;
      });
    }
    console.log(`  ${family.padEnd(16)} ${(bottom / n).toFixed(3).padStart(10)} ${(top / n).toFixed(3).padStart(10)}`);
    allBottom += bottom;
    allTop += top;
    count += n;
  }
  console.log(`  ${'overall'.padEnd(16)} ${(allBottom / count).toFixed(3).padStart(10)} ${(allTop / count).toFixed(3).padStart(10)}`);
}

if (require.main === module) void run();
