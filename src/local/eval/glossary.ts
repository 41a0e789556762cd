/**
 * `npm run eval -- glossary [--verbose] [--core]`: how the KPI matcher classifies KPI names copied verbatim
 * from public pages listing/defining sales, marketing, customer-success and SaaS KPIs
 * (test/fixtures/statements/kpi-glossary.jsonl, each labelled by hand with the catalog id it means or null).
 *
 * Each name is measured (a) bare, as a column header or a one-word goal would give it, and (b) inside a template
 * goal sentence: "Increase <name> by 10% by end of Q2 2027" / "Augmenter <le|la|les|l’> <name> de 10 % d’ici fin juin
 * 2027" (the article written by hand on each French line that has none). Both go through the BUILT add-on
 * (dist/Code.js, `smartAnalyze`, as the statements eval does); `--core` measures the TypeScript sources. (c) is the
 * workbook's KPI header matcher (`matchCatalog`, core) on the bare name, reported for comparison.
 *
 * A miss is one of two kinds: a wrong KPI (another id, or an id where no catalog KPI is meant: worse than nothing,
 * as the goal is then judged on the wrong series) and a missed KPI (null where one is meant).
 * A second file, kpi-glossary2-heldout.jsonl (names from other pages), is held out: measured, never tuned on.
 * The first run's figures of each file are in test/fixtures/statements/glossary-first-run.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement } from '../../core/statement';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { matchCatalog } from '../../core/workbook/link';
import { bundleAnalyze, type Analyze } from './statement';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');
export const GLOSSARY_FILE = path.join(FIXTURES, 'kpi-glossary.jsonl');
/** Names from other pages, labelled before any run and measured once after the glossary fixes: never tuned on. */
export const HELDOUT_FILE = path.join(FIXTURES, 'kpi-glossary2-heldout.jsonl');
/**
 * Names of income-statement lines from accounting glossaries (taxes, interest, earnings before/after them), collected
 * and labelled with the review fixes for tax and interest lines, before their first run: a check that those fixes
 * hold on public wordings, not a held-out measure (the fixes came first).
 */
export const ACCOUNTS_FILE = path.join(FIXTURES, 'kpi-glossary3-accounts.jsonl');
const FIRST_RUN_FILE = path.join(FIXTURES, 'glossary-first-run.json');
const TODAY = '2026-12-01';

export interface GlossaryEntry {
  name: string;
  language: 'en' | 'fr';
  kpi: string | null;
  source: string;
  /** French only: the article the template puts before a name written without one. */
  article?: 'le' | 'la' | 'les' | 'l’';
}

export function readGlossary(file: string = GLOSSARY_FILE): GlossaryEntry[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GlossaryEntry);
}

