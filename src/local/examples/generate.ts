/**
 * `npm run examples [-- --today YYYY-MM-DD]`: builds the add-on, then runs
 * its own "Insert example workbook" on an empty emulated spreadsheet and
 * saves the result, so the shipped example is exactly what the menu inserts:
 *   examples/sales-goals.xlsx          (English, en_US)
 *   examples/objectifs-commerciaux.xlsx (French, fr_FR)
 * The history is seeded: the same --today gives the same workbook, and a file
 * whose cells would not change is left untouched (xlsx zips carry write times,
 * so rewriting it would dirty the tree for nothing). The files carry no hidden
 * emulator state sheet: they are meant to be opened in Sheets or Excel.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { build, ROOT } from '../build/build';
import { parseArgs, localToday } from '../cli/io';
import { createEmulator, diffSnapshots, loadXlsx, saveXlsx, snapshotCells } from '../emulator';
import { clearAddonCache, loadAddon } from '../runtime';

export const EXAMPLES = [
  { file: 'sales-goals.xlsx', locale: 'en_US', userLocale: 'en', name: 'SMART sales goals (example)' },
  { file: 'objectifs-commerciaux.xlsx', locale: 'fr_FR', userLocale: 'fr', name: 'Objectifs commerciaux SMART (exemple)' },
] as const;

export async function generateExamples(today: string, outDir = path.join(ROOT, 'examples')): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const example of EXAMPLES) {
    const emulator = createEmulator({ spreadsheetLocale: example.locale, userLocale: example.userLocale, name: example.name, firstSheetName: null });
    const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: today });
    emulator.runExecution(() => addon.call('insertExampleWorkbook'));
    const file = path.join(outDir, example.file);
    if (existsSync(file) && diffSnapshots(snapshotCells((await loadXlsx(file)).spreadsheet), snapshotCells(emulator.spreadsheet)).length === 0) continue;
    await saveXlsx(emulator, file, { state: false, timestamp: new Date(`${today}T00:00:00Z`) });
    written.push(file);
  }
  return written;
}

async function main(): Promise<void> {
  const { options } = parseArgs(process.argv.slice(2));
  const today = typeof options.today === 'string' ? options.today : localToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`--today must be YYYY-MM-DD, got "${today}"`);
  await build({ minify: false, quiet: true });
  clearAddonCache();
  const written = await generateExamples(today);
  for (const file of written) console.log(`${path.relative(process.cwd(), file)}  (as of ${today})`);
  if (written.length === 0) console.log(`examples/ already up to date (as of ${today})`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
