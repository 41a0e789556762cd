/**
 * The server's FR/EN catalog (everything Code.js can show: formulas, menus,
 * checks, reports, and what it sends to the sidebar). The sidebar UI's own
 * strings live in ./ui.ts so they do not weigh on every custom-function call.
 */
import type { Lang } from '../types';
import * as common from './common';
import * as statement from './statement';
import * as achievability from './achievability';
import * as workbook from './workbook';
import * as sidebarShared from './sidebar-shared';
import * as drivers from './drivers';
import { translator, type Catalog, type MessageParams } from './translate';

export { langFromLocale, requestLang, type MessageParams } from './translate';

const en = { ...common.en, ...statement.en, ...achievability.en, ...workbook.en, ...sidebarShared.en, ...drivers.en };
const fr: Record<MessageKey, string> = {
  ...common.fr,
  ...statement.fr,
  ...achievability.fr,
  ...workbook.fr,
  ...sidebarShared.fr,
  ...drivers.fr,
};

/** Every key of the server catalog. */
export type MessageKey = keyof typeof en;

const CATALOG: Catalog<MessageKey> = { en, fr };

/** Returns the localized message with `{name}` placeholders filled in. */
export const t: (lang: Lang, key: MessageKey, params?: MessageParams, names?: readonly string[]) => string = translator(CATALOG);

/** True when `key` is a catalog key (for keys built at run time, e.g. `verdict.${v}`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Both catalogs, for completeness tests and documentation. */
export function catalogs(): Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> {
  return CATALOG;
}
