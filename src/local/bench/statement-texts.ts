/**
 * Every statement text of the labelled fixtures (`test/fixtures/statements/*.jsonl`: the `text` of the statement sets,
 * the `name` of the KPI glossaries), once each, in file then line order, French and English alike. Shared by the
 * output dump (`statement-dump.ts`) and the instruction-count workload (`statement-count.ts`), so both measure the same list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const STATEMENT_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');

export function allFixtureTexts(dir = STATEMENT_FIXTURES): string[] {
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').split(/\r?\n/)) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const key of ['text', 'name']) {
        const value = row[key];
        if (typeof value === 'string') seen.add(value);
      }
    }
  }
  return [...seen];
}
