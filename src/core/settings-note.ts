/**
 * The line that tells the user their saved Settings were not used as saved (`normalizeSettings`' `unused` fields, or
 * the service's own message when the properties could not be read at all): shown in the Settings pane and appended
 * to the next menu run's closing toast. Nothing rewrites the stored value: saving the Settings does.
 */
import { t } from './messages';
import type { SettingsField } from './settings';
import type { Lang } from './types';

export interface SettingsReadProblems {
  /** Stored fields replaced by their defaults. */
  unused: readonly SettingsField[];
  /** The service's message when the stored value could not be read at all (a quota, an outage). */
  failure: string | null;
}

export function settingsNote(lang: Lang, problems: SettingsReadProblems): string | null {
  const fields = [...new Set(problems.unused)].map((field) => t(lang, `settings.field.${field}`));
  if (problems.failure !== null) fields.unshift(problems.failure);
  return fields.length === 0 ? null : t(lang, 'settings.note.defaults', { fields: fields.join(', ') });
}
