/**
 * Settings live in the document's properties (they belong to the
 * spreadsheet, so everyone editing it gets the same plan rules), as one
 * JSON value read through `normalizeSettings`.
 */
import { normalizeSettings, type Settings, type SettingsField } from '../../core/settings';

export const SETTINGS_PROPERTY = 'smartGoals.settings';

/** The saved settings, and why they could not be read when that was not Apps Script's AuthMode.NONE refusal. */
export interface SettingsRead {
  settings: Settings;
  /** The service's message ("Service invoked too many times for one day: properties."), null when read or refused. */
  failure: string | null;
  /** Stored fields that could not be used and were replaced by their defaults (the stored value is left as it is). */
  unused: SettingsField[];
}

/**
 * Apps Script's refusal of a service in an authorization mode that forbids it ("You do not have permission to call
 * …", "Authorization is required …"): there the defaults are the right answer (onOpen in AuthMode.NONE).
 */
function isPermissionRefusal(message: string): boolean {
  // Apps Script words its errors in the user's language: « Vous n'êtes pas autorisé… », « Sie sind nicht berechtigt… ».
  return /permission|authori[sz]|autoris|berechtig|permiso|permesso|permiss[aã]o|toestemming|uprawnie/i.test(message);
}

export function readSettingsWithFailure(): SettingsRead {
  // No Properties service at all (the CLI and the evaluations run the bundle with SpreadsheetApp only): the defaults.
  if (typeof PropertiesService === 'undefined') return { settings: normalizeSettings(null), failure: null, unused: [] };
  try {
    // "Returns null if … document properties are not available" (Apps Script reference, getDocumentProperties()).
    const properties = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
    const unused: SettingsField[] = [];
    const settings = normalizeSettings(properties ? properties.getProperty(SETTINGS_PROPERTY) : null, unused);
    return { settings, failure: null, unused };
  } catch (error) {
    const message = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
    // Defaults either way (a menu must still open); a failure other than the refusal is kept so that a custom
    // function can say so instead of silently answering in another language or under another policy (review7: the
    // daily properties quota — 50,000 reads for consumer accounts, developers.google.com/apps-script/guides/services/quotas).
    return { settings: normalizeSettings(null), failure: isPermissionRefusal(message) ? null : message, unused: [] };
  }
}

export function readSettings(): Settings {
  return readSettingsWithFailure().settings;
}

/**
 * Saves the Settings; false when there is no document to keep them in: getDocumentProperties() "returns null" when
 * "document properties are not available" — the script neither "published and executing as an add-on" nor "bound to
 * a Google file type" (Apps Script reference, PropertiesService.getDocumentProperties()).
 */
export function writeSettings(settings: Settings): boolean {
  const properties = PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties | null;
  properties?.setProperty(SETTINGS_PROPERTY, JSON.stringify(normalizeSettings(settings)));
  return !!properties;
}
