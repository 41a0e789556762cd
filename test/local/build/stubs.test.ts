import { customFunctionStub, generateStubs, StubGenerationError, validateRegistry, type BundleExport } from '../../../src/local/build/stubs';
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../../../src/gas/registry';
import { CODE_PATH } from '../../../src/local/runtime';

const SPEC: CustomFunctionSpec = {
  name: 'DEMOSCORE',
  summary: { en: 'Scores a demo goal.', fr: 'Note un objectif de démonstration.' },
  params: [
    { name: 'goal', type: 'string|Array<Array<string>>', help: { en: 'The goal sentence.', fr: "La phrase d'objectif." } },
    { name: 'as_of', type: 'Date', optional: true, help: { en: 'Reference date.', fr: 'Date de référence.' } },
  ],
  returns: { type: 'number', help: { en: 'A score from 0 to 100.', fr: 'Une note de 0 à 100.' } },
  examples: [{ formula: '=DEMOSCORE(A2)', args: ['Increase revenue'] }],
};

const EXPORTS: BundleExport[] = [
  { name: 'DEMOSCORE', isFunction: true },
  { name: 'onOpen', isFunction: true },
];

describe('stub generation', () => {
  it('writes a JSDoc-documented custom function stub that forwards to the bundle', () => {
    const stub = customFunctionStub(SPEC, 'G');
    expect(stub).toContain('@customfunction');
    expect(stub).toContain('@param {string|Array<Array<string>>} goal The goal sentence.');
    // Google's JSDoc guide: the Sheets formula helper does not recognize `[name]` for an optional parameter
    // (developers.google.com/apps-script/concepts/jsdoc, "Supported tags and UI limitations"): the help says it.
    expect(stub).toContain('@param {Date} as_of Optional. Reference date.');
    expect(stub).not.toContain('[as_of]');
    expect(stub).toContain('@return {number} A score from 0 to 100.');
    expect(stub).toMatch(/^function DEMOSCORE\(goal, as_of\) \{$/m);
    expect(stub).toContain('return G.DEMOSCORE(...arguments);');
  });

  it('forwards every argument a stub gets, as many as it gets, and returns what the bundle returns', () => {
    const code = generateStubs([...EXPORTS, { name: 'showHelp', isFunction: true }], [SPEC], 'G');
    const calls: unknown[][] = [];
    const record =
      (name: string) =>
      (...args: unknown[]): string => {
        calls.push([name, ...args]);
        return `${name} done`;
      };
    const context = vm.createContext({ G: { DEMOSCORE: record('DEMOSCORE'), onOpen: record('onOpen'), showHelp: record('showHelp') } });
    vm.runInContext(code, context);
    const run = (source: string): unknown => vm.runInContext(source, context);
    expect(run('DEMOSCORE("Raise revenue", new Date(0).getTime(), undefined, 4)')).toBe('DEMOSCORE done');
    expect(run('onOpen({ authMode: "NONE" })')).toBe('onOpen done');
    expect(run('showHelp()')).toBe('showHelp done');
    expect(calls).toEqual([['DEMOSCORE', 'Raise revenue', 0, undefined, 4], ['onOpen', { authMode: 'NONE' }], ['showHelp']]);
  });

  it('generates entry points for non-registry exports without @customfunction', () => {
    const code = generateStubs(EXPORTS, [SPEC], 'G');
    expect(code.match(/@customfunction/g)).toHaveLength(1);
    expect(code).toMatch(/^function onOpen\(\) \{ return G\.onOpen\(\.\.\.arguments\); \}$/m);
  });

  it('puts one comment before the entry points, none on each (their JSDoc only feeds the editor: bytes of the budget)', () => {
    const code = generateStubs([...EXPORTS, { name: 'showHelp', isFunction: true }], [SPEC], 'G');
    const entries = code.slice(code.indexOf('@customfunction'));
    expect(entries.match(/\/\*\*/g)).toHaveLength(1);
    // One line per entry point, none blank between (trim38: about 12 bytes each of the bundle's budget).
    expect(entries).toMatch(
      /\*\/\nfunction onOpen\(\) \{ return G\.onOpen\(\.\.\.arguments\); \}\nfunction showHelp\(\) \{ return G\.showHelp\(\.\.\.arguments\); \}\n$/,
    );
    expect(generateStubs([{ name: 'DEMOSCORE', isFunction: true }], [SPEC], 'G')).not.toContain('Entry points');
  });

  it('refuses a registry entry without implementation', () => {
    expect(() => generateStubs([{ name: 'onOpen', isFunction: true }], [SPEC], 'G')).toThrow(StubGenerationError);
    expect(validateRegistry([{ name: 'onOpen', isFunction: true }], [SPEC])).toEqual([
      'registry entry DEMOSCORE has no implementation exported from src/gas/index.ts',
    ]);
  });

  it('refuses an UPPER_CASE export that has no registry entry (it would have no JSDoc)', () => {
    const problems = validateRegistry([...EXPORTS, { name: 'UNDOCUMENTED', isFunction: true }], [SPEC]);
    expect(problems).toEqual([expect.stringContaining('export UNDOCUMENTED looks like a custom function but has no registry entry')]);
  });

  it('refuses exports that are not functions, duplicates, missing translations and misplaced optionals', () => {
    const broken: CustomFunctionSpec = {
      ...SPEC,
      summary: { en: 'x', fr: '' },
      params: [
        { name: 'a', type: 'number', optional: true, help: { en: 'a', fr: 'a' } },
        { name: 'b', type: 'number', help: { en: 'b', fr: '' } },
      ],
      examples: [],
    };
    const problems = validateRegistry([{ name: 'DEMOSCORE', isFunction: false }, { name: 'VERSION', isFunction: false }], [broken, broken]);
    expect(problems).toEqual(
      expect.arrayContaining([
        'registry entry DEMOSCORE is declared twice',
        'registry entry DEMOSCORE is exported but is not a function',
        'registry entry DEMOSCORE needs an English and a French summary',
        'registry entry DEMOSCORE needs at least one example',
        'DEMOSCORE: parameter b needs English and French help',
        'DEMOSCORE: required parameter b follows an optional one',
        'export VERSION is not a function: only functions can be top-level Apps Script entry points',
      ]),
    );
  });

  it('says "Optional." once, and only for optional parameters (the Sheets helper shows every parameter as required)', () => {
    const stub = customFunctionStub(
      {
        ...SPEC,
        params: [
          { name: 'goal', type: 'string', help: { en: 'Optimal wording of the goal.', fr: 'x' } },
          { name: 'history', type: 'Array<Array<number>>', optional: true, help: { en: 'Optional KPI history.', fr: 'x' } },
        ],
      },
      'G',
    );
    expect(stub).toContain('@param {string} goal Optimal wording of the goal.');
    expect(stub).toContain('@param {Array<Array<number>>} history Optional KPI history.');
    expect(stub).not.toContain('Optional. Optional');
  });

  it('the built bundle: no parameter of a custom function is written [name], every optional one says so', () => {
    const code = readFileSync(CODE_PATH, 'utf8');
    for (const spec of CUSTOM_FUNCTIONS) {
      const doc = code.slice(code.lastIndexOf('/**', code.indexOf(`\nfunction ${spec.name}(`)), code.indexOf(`\nfunction ${spec.name}(`));
      expect(doc).toContain('@customfunction');
      for (const p of spec.params) expect(doc).toMatch(new RegExp(`@param \\{[^}]*\\} ${p.name} ${p.optional ? 'Optional\\b' : '(?!Optional\\. )'}`));
      expect(doc).not.toMatch(/@param \{[^}]*\} \[/);
    }
  });

  it('keeps "*/" in help text from closing the JSDoc comment early', () => {
    const stub = customFunctionStub({ ...SPEC, summary: { en: 'Ends */ early?', fr: 'x' } }, 'G');
    expect(stub.indexOf('*/')).toBe(stub.lastIndexOf('*/'));
  });
});
