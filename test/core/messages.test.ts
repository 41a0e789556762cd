import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogs, langFromLocale, t } from '../../src/core/messages';
import { catalogs as cliCatalogs } from '../../src/core/messages/cli';
import { catalogs as uiCatalogs, t as tUi } from '../../src/core/messages/ui';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['server (Code.js)', catalogs()],
  ['sidebar (sidebar.html)', uiCatalogs()],
  ['CLI (src/local)', cliCatalogs()],
] as const)('FR/EN message catalog: %s', (_name, catalog) => {
  const en = catalog.en as Readonly<Record<string, string>>;
  const fr = catalog.fr as Readonly<Record<string, string>>;

  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of [...Object.entries(en), ...Object.entries(fr)]) {
      expect(`${key}: ${text.trim() === '' ? '(empty)' : 'ok'}`).toBe(`${key}: ok`);
    }
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(`${key}: ${placeholders(fr[key]).join(',')}`).toBe(`${key}: ${placeholders(en[key]).join(',')}`);
    }
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('fr', 'error.invalidNumber', { value: 'abc' })).toBe('Nombre invalide : abc');
    expect(t('en', 'error.invalidNumber')).toBe('Not a number: {value}');
    expect(tUi('fr', 'verdict.unrealistic')).toBe('irréaliste');
  });

  it('maps locales to languages', () => {
    expect(langFromLocale('fr_FR')).toBe('fr');
    expect(langFromLocale('fr-CA')).toBe('fr');
    expect(langFromLocale('en_US')).toBe('en');
    expect(langFromLocale('de_DE')).toBe('en');
    expect(langFromLocale('')).toBe('en');
    expect(langFromLocale(undefined)).toBe('en');
  });

  // Keys built at run time (`verdict.${v}`) escape the type checker: each prefix must exist in the
  // catalog of the room that builds it, or users would see a raw key.
  it.each([
    ['src/sidebar', uiCatalogs().en],
    ['src/gas', catalogs().en],
  ] as const)('every run-time key prefix used in %s exists in its catalog', (dir, en) => {
    const files = (function walk(d: string): string[] {
      return readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? walk(path.join(d, n)) : n.endsWith('.ts') ? [path.join(d, n)] : []));
    })(path.resolve(__dirname, '../..', dir));
    const prefixes = new Set(files.flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1])));
    const keys = Object.keys(en);
    for (const prefix of prefixes) expect(`${prefix}: ${keys.some((k) => k.startsWith(prefix))}`).toBe(`${prefix}: true`);
  });
});
