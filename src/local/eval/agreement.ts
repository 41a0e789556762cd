/**
 * `npm run eval -- agreement`: how often two people following the fixtures README's written rules give a real goal
 * sentence the same KPI and direction — the ceiling any analyzer can be held to on that field.
 *
 * `agreement-<set>.jsonl` holds a second annotator's labels of `<set>-heldout.jsonl`, one line per sentence in the same
 * order ({"id", "kpi", "direction", "unsure", "why"?}), made from the texts alone: the second annotator never saw the
 * first labels nor ran the analyzer. Lines the second annotator marked unsure are counted apart, because that is where
 * the written rules do not decide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/statements');

interface SecondLabel {
  id: number;
  kpi: string | null;
  direction: string | null;
  unsure: boolean;
}

function readLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** Cohen's kappa of two label sequences over the same items: agreement corrected for what chance alone would give. */
export function cohenKappa(first: readonly unknown[], second: readonly unknown[]): number {
  const n = first.length;
  if (n === 0 || n !== second.length) return Number.NaN;
  const key = (v: unknown): string => JSON.stringify(v ?? null);
  const observed = first.filter((v, i) => key(v) === key(second[i])).length / n;
  const counts = (values: readonly unknown[]): Map<string, number> => {
    const map = new Map<string, number>();
    for (const v of values) map.set(key(v), (map.get(key(v)) ?? 0) + 1);
    return map;
  };
  const a = counts(first);
  const b = counts(second);
  let expected = 0;
  for (const [label, count] of a) expected += (count / n) * ((b.get(label) ?? 0) / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}

const pct = (k: number, n: number): string => `${((100 * k) / n).toFixed(1)} % (${k}/${n})`;

export async function run(): Promise<void> {
  console.log('Inter-annotator agreement on real goal sentences (a second annotator, from the texts and the README alone)\n');
  for (const name of readdirSync(FIXTURES).filter((f) => /^agreement-.+\.jsonl$/.test(f)).sort()) {
    const setName = `${name.replace(/^agreement-/, '').replace(/\.jsonl$/, '')}-heldout.jsonl`;
    const first = readLines<{ kpi: string | null; direction: string | null }>(path.join(FIXTURES, setName));
    const second = readLines<SecondLabel>(path.join(FIXTURES, name));
    if (first.length !== second.length) {
      console.log(`${name}: ${second.length} lines but ${setName} has ${first.length}: skipped`);
      continue;
    }
    const n = first.length;
    const kpiSame = second.filter((s, i) => s.kpi === first[i].kpi).length;
    const directionSame = second.filter((s, i) => s.direction === first[i].direction).length;
    const sure = second.map((s, i) => [s, i] as const).filter(([s]) => !s.unsure);
    const sureSame = sure.filter(([s, i]) => s.kpi === first[i].kpi).length;
    console.log(`${setName} vs ${name}: ${n} sentences, ${n - sure.length} marked unsure by the second annotator`);
    console.log(`  kpi        ${pct(kpiSame, n)}, Cohen's kappa ${cohenKappa(first.map((r) => r.kpi), second.map((s) => s.kpi)).toFixed(3)}; on the lines the rules decide ${pct(sureSame, sure.length)}`);
    console.log(`  direction  ${pct(directionSame, n)}`);
    for (const [s, i] of second.map((x, j) => [x, j] as const).filter(([x, j]) => x.kpi !== first[j].kpi)) {
      console.log(`  differs #${s.id}: ${String(first[i].kpi)} / ${String(s.kpi)}${s.unsure ? ' (second annotator unsure)' : ''}`);
    }
  }
}
