/**
 * `npx tsx src/local/eval/kpi-sector-check.ts`: a design check of the sector lexicon (src/core/statement/sector-nouns.ts,
 * lex44) on the first-run misses of the OPENED sets real30–real39: each set's first-run `src/core` (first-run.json's
 * note) is bundled twice — as it was, and with today's sector-nouns.ts and object.ts's `sectorKpi` and
 * `countedSectorNoun` patched in (with today's text.ts helpers) — and both
 * read the set with today's labels. Prints, per set and per hand-coded cause (kpi-transfer-causes.json), the first-run
 * KPI misses the lexicon fixes and the lines it breaks.
 *
 * WHY: xfer43 found 75 of those 184 misses were a sector's own noun; the lexicon was written to reach such nouns in sets
 * nobody had read. This asks whether it would have, at each set's first run — a design check, not a blind figure: these
 * sets were opened before the lexicon was written (its words come from a taxonomy walk, not from their lines).
 * Held-out sets (real40 onward) are never read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/statements');
const OPENED = [30, 31, 32, 33, 34, 35, 36, 37, 38, 39].map((n) => `real${n}-heldout.jsonl`);
/** Where object.ts reads a head the catalog does not rate, in every first-run version since real30's. */
const ANCHOR = '  // A rate of something the catalog does not rate';
const SECTOR_CALL = '  const sector = inside.length === 0 ? sectorKpi(o) : undefined;\n  if (sector !== undefined) return result(sector);\n';
/** The two places where today's objectKpi falls back to a counted sector noun (no object, or an object that says nothing). */
const NO_OBJECT = '  if (!read) return undefined;';
const LAST_RETURN = "result('prospecting') : undefined;";
const FALLBACK = 'picked || mentions.length > 0 ? undefined : countedSectorNoun(folded, catalog)';

interface Row {
  text: string;
  today: string;
  kpi: string | null;
}
type Analyze = (text: string, options: { asOf: string }) => { kpi: string | null };

/** Today's `sectorKpi` and the constant it uses, cut from object.ts (from SALE_VERB_BEFORE's comment to SIGNUP_CHANNEL's). */
function todaysSectorKpi(): string {
  const source = readFileSync(path.join(ROOT, 'src/core/statement/object.ts'), 'utf8');
  const start = source.indexOf('/** A verb of sale, delivery or booking');
  const end = source.indexOf('/** Channels sign-ups come through');
  if (start < 0 || end < start) throw new Error('object.ts: sectorKpi not found');
  return source.slice(start, end);
}

function bundle(commit: string, work: string, patched: boolean): Analyze {
  const dir = path.join(work, `${commit.slice(0, 10)}-${patched ? 'lex' : 'plain'}`);
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} src/core | tar -x -C ${dir}`], { cwd: ROOT });
  if (patched) {
    const objectFile = path.join(dir, 'src/core/statement/object.ts');
    let object = readFileSync(objectFile, 'utf8');
    if (!object.includes(ANCHOR)) throw new Error(`${commit}: object.ts has no anchor`);
    if (!object.includes(NO_OBJECT) || !object.includes(LAST_RETURN)) throw new Error(`${commit}: object.ts has no fallback`);
    object = object.replace(ANCHOR, `${SECTOR_CALL}${ANCHOR}`).replace(NO_OBJECT, `  if (!read) return ${FALLBACK};`).replace(LAST_RETURN, `result('prospecting') : ${FALLBACK};`);
    // Today's helpers from today's text.ts (older versions lack textBefore / textAfter), under names of their own.
    const helpers = todaysSectorKpi().replace(/\bnumberWord\(/g, 'lexNumberWord(').replace(/\btextBefore\(/g, 'lexTextBefore(').replace(/\btextAfter\(/g, 'lexTextAfter(');
    object = `import { sectorNoun } from './sector-nouns';\nimport { numberWord as lexNumberWord, textAfter as lexTextAfter, textBefore as lexTextBefore } from './lex-text';\n${object}\n${helpers}`;
    writeFileSync(objectFile, object);
    writeFileSync(path.join(dir, 'src/core/statement/lex-text.ts'), readFileSync(path.join(ROOT, 'src/core/statement/text.ts'), 'utf8'));
    writeFileSync(path.join(dir, 'src/core/statement/sector-nouns.ts'), readFileSync(path.join(ROOT, 'src/core/statement/sector-nouns.ts'), 'utf8'));
  }
  const entry = path.join(dir, 'entry.ts');
  writeFileSync(entry, "export { analyzeStatement } from './src/core/statement';\n");
  const out = path.join(dir, 'core.cjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(out) as { analyzeStatement: Analyze }).analyzeStatement;
}

function main(): void {
  const firstRun = JSON.parse(readFileSync(path.join(FIXTURES, 'first-run.json'), 'utf8')) as Record<string, { note: string }>;
  const causes = (JSON.parse(readFileSync(path.join(FIXTURES, 'kpi-transfer-causes.json'), 'utf8')) as { causes: Record<string, Record<string, string>> }).causes;
  const work = path.join(os.tmpdir(), `kpi-sector-check-${process.pid}`);
  const byCause = new Map<string, { misses: number; fixed: number }>();
  let broken = 0;
  for (const set of OPENED) {
    const sha = /code of ([0-9a-f]{7,40})/.exec(firstRun[set]?.note ?? '')?.[1];
    if (!sha) throw new Error(`${set}: no first-run commit`);
    const rows = readFileSync(path.join(FIXTURES, set), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row);
    const plain = bundle(sha, work, false);
    const lex = bundle(sha, work, true);
    const fixedLines: string[] = [];
    const brokenLines: string[] = [];
    rows.forEach((r, i) => {
      const before = plain(r.text, { asOf: r.today }).kpi;
      const after = lex(r.text, { asOf: r.today }).kpi;
      const cause = (causes[set]?.[String(i + 1)] ?? '?').split(':')[0] ?? '?';
      if (before !== r.kpi) {
        const entry = byCause.get(cause) ?? { misses: 0, fixed: 0 };
        entry.misses++;
        if (after === r.kpi) {
          entry.fixed++;
          fixedLines.push(`${i + 1} (${cause}: ${String(before)} → ${String(after)})`);
        }
        byCause.set(cause, entry);
      } else if (after !== r.kpi) {
        broken++;
        brokenLines.push(`${i + 1} (${String(before)} → ${String(after)})`);
      }
    });
    console.log(`${set.replace('-heldout.jsonl', '')} at ${sha}: fixed ${fixedLines.join(', ') || 'none'}; broken ${brokenLines.join(', ') || 'none'}`);
  }
  rmSync(work, { recursive: true, force: true });
  console.log('\ncause  first-run misses  fixed by the lexicon');
  for (const [cause, { misses, fixed }] of [...byCause].sort()) console.log(`${cause.padEnd(6)} ${String(misses).padStart(17)}  ${String(fixed).padStart(19)}`);
  console.log(`lines read right at their first run that the lexicon breaks: ${broken}`);
}

if (require.main === module) main();
