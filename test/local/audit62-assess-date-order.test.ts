/**
 * audit62: `smart-goals assess` on an Auckland user's comma CSV, dates day first as en_NZ writes them (2/11/2026 …
 * 30/11/2026: the column shows it, and the file is read so). Two problems: the answer wrote one deadline two ways —
 * "Suggested target: 50.7% by 31 March 2027" (the CLI's own line) above "At the current pace: 26.2% by March 31, 2027"
 * (the add-on's reasons, which took en_US for want of a sheet) — and `--deadline 31/03/2027`, typed as the file's own
 * dates are, was refused ('must be a date YYYY-MM-DD'). Now the dates the file shows day first make the command day first:
 * the options are read day first beside it (as beside a French file, audit61) and every date of the answer is written
 * "31 March 2027"; a file of ISO dates keeps ISO options only and writes "March 31, 2027" on every line (the add-on's
 * en_US, as before), a French file « 31 mars 2027 ». Runs the BUILT add-on.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDir } from '../support/scratch';

const ROOT = path.resolve(__dirname, '../..');

function assess(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'src/local/bin/smart-goals.cjs'), 'assess', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const dir = scratchDir('audit62-assess-');
const dayFirst = path.join(dir, 'nz.csv');
writeFileSync(dayFirst, 'date,close rate\n2/11/2026,24%\n9/11/2026,25%\n16/11/2026,26%\n23/11/2026,25%\n30/11/2026,27%\n');
const iso = path.join(dir, 'iso.csv');
writeFileSync(iso, 'date,close rate\n2026-11-02,24%\n2026-11-09,25%\n2026-11-16,26%\n2026-11-23,25%\n2026-11-30,27%\n');

/** Every "Month D, YYYY" or "D Month YYYY" the answer writes. */
const datesIn = (text: string): string[] => text.match(/\b(?:\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4})/g) ?? [];

describe('smart-goals assess writes and reads dates in one order: the file’s', () => {
  it('a day-first comma file: --deadline 31/03/2027 reads as 2027-03-31, and every date is written "31 March 2027"', () => {
    const typed = assess(['--history', dayFirst, '--target', '0.3', '--deadline', '31/03/2027', '--today', '8/12/2026']);
    const isoArgs = assess(['--history', dayFirst, '--target', '0.3', '--deadline', '2027-03-31', '--today', '2026-12-08']);
    expect(isoArgs.status).toBe(0);
    expect([typed.status, typed.stdout]).toEqual([0, isoArgs.stdout]);
    const dates = datesIn(isoArgs.stdout);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(dates)).toEqual(new Set(['31 March 2027']));
  });

  it('near miss: an ISO comma file keeps ISO options only and writes "March 31, 2027" on every line', () => {
    const ok = assess(['--history', iso, '--target', '0.3', '--deadline', '2027-03-31', '--today', '2026-12-08']);
    expect(ok.status).toBe(0);
    const dates = datesIn(ok.stdout);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    expect(new Set(dates)).toEqual(new Set(['March 31, 2027']));
    const refused = assess(['--history', iso, '--target', '0.3', '--deadline', '31/03/2027']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--deadline must be a date YYYY-MM-DD, got "31/03/2027"');
  });
});
