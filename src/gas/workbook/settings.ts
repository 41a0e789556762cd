/**
 * Settings live in the document's properties (they belong to the
 * spreadsheet, so everyone editing it gets the same plan rules), as one
 * JSON value read through `normalizeSettings`.
 */
import { normalizeSettings, type Settings } from '../../core/settings';

export const SETTINGS_PROPERTY = 'smartGoals.settings';

export function readSettings(): Settings {
  try {
    return normalizeSettings(PropertiesService.getDocumentProperties().getProperty(SETTINGS_PROPERTY));
  } catch {
    // AuthMode.NONE or a properties outage: defaults rather than a failure.
    return normalizeSettings(null);
  }
}

export function writeSettings(settings: Settings): void {
  PropertiesService.getDocumentProperties().setProperty(SETTINGS_PROPERTY, JSON.stringify(normalizeSettings(settings)));
}
