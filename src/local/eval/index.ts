/**
 * `npm run eval [-- name…]`: accuracy and calibration reports. Each report
 * registers here; with no name every report runs.
 */
const REPORTS: Record<string, () => Promise<void>> = {
  calibration: async () => (await import('./calibration')).run(),
  statements: async () => (await import('./statement')).run(),
};

async function main(): Promise<void> {
  // Bare words name entries; an option's value (`--seed 7`) is left for the entries to read.
  const args = process.argv.slice(2);
  const wanted: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && i + 1 < args.length && !args[i + 1].startsWith('-') && !Object.prototype.hasOwnProperty.call(REPORTS, args[i + 1])) i++;
    } else wanted.push(arg);
  }
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
