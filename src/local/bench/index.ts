/**
 * `npm run bench [-- name…]`: speed and memory figures (printed, never asserted). Each benchmark
 * registers here; with no name every benchmark runs.
 */
const BENCHES: Record<string, () => Promise<void>> = {
  achievability: async () => (await import('./achievability')).run(),
  statements: async () => (await import('./statement')).run(),
  emulator: async () => (await import('../emulator/bench')).run(),
  workbook: async () => (await import('./workbook')).run(),
  sidebar: async () => (await import('./sidebar')).run(),
};

async function main(): Promise<void> {
  // Bare words name entries; an option's value (`--seed 7`) is left for the entries to read.
  const args = process.argv.slice(2);
  const wanted: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && i + 1 < args.length && !args[i + 1].startsWith('-') && !Object.prototype.hasOwnProperty.call(BENCHES, args[i + 1])) i++;
    } else wanted.push(arg);
  }
  const names = wanted.length > 0 ? wanted : Object.keys(BENCHES);
  for (const name of names) {
    const run = BENCHES[name];
    if (!run) throw new Error(`Unknown benchmark "${name}". Known: ${Object.keys(BENCHES).join(', ')}`);
    await run();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

export {};
