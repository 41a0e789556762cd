/**
 * Every statement text of the readable labelled fixtures (`test/fixtures/statements/*.jsonl` but the sets still held
 * out: the `text` of the statement sets, the `name` of the KPI glossaries), once each, in file then line order, French
 * and English alike. Shared by the output dump (`statement-dump.ts`), the instruction-count workload
 * (`statement-count.ts`) and the bench's CPU-time line, so all measure the same list. The held-out sets are skipped
 * because they are only ever read for the eval's aggregate rows: a dump of their lines would show them to the engineers
 * tuning the rules they measure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const STATEMENT_FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');

/**
 * The sets still held out on 2026-12-07 and every later one (real64 onwards — real63 was opened by stmt66 —, the header
 * sets still named `-heldout`, the second glossary): opened sets keep their `-heldout` name (real10–real49), so the name
 * alone does not say it. A session that opens a set narrows this pattern.
 */
export const STILL_HELD_OUT = /^(?:real(?:6[4-9]|[7-9]\d)|kpi-headers(?:[2-9]\d)|kpi-glossary2)-heldout\.jsonl$/;

export function readableFixtureTexts(dir = STATEMENT_FIXTURES): string[] {
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl') && !STILL_HELD_OUT.test(name)).sort()) {
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
