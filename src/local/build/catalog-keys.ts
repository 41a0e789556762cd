/**
 * An esbuild plugin that writes each FR/EN catalog's keys once in the bundle. A messages module
 * (src/core/messages/common.ts, workbook.ts…) exports `en` and `fr`, two objects with the same keys
 * ("check.note.notAbove"…); the minifier cannot shorten a property name, so every key was written
 * twice, about 15 KB of Code.js. The module is bundled as `en` written out and `fr` as its values in
 * `en`'s key order, put back into the same object at load: `fr[key]` is what the source says, and
 * `test/local/build/catalog-keys.test.ts` compares each rewritten module with its source.
 * The source keeps its readable form: each key next to its text in both languages. A text the module writes more
 * than once, on either side, is written once as a constant where that is shorter (`sharedTexts`, trim38).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

/** The messages modules the server and sidebar catalogs spread (not index.ts, ui.ts or translate.ts, which import). */
export const CATALOG_MODULE = /[\\/]src[\\/]core[\\/]messages[\\/][\w-]+\.ts$/;

type Messages = Record<string, string>;

function isMessages(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((text) => typeof text === 'string');
}

/**
 * The module's source with `fr` written as values in `en`'s key order, or null when the module is not a
 * pure `{ en, fr }` catalog with the same keys on both sides (it is then bundled as it is).
 */
export function catalogKeysOnce(source: string, file: string): string | null {
  const commonJs = esbuild.transformSync(source, { loader: 'ts', format: 'cjs', sourcefile: file }).code;
  if (/\brequire\(/.test(commonJs)) return null;
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(commonJs, { module, exports: module.exports }, { filename: file });
  const { en, fr, ...others } = module.exports;
  if (Object.keys(others).length > 0 || !isMessages(en) || !isMessages(fr)) return null;
  const keys = Object.keys(en);
  const frKeys = Object.keys(fr);
  if (frKeys.length !== keys.length || !keys.every((key) => Object.prototype.hasOwnProperty.call(fr, key))) return null;
  const shared = sharedTexts([...keys.map((key) => en[key]), ...keys.map((key) => fr[key])]);
  const text = (value: string): string => shared.get(value) ?? JSON.stringify(value);
  return [
    ...[...shared].map(([value, name]) => `const ${name} = ${JSON.stringify(value)};`),
    `export const en = {${keys.map((key) => `${JSON.stringify(key)}:${text(en[key])}`).join(',')}};`,
    `const frInEnglishOrder = [${keys.map((key) => text(fr[key])).join(',')}];`,
    'export const fr = Object.fromEntries(Object.keys(en).map((key, index) => [key, frInEnglishOrder[index]]));',
    '',
  ].join('\n');
}

/**
 * The texts a catalog writes more than once ("Planned hires" as a column, a label and a note's word; « Verdict » on
 * both sides), each to be written once as a constant the minifier names in two or three letters (trim38). Only where
 * that is shorter: n copies of a text of length L cost n·L, a constant L + about 4 and each use about 2 (the bound
 * that wrote the smallest Code.js among those tried).
 */
export function sharedTexts(values: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const shared = new Map<string, string>();
  for (const [value, count] of counts) {
    if ((count - 1) * JSON.stringify(value).length > 4 + 2 * count) shared.set(value, `text${shared.size}`);
  }
  return shared;
}

export function catalogKeysOncePlugin(): esbuild.Plugin {
  return {
    name: 'catalog-keys-once',
    setup(build) {
      build.onLoad({ filter: CATALOG_MODULE }, (args) => {
        const contents = catalogKeysOnce(readFileSync(args.path, 'utf8'), args.path);
        return contents === null ? undefined : { contents, loader: 'js' };
      });
    },
  };
}
