import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStatement } from '../src/core/statement/analyze';
const dir = '/work/wt/stmt66/test/fixtures/statements';
const skip = /^(?:real(?:6[4-9]|[7-9]\d)|kpi-headers(?:[2-9]\d)|kpi-glossary2)-heldout\.jsonl$/;
const out: string[] = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl') && !skip.test(n)).sort()) {
  readFileSync(path.join(dir, f), 'utf8').split('\n').forEach((l, i) => {
    if (!l.trim()) return;
    const r = JSON.parse(l) as { text?: string; today?: string };
    if (typeof r.text !== 'string' || typeof r.today !== 'string') return;
    const a = analyzeStatement(r.text, { asOf: r.today });
    out.push(`${f}:${i + 1}\t${JSON.stringify([a.kpi, a.direction, a.baseline, a.target, a.change, a.unit, a.deadline, a.recurrence, a.levers])}`);
  });
}
console.log(out.join('\n'));
