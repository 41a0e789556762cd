/**
 * The translation machinery shared by the server catalog (./index.ts, bundled
 * into Code.js) and the sidebar catalog (./ui.ts, bundled into sidebar.html):
 * each bundle carries only the messages it can show.
 */
import type { Lang } from '../types';

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** A FR/EN catalog whose French side is typed from the English one. */
export type Catalog<K extends string> = Record<Lang, Record<K, string>>;

/** `t(lang, key, params)` over one catalog: placeholders filled, unknown ones left visible. */
export function translator<K extends string>(catalog: Catalog<K>): (lang: Lang, key: K, params?: MessageParams) => string {
  return (lang, key, params) => {
    const template = catalog[lang][key] ?? catalog.en[key] ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
    );
  };
}

/** Maps any locale string ("fr_FR", "fr-CA", "en_US", "") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr\b|^fr[_-]/i.test(locale.trim()) ? 'fr' : 'en';
}
