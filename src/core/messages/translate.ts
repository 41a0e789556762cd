/**
 * The translation machinery shared by the server catalog (./index.ts, bundled
 * into Code.js) and the sidebar catalog (./ui.ts, bundled into sidebar.html):
 * each bundle carries only the messages it can show.
 */
import type { Lang } from '../types';

/** Parameters substituted into `{name}` placeholders (and choosing `{name|singular|plural}` forms; `{name!}`: lower-case first word). */
export type MessageParams = Record<string, string | number>;

/** A FR/EN catalog whose French side is typed from the English one. */
export type Catalog<K extends string> = Record<Lang, Record<K, string>>;

/**
 * Each template cut once at its placeholders and remembered: `split` gives its text, then for each placeholder the whole
 * `{…}`, its name, `!`, singular and plural (undefined when absent), then the text after it — six entries a placeholder. A
 * statement's evaluation fills some eight messages; a `replace` with a callback re-reading each template cost about a
 * microsecond a message (perf42). Templates are the catalogs' strings or an unknown key: one entry a message at most.
 */
const PLACEHOLDER_RE = /(\{(\w+)(!)?(?:\|([^|{}]*)\|([^|{}]*))?\})/;
const pieces = new Map<string, ReadonlyArray<string | undefined>>();

/** `t(lang, key, params)` over one catalog: placeholders filled, unknown ones left visible. */
export function translator<K extends string>(catalog: Catalog<K>): (lang: Lang, key: K, params?: MessageParams, names?: readonly string[]) => string {
  return (lang, key, params, names) => {
    const template = catalog[lang][key] ?? catalog.en[key] ?? key;
    // A message without a placeholder is returned as it is, without running the placeholder regex over it.
    if (!params || !template.includes('{')) return template;
    let cut = pieces.get(template);
    if (!cut) pieces.set(template, (cut = template.split(PLACEHOLDER_RE)));
    let out = cut[0] ?? '';
    for (let i = 1; i < cut.length; i += 6) {
      const [whole = '', name = '', clause, one, other] = cut.slice(i, i + 5);
      const value = params[name];
      // `{reason!}`: a sentence joined after a colon starts lower-case in French (« X ne peut pas être prévu : seulement
      // 2 points… »): only a capital followed by a lower-case letter (« KPI », « S-Q1 », « G1 » kept), and never a value
      // the caller says starts with an ID or a proper name (`names`: « S-Q1, S-Q2… totalisent », « Équipe Nord »). An
      // elided article or pronoun (« L’échéance », « D’après ») is a capital before an apostrophe: lower-cased too (audit61:
      // « Temporel : L’échéance … est déjà passée »). A KPI's label in French running text alike (polish61, the lead's
      // ruling: « Nomme le KPI (chiffre d’affaires) », NPS and CSAT kept); one standing alone keeps its capital.
      if (!Object.prototype.hasOwnProperty.call(params, name)) out += whole;
      else if (clause && !names?.includes(name)) out += String(value).replace(/^\p{Lu}(?=\p{Ll}|['’]\p{L})/u, (c) => c.toLowerCase());
      else out += clause || one === undefined || other === undefined ? String(value) : isSingular(lang, value) ? one : other;
      out += cut[i + 5] ?? '';
    }
    return out;
  };
}

/**
 * `{count|ligne|lignes}` picks the form agreeing with `count`: French treats 0 and 1 as
 * singular ("0 ligne ignorée"), English only 1 ("0 rows"). A non-numeric value takes the plural.
 */
function isSingular(lang: Lang, value: string | number): boolean {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) return false;
  return lang === 'fr' ? Math.abs(n) < 2 : Math.abs(n) === 1;
}

/**
 * A request's "lang" (smartAssess, `assess --json`): "fr"/"en" in any case, with or without a region ("FR", "fr-CA",
 * "fr_FR"); null when it names none (absent, null, ""); undefined for a language the add-on does not speak ("de").
 */
export function requestLang(value: unknown): Lang | null | undefined {
  if (value == null || value === '') return null;
  const m = typeof value === 'string' ? /^(en|fr)(?:[-_]\w+)?$/i.exec(value.trim()) : null;
  return m ? (m[1].toLowerCase() as Lang) : undefined;
}

/** Maps any locale string ("fr_FR", "fr-CA", "en_US", "") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr\b|^fr[_-]/i.test(locale.trim()) ? 'fr' : 'en';
}
