/**
 * review16: the shipped examples are what today's add-on and writer produce. `npm run examples` used to compare cells
 * only, so a change of the writer's styles (number formats, fonts) never reached examples/*.xlsx; it now compares the
 * package parts, and this test regenerates both examples as of the date they carry and finds no part that differs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { EXAMPLES, generateExamples, sameParts } from '../../src/local/examples/generate';
import { ROOT } from '../../src/local/build/build';

const work = mkdtempSync(path.join(tmpdir(), 'smart-examples-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function createdOn(file: string): Promise<string> {
  const core = await (await JSZip.loadAsync(readFileSync(file))).file('docProps/core.xml')!.async('string');
  const date = /<dcterms:created[^>]*>(\d{4}-\d{2}-\d{2})T/.exec(core)?.[1];
  if (!date) throw new Error(`no creation date in ${file}`);
  return date;
}

it('examples/*.xlsx are what `npm run examples` writes today, as of the date they carry', async () => {
  const shipped = EXAMPLES.map((example) => path.join(ROOT, 'examples', example.file));
  const today = await createdOn(shipped[0]);
  const written = await generateExamples(today, work);
  expect(written.map((file) => path.basename(file))).toEqual(EXAMPLES.map((example) => example.file));
  for (const [index, file] of written.entries()) expect([path.basename(file), await sameParts(readFileSync(shipped[index]), readFileSync(file))]).toEqual([path.basename(file), true]);
});

it('a second run leaves files whose parts would not change alone, and rewrites one whose styles differ', async () => {
  expect(await generateExamples('2026-11-26', work)).toEqual([]);
  // The same cells with another styles part: written again (cells alone would have called it up to date).
  const file = path.join(work, EXAMPLES[0].file);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  zip.file('xl/styles.xml', styles.replace('<name val="Arial"/>', '<name val="Calibri"/>'));
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  expect(await generateExamples('2026-11-26', work)).toEqual([file]);
});

it('the example’s goal statements wrap in their column, the rows of long ones as tall as their lines', async () => {
  const ExcelJS = (await import('exceljs')).default;
  for (const example of EXAMPLES) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(path.join(ROOT, 'examples', example.file)) as unknown as ArrayBuffer);
    const goals = book.worksheets[0];
    // G3, the churn goal of the article (about 200 characters), in a 460-px column: three lines, 21 + 2 × 15 px.
    const churn = goals.getRow(4);
    expect([example.file, goals.getCell('B4').alignment?.wrapText, churn.height]).toEqual([example.file, true, ((21 + 2 * 15) * 3) / 4]);
    // A statement that fits one line keeps the default height (the English G1); the French G1 takes two lines.
    expect([example.file, goals.getRow(2).height ?? 15]).toEqual([example.file, example.file === 'sales-goals.xlsx' ? 15 : ((21 + 15) * 3) / 4]);
  }
});
