/**
 * misc13: Settings stored but unusable (a hand-edited or truncated value, a month 13, a ramp over 100 %) were replaced
 * by the defaults in silence: Check goals judged under another fiscal year or policy and nobody knew. Now the Settings
 * pane says which ones are defaults, and the next menu run's closing toast says it too, in the user's language; the
 * stored value is left exactly as it was (user data is never overwritten) until the user saves the Settings.
 */
import type { SettingsView } from '../../src/core/api';
import type { CheckSummary } from '../../src/core/workbook/types';
import { t } from '../../src/core/messages';
import type { Lang } from '../../src/core/types';
import { harness } from './workbook/harness';

const PROPERTY = 'smartGoals.settings';

function book(lang: Lang, stored: string | null) {
  const h = harness({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  h.run('insertExampleWorkbook');
  if (stored !== null) h.emulator.properties.document.set(PROPERTY, stored);
  return h;
}

const note = (lang: Lang, fields: string) => t(lang, 'settings.note.defaults', { fields });

describe.each(['en', 'fr'] as const)('Settings that cannot be used as stored (%s)', (lang) => {
  const field = (key: Parameters<typeof t>[1]) => t(lang, key);

  it('a value that is no JSON: the pane and the next check say so; the stored text is kept', () => {
    const stored = '{"language":"fr","fiscalYearStartMonth":4,';
    const h = book(lang, stored);
    const view = h.run<SettingsView>('sidebarGetSettings');
    expect(view.notice).toBe(note(lang, field('settings.field.all')));
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.message.endsWith(` ${note(lang, field('settings.field.all'))}`)).toBe(true);
    expect(h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1].message).toBe(summary.message);
    h.run('generatePlanReport');
    expect(h.emulator.ui.toasts[h.emulator.ui.toasts.length - 1].message).toContain(note(lang, field('settings.field.all')));
    expect(h.emulator.properties.document.get(PROPERTY)).toBe(stored);
  });

  it('fields out of range: each named, the valid ones used', () => {
    const stored = JSON.stringify({ language: lang, fiscalYearStartMonth: 13, plan: { ramp: [0.5, 1.5] } });
    const h = book(lang, stored);
    const view = h.run<SettingsView>('sidebarGetSettings');
    expect(view.language).toBe(lang);
    expect(view.fiscalYearStartMonth).toBe(1);
    expect(view.notice).toBe(note(lang, `${field('settings.field.fiscalYearStartMonth')}, ${field('settings.field.plan.ramp')}`));
    expect(h.run<{ settings: SettingsView }>('sidebarGetContext').settings.notice).toBe(view.notice);
    expect(h.emulator.properties.document.get(PROPERTY)).toBe(stored);
  });

  it('saving the Settings replaces the value, and the note goes', () => {
    const h = book(lang, '{"fiscalYearStartMonth": "April"}');
    const view = h.run<SettingsView>('sidebarGetSettings');
    const saved = h.run<SettingsView>('sidebarSaveSettings', { ...view, fiscalYearStartMonth: 4 });
    expect(saved.notice ?? null).toBeNull();
    expect(h.run<SettingsView>('sidebarGetSettings').notice ?? null).toBeNull();
    const summary = h.run<CheckSummary>('checkGoals');
    expect(summary.message).not.toContain(note(lang, '').slice(0, 20));
  });

  it('nothing saved, or Settings saved by the pane: no note', () => {
    for (const stored of [null, JSON.stringify({ language: lang, fiscalYearStartMonth: 4 })]) {
      const h = book(lang, stored);
      expect(h.run<SettingsView>('sidebarGetSettings').notice ?? null).toBeNull();
      const summary = h.run<CheckSummary>('checkGoals');
      expect(summary.message).not.toContain(note(lang, '').slice(0, 20));
    }
  });
});
