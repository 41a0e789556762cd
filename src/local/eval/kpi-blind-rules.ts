/**
 * `npx tsx src/local/eval/kpi-blind-rules.ts`: regenerates test/fixtures/statements/blind-rules-kpi.json, the KPI each
 * real set got from the rules AS THEY WERE when that set was first committed (blind to it: no commit adding a real set
 * touched src/core, and every set was labelled before any run of the analyzer on it).
 *
 * WHY: the rules were tuned on every real set after its first run, so scoring today's rules on a left-out set in
 * `npm run eval -- kpi-model` is an in-sample figure; combining a classifier with rules that already know the answer
 * says nothing about unseen sentences. The blind answers let the leave-one-set-out folds compare rules and classifier
 * the way real15 does. Needs the git history (not CI): the eval reads the fixture.
 *
 * For each set: `git archive <commit> src/core`, bundle that snapshot's `analyzeStatement` with esbuild, run it over the
 * set's CURRENT lines (labels as now; texts never changed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { REAL_CORPORA } from './statement';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/statements');
export const BLIND_RULES_FILE = path.join(FIXTURES, 'blind-rules-kpi.json');

export type BlindRules = Record<string, { commit: string; kpi: Array<string | null> }>;

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

/** The pieces of core the KPI rules and the classifier's features use, from one commit. */
export interface SnapshotCore {
  analyzeStatement: (text: string, options: { asOf: string }) => { kpi: string | null };
  fold: (text: string) => string;
  detectLanguage: (folded: string, original: string) => 'fr' | 'en';
  findKpis: (folded: string, original: string) => Array<{ start: number; end: number; id: string; verb?: boolean }>;
  /** Absent before object.ts existed. */
  goalObject?: (folded: string, language: 'fr' | 'en', kpiNouns: ReadonlyArray<{ start: number; end: number }>) => { start: number; end: number; phrase: string; head: string; verb: string | null; after: string; goalIs: boolean } | null;
}

/** The commit that added a fixture set (its rules are blind to it). */
export function blindCommit(set: string): string {
  return git('log', '--diff-filter=A', '--format=%H', '--', `test/fixtures/statements/${set}`).split('\n').pop() ?? '';
}

/** `src/core` at `commit`, bundled with esbuild into `work` and loaded. Needs the git history. */
export function loadSnapshot(commit: string, work: string): SnapshotCore {
  const dir = path.join(work, commit.slice(0, 10));
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} src/core | tar -x -C ${dir}`], { cwd: ROOT });
  const entry = path.join(dir, 'entry.ts');
  const hasObject = existsSync(path.join(dir, 'src/core/statement/object.ts'));
  writeFileSync(
    entry,
    [
      "export { analyzeStatement } from './src/core/statement';",
      "export { findKpis } from './src/core/statement/kpi';",
      "export { fold } from './src/core/statement/text';",
      "export { detectLanguage } from './src/core/statement/language';",
      hasObject ? "export { goalObject } from './src/core/statement/object';" : '',
    ].join('\n'),
  );
  const bundle = path.join(dir, 'core.cjs');
  buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, nodePaths: [path.join(ROOT, 'node_modules')], logLevel: 'error' });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle) as SnapshotCore;
}

function main(): void {
  const out: BlindRules = {};
  const work = path.join(os.tmpdir(), `kpi-blind-rules-${process.pid}`);
  // real15 is the experiment's test set: today's rules are blind to it already, and it is not read here.
  for (const set of REAL_CORPORA.filter((f) => f !== 'real15-heldout.jsonl')) {
    const commit = blindCommit(set);
    if (!commit) continue;
    const { analyzeStatement } = loadSnapshot(commit, work);
    const rows = readFileSync(path.join(FIXTURES, set), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { text: string; today: string; kpi: string | null });
    const kpi = rows.map((r) => analyzeStatement(r.text, { asOf: r.today }).kpi);
    const right = rows.filter((r, i) => r.kpi === kpi[i]).length;
    console.log(`${set.padEnd(24)} rules at ${commit.slice(0, 7)}: KPI ${((100 * right) / rows.length).toFixed(1)} % (${right}/${rows.length})`);
    out[set] = { commit, kpi };
  }
  rmSync(work, { recursive: true, force: true });
  writeFileSync(BLIND_RULES_FILE, `${JSON.stringify(out, null, 0).replace(/\},"/g, '},\n"')}\n`);
}

if (require.main === module) main();
