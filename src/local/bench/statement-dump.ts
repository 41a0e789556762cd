/**
 * `tsx src/local/bench/statement-dump.ts [--code dist/Code.js] [--out dump.jsonl] [--no-core] [--variants N]`: the
 * analyser's output on every readable fixture statement (the held-out sets skipped: `statement-texts.ts`), or on N
 * statements generated from them (`statement-variants.ts`), one JSON line each, to diff before and after a speed change
 * (the output must not move).
 * Each text is analysed with two `today` values, through the built bundle's `smartAnalyze` with French and with English
 * messages (score, criteria, fields), its `SMARTPARSE` row, and through the core's `analyzeStatement` (every field of a
 * StatementAnalysis, the ones the bundle does not expose included: start, totalOver, impossibleDate…).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement } from '../../core/statement';
import { CODE_PATH, loadAddon } from '../runtime';
import { readableFixtureTexts } from './statement-texts';
import { statementVariants } from './statement-variants';
import { COMPARISON_TODAYS, option } from './argv';

const TODAYS = COMPARISON_TODAYS;

function main(argv: readonly string[]): void {
  const codePath = path.resolve(option(argv, '--code') ?? CODE_PATH);
  const out = option(argv, '--out');
  const withCore = !argv.includes('--no-core');
  // `--variants N`: N generated statements (statement-variants.ts) instead of the fixture texts.
  const variants = Number(option(argv, '--variants') ?? '0');
  const fixtures = readableFixtureTexts();
  const texts = variants > 0 ? statementVariants(fixtures, variants) : fixtures;
  const globals = (locale: string): Record<string, unknown> => ({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
  });
  const fr = loadAddon(globals('fr_FR'), codePath);
  const en = loadAddon(globals('en_US'), codePath);
  const lines: string[] = [];
  // A generated statement may be one the add-on refuses (a deadline past 9999 read from a swapped number): its message
  // is the output then, compared like any other. The variants are read with the first day only (four analyses each).
  const days = variants > 0 ? TODAYS.slice(0, 1) : TODAYS;
  const outcome = (read: () => unknown): unknown => {
    try {
      return read();
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  for (const text of texts) {
    for (const today of days) {
      const record = {
        text,
        today,
        fr: outcome(() => fr.call('smartAnalyze', text, today, 'fr')),
        en: outcome(() => en.call('smartAnalyze', text, today, 'en')),
        parse: outcome(() => en.call('SMARTPARSE', text, today)),
        core: withCore ? outcome(() => analyzeStatement(text, { asOf: today })) : undefined,
      };
      lines.push(JSON.stringify(record));
    }
  }
  const body = `${lines.join('\n')}\n`;
  if (out) writeFileSync(out, body);
  else process.stdout.write(body);
  console.error(`${lines.length} records (${lines.length / days.length} texts × ${days.length} days) from ${path.relative(process.cwd(), codePath)}`);
}

main(process.argv.slice(2));
