/**
 * `npm run examples [-- --today YYYY-MM-DD]`: builds the add-on, then runs
 * its own "Insert example workbook" on an empty emulated spreadsheet and
 * saves the result, so the shipped example is exactly what the menu inserts:
 *   examples/sales-goals.xlsx          (English, en_US)
 *   examples/objectifs-commerciaux.xlsx (French, fr_FR)
 * The history is seeded: the same --today gives the same workbook, and a file
 * whose package parts would not change is left untouched (xlsx zips carry write
 * times, so rewriting it would dirty the tree for nothing). Parts, not cells: a
 * change of the writer's styles (a number format, the base font) must reach
 * the shipped files too — comparing cells alone kept stale styles in them. The
 * files carry no hidden emulator state sheet: they are meant to be opened in
 * Sheets or Excel.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, ROOT } from '../build/build';
import { parseArgs, localToday } from '../cli/io';
import JSZip from 'jszip';
import { createEmulator, toXlsxBuffer } from '../emulator';
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
    const buffer = await toXlsxBuffer(emulator, { state: false, timestamp: new Date(`${today}T00:00:00Z`) });
    if (existsSync(file) && (await sameParts(readFileSync(file), buffer))) continue;
    await writeFile(file, buffer);
    written.push(file);
  }
  return written;
}

/** True when two .xlsx packages hold the same parts with the same bytes (their zip entries' dates aside). */
export async function sameParts(a: Buffer, b: Buffer): Promise<boolean> {
  let zipA: JSZip;
  let zipB: JSZip;
  try {
    [zipA, zipB] = await Promise.all([JSZip.loadAsync(a), JSZip.loadAsync(b)]);
  } catch {
    return false;
  }
  const names = (zip: JSZip): string[] => Object.keys(zip.files).filter((name) => !zip.files[name].dir).sort();
  const namesA = names(zipA);
  if (namesA.join('\n') !== names(zipB).join('\n')) return false;
  for (const name of namesA) {
    const [partA, partB] = await Promise.all([zipA.files[name].async('nodebuffer'), zipB.files[name].async('nodebuffer')]);
    if (!partA.equals(partB)) return false;
  }
  return true;
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
