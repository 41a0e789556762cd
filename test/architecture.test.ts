/**
 * The rooms' one-way doors: core depends on nothing; gas on core; sidebar on
 * core (types and pure helpers); local on anything. Checked on the sources
 * so a violation fails even before the bundle notices.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SRC = path.resolve(__dirname, '../src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Module specifiers of import/export statements and dynamic imports (not words that merely look like them). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s*'([^']+)'/gm)].map((m) => m[1]);
  const bare = [...text.matchAll(/^\s*import\s*'([^']+)'/gm)].map((m) => m[1]);
  const dynamic = [...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]);
  return [...statements, ...bare, ...dynamic];
}

function roomOf(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return `pkg:${spec}`;
  const target = path.relative(SRC, path.resolve(path.dirname(file), spec));
  return target.split(path.sep)[0];
}

/** Pure, platform-free libraries core may build on (chrono-node's FR/EN date parsers only). */
const isPureLibrary = (t: string) => t === 'pkg:chrono-node/en' || t === 'pkg:chrono-node/fr';

const ALLOWED: Record<string, (target: string) => boolean> = {
  core: (t) => t === 'core' || isPureLibrary(t),
  gas: (t) => t === 'core' || t === 'gas' || isPureLibrary(t),
  sidebar: (t) => t === 'core' || t === 'sidebar',
  local: () => true,
};

describe('architecture', () => {
  for (const room of Object.keys(ALLOWED)) {
    it(`${room} only imports what its door allows`, () => {
      const violations: string[] = [];
      for (const file of tsFiles(path.join(SRC, room))) {
        for (const spec of importsOf(file)) {
          const target = roomOf(file, spec);
          if (target && !ALLOWED[room](target)) violations.push(`${path.relative(SRC, file)} imports ${spec}`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('core uses no Google, Node or DOM API and never reads the clock', () => {
    const offenders: string[] = [];
    const forbidden = /\b(SpreadsheetApp|HtmlService|PropertiesService|Session\.|process\.|require\(|document\.|window\.|Date\.now\(|new Date\(\))/;
    for (const file of tsFiles(path.join(SRC, 'core'))) {
      // Blank out comments and string literals (keeping line numbers) so documentation and
      // message keys ('sidebar.kpi.window.…') may name the APIs.
      readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
        .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, (c) => `'${' '.repeat(Math.max(0, c.length - 2))}'`)
        .split('\n')
        .forEach((line, i) => {
          const code = line.replace(/\/\/.*$/, '');
          if (forbidden.test(code)) offenders.push(`${path.relative(SRC, file)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });
});
