import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';
import { catalogKeysOnce, catalogKeysOncePlugin, sharedTexts } from '../../../src/local/build/catalog-keys';
import { ROOT } from '../../../src/local/build/build';

const MESSAGES = path.join(ROOT, 'src/core/messages');

/** The exports of a module written as ES module JavaScript without imports. */
function evaluate(source: string): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(esbuild.transformSync(source, { loader: 'ts', format: 'cjs' }).code, { module, exports: module.exports });
  // Objects from another context: compared by their JSON, keys in order.
  return JSON.parse(JSON.stringify(module.exports)) as Record<string, unknown>;
}

/** The catalogs the server and sidebar bundles spread; every other messages module that rewrites is checked alike. */
const CATALOG_MODULES = ['common', 'statement', 'achievability', 'workbook', 'sidebar-shared', 'drivers', 'sidebar'];
const REWRITTEN = readdirSync(MESSAGES)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .filter((name) => CATALOG_MODULES.includes(name) || catalogKeysOnce(readFileSync(path.join(MESSAGES, `${name}.ts`), 'utf8'), name) !== null);

describe('catalog keys written once in the bundle', () => {
  it('rewrites the catalogs', () => {
    expect(REWRITTEN).toEqual(expect.arrayContaining(CATALOG_MODULES));
  });

  it.each(REWRITTEN)('rewrites messages/%s.ts into the same en and fr catalogs', (name) => {
    const file = path.join(MESSAGES, `${name}.ts`);
    const rewritten = catalogKeysOnce(readFileSync(file, 'utf8'), file);
    expect(rewritten).not.toBeNull();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const source = require(file) as { en: Record<string, string>; fr: Record<string, string> };
    const rebuilt = evaluate(rewritten as string) as { en: Record<string, string>; fr: Record<string, string> };
    expect(Object.keys(rebuilt)).toEqual(['en', 'fr']);
    expect(Object.entries(rebuilt.en)).toEqual(Object.entries(source.en));
    expect(rebuilt.fr).toEqual(source.fr);
    expect(Object.keys(rebuilt.fr).sort()).toEqual(Object.keys(source.fr).sort());
    // Each key once: in en, not again in fr.
    for (const key of Object.keys(source.en)) expect(rewritten?.split(JSON.stringify(key)).length).toBe(2);
  });

  it('writes a text the catalog repeats once, as a constant, where that is shorter (trim38)', () => {
    const file = path.join(MESSAGES, 'workbook.ts');
    const source = readFileSync(file, 'utf8');
    const rewritten = catalogKeysOnce(source, file) as string;
    // « Embauches prévues » is a column header, a label and more in workbook.ts's French side.
    expect(source.split("'Embauches prévues'").length - 1).toBeGreaterThan(1);
    expect(rewritten.split('"Embauches prévues"').length - 1).toBe(1);
    const catalog = [
      "export const en = { a: 'Planned hires', b: 'Planned hires', c: 'OK', d: 'OK', e: 'Cible' };",
      "export const fr = { a: 'Embauches', b: 'Embauches', c: 'OK', d: 'OK', e: 'Cible' };",
    ].join('\n');
    const once = catalogKeysOnce(catalog, 'small.ts') as string;
    expect(once.split('"Planned hires"').length - 1).toBe(1);
    // Near misses: a text too short to gain from a constant ("OK", four times; "Cible", twice) stays where it is.
    expect(once.split('"OK"').length - 1).toBe(4);
    expect(once.split('"Cible"').length - 1).toBe(2);
    expect(evaluate(once)).toEqual(evaluate(catalog));
    expect([...sharedTexts(['Planned hires', 'Planned hires', 'once only text', 'OK', 'OK', 'OK'])]).toEqual([['Planned hires', 'text0']]);
  });

  it('leaves a module that is no pure catalog as it is (imports, functions, or sides that differ)', () => {
    for (const f of ['index.ts', 'translate.ts', 'ui.ts']) {
      expect(catalogKeysOnce(readFileSync(path.join(MESSAGES, f), 'utf8'), f)).toBeNull();
    }
    expect(catalogKeysOnce("export const en = { a: 'A', b: 'B' };\nexport const fr = { a: 'Á' };\n", 'missing.ts')).toBeNull();
    expect(catalogKeysOnce("export const en = { a: 'A' };\nexport const fr = { a: 'Á', b: 'B' };\n", 'extra.ts')).toBeNull();
    expect(catalogKeysOnce("export const en = { a: 'A' };\nexport const fr = { a: 'Á' };\nexport const other = 1;\n", 'more.ts')).toBeNull();
  });

  it.each([
    ['server (Code.js)', 'index.ts'],
    ['sidebar (sidebar.html)', 'ui.ts'],
  ])('gives the %s bundle each catalog key once, with the French texts under their keys', async (_bundle, entryFile) => {
    const entry = path.join(MESSAGES, entryFile);
    const bundle = async (plugins: esbuild.Plugin[]) =>
      (await esbuild.build({ entryPoints: [entry], bundle: true, write: false, format: 'cjs', platform: 'neutral', charset: 'utf8', logLevel: 'silent', plugins })).outputFiles[0].text;
    const [plain, once] = await Promise.all([bundle([]), bundle([catalogKeysOncePlugin()])]);
    expect(plain.split('"verdict.realistic"').length - 1).toBe(2);
    expect(once.split('"verdict.realistic"').length - 1).toBe(1);
    const load = (code: string) => {
      const module = { exports: {} as Record<string, unknown> };
      vm.runInNewContext(code, { module, exports: module.exports });
      return module.exports as { catalogs: () => Record<'en' | 'fr', Record<string, string>>; t: (lang: 'en' | 'fr', key: string, params?: Record<string, string | number>) => string };
    };
    const [before, after] = [load(plain), load(once)];
    expect(JSON.parse(JSON.stringify(after.catalogs().fr))).toEqual(JSON.parse(JSON.stringify(before.catalogs().fr)));
    expect(JSON.stringify(after.catalogs().en)).toBe(JSON.stringify(before.catalogs().en));
    expect(after.t('fr', 'verdict.realistic')).toBe(before.t('fr', 'verdict.realistic'));
    expect(after.t('fr', 'verdict.realistic')).toBe('réaliste');
  });
});
