/**
 * bench61: the statement bench's fresh-process measurement (`src/local/bench/statement-child.ts`) and the code-memory
 * figures it prints (`code-memory.ts`). Only shapes and counts are asserted, never a speed (the machine is shared): a
 * child answers one request with its rounds and memory, through the core analyser and through the built bundle.
 */
import { codeMemory, formatCodeMemory, pastRegexLine } from '../../../src/local/bench/code-memory';
import { measure, runInChild, type ChildReport, type ChildRequest } from '../../../src/local/bench/statement-child';

const TEXTS = ['Increase revenue by 10% by end of Q2 2027', 'Réduire le churn de 45 % à 20 % d’ici le 31 décembre 2027'];
const REQUEST: Omit<ChildRequest, 'kind'> = { texts: TEXTS, asOf: '2026-11-26', warmMs: 0, warmPasses: 1, rounds: 2, roundMs: 1 };

function expectReport(report: ChildReport, kind: ChildRequest['kind']): void {
  expect(report.kind).toBe(kind);
  expect(report.rounds).toHaveLength(2);
  for (const round of report.rounds) {
    expect(round.wall).toBeGreaterThan(0);
    expect(round.cpu).toBeGreaterThan(0);
  }
  expect(report.firstPassCpuMicros).toBeGreaterThan(0);
  // Loading and running an analyser compiles code: both figures are read.
  expect(report.memory.loaded.executableMB).toBeGreaterThan(0);
  expect(report.memory.afterFirstPass.codeAndMetadataMB).toBeGreaterThan(0);
}

describe('bench61: the statement bench in fresh processes', () => {
  it('reads this process\'s executable and code memory', () => {
    const memory = codeMemory();
    expect(memory.executableMB).toBeGreaterThan(0);
    expect(memory.codeSpaceMB).toBeGreaterThan(0);
    expect(formatCodeMemory(memory)).toMatch(/^executable \d+\.\d MB, code space \d+\.\d MB, code and metadata \d+\.\d MB$/);
    expect(pastRegexLine({ ...memory, executableMB: 16.6 })).toBe(true);
    expect(pastRegexLine({ ...memory, executableMB: 14.2 })).toBe(false);
  });

  it('measures the core analyser and the bundle\'s SMARTSCORE path', async () => {
    expectReport(await measure({ ...REQUEST, kind: 'core' }), 'core');
    expectReport(await measure({ ...REQUEST, kind: 'bundle' }), 'bundle');
  });

  it('perf64: scores a DISTINCT column in the bundle child after its rounds, and only there', async () => {
    const distinct = [['Close 20 new accounts by January 1, 2027'], ['Réduire l’attrition du portefeuille 4 à 2 % d’ici le 1 janvier 2027']];
    const bundle = await measure({ ...REQUEST, kind: 'bundle', distinct });
    expectReport(bundle, 'bundle');
    expect(bundle.distinctCpuMicros).toBeGreaterThan(0);
    // mend64p: the rows that call scored, so the cost is a scored statement's (none left "Not computed" here).
    expect(bundle.distinctScored).toBe(2);
    expect((await measure({ ...REQUEST, kind: 'bundle' })).distinctCpuMicros).toBeUndefined();
    expect((await measure({ ...REQUEST, kind: 'core', distinct })).distinctCpuMicros).toBeUndefined();
  });

  it('answers one request from a forked child, then exits', async () => {
    expectReport(await runInChild({ ...REQUEST, kind: 'core' }, ['--import', 'tsx']), 'core');
  }, 60_000);
});
