import type { Lang } from '../types';
import * as common from './common';
import * as statement from './statement';
import * as achievability from './achievability';
import * as workbook from './workbook';
import * as sidebar from './sidebar';

const en = { ...common.en, ...statement.en, ...achievability.en, ...workbook.en, ...sidebar.en };
const fr: Record<MessageKey, string> = {
  ...common.fr,
  ...statement.fr,
  ...achievability.fr,
  ...workbook.fr,
  ...sidebar.fr,
};

/** Every key of the FR/EN catalog. */
export type MessageKey = keyof typeof en;

/** Parameters substituted into `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

const CATALOG: Record<Lang, Record<MessageKey, string>> = { en, fr };

/** Returns the localized message with `{name}` placeholders filled in. */
export function t(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const template = CATALOG[lang][key] ?? CATALOG.en[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** True when `key` is a catalog key (for keys built at run time, e.g. `verdict.${v}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Both catalogs, for completeness tests and documentation. */
export function catalogs(): Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> {
  return CATALOG;
}

/** Maps any locale string ("fr_FR", "fr-CA", "en_US", "") to a supported language. */
export function langFromLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^fr\b|^fr[_-]/i.test(locale.trim()) ? 'fr' : 'en';
}
