/**
 * perf42: `translator` cuts each template once at its placeholders and remembers the pieces, instead of a `replace` with a
 * callback on every call. The message must not change: every template of the three catalogs (server, sidebar, CLI), FR
 * and EN, is filled here by the new translator and by the code before perf42 (copied below as the oracle) with the same
 * parameters — strings, numbers that choose a singular or a plural, capitals that `{name!}` lower-cases, a caller's
 * `names`, and parameters left out — twice, so the remembered pieces are read too; then near misses: braces that are no
 * placeholder, an unknown key, a parameter value holding a placeholder of its own.
 */
import { catalogs } from '../../src/core/messages';
import { catalogs as cliCatalogs } from '../../src/core/messages/cli';
import { translator, type MessageParams } from '../../src/core/messages/translate';
import { catalogs as uiCatalogs } from '../../src/core/messages/ui';
import type { Lang } from '../../src/core/types';

/** The translator before perf42, as it was (the oracle). */
function before(catalog: Record<Lang, Record<string, string>>): (lang: Lang, key: string, params?: MessageParams, names?: readonly string[]) => string {
  const isSingular = (lang: Lang, value: string | number): boolean => {
    const n = typeof value === 'number' ? value : Number(value);
    if (!Number.isFinite(n)) return false;
    return lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
  };
  return (lang, key, params, names) => {
    const template = catalog[lang][key] ?? catalog.en[key] ?? key;
    if (!params || !template.includes('{')) return template;
    return template.replace(/\{(\w+)(!)?(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, clause?: string, one?: string, other?: string) => {
      if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
      const value = params[name];
      if (clause && !names?.includes(name)) return String(value).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
      if (clause) return String(value);
      if (one === undefined || other === undefined) return String(value);
      return isSingular(lang, value) ? one : other;
    });
  };
}

const names = (template: string): string[] => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))];

/** Parameter sets for a template's placeholders: each value kind, and every other placeholder left out. */
function paramSets(template: string): Array<{ params: MessageParams; names?: readonly string[] }> {
  const keys = names(template);
  const fill = (value: (key: string, i: number) => string | number): MessageParams => Object.fromEntries(keys.map((k, i) => [k, value(k, i)]));
  return [
    { params: fill((k) => `Valeur ${k}`) },
    { params: fill((k) => `Équipe Nord ${k}`), names: keys.slice(0, 1) },
    { params: fill(() => 1) },
    { params: fill(() => 0) },
    { params: fill(() => 2) },
    { params: fill(() => -1) },
    { params: fill(() => '1,5') },
    { params: fill(() => 'KPI S-Q1') },
    { params: fill((_k, i) => (i % 2 === 0 ? 'G1' : 3)) },
    { params: Object.fromEntries(keys.filter((_k, i) => i % 2 === 1).map((k) => [k, `x${k}`])) },
    { params: {} },
  ];
}

describe.each([
  ['server (Code.js)', catalogs()],
  ['sidebar (sidebar.html)', uiCatalogs()],
  ['CLI (src/local)', cliCatalogs()],
] as const)('perf42: the remembered pieces fill every message as before: %s', (_name, catalog) => {
  const both = catalog as unknown as Record<Lang, Record<string, string>>;
  const now = translator(both);
  const old = before(both);

  it.each(['en', 'fr'] as const)('%s, every template, twice', (lang) => {
    const differ: string[] = [];
    let filled = 0;
    for (const [key, template] of Object.entries(both[lang])) {
      for (const { params, names: given } of paramSets(template)) {
        for (let round = 0; round < 2; round++) {
          const expected = old(lang, key, params, given);
          if (now(lang, key, params, given) !== expected) differ.push(`${key} (${JSON.stringify(params)})`);
          if (expected !== template) filled++;
        }
      }
    }
    expect(differ).toEqual([]);
    // Templates with placeholders were filled (the comparison is not made on unchanged strings only).
    expect(filled).toBeGreaterThan(100);
  });
});

describe('perf42: near misses', () => {
  const catalog = {
    en: {
      braces: 'A set {not a placeholder} and {}, {a b}, {x|one}, then {count|row|rows} and {n}.',
      reason: 'Cannot forecast: {reason!}',
      nested: 'Value: {v} / {w}',
    },
    fr: {
      braces: 'Un ensemble {pas un repère} et {}, {a b}, {x|un}, puis {count|ligne|lignes} et {n}.',
      reason: 'Prévision impossible\u202f: {reason!}',
      nested: 'Valeur\u202f: {v} / {w}',
    },
  };
  const now = translator(catalog as Record<Lang, Record<string, string>>);
  const old = before(catalog);

  it.each([
    ['en', 'braces', { count: 1, n: 'N' }, 'A set {not a placeholder} and {}, {a b}, {x|one}, then row and N.'],
    ['fr', 'braces', { count: 0, n: 'N' }, 'Un ensemble {pas un repère} et {}, {a b}, {x|un}, puis ligne et N.'],
    ['fr', 'braces', { count: 2 }, 'Un ensemble {pas un repère} et {}, {a b}, {x|un}, puis lignes et {n}.'],
    ['fr', 'reason', { reason: 'Seulement 2 points' }, 'Prévision impossible\u202f: seulement 2 points'],
    ['en', 'reason', { reason: 'KPI missing' }, 'Cannot forecast: KPI missing'],
    // A value holding a placeholder is written as it is, never filled in turn.
    ['en', 'nested', { v: '{w}', w: 'W' }, 'Value: {w} / W'],
    ['fr', 'unknown.key {v}', { v: 'V' }, 'unknown.key V'],
  ] as const)('%s %s', (lang, key, params, expected) => {
    expect(old(lang, key, params)).toBe(expected);
    expect(now(lang, key as never, params)).toBe(expected);
    expect(now(lang, key as never, params)).toBe(expected);
  });
});
