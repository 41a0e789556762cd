/**
 * `smart-goals analyze` end to end: a child process running the CLI, which
 * runs the built add-on. `--json` over stdin prints one object per line, in
 * order.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'src/local/bin/smart-goals.cjs');

function cli(args: string[], input = ''): { stdout: string; stderr: string; status: number | null } {
  // --import tsx registers the TypeScript loader for the CLI's lazily imported commands.
  const result = spawnSync(process.execPath, ['--import', 'tsx', BIN, 'analyze', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('smart-goals analyze', () => {
  const statements = [
    'Réduire notre taux d’attrition de 45 % à 20 % au cours du prochain trimestre grâce à des essais prolongés.',
    '',
    'Be better',
    'Increase MRR from $80,000 to $100,000 by June 30, 2027',
    'augmenter les taux de conversion de 10 % chaque mois',
  ];

  it('--json prints one JSON object per stdin line, in order, and null for a blank line', () => {
    const { stdout, status } = cli(['--json', '--today', '2026-11-26'], `${statements.join('\n')}\n`);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(statements.length);
    // A blank line is no goal (a blank cell gets a blank SMARTSCORE), not a goal scored 13.
    expect(lines[1]).toBe('null');
    const objects = lines.map((l) => (JSON.parse(l) ?? { text: '' }) as Record<string, unknown>);
    expect(objects.map((o) => o.text)).toEqual(statements);
    expect(Object.keys(objects[0])).toEqual(['text', 'language', 'score', 'criteria', 'kpi', 'direction', 'baseline', 'target', 'change', 'unit', 'levelUnit', 'currency', 'deadline', 'recurrence', 'levers']);
    expect(objects[0]).toMatchObject({ language: 'fr', kpi: 'churn', baseline: 0.45, target: 0.2, deadline: '2027-03-31', levers: ['des essais prolongés'] });
    expect(objects[2]).toMatchObject({ kpi: null, score: 13 });
    expect(objects[3]).toMatchObject({ unit: 'currency', baseline: 80000, target: 100000, deadline: '2027-06-30' });
    expect(objects[4]).toMatchObject({ change: { value: 0.1, kind: 'relative' }, recurrence: 'month', deadline: null });
    for (const o of objects.filter((_o, i) => i !== 1)) {
      const criteria = o.criteria as Record<string, { status: string; message: string; suggestion: string | null }>;
      expect(Object.keys(criteria)).toEqual(['specific', 'measurable', 'achievable', 'relevant', 'timeBound']);
      for (const c of Object.values(criteria)) expect(c.status === 'pass' ? c.suggestion === null : typeof c.suggestion === 'string').toBe(true);
    }
  });

  it('skips blank and whitespace-only lines in the readable table', () => {
    const { stdout, status } = cli(['--today', '2026-11-26'], 'Close 30 deals by June 2027\n\n   \nAugmenter le CA de 10 % en 2027\n');
    expect(status).toBe(0);
    expect(stdout.match(/^\s+score\s+\d+$/gm)).toHaveLength(2);
    expect(stdout).not.toMatch(/score\s+13\b/);
  });

  it('analyzes the TEXT words as one statement and prints a readable table', () => {
    const { stdout, status } = cli(['--today', '2026-11-26', 'Raise', 'our', 'close', 'rate', 'to', '30%', 'next', 'week']);
    expect(status).toBe(0);
    expect(stdout).toContain('Raise our close rate to 30% next week');
    expect(stdout).toMatch(/score\s+93/);
    expect(stdout).toMatch(/deadline\s+2026-12-06/);
    expect(stdout).toMatch(/✓ timeBound/);
  });

  it('rejects a malformed --today', () => {
    const { stderr, status } = cli(['--today', '26/11/2026', 'Increase revenue']);
    expect(status).toBe(2);
    expect(stderr).toContain('--today must be a date YYYY-MM-DD');
  });

  it('rejects an unknown option instead of taking the next word as its value', () => {
    const { stdout, stderr, status } = cli(['--bogus', 'Increase', 'revenue']);
    expect(status).toBe(2);
    expect(stderr).toContain('Unknown option --bogus');
    expect(stdout).toBe('');
  });

  it('drops the byte-order mark of a file saved by Excel or Notepad, and reads CRLF lines', () => {
    const { stdout, status } = cli(['--json', '--today', '2026-11-26'], '\uFEFFIncrease revenue by 10% by end of Q2\r\nBoost leads\r\n');
    expect(status).toBe(0);
    const texts = stdout
      .trimEnd()
      .split('\n')
      .map((l) => (JSON.parse(l) as { text: string }).text);
    expect(texts).toEqual(['Increase revenue by 10% by end of Q2', 'Boost leads']);
  });

  it('rejects --today without its value', () => {
    const { stderr, status } = cli(['--today']);
    expect(status).toBe(2);
    expect(stderr).toContain('--today needs a value');
  });
});

// Review 6, L2: the CLI runs the add-on in an en_US spreadsheet: its dates are month first there, as SMARTCHECK's are.
describe('smart-goals analyze writes dates in the locale’s order', () => {
  it('en_US: "June 1, 2027", never "1 June 2027"; French unchanged « 1er juin 2027 » or « 1 juin 2027 »', () => {
    const en = cli(['--today', '2026-11-26', 'Increase MRR from $80,000 to $100,000 by June 1, 2027']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('June 1, 2027');
    expect(en.stdout).not.toContain('1 June 2027');
    const fr = cli(['--today', '2026-11-26', '--lang', 'fr', 'Faire passer le MRR de 80 000 € à 100 000 € d’ici le 1er juin 2027']);
    expect(fr.status).toBe(0);
    expect(fr.stdout).toMatch(/1(er)? juin 2027/);
  });
});

// Fixes 60, item 4: the CLI had no fiscal year, so "FY27" ended on 31 December 2027 for a team whose year starts in
// April; --fiscal-start gives it the month the Settings pane would (default January, as a sheet with no Settings).
describe('smart-goals analyze --fiscal-start', () => {
  const deadlineOf = (args: string[], text: string): unknown => (JSON.parse(cli(['--json', '--today', '2026-12-03', ...args, text]).stdout) as { deadline: unknown }).deadline;

  it.each([
    ['Sign 160 new customers in FY27', '2027-03-31'],
    ['Sign 160 new customers in FY 2026-27', '2027-03-31'],
    ['Close 40 deals in Q4 2027', '2027-03-31'],
    ['Reach ₹2 crore in sales this financial year', '2027-03-31'],
  ])('%s ends on %s with --fiscal-start 4', (text, deadline) => {
    expect(deadlineOf(['--fiscal-start', '4'], text)).toBe(deadline);
  });

  it('without it, the calendar year: "FY27" ends on 31 December 2027', () => {
    expect(deadlineOf([], 'Sign 160 new customers in FY27')).toBe('2027-12-31');
  });

  it.each(['13', '0', 'April', '4.5'])('refuses --fiscal-start %s with a localized message (exit 2)', (value) => {
    const en = cli(['--fiscal-start', value, 'Sign 160 new customers in FY27']);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain(`--fiscal-start must be the number of the month the fiscal year starts in, 1 (January) to 12, got "${value}"`);
    const fr = cli(['--lang', 'fr', '--fiscal-start', value, 'Signer 160 nouveaux clients sur l’exercice 2027']);
    expect(fr.stderr).toContain(`--fiscal-start doit être le numéro du mois où commence l’exercice, de 1 (janvier) à 12, reçu «\u202f${value}\u202f»`);
  });

  it('--help documents it in English, and in French with --lang fr', () => {
    expect(cli(['--help']).stdout).toMatch(/--fiscal-start {2}month the fiscal year starts in/);
    expect(cli(['--help', '--lang', 'fr']).stdout).toMatch(/--fiscal-start {2}mois où commence l’exercice/);
  });
});
