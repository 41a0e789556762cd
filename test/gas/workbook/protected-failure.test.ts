/**
 * A write that throws midway (review 11, B4/H5), through the BUILT bundle on the emulator: the add-on shows its
 * protected-cell message only when the documented API (getProtections, canEdit, isWarningOnly) now finds a
 * protection over the cells it checked before writing — whatever language the refusal is worded in (Apps Script
 * words it in the user's) — and never for another error that happens to mention "protect".
 */
import { t } from '../../../src/core/messages';
import type { Lang } from '../../../src/core/types';
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { bridged } from '../../../src/local/script-run';
import { TODAY } from './harness';

function book(lang: Lang) {
  const emulator = createEmulator({ spreadsheetLocale: lang === 'fr' ? 'fr_FR' : 'en_US', userLocale: lang });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY }));
  const run = (name: string, ...args: unknown[]) => emulator.runExecution(() => addon.call(name, ...args));
  run('menuInsertExampleWorkbook');
  return { emulator, run, goalsName: lang === 'fr' ? 'Objectifs' : 'Goals' };
}

/** Throws `message` from the first `Range.setNumberFormats` of the run, after `before()`. */
function failOnce(emulator: ReturnType<typeof createEmulator>, message: string, before: () => void = () => undefined): () => void {
  let armed = true;
  return emulator.onServiceCall((method) => {
    if (armed && method === 'Range.setNumberFormats') {
      armed = false;
      before();
      throw new Error(message);
    }
  });
}

const GERMAN = 'Sie versuchen, eine geschützte Zelle oder ein geschütztes Objekt zu bearbeiten. Wenden Sie sich an den Inhaber der Tabelle, um den Schutz aufzuheben.';
const JAPANESE = '保護されているセルやオブジェクトを編集しようとしています。';

describe('a refused write is recognised by the protections, not by its wording', () => {
  it.each([
    ['en', GERMAN],
    ['fr', JAPANESE],
  ] as Array<[Lang, string]>)('a protection added mid-run, refusal worded in another language (%s): the protected-cell message', (lang, refusal) => {
    const { emulator, run, goalsName } = book(lang);
    const stop = failOnce(emulator, refusal, () => emulator.protect(goalsName, null));
    run('menuCheckGoals');
    stop();
    expect(emulator.ui.alerts).toEqual([t(lang, 'wb.error.protectedCell')]);
  });

  it('another error mentioning "protect", with no protection over the cells: the generic message, not the protected one', () => {
    const { emulator, run } = book('en');
    const stop = failOnce(emulator, 'Service error: the protected resource could not be reached.');
    run('menuCheckGoals');
    stop();
    expect(emulator.ui.alerts).toHaveLength(1);
    expect(emulator.ui.alerts[0]).not.toBe(t('en', 'wb.error.protectedCell'));
    expect(emulator.ui.alerts[0]).toBe(t('en', 'error.generic', { detail: 'Error' }));
  });

  it('the sidebar answers the same way', () => {
    const { emulator, run, goalsName } = book('fr');
    const stop = failOnce(emulator, GERMAN, () => emulator.protect(goalsName, 'A1:Z40'));
    expect(() => run('sidebarCheckGoals')).toThrow(t('fr', 'wb.error.protectedCell'));
    stop();
    const unrelated = failOnce(emulator, 'Unprotected range lookup failed.');
    emulator.spreadsheet.model.protections = [];
    expect(() => run('sidebarCheckGoals')).toThrow(t('fr', 'error.generic', { detail: 'Error' }));
    unrelated();
  });
});
