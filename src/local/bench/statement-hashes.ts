/**
 * `tsx src/local/bench/statement-hashes.ts [--code dist/Code.js] [--out hashes.txt] [--variants N]`: one SHA-256 per
 * fixture line of EVERY set (held-out ones included) over what the analyser says of its text, to prove a speed change
 * leaves the output byte-identical. Why hashes and not `statement-dump.ts`: the held-out sets may be compared but never
 * read, so this prints only `file:line hash` — no text, no output, no count of differences by field.
 * Each text (a statement set's `text`, a glossary's `name`, a header set's `header`) is read with two `today` values
 * through the built bundle's `smartAnalyze` (FR and EN messages) and `SMARTPARSE`, and through the core's
 * `analyzeStatement` (every field of a StatementAnalysis). `--variants N` adds N statements generated from the readable
 * texts (`statement-variants.ts`), one `today`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement } from '../../core/statement';
import { CODE_PATH, loadAddon } from '../runtime';
import { readableFixtureTexts, STATEMENT_FIXTURES } from './statement-texts';
import { statementVariants } from './statement-variants';
import { COMPARISON_TODAYS, option } from './argv';

const TODAYS = COMPARISON_TODAYS;
const TEXT_KEYS = ['text', 'name', 'header'];

function main(argv: readonly string[]): void {
  const codePath = path.resolve(option(argv, '--code') ?? CODE_PATH);
  const out = option(argv, '--out');
  const variants = Number(option(argv, '--variants') ?? '0');
  const globals = (locale: string): Record<string, unknown> => ({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
  });
  const fr = loadAddon(globals('fr_FR'), codePath);
  const en = loadAddon(globals('en_US'), codePath);
  const outcome = (read: () => unknown): unknown => {
    try {
      return read();
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  const hashOf = (text: string, days: readonly string[]): string => {
    const hash = createHash('sha256');
    for (const today of days) {
      hash.update(JSON.stringify([
        outcome(() => fr.call('smartAnalyze', text, today, 'fr')),
        outcome(() => en.call('smartAnalyze', text, today, 'en')),
        outcome(() => en.call('SMARTPARSE', text, today)),
        outcome(() => analyzeStatement(text, { asOf: today })),
      ]));
    }
    return hash.digest('hex').slice(0, 24);
  };
  const lines: string[] = [];
  for (const file of readdirSync(STATEMENT_FIXTURES).filter((name) => name.endsWith('.jsonl')).sort()) {
    readFileSync(path.join(STATEMENT_FIXTURES, file), 'utf8').split(/\r?\n/).forEach((line, index) => {
      if (line.trim() === '') return;
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const key of TEXT_KEYS) {
        const value = row[key];
        if (typeof value === 'string') lines.push(`${file}:${index + 1}:${key} ${hashOf(value, TODAYS)}`);
      }
    });
  }
  if (variants > 0) statementVariants(readableFixtureTexts(), variants).forEach((text, index) => lines.push(`variant:${index} ${hashOf(text, TODAYS.slice(0, 1))}`));
  const body = `${lines.join('\n')}\n`;
  if (out) writeFileSync(out, body);
  else process.stdout.write(body);
  console.error(`${lines.length} hashes from ${path.relative(process.cwd(), codePath)}`);
}

main(process.argv.slice(2));
