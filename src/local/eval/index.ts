/**
 * `npm run eval [-- name…]`: accuracy and calibration reports. Each report
 * registers here; with no name every report runs.
 */
import { runMain, runNamed } from '../named-runs';

const REPORTS: Record<string, () => Promise<void>> = {
  calibration: async () => (await import('./calibration')).run(),
  statements: async () => (await import('./statement')).run(),
  bottomup: async () => (await import('./bottomup')).run(),
  backtest: async () => (await import('./backtest')).run(),
  spread: async () => (await import('./spread')).run(),
  bias: async () => (await import('./bias')).run(),
  tails: async () => (await import('./tails')).run(),
  bundles: async () => (await import('./bundles')).run(),
  glossary: async () => (await import('./glossary')).run(),
  headers: async () => (await import('./headers')).run(),
  agreement: async () => (await import('./agreement')).run(),
  'kpi-model': async () => (await import('./kpi-model')).run(),
};

runMain(() => runNamed(REPORTS, 'report'));
