/**
 * Every goal sentence and header name of the statement fixtures but the held-out files `heldOut` matches (a test that
 * reads them could print their lines when it fails), each once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function readableFixtureTexts(heldOut: RegExp): string[] {
  const dir = join(__dirname, '../../fixtures/statements');
  const out = new Set<string>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl') && !heldOut.test(name)).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const row = JSON.parse(line) as Record<string, unknown>;
      for (const key of ['text', 'name']) if (typeof row[key] === 'string') out.add(row[key] as string);
    }
  }
  return [...out];
}
