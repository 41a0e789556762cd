/**
 * Generated statements for the output dump (`statement-dump.ts --variants N`): a speed change must leave the analyser's
 * reading of unseen text unchanged too, not only of the fixtures. Each variant recombines readable fixture texts
 * (`statement-texts.ts`, never a held-out set): one text's opening clause with another's rest, its numbers replaced by
 * other texts' numbers (digits, decimals, grouped thousands, percentages), its years and month names moved. Seeded, so the
 * list is the same before and after a change; French and English alike, as the fixtures are.
 */
import { mulberry32 } from '../eval/bootstrap';

const NUMBER = /\d+(?:[.,\u00a0\u202f ]\d+)*/g;
const YEAR = /\b20[2-3]\d\b/g;
const MONTHS = [
  ['january', 'june', 'march', 'september', 'december'],
  ['janvier', 'juin', 'mars', 'septembre', 'décembre'],
];

export function statementVariants(texts: readonly string[], count: number, seed = 52): string[] {
  // mulberry32 (the eval's seeded generator), so the variants are reproducible.
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const numbers = [...new Set(texts.flatMap((t) => t.match(NUMBER) ?? []))];
  const known = new Set(texts);
  const out = new Set<string>();
  // Bounded by the attempts, not by luck: a small input list yields fewer variants rather than a longer loop.
  for (let attempt = 0; out.size < count && attempt < count * 5; attempt++) {
    let text = pick(texts);
    const other = pick(texts);
    const comma = text.indexOf(', ');
    const otherComma = other.indexOf(', ');
    if (random() < 0.4 && comma > 0 && otherComma > 0) text = `${text.slice(0, comma)}${other.slice(otherComma)}`;
    text = text.replace(NUMBER, (n) => (random() < 0.6 ? pick(numbers) : n));
    text = text.replace(YEAR, (y) => (random() < 0.5 ? String(2025 + Math.floor(random() * 6)) : y));
    for (const months of MONTHS) for (const month of months) if (text.toLowerCase().includes(month) && random() < 0.5) text = text.replace(new RegExp(month, 'i'), pick(months));
    if (!known.has(text)) out.add(text);
  }
  return [...out];
}
