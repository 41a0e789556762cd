/** The value after `name` in a bench script's arguments (`--code dist/Code.js`), or undefined: shared by the statement dump, hash and count scripts. */
export function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The two as-of days the dump and hash scripts analyse every text on (a Thursday before a year end, a Friday in February), so a date rule's change shows. */
export const COMPARISON_TODAYS = ['2026-11-26', '2025-02-14'];
