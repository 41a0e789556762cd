/**
 * `npm run eval [-- name…]`: accuracy and calibration reports. Each report
 * registers here; with no name every report runs.
 */
const REPORTS: Record<string, () => Promise<void>> = {
  calibration: async () => (await import('./calibration')).run(),
  statements: async () => (await import('./statement')).run(),
};

async function main(): Promise<void> {
  // Bare words naming a known entry select it; everything else (e.g. --seed 7) is left for the entries to read.
  const wanted = process.argv.slice(2).filter((a) => Object.prototype.hasOwnProperty.call(REPORTS, a));
  const names = wanted.length > 0 ? wanted : Object.keys(REPORTS);
  for (const name of names) {
    const run = REPORTS[name];
    if (!run) throw new Error(`Unknown report "${name}". Known: ${Object.keys(REPORTS).join(', ')}`);
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

export {};
