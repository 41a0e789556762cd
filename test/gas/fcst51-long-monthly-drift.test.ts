/**
 * fcst51 (issue 11), through the BUILT bundle: a ten-year monthly KPI whose growth tripled over its last two years.
 * ACHIEVABILITY reads a long monthly history's drift off the whole history (as Hyndman's rwf(drift = TRUE), see
 * LONG_MONTHLY_POINTS in src/core/forecast/index.ts), so a target two years out on the last two years' pace is less
 * likely than not; before, the two-year half-life carried that pace on and rated it better than even. A target on
 * the whole history's pace stays likely. The history is built here, its noise from a fixed hash (no random draw).
 */
import { loadAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

function noise(i: number): number {
  const x = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x) - 0.5;
}

/** The last day of the month `k` months after January 2011, as ISO. */
function monthEnd(k: number): string {
  return new Date(Date.UTC(2011, k + 1, 0)).toISOString().slice(0, 10);
}

const N = 120;
const rows: Array<[string, number]> = [];
let value = 1000;
for (let t = 0; t < N; t++) {
  // Drift 2 a month for eight years, 6 a month for the last two, ±12.5 of noise.
  value += (t >= N - 24 ? 6 : 2) + 25 * noise(t);
  rows.push([monthEnd(t), Math.round(value * 100) / 100]);
}
const last = rows[N - 1][1];
const asOf = rows[N - 1][0];
const deadline = monthEnd(N - 1 + 24);

describe.each(['en_US', 'fr_FR'])('a long monthly history’s drift in ACHIEVABILITY (%s)', (locale) => {
  const addon = loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
  const chance = (target: number) => addon.call<number>('ACHIEVABILITY', rows, target, deadline, asOf, 'increase');

  it('rates a target on the last two years’ pace (+6 a month) below even', () => {
    const p = chance(last + 24 * 5.5);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(0.5);
  });

  it('keeps a target on the whole history’s pace (+2.8 a month) likely, and chances ordered by the target', () => {
    const easy = chance(last + 24 * 2);
    expect(easy).toBeGreaterThan(0.5);
    expect(easy).toBeLessThanOrEqual(1);
    expect(chance(last + 24 * 4)).toBeLessThan(easy);
  });
});
