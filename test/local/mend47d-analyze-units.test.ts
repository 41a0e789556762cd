/**
 * mend47d, item 5: `smart-goals analyze --lang fr` wrote the unit line's "(change)" and "(baseline, target)" in English
 * beside French criteria; the words come from the CLI's catalog now. End to end: the CLI runs the built add-on.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');

function unitLine(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', '--today', '2026-11-26', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(0);
  // The line's label is in the messages' language too since fmt63 (« unité »).
  return result.stdout.split('\n').find((line) => /^\s+(?:unit|unité)\s/.test(line)) ?? '';
}

describe('smart-goals analyze names the units in the language of its messages', () => {
  // The units themselves in French since surf64 (« pourcentage », « montant », « nombre »).
  it('--lang fr: « pourcentage (variation), montant (niveau de départ, cible) »', () => {
    expect(unitLine(['--lang', 'fr', 'Double revenue to $2M by 2028'])).toMatch(/pourcentage \(variation\), montant \(niveau de départ, cible\)$/);
  });

  it('a French statement without --lang: its own language', () => {
    expect(unitLine(['Doubler nos magasins à 40 d’ici 2028'])).toMatch(/pourcentage \(variation\), nombre \(niveau de départ, cible\)$/);
  });

  it('near miss: English stays "(change)", "(baseline, target)"', () => {
    expect(unitLine(['Double revenue to $2M by 2028'])).toMatch(/percent \(change\), currency \(baseline, target\)$/);
  });
});