/** A name as it reads inside a sentence: capitalised words lower-cased ("Win Rate" → "win rate"), acronyms kept ("ARR", "CAC Payback" → "CAC payback"). */
function inSentence(name: string): string {
  return name.replace(/(?<![\p{L}\p{N}])\p{Lu}(?=[\p{Ll}’'])/gu, (c) => c.toLowerCase());
}

/** The French noun phrase: the name's own article lower-cased, else the line's article, elided before a vowel or mute h. */
function frenchPhrase(entry: GlossaryEntry): string {
  if (/^(le|la|les|l['’])\s*/i.test(entry.name)) return inSentence(entry.name);
  const article = entry.article ?? 'le';
  const name = inSentence(entry.name);
  if (article === 'l’' || (article !== 'les' && /^[aeiouyhàâéèêëîïôöûü]/i.test(name))) return `l’${name}`;
  return `${article} ${name}`;
}

/** The template goal sentence around a name. */
export function templateSentence(entry: GlossaryEntry): string {
  if (entry.language === 'fr') return `Augmenter ${frenchPhrase(entry)} de 10\u202f% d’ici fin juin 2027`;
  return `Increase ${inSentence(entry.name)} by 10% by end of Q2 2027`;
}

export type Outcome = 'right' | 'wrong' | 'missed';

export function outcome(got: string | null, want: string | null): Outcome {
  if ((got ?? null) === want) return 'right';
  return got === null ? 'missed' : 'wrong';
}

interface Tally {
  right: number;
  wrong: number;
  missed: number;
  total: number;
}

export interface GlossaryResult {
  entry: GlossaryEntry;
  bare: string | null;
  sentence: string | null;
  header: string | null;
}

export function evaluateGlossary(entries: readonly GlossaryEntry[], analyze: Analyze): GlossaryResult[] {
  return entries.map((entry) => ({
    entry,
    bare: (analyze(entry.name, TODAY).kpi as string | null) ?? null,
    sentence: (analyze(templateSentence(entry), TODAY).kpi as string | null) ?? null,
    header: matchCatalog(entry.name, KPI_CATALOG)?.id ?? null,
  }));
}

const MODES = ['bare', 'sentence', 'header'] as const;
type Mode = (typeof MODES)[number];

export function tally(results: readonly GlossaryResult[], mode: Mode, language?: 'en' | 'fr'): Tally {
  const t: Tally = { right: 0, wrong: 0, missed: 0, total: 0 };
  for (const r of results) {
    if (language && r.entry.language !== language) continue;
    t.total++;
    t[outcome(r[mode], r.entry.kpi)]++;
  }
  return t;
}

type FirstRun = { date: string; note?: string } & Partial<Record<`${Mode}.${'en' | 'fr' | 'all'}`, { accuracy: number; wrong: number; missed: number }>>;
/** First-run figures by file name. */
type FirstRuns = Record<string, FirstRun | undefined>;

function pct(n: number, total: number): string {
  return `${((100 * n) / Math.max(1, total)).toFixed(1).padStart(5)} %`;
}

export async function run(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const core = argv.includes('--core');
  const analyze: Analyze = core ? (text, asOf) => analyzeStatement(text, { asOf }) : bundleAnalyze();
  const firstRuns = existsSync(FIRST_RUN_FILE) ? (JSON.parse(readFileSync(FIRST_RUN_FILE, 'utf8')) as FirstRuns) : {};
  console.log(`KPI names from public pages: (a) bare name and (b) template sentence through ${core ? 'the TypeScript sources (--core)' : 'the built add-on (dist/Code.js, smartAnalyze)'}; (c) KPI header matcher (matchCatalog)`);
  for (const file of [GLOSSARY_FILE, HELDOUT_FILE, ACCOUNTS_FILE].filter((f) => existsSync(f))) report(file, evaluateGlossary(readGlossary(file), analyze), firstRuns[path.basename(file)], argv);
}

function report(file: string, results: readonly GlossaryResult[], first: FirstRun | undefined, argv: readonly string[]): void {
  const verbose = argv.includes('--verbose');
  const entries = results.map((r) => r.entry);
  const fr = entries.filter((e) => e.language === 'fr').length;
  console.log(`\n${path.basename(file)}: ${entries.length} KPI names (${fr} FR, ${entries.length - fr} EN; ${entries.filter((e) => e.kpi === null).length} name no catalog KPI)`);
  if (first) console.log(`first run ${first.date}${first.note ? `: ${first.note}` : ''}`);
  const labels: Record<Mode, string> = { bare: '(a) bare', sentence: '(b) sentence', header: '(c) header' };
  console.log(`  ${'mode'.padEnd(13)} ${'lang'.padEnd(4)} ${'accuracy'.padStart(8)} ${'wrong KPI'.padStart(9)} ${'missed'.padStart(7)}${first ? '   first run (acc / wrong / missed)' : ''}`);
  const json: Record<string, { accuracy: number; wrong: number; missed: number }> = {};
  for (const mode of MODES) {
    for (const language of ['en', 'fr', undefined] as const) {
      const t = tally(results, mode, language);
      const key = `${mode}.${language ?? 'all'}` as const;
      json[key] = { accuracy: Math.round((1000 * t.right) / t.total) / 10, wrong: t.wrong, missed: t.missed };
      const before = first?.[key];
      console.log(
        `  ${labels[mode].padEnd(13)} ${(language ?? 'all').padEnd(4)} ${pct(t.right, t.total).padStart(8)} ${String(t.wrong).padStart(9)} ${String(t.missed).padStart(7)}` +
          (before ? `   ${before.accuracy.toFixed(1).padStart(5)} % / ${before.wrong} / ${before.missed}` : '') +
          `  (${t.right}/${t.total})`,
      );
    }
  }
  if (argv.includes('--json')) console.log(JSON.stringify(json));
  if (verbose) {
    for (const mode of MODES) {
      console.log(`\n${labels[mode]} — misses:`);
      for (const r of results) {
        const o = outcome(r[mode], r.entry.kpi);
        if (o !== 'right') console.log(`  [${o}] ${r.entry.language} ${JSON.stringify(mode === 'sentence' ? templateSentence(r.entry) : r.entry.name)}  expected ${r.entry.kpi}  got ${r[mode]}`);
      }
    }
  }
}
