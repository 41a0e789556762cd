/**
 * surf64 (b), the last read's leftover: `smart-goals analyze`'s readable table wrote French labels (fmt63) beside English
 * values — « direction increase », « unité percent », « récurrence month ». The values of the direction, the unit(s) and
 * the recurrence now take the catalog's words in the messages' language (--lang, else the statement's): « augmenter »,
 * « pourcentage », « mois ». English keeps its words, which are the --json values; --json is unchanged.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');

/** The readable table's rows as label → value (the first line, the statement, and the criteria left out). */
function table(args: string[]): Record<string, string> {
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', '--today', '2026-12-07', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(0);
  const rows = result.stdout.split('\n').slice(1, 12);
  return Object.fromEntries(rows.map((line) => /^ {2}(.+?) {2,}(.*)$|^ {2}(\S+(?: \S+)*) (.*)$/.exec(line)).map((m) => [(m?.[1] ?? m?.[3] ?? '').trim(), m?.[2] ?? m?.[4] ?? '']));
}

describe('surf64 (b): analyze’s table writes its values in the messages’ language', () => {
  it.each([
    ['Augmenter le CA de 20 % chaque mois d’ici le 31.03.2027', [], 'augmenter', 'pourcentage', 'mois'],
    ['Maintenir le taux de conversion à 25 % chaque semaine jusqu’au 30 juin 2027', [], 'maintenir', 'pourcentage', 'semaine'],
    ['Réduire le délai de paiement à 30 jours d’ici fin 2027', [], 'réduire', 'jours', '—'],
    ['Grow revenue 20% every quarter by 31/3/2027', ['--lang', 'fr'], 'augmenter', 'pourcentage', 'trimestre'],
  ])('%s %j: direction %s, unit %s, recurrence %s', (goal, options, direction, unit, recurrence) => {
    const rows = table([...options, goal]);
    expect([rows.direction, rows['unité'], rows['récurrence']]).toEqual([direction, unit, recurrence]);
  });

  it('both units of a change named beside a level in French: « pourcentage (variation), montant (niveau de départ, cible) »', () => {
    expect(table(['--lang', 'fr', 'Double revenue to $2M by 2028'])['unité']).toBe('pourcentage (variation), montant (niveau de départ, cible)');
  });

  it('near miss: English keeps the --json words', () => {
    const rows = table(['Grow revenue 20% every quarter by 31/3/2027']);
    expect([rows.direction, rows.unit, rows.recurrence]).toEqual(['increase', 'percent', 'quarter']);
    expect(table(['Cut churn to 3% by 2027']).direction).toBe('decrease');
  });
});
