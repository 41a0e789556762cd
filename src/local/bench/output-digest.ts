/**
 * `tsx src/local/bench/output-digest.ts [--code dist/Code.js] [--no-core]`: one SHA-256 over everything the analyser says
 * of every readable fixture statement, then one per set, to prove a change that must not move any output (a speed or
 * storage change: perf62b's one-byte fold) left it byte-identical — and to rerun after merging other branches.
 * Each text of the opened and written sets (`statement-texts.ts`: the held-out sets are skipped, never read) is read on
 * the two comparison days (`argv.ts`) by the core's `analyzeStatement` (every field of a StatementAnalysis) and through
 * the built bundle's SMARTSCORE, SMARTCHECK and SMARTPARSE in an en_US and in a fr_FR spreadsheet. Prints only digests
 * and counts: `total <sha256> <texts>` then `<file> <sha256> <texts>` a set, so two runs compare with `diff`.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement } from '../../core/statement';
import { CODE_PATH, loadAddon } from '../runtime';
import { STATEMENT_FIXTURES, STILL_HELD_OUT } from './statement-texts';
import { COMPARISON_TODAYS, option } from './argv';

const TEXT_KEYS = ['text', 'name'];

function main(argv: readonly string[]): void {
  const codePath = path.resolve(option(argv, '--code') ?? CODE_PATH);
  const withCore = !argv.includes('--no-core');
  const sheet = (locale: string) => loadAddon({
    SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetLocale: () => locale }) },
    Session: { getActiveUserLocale: () => locale.slice(0, 2) },
  }, codePath);
  const sheets = [sheet('en_US'), sheet('fr_FR')];
  const outcome = (read: () => unknown): unknown => {
    try {
      return read();
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  // Each distinct text is read once (a text in several sets digests alike in each).
  const byText = new Map<string, string>();
  const digestOf = (text: string): string => {
    let digest = byText.get(text);
    if (digest !== undefined) return digest;
    const outputs: unknown[] = [];
    for (const today of COMPARISON_TODAYS) {
      if (withCore) outputs.push(outcome(() => analyzeStatement(text, { asOf: today })));
      for (const addon of sheets) {
        outputs.push(outcome(() => addon.call('SMARTSCORE', text, '', today)));
        outputs.push(outcome(() => addon.call('SMARTCHECK', text, today)));
        outputs.push(outcome(() => addon.call('SMARTPARSE', text, today)));
      }
    }
    digest = createHash('sha256').update(JSON.stringify([text, outputs])).digest('hex');
    byText.set(text, digest);
    return digest;
  };
  const total = createHash('sha256');
  const lines: string[] = [];
  let count = 0;
  for (const file of readdirSync(STATEMENT_FIXTURES).filter((name) => name.endsWith('.jsonl') && !STILL_HELD_OUT.test(name)).sort()) {
    const set = createHash('sha256');
    let texts = 0;
    for (const line of readFileSync(path.join(STATEMENT_FIXTURES, file), 'utf8').split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const key of TEXT_KEYS) {
        const value = row[key];
        if (typeof value !== 'string') continue;
        const digest = digestOf(value);
        set.update(digest);
        total.update(digest);
        texts++;
      }
    }
    if (texts === 0) continue;
    count += texts;
    lines.push(`${file} ${set.digest('hex')} ${texts}`);
  }
  process.stdout.write(`total ${total.digest('hex')} ${count}\n${lines.join('\n')}\n`);
  console.error(`${count} texts (${byText.size} distinct) × ${COMPARISON_TODAYS.length} days from ${path.relative(process.cwd(), codePath)}${withCore ? ' and the core' : ''}`);
}

main(process.argv.slice(2));
