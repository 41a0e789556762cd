/**
 * perf53: the fixture sets the speed tools read (`statement-dump.ts`, `statement-count.ts`, the bench's CPU line) are every
 * set but those still held out. real49 was opened by stmt52 (its rules tuned on it, its lines in the fixtures README), so
 * the dump now reads it; and so on to real63, opened by stmt66: real64 onwards stay skipped, as do the header sets and the
 * glossary still named `-heldout`. The names are tested, never the files' lines.
 */
import { STILL_HELD_OUT } from '../../../src/local/bench/statement-texts';

describe('perf53: which statement sets the speed tools read', () => {
  it('reads the opened sets, real63 included (opened by stmt66)', () => {
    for (const name of ['real63-heldout.jsonl', 'real62-heldout.jsonl', 'real61-heldout.jsonl', 'real60-heldout.jsonl', 'real59-heldout.jsonl', 'real58-heldout.jsonl', 'real57-heldout.jsonl', 'real50-heldout.jsonl', 'real49-heldout.jsonl', 'real10-heldout.jsonl', 'real-heldout.jsonl', 'corpus.jsonl', 'kpi-headers10.jsonl', 'kpi-headers19.jsonl', 'kpi-headers20.jsonl', 'kpi-headers21.jsonl', 'kpi-headers22.jsonl', 'kpi-headers23.jsonl', 'kpi-headers24.jsonl']) expect({ name, skipped: STILL_HELD_OUT.test(name) }).toEqual({ name, skipped: false });
  });

  it('skips real64 onwards, the header sets and the glossary still held out', () => {
    for (const name of ['real64-heldout.jsonl', 'real65-heldout.jsonl', 'real66-heldout.jsonl', 'real69-heldout.jsonl', 'real70-heldout.jsonl', 'real99-heldout.jsonl', 'kpi-headers20-heldout.jsonl', 'kpi-headers21-heldout.jsonl', 'kpi-headers22-heldout.jsonl', 'kpi-headers23-heldout.jsonl', 'kpi-headers24-heldout.jsonl', 'kpi-headers25-heldout.jsonl', 'kpi-glossary2-heldout.jsonl']) expect({ name, skipped: STILL_HELD_OUT.test(name) }).toEqual({ name, skipped: true });
  });
});
