/**
 * surf65 (b), the last note's leftover: `smart-goals analyze`'s table printed its figures as --json gives them —
 * « cible 0.25 » beside « Cible indiquée : 25 % », "target 1500000", « variation 0.1 (relative) ». The baseline, the
 * target and the change are now written as the sheet's messages write them (core `formatAmount`/`formatChange`, through
 * the BUILT add-on's `smartAnalyze`, which now also returns the stated amounts' `currency`): a rate in % (« 25 % »,
 * "25%"), points (« 5 points »), money with its currency (« 150,50 € », « 1 500 000 F CFA », "$1,200,000"), the
 * locale's separators (fr_CH's amounts « 1 234.50 CHF »). --json keeps its numbers.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');
const nbsp = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

function run(args: string[]): string {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', '--today', '2026-12-07', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The readable table's rows as label → value (labels of one or more words, then the value), spaces of every kind read as one. */
function table(args: string[]): Record<string, string> {
  const LABELS = ['valeur de départ', 'cible', 'variation', 'baseline', 'target', 'change'];
  const rows = nbsp(run(args)).split('\n').slice(1, 12);
  return Object.fromEntries(LABELS.flatMap((label) => rows.filter((line) => line.startsWith(`  ${label} `)).map((line) => [label, line.slice(label.length + 2).trim()])));
}

describe('surf65 (b): analyze’s table writes figures as the sheet shows them', () => {
  it.each([
    ['Augmenter le taux de conversion de 20 % à 25 % d’ici fin mars 2027', [], '20 %', '25 %'],
    ['Réduire le coût d’acquisition de 150,50 € à 120 € d’ici 2027', [], '150,50 €', '120 €'],
    ['Atteindre 1 500 000 FCFA de chiffre d’affaires mensuel d’ici juin 2027', ['--locale', 'fr_SN'], '—', '1 500 000 F CFA'],
    ['Atteindre un chiffre d’affaires de 1 234,50 CHF d’ici juin 2027', ['--locale', 'fr_CH'], '—', '1 234.50 CHF'],
    ['Increase NPS from 32.5 to 40 by Q3 2027', ['--lang', 'fr'], '32,5', '40'],
  ])('%s %j: valeur de départ %s, cible %s', (goal, options, baseline, target) => {
    const rows = table([...options, goal]);
    expect([rows['valeur de départ'], rows.cible]).toEqual([baseline, target]);
  });

  it.each([
    ['Increase conversion rate from 20% to 25% by March 2027', [], '20%', '25%'],
    ['Grow revenue from $1.2M to $1.5M by June 2027', [], '$1,200,000', '$1,500,000'],
    ['Grow revenue from A$1.2M to A$1.5M by June 2027', ['--locale', 'en_AU'], '$1,200,000', '$1,500,000'],
    ['Double revenue to $2M by 2028', [], '—', '$2,000,000'],
  ])('%s %j: baseline %s, target %s', (goal, options, baseline, target) => {
    const rows = table([...options, goal]);
    expect([rows.baseline, rows.target]).toEqual([baseline, target]);
  });

  it.each([
    ['Increase revenue by 10% by June 2027', [], 'change', '10% (relative)'],
    ['Augmenter le chiffre d’affaires de 10 % d’ici juin 2027', [], 'variation', '10 % (relative)'],
    ['Augmenter le taux de conversion de 5 points d’ici juin 2027', [], 'variation', '5 points (absolue)'],
    ['Grow sales by $250,000 by June 2027', [], 'change', '$250,000 (absolute)'],
  ])('%s: %s %s', (goal, options, label, value) => {
    expect(table([...options, goal])[label]).toBe(value);
  });

  it('near miss: --json keeps its numbers, and names the currency', () => {
    const object = JSON.parse(run(['--json', 'Réduire le coût d’acquisition de 150,50 € à 120 € d’ici 2027'])) as Record<string, unknown>;
    expect(object).toMatchObject({ baseline: 150.5, target: 120, unit: 'currency', currency: 'EUR' });
  });
});
