import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { catalogs, langFromLocale, t } from '../../src/core/messages';
import { catalogs as cliCatalogs } from '../../src/core/messages/cli';
import { catalogs as uiCatalogs, t as tUi } from '../../src/core/messages/ui';
import { KPI_CATALOG } from '../../src/core/kpi/catalog';
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)!?(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]))].sort();

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

  it('French keeps « leviers » for a goal’s actions and « inducteurs » for a driver tree’s inputs', () => {
    for (const key of Object.keys(en)) {
      // An English "driver" (a tree's input) is never a French « levier »; an English "lever" (an action) never an « inducteur ».
      if (/\bdrivers?\b/i.test(en[key])) expect(`${key}: ${/levier/i.test(fr[key]) ? fr[key] : 'ok'}`).toBe(`${key}: ok`);
      if (/\blevers?\b/i.test(en[key])) expect(`${key}: ${/inducteur/i.test(fr[key]) ? fr[key] : 'ok'}`).toBe(`${key}: ok`);
    }
    // Near misses: the action keys keep « leviers ».
    for (const key of ['sidebar.specific.levers', 'sidebar.drivers.levers', 'plan.rec.stretchLevers'].filter((k) => k in fr)) expect(fr[key]).toMatch(/[Ll]eviers/);
  });

  it('uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en)) {
      expect(`${key}: ${placeholders(fr[key]).join(',')}`).toBe(`${key}: ${placeholders(en[key]).join(',')}`);
    }
  });
});

