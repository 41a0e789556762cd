/**
 * The statement-analysis workload measured in instructions (repeatable on a shared machine, where wall and CPU time are
 * not): loads a built bundle in a fresh `node:vm` context, as `npm run bench -- statements` does, and runs `smartAnalyze`
 * (analysis + messages) on every readable fixture statement (`statement-texts.ts`), `--passes` times. Run it under callgrind,
 * bundled first so that no TypeScript loader runs under valgrind:
 *
 *   npx esbuild src/local/bench/statement-count.ts --bundle --platform=node --outfile=/tmp/count.cjs
 *   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out node --single-threaded /tmp/count.cjs \
 *     --code dist/Code.js --fixtures test/fixtures/statements --passes 2
 *
 * The per-statement cost is (total at 2 passes − total at 1 pass) / texts (warm), and (1 pass − 0 passes) / texts for the
 * first pass (what a custom-function execution pays: V8 compiling our regexes on their first use); `--passes 0` is load only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { readableFixtureTexts, STATEMENT_FIXTURES } from './statement-texts';
import { option } from './argv';

function main(argv: readonly string[]): void {
  const codePath = path.resolve(option(argv, '--code') ?? 'dist/Code.js');
  const passes = Number(option(argv, '--passes') ?? '1');
  const texts = readableFixtureTexts(path.resolve(option(argv, '--fixtures') ?? STATEMENT_FIXTURES));
  const context = vm.createContext({
    console,
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => 'en_US' }) },
    Session: { getActiveUserLocale: () => 'en' },
  });
  new vm.Script(readFileSync(codePath, 'utf8'), { filename: 'Code.js' }).runInContext(context);
  const analyze = (context as Record<string, (...args: unknown[]) => { score: number }>).smartAnalyze;
  let checksum = 0;
  for (let pass = 0; pass < passes; pass++) for (const text of texts) checksum += analyze(text, '2026-11-26').score;
  console.log(`${texts.length} texts × ${passes} passes, score sum ${checksum}`);
}

main(process.argv.slice(2));
