/**
 * The sidebar's FR/EN catalog: the shared messages (verdicts, criteria,
 * periods…), the sidebar texts the server also sends, and the UI's own.
 * Only src/sidebar imports it, so these strings ship in sidebar.html only.
 */
import type { Lang } from '../types';
import * as common from './common';
import * as sidebarShared from './sidebar-shared';
import * as sidebar from './sidebar';
import { translator, type Catalog, type MessageParams } from './translate';

export { langFromLocale, type MessageParams } from './translate';

const en = { ...common.en, ...sidebarShared.en, ...sidebar.en };
const fr: Record<MessageKey, string> = { ...common.fr, ...sidebarShared.fr, ...sidebar.fr };

/** Every key the sidebar can show. */
export type MessageKey = keyof typeof en;

const CATALOG: Catalog<MessageKey> = { en, fr };

/** Returns the localized sidebar message with `{name}` placeholders filled in. */
export const t: (lang: Lang, key: MessageKey, params?: MessageParams, names?: readonly string[]) => string = translator(CATALOG);

/** The catalog, for completeness tests. */
export function catalogs(): Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> {
  return CATALOG;
}