// Typography (issue 12): French uses one apostrophe (’), a non-breaking space (U+00A0 or the narrow
// U+202F) before : ; ! ? % and inside « », and agrees plurals with their count (`{count|ligne|lignes}`)
// instead of "ligne(s)"; English has no French spacing before punctuation ("80%", not "80 %").
describe.each([
  ['server (Code.js)', catalogs()],
  ['sidebar (sidebar.html)', uiCatalogs()],
  ['CLI (src/local)', cliCatalogs()],
] as const)('typography: %s', (_name, catalog) => {
  const en = catalog.en as Readonly<Record<string, string>>;
  const fr = catalog.fr as Readonly<Record<string, string>>;
  const problems = (text: string, rules: readonly (readonly [RegExp, string])[]) => rules.filter(([re]) => re.test(text)).map(([, why]) => why);
  // Dates like "02/11/2026;24,5 %" in a file-format example and cell ranges (A2:A) keep their literal separators, and a
  // JSON request's keys ("target": 0.3, surf64) are code the add-on reads — inside a JSON object only (mend64f).
  const codeless = (text: string) => text.replace(/\{(\w+)!\}/g, '{$1}').replace(/\{"[^{}]*\}/g, '{}').replace(/\b[A-Z]{1,3}\d*:[A-Z]{1,3}\d*\b/g, 'A1').replace(/\d;\d/g, '0,0').replace(/(?:^|[^\w])[a-z]+;[a-z]+/g, ' ab');
  const FRENCH: readonly (readonly [RegExp, string])[] = [
    [/'/, "straight apostrophe (use ’)"],
    [/[^\u00a0\u202f(][:;!?%]/, 'no non-breaking space before : ; ! ? %'],
    [/«[^\u00a0\u202f]/, 'no non-breaking space after «'],
    [/[^\u00a0\u202f]»/, 'no non-breaking space before »'],
    [/\((?:s|x|es)\)/, '"(s)" plural: use {count|singular|plural}'],
    [/\bpts\b/, '"pts": write "points"'],
  ];
  const ENGLISH: readonly (readonly [RegExp, string])[] = [
    [/[\d}][ \u00a0\u202f]%/, 'French spacing before % ("80 %")'],
    [/[ \u00a0\u202f][:;!?](?:\s|$)/, 'French spacing before : ; ! ?'],
    [/[«»]/, 'French quotes'],
    [/\((?:s|es)\)/, '"(s)" plural: use {count|singular|plural}'],
  ];

  it('mend64f: only a key inside a JSON object is code (surf64’s review, 6: a quoted word in French prose was skipped)', () => {
    expect(problems(codeless('La colonne "Cible": introuvable.'), FRENCH)).not.toEqual([]);
    expect(problems(codeless('Valeur "Objectif": vide'), FRENCH)).not.toEqual([]);
    expect(problems(codeless('p. ex. {"target": 0.3, "deadline": "2027-03-31"}'), FRENCH)).toEqual([]);
  });

  it('French: ’, non-breaking spaces before : ; ! ? % and inside « », plurals by count', () => {
    const bad = Object.entries(fr).flatMap(([key, text]) => problems(codeless(text), FRENCH).map((why) => `${key}: ${why}`));
    expect(bad).toEqual([]);
  });

  it('French: no « de » or « que » right before a KPI, tab or series name the workbook spells (« de Attrition » cannot elide)', () => {
    // The name comes from the user's tab or column, article-less and capitalised: « cible de Attrition », « passé de
    // Chiffre d’affaires » (review 14). Put the name first («\u202f{kpi}\u202f: historique… ») or quote it.
    const bad = Object.entries(fr).filter(([, text]) => /(?:^|[^\p{L}’])(?:de|que) \{(?:kpi|name|sheet|series|tab)\w*\}/u.test(text)).map(([key, text]) => `${key}: ${text}`);
    expect(bad).toEqual([]);
  });

  it('English: no French spacing or quotes, plurals by count', () => {
    const bad = Object.entries(en).flatMap(([key, text]) => problems(text, ENGLISH).map((why) => `${key}: ${why}`));
    expect(bad).toEqual([]);
  });
});

describe('typography outside the catalogs', () => {
  it('French KPI labels (shown in sentences and reports) use ’', () => {
    expect(KPI_CATALOG.filter((k) => k.label.fr.includes("'")).map((k) => k.label.fr)).toEqual([]);
  });

  it('French function help in the registry follows the catalog rules', () => {
    const bad = CUSTOM_FUNCTIONS.flatMap((f) => [f.summary.fr, f.returns.help.fr, ...f.params.map((p) => p.help.fr)]).filter((text) => /'| [:;!?%»]|« /.test(text));
    expect(bad).toEqual([]);
  });
});

describe('translation', () => {
  it('agrees {count|singular|plural} with the count in each language', () => {
    expect(t('fr', 'achievability.reason.future', { count: 1 })).toBe('1 ligne datée après aujourd’hui écartée de l’historique.');
    expect(t('fr', 'achievability.reason.future', { count: 0 })).toBe('0 ligne datée après aujourd’hui écartée de l’historique.');
    expect(t('fr', 'achievability.reason.future', { count: 3 })).toBe('3 lignes datées après aujourd’hui écartées de l’historique.');
    expect(t('en', 'achievability.reason.future', { count: 1 })).toBe('1 row dated after today left out of the history.');
    expect(t('en', 'achievability.reason.future', { count: 0 })).toBe('0 rows dated after today left out of the history.');
    expect(t('en', 'align.split.seasonal', { years: 2, quarters: 'x' })).toBe('Proposed quarterly split from 2 past years of this KPI: x.');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('fr', 'error.invalidNumber', { value: 'abc' })).toBe('Nombre invalide\u202f: abc');
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

// mend66p (perf66's review, finding 2): a statement message no source names is dead weight in the bundle (perf66 left
// `statement.achievable.noTarget` and its fix in both languages when SMARTSCORE stopped writing them). A key is named
// literally, or by a run-time prefix (`statement.timeBound.${…}`) of two parts at least.
describe('mend66p: every statement message has a user', () => {
  it('names each key of the statement catalog outside the catalogs', async () => {
    const { en } = await import('../../src/core/messages/statement');
    const files = (function walk(d: string): string[] {
      return readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? (n === 'messages' ? [] : walk(path.join(d, n))) : n.endsWith('.ts') ? [path.join(d, n)] : []));
    })(path.resolve(__dirname, '../../src'));
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const named = (key: string) => {
      if (source.includes(`'${key}'`) || source.includes(`"${key}"`)) return true;
      const parts = key.split('.');
      for (let i = parts.length - 1; i >= 2; i--) if (source.includes(`\`${parts.slice(0, i).join('.')}.\${`)) return true;
      return false;
    };
    expect(Object.keys(en).length).toBeGreaterThan(20);
    expect(Object.keys(en).filter((key) => !named(key))).toEqual([]);
  });
});
