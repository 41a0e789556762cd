/**
 * `npx tsx src/local/eval/kpi-blind-kinds.ts [--list]`: the kinds of KPI error unseen sets make (kpi61). For every OPENED
 * real set (never real64–real66, held out today; kpi61 held out real58–real61), each line's blind KPI (blind-rules-kpi.json: the rules
 * as they were when the set was committed) is paired with its label; each blind miss is classed A (label null, blind
 * read a KPI), B (label a KPI, blind read none) or C (two KPIs confused), then read again by today's rules (src/core) and,
 * when fixed since, put down to vocabulary or structure:
 * - vocabulary: the catalog's synonyms changed in a way that decides the line — for B/C a synonym of the labelled KPI
 *   matches the text today and none did in the blind snapshot's catalog; for A no synonym of the blind KPI matches today
 *   while one did then;
 * - structure: every other fix (the same catalog words, read differently: clause, modifier, object, counting rules,
 *   including the short context lists those rules carry).
 *
 * WHY: each set is tuned after its first run, so the in-sample figure hides which kinds of error keep coming back on
 * every new set; whether unseen sets fail on words (every set brings new ones) or on structure (a rule that generalises)
 * decides what is worth writing. Needs the git history (loadSnapshot bundles each blind commit's src/core).
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { analyzeStatement } from '../../core/statement';
import { fold } from '../../core/statement/text';
import { BLIND_RULES_FILE, loadSnapshot, type BlindRules } from './kpi-blind-rules';

const ROOT = path.resolve(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/statements');
/** Held out today (kpi61 held out real58–real61; real58, real59, real60 (stmt63), real61 (stmt64), real62 (stmt65) and real63 (stmt66) opened since, real62, real63, real64, real65 and real66 added): never read. */
const HELD_OUT = /^real(?:64|65|66)-/;

interface CatalogLike {
  id: string;
  synonyms: readonly string[] | { en: readonly string[]; fr: readonly string[] };
}

function synonymsOf(entry: CatalogLike): readonly string[] {
  return Array.isArray(entry.synonyms) ? entry.synonyms : [...(entry.synonyms as { en: readonly string[] }).en, ...(entry.synonyms as { fr: readonly string[] }).fr];
}

/** Whether any synonym of `id` in `catalog` occurs in the folded text as whole words (plural s allowed). */
function catalogNames(catalog: readonly CatalogLike[], id: string, folded: string): boolean {
  const entry = catalog.find((k) => k.id === id);
  if (!entry) return false;
  return synonymsOf(entry).some((synonym) => {
    const words = fold(synonym).replace(/[^a-z0-9]+/g, ' ').trim();
    if (words === '') return false;
    return new RegExp(`(?:^|[^a-z0-9])${words.split(' ').join('[^a-z0-9]+')}s?(?![a-z0-9])`).test(folded);
  });
}

type Kind = 'A' | 'B' | 'C';
interface Miss {
  set: string;
  line: number;
  kind: Kind;
  label: string | null;
  blind: string | null;
  today: string | null;
  fix: 'still' | 'vocabulary' | 'structure';
  blindMentions: string;
  text: string;
}

function main(): void {
  const blindRules = JSON.parse(readFileSync(BLIND_RULES_FILE, 'utf8')) as BlindRules;
  const work = path.join(os.tmpdir(), `kpi61-kinds-${process.pid}`);
  const misses: Miss[] = [];
  let lines = 0;
  for (const [set, { commit, kpi: blindKpis }] of Object.entries(blindRules)) {
    if (HELD_OUT.test(set)) continue;
    const snapshot = loadSnapshot(commit, work);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const blindCatalog = (require(path.join(work, commit.slice(0, 10), 'src/core/kpi/catalog')) as { KPI_CATALOG?: CatalogLike[] }).KPI_CATALOG ?? [];
    const rows = readFileSync(path.join(FIXTURES, set), 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as { text: string; today: string; kpi: string | null });
    rows.forEach((row, i) => {
      lines++;
      const blind = blindKpis[i] ?? null;
      if (blind === row.kpi) return;
      const kind: Kind = row.kpi === null ? 'A' : blind === null ? 'B' : 'C';
      const today = analyzeStatement(row.text, { asOf: row.today }).kpi;
      const folded = fold(row.text);
      let fix: Miss['fix'] = 'still';
      if (today === row.kpi) {
        const vocabulary =
          kind === 'A'
            ? blind !== null && catalogNames(blindCatalog, blind, folded) && !catalogNames(KPI_CATALOG, blind, folded)
            : row.kpi !== null && catalogNames(KPI_CATALOG, row.kpi, folded) && !catalogNames(blindCatalog, row.kpi, folded);
        fix = vocabulary ? 'vocabulary' : 'structure';
      }
      const blindMentions = snapshot.findKpis(snapshot.fold(row.text), row.text).map((m) => `${m.id}:${snapshot.fold(row.text).slice(m.start, m.end)}`).join(' ');
      misses.push({ set, line: i + 1, kind, label: row.kpi, blind, today, fix, blindMentions, text: row.text });
    });
  }
  rmSync(work, { recursive: true, force: true });
  const pct = (n: number, d: number): string => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)} %`);
  console.log(`opened sets: ${Object.keys(blindRules).filter((s) => !HELD_OUT.test(s)).length}, lines ${lines}, blind misses ${misses.length}`);
  console.log('kind | count | still missed | fixed by vocabulary | fixed by structure');
  for (const kind of ['A', 'B', 'C'] as const) {
    const of = misses.filter((m) => m.kind === kind);
    const count = (fix: Miss['fix']): string => `${of.filter((m) => m.fix === fix).length} (${pct(of.filter((m) => m.fix === fix).length, of.length)})`;
    console.log(`${kind} | ${of.length} | ${count('still')} | ${count('vocabulary')} | ${count('structure')}`);
  }
  if (process.argv.includes('--list')) {
    for (const m of misses) console.log(JSON.stringify(m));
  }
}

if (require.main === module) main();
