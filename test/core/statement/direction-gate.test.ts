/**
 * perf40 (measured, not merged; taken over by perf42): findDirections reads its gate words once (ANY_GATE_RE, built from MULTIPLY_WORDS and the LEXICON gates) before
 * asking each gated pattern for its own words. The gate must never change a reading: it finds every gate word wherever it
 * stands, and findDirections gives the same mentions with it as without it (ANY_GATE_RE.test forced to true is exactly
 * the code before perf40) on every fixture statement, on generated sentences holding each gate word (FR and EN), and on
 * near misses holding none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANY_GATE_RE, findDirections, LEXICON, MULTIPLY_WORDS } from '../../../src/core/statement/direction';
import { prepare } from '../../../src/core/statement/text';

const GATE_WORDS = [...MULTIPLY_WORDS, ...LEXICON.flatMap((entry) => entry.gate ?? [])];

/** Every pattern asked, as before perf40: the one-scan gate always passes. */
function ungated(folded: string): ReturnType<typeof findDirections> {
  ANY_GATE_RE.test = () => true;
  try {
    return findDirections(folded);
  } finally {
    delete (ANY_GATE_RE as { test?: unknown }).test;
  }
}

const CARRIERS: ReadonlyArray<readonly [string, string]> = [
  ['en', 'Increase revenue by 10% by June 2027 WORD'],
  ['en', 'WORD the close rate to 30% next quarter'],
  ['en', 'Churn must not WORD 5% this year'],
  ['en', 'Keep NPS WORD 40 and cut costs by half'],
  ['fr', 'Augmenter le chiffre d’affaires de 10 % WORD d’ici juin 2027'],
  ['fr', 'WORD le taux de conversion à 30 % au prochain trimestre'],
  ['fr', 'Le churn ne doit pas WORD 5 % cette année'],
  ['fr', 'Maintenir le NPS WORD 40 et diviser les coûts par deux'],
];

/** Each gate word alone, glued inside a longer word and between words, in every carrier. */
function withGateWords(): string[] {
  const out: string[] = [];
  for (const word of GATE_WORDS) {
    out.push(word, `x${word}x`);
    for (const [, carrier] of CARRIERS) out.push(carrier.replace('WORD', word), carrier.replace('WORD', `re${word}s`));
  }
  return out;
}

/** Near misses: each gate word with its last letter dropped (none of them is then in the sentence but by another word). */
function nearMisses(): string[] {
  return GATE_WORDS.flatMap((word) => CARRIERS.map(([, carrier]) => carrier.replace('WORD', word.slice(0, -1))));
}

function fixtureTexts(): Array<{ where: string; text: string }> {
  const dir = join(__dirname, '../../fixtures/statements');
  const out: Array<{ where: string; text: string }> = [];
  // The held-out real40 and real41 are opened by no session (perf42 took this test over from perf40, unmerged).
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.jsonl') && !/^real4[01]-heldout\.jsonl$/.test(name)).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line.trim() === '') return;
        const row = JSON.parse(line) as Record<string, unknown>;
        for (const key of ['text', 'name']) if (typeof row[key] === 'string') out.push({ where: `${file}:${i + 1}`, text: row[key] as string });
      });
  }
  return out;
}

describe('the one-scan gate of findDirections (perf40)', () => {
  it('is built from every gate word, each found alone, inside a word and in FR/EN sentences', () => {
    expect(GATE_WORDS.length).toBeGreaterThan(40);
    const missed = withGateWords().filter((text) => !ANY_GATE_RE.test(prepare(text).folded));
    expect(missed).toEqual([]);
  });

  it('passes exactly when one gate word is in the text (generated sentences and near misses)', () => {
    for (const text of [...withGateWords(), ...nearMisses()]) {
      const folded = prepare(text).folded;
      expect([text, ANY_GATE_RE.test(folded)]).toEqual([text, GATE_WORDS.some((word) => folded.includes(word))]);
    }
  });

  it('gives the same mentions as the ungated code on generated sentences and near misses (FR and EN)', () => {
    const texts = [...withGateWords(), ...nearMisses()];
    const differ = texts.filter((text) => {
      const folded = prepare(text).folded;
      return JSON.stringify(findDirections(folded)) !== JSON.stringify(ungated(folded));
    });
    expect(differ).toEqual([]);
    // The generated sentences do hold directions the gated patterns read (a ceiling, a halving, "plus de"…).
    expect(findDirections(prepare('Churn must not exceed 5% this year').folded).map((m) => m.cue)).toEqual(['decrease']);
    expect(findDirections(prepare('Maintenir le NPS à 40 et diviser les coûts par deux').folded).map((m) => [m.cue, m.relativeChange])).toEqual([
      ['maintain', null],
      ['decrease', 0.5],
    ]);
  });

  it('gives the same mentions as the ungated code on every fixture statement (where reported as file:line only)', () => {
    const rows = fixtureTexts();
    expect(rows.length).toBeGreaterThan(3000);
    const differ = rows.filter(({ text }) => {
      const folded = prepare(text).folded;
      return JSON.stringify(findDirections(folded)) !== JSON.stringify(ungated(folded));
    });
    expect(differ.map(({ where }) => where)).toEqual([]);
  });
});
