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
  // Bare words naming a known entry select it; everything else (e.g. --seed 7) is left for the entries to read.
  const wanted = process.argv.slice(2).filter((a) => Object.prototype.hasOwnProperty.call(BENCHES, a));
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
