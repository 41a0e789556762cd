/**
 * units43: `smart-goals assess` reads a quota attainment as the formulas do (an open rate: forecast as an amount, said in
 * %). Under "Quota attainment" at 82 … 97 % it printed "Probability: under 1%" and "Suggested target: 100%"; past 100 %
 * (85 … 112 %) it printed its suggestion as a plain number ("1.22"). Near miss: gross retention stays within 100 %.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');
const MONTHS = Array.from({ length: 24 }, (_, i) => `${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`);
const UNDER = [0.82, 0.93, 0.97, 0.97, 0.96, 0.89, 0.97, 0.97, 0.91, 0.94, 0.97, 0.97, 0.85, 0.92, 0.97, 0.97, 0.95, 0.97, 0.9, 0.97, 0.97, 0.94, 0.97, 0.97];
const PAST = [0.85, 0.96, 1.04, 1.12, 0.99, 0.92, 1.01, 1.08, 0.94, 0.97, 1.03, 1.1, 0.88, 0.95, 1.02, 1.06, 0.98, 1.0, 0.93, 1.05, 1.09, 0.97, 1.01, 1.04];
const dir = scratchDir('units43-assess-');

function assessCsv(name: string, text: string, target: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const result = spawnSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', '--history', file, '--target', target, '--deadline', '2027-03-31', '--today', '2026-11-26'],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(result.status).toBe(0);
  return result.stdout;
}
const csv = (header: string, values: readonly number[]): string => `date,${header}\n${values.map((v, i) => `${MONTHS[i]},${v}`).join('\n')}\n`;
const frenchCsv = (header: string, values: readonly number[]): string =>
  `date;${header}\n${values.map((v, i) => `${MONTHS[i].split('-').reverse().join('/')};${String(v).replace('.', ',')}`).join('\n')}\n`;

describe('smart-goals assess: a quota attainment may pass 100 % (units43)', () => {
  it('at 82 … 97 %: a chance of 105 % and a suggestion above 100 %, in %', () => {
    const out = assessCsv('quota.csv', csv('Quota attainment', UNDER), '1.05');
    expect(out).not.toMatch(/under 1%/);
    const suggested = /^Suggested target: (\d+(?:\.\d)?)% by March 31, 2027$/m.exec(out);
    expect(Number(suggested?.[1])).toBeGreaterThan(100);
  });

  it('past 100 %, « Taux d’atteinte des objectifs »: the suggestion in % (it read 1,22)', () => {
    const out = assessCsv('atteinte.csv', frenchCsv('Taux d’atteinte des objectifs', PAST), '1,1');
    expect(out).toMatch(/^Cible suggérée\u202f: 1\d\d(,\d)?\u202f% d’ici le 31 mars 2027$/m);
  });

  it('near miss: gross revenue retention at the same values stays within 100 %', () => {
    const out = assessCsv('grr.csv', csv('Gross revenue retention', UNDER), '1.05');
    expect(out).toMatch(/^Suggested target: 100% by March 31, 2027$/m);
  });
});
