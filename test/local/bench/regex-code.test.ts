/**
 * perf62: the regex-code account of the bundle's first pass (`src/local/bench/regex-code.ts`), read from V8's code log.
 * Only bytes and counts are asserted, never a time: the log's `code-creation,RegExp` lines summed by source, and, in a real
 * node process, what the account rests on — one compile of a regex for one-byte subjects and another the first time it
 * reads a two-byte one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { regexCodeFromLog } from '../../../src/local/bench/regex-code';

const LOG = [
  'shared-library,/usr/bin/node,0x55d7,0x56e1,0',
  'code-creation,RegExp,3,31116,0x7f42c4003040,824,%[dfijoOs]',
  'code-creation,JS,0,40000,0x7f42c4004000,1200,fold text.ts:37:1,0x1234,~',
  'code-creation,RegExp,3,62069,0x7f42c4004980,972,\\b(?:a|b)\\x2C\\d{1\\x2C3}',
  'code-creation,RegExp,3,92069,0x7f42c4005980,1100,\\b(?:a|b)\\x2C\\d{1\\x2C3}',
  'code-creation,RegExp,3,99000,0x7f42c4006980,not-a-size,broken',
  'tick,0x7f42c4004990,100,0,0x0,5',
  '',
].join('\n');

describe('perf62: regex-code, the native regex code a first pass compiles', () => {
  it('sums the log\'s RegExp code by source, most bytes first, and skips every other line', () => {
    const code = regexCodeFromLog(LOG);
    expect(code.bytes).toBe(824 + 972 + 1100);
    expect(code.compiles).toBe(3);
    expect(code.sources).toEqual([
      { source: '\\b(?:a|b)\\x2C\\d{1\\x2C3}', bytes: 2072, compiles: 2 },
      { source: '%[dfijoOs]', bytes: 824, compiles: 1 },
    ]);
    expect(regexCodeFromLog('')).toEqual({ bytes: 0, compiles: 0, sources: [] });
  });

  it('reads a real V8 log: a regex is compiled once for one-byte subjects and again for a two-byte one', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'regex-code-test-'));
    try {
      const logFile = path.join(dir, 'v8.log');
      // Each subject read twice: V8 interprets a regex's first run and compiles it natively from the second (tier-up).
      const script = "const re = /perf62(?:one|two)byte/; for (const s of ['x perf62onebyte', 'y perf62twobyte \\u20ac']) { re.test(s); re.test(s); }";
      const run = spawnSync(process.execPath, ['--log-code', `--logfile=${logFile}`, '--no-logfile-per-isolate', '-e', script], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const mine = regexCodeFromLog(readFileSync(logFile, 'utf8')).sources.filter((s) => s.source.includes('perf62'));
      expect(mine).toHaveLength(1);
      expect(mine[0].compiles).toBe(2);
      expect(mine[0].bytes).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
