/**
 * `npm run eval` and `npm run bench` pick entries by name: bare words name
 * entries (none = all); an option's value (`--seed 7`) is left for the
 * entries, which read their own options from process.argv.
 */
export async function runNamed(entries: Readonly<Record<string, () => Promise<void>>>, kind: string): Promise<void> {
  const known = (name: string) => Object.prototype.hasOwnProperty.call(entries, name);
  const args = process.argv.slice(2);
  const wanted: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && i + 1 < args.length && !args[i + 1].startsWith('-') && !known(args[i + 1])) i++;
    } else wanted.push(arg);
  }
  for (const name of wanted) if (!known(name)) throw new Error(`Unknown ${kind} "${name}". Known: ${Object.keys(entries).join(', ')}`);
  for (const name of wanted.length > 0 ? wanted : Object.keys(entries)) await entries[name]();
}

/** Runs `main`, printing only the message of a failure (no stack) and exiting 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
