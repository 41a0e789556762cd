/**
 * misc13: one French typography rule for every French string the add-on shows — the FR catalogs (server, sidebar,
 * CLI) and the custom functions' French help. The brief's rule, and the one the formatters use (core/format.ts:
 * numbers grouped with U+202F, « 25 % » with U+202F since misc13; the report's cell formats the same, plan/layout.ts
 * `frenchPercent`): a narrow no-break space (U+202F) before ; : ! ? % and inside « guillemets ». The catalog mixed
 * it with U+00A0 and plain spaces. Not governed: the no-break space U+00A0 before a unit or currency sign (« 12 € »,
 * « 30 secondes »), as CLDR writes money, and tokens that are no French punctuation — a range A2:A, a CSV sample
 * date;valeur, a Sheets error code #DIV/0!, a placeholder's lower-casing mark {detail!}, a JSON object's key {"target": …} in a
 * request the CLI's help shows (surf64: code the add-on reads; mend64f: inside a JSON object only, a quoted word of French prose is prose). English is not touched.
 */
import { catalogs } from '../../src/core/messages';
import { catalogs as cliCatalogs } from '../../src/core/messages/cli';
import { catalogs as uiCatalogs } from '../../src/core/messages/ui';
import { formatPercent } from '../../src/core/format';
import { CUSTOM_FUNCTIONS } from '../../src/gas/registry';

/** Every `fr` string under a value (the registry's help, summaries, examples' French). */
function frenchOf(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => frenchOf(item, found));
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'fr' && typeof inner === 'string') found.push(inner);
      else frenchOf(inner, found);
    }
  }
  return found;
}

/** The places in `text` that break the rule, each with a little context. */
function typographyFaults(text: string): string[] {
  const checked = text.replace(/\{\w+!\}/g, '{x}').replace(/#[A-Z/0]+[!?]/g, '#E').replace(/\{"[^{}]*\}/g, '{}');
  const faults = [
    // A plain or U+00A0 space before ; : ! ? %.
    /[ \u00a0][;:!?%]/g,
    // ; : ! ? glued to a word and followed by a space or the end: French punctuation without its space.
    /[^\s\u202f{(][;:!?](?=[\s\u00a0\u202f]|$)/g,
    // 25% without a space.
    /\d%/g,
    // « or » without U+202F inside.
    /«(?!\u202f)|(?<!\u202f)»/g,
  ];
  return faults.flatMap((rule) => [...checked.matchAll(rule)].map((m) => JSON.stringify(checked.slice(Math.max(0, (m.index ?? 0) - 12), (m.index ?? 0) + 4))));
}

const FRENCH: Array<[string, Readonly<Record<string, string>>]> = [
  ['server', catalogs().fr],
  ['sidebar', uiCatalogs().fr],
  ['CLI', cliCatalogs().fr],
];

describe('French typography (misc13)', () => {
  it.each(FRENCH)('every string of the %s catalog follows the rule', (_, catalog) => {
    const faults = Object.entries(catalog).flatMap(([key, text]) => typographyFaults(text).map((fault) => `${key}: ${fault}`));
    expect(faults).toEqual([]);
  });

  it('every French help text of the custom functions follows it', () => {
    const texts = frenchOf(CUSTOM_FUNCTIONS);
    expect(texts.length).toBeGreaterThan(30);
    expect(texts.flatMap(typographyFaults)).toEqual([]);
  });

  it('the formatters write the same space: 25 % and « … »', () => {
    expect(formatPercent(0.255, 'fr')).toBe('25,5\u202f%');
    expect(formatPercent(0.255, 'en')).toBe('25.5%');
  });

  it('the rule catches what the catalog used to hold', () => {
    expect(typographyFaults('Erreur\u00a0: x')).toHaveLength(1);
    expect(typographyFaults('Erreur : x ; y')).toHaveLength(2);
    expect(typographyFaults('Erreur: x')).toHaveLength(1);
    expect(typographyFaults('de 25 % à 30%')).toHaveLength(2);
    expect(typographyFaults('«\u00a0a\u00a0» et « b »')).toHaveLength(4);
    expect(typographyFaults('Plage A2:A, fichier date;valeur, #DIV/0! ou {detail!}\u202f: 12\u00a0€')).toEqual([]);
    // surf64: a JSON key is code; French prose after a quoted word is still caught.
    expect(typographyFaults('p. ex. {"target": 0.3, "deadline": "2027-03-31"}')).toEqual([]);
    expect(typographyFaults('«\u202fcible\u202f»: 0,3')).toHaveLength(1);
    // mend64f (surf64's review, 6): only a key inside a JSON object is code; a quoted word in French prose is not a key.
    expect(typographyFaults('La colonne "Cible": introuvable.')).toHaveLength(1);
    expect(typographyFaults('Valeur "Objectif": vide')).toHaveLength(1);
    expect(typographyFaults('Colonne "Cible"\u202f: introuvable, p. ex. {"target": 0.3}')).toEqual([]);
  });

  it('English keeps its own rule: no space before the colon or the percent sign', () => {
    const english = Object.entries(catalogs().en).filter(([, text]) => /[\u202f][;:!?%]/.test(text));
    expect(english).toEqual([]);
  });
});
