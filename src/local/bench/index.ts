/**
 * `npm run bench [-- name…]`: speed and memory figures (printed, never asserted). Each benchmark
 * registers here; with no name every benchmark runs.
 */
import { runMain, runNamed } from '../named-runs';

const BENCHES: Record<string, () => Promise<void>> = {
  achievability: async () => (await import('./achievability')).run(),
  horizon: async () => (await import('./horizon')).run(),
  statements: async () => (await import('./statement')).run(),
  emulator: async () => (await import('../emulator/bench')).run(),
  workbook: async () => (await import('./workbook')).run(),
  sidebar: async () => (await import('./sidebar')).run(),
  family: async () => (await import('./family')).run(),
  drivers: async () => (await import('./drivers')).run(),
};

runMain(() => runNamed(BENCHES, 'benchmark'));
