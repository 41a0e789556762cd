/**
 * misc13: rows of a KPI history holding a Sheets error (#N/A, #DIV/0!, #REF!) are left out by the custom functions,
 * as Check goals leaves them out and names them in its notes. A result that is a number or a verdict word stays what
 * it is — users compute and compare with it, and a custom function can write nothing but its own result — but where
 * the function answers with an explanation (too short a history, not enough data to judge) it now names those rows:
 * they are often why there is no answer.
 */
import { t } from '../../src/core/messages';
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

function addon(locale: string): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

const HEADER = ['Week', 'Close rate'];
const CLEAN = [
  ['2026-10-26', 0.23],
  ['2026-11-02', 0.24],
  ['2026-11-09', 0.26],
  ['2026-11-16', 0.25],
];

/** The failure text of a call, or null when it answered. */
function failure(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

describe.each([
  ['en_US', 'en'],
  ['fr_FR', 'fr'],
] as const)('history rows holding Sheets errors (%s)', (locale, lang) => {
  it('too few rows left: the error names the rows left out and their codes', () => {
    const a = addon(locale);
    const history = [HEADER, CLEAN[0], ['2026-11-02', '#N/A'], ['#REF!', 0.26], ['2026-11-16', '#DIV/0!'], CLEAN[3]];
    const message = failure(() => a.call('ACHIEVABILITY', history, 0.3, '2027-03-31', '2026-11-20'));
    const expected = `${t(lang, 'achievability.error.history', { min: 3, count: 2 })} ${t(lang, 'achievability.note.errorRows', { count: 3, codes: '#N/A, #REF!, #DIV/0!', rows: '3, 4, 5' })}`;
    expect(message).toBe(expected);
    expect(failure(() => a.call('REALISTICTARGET', history, '2027-03-31', '2026-11-20'))).toBe(expected);
    expect(message).toMatch(lang === 'fr' ? /3 lignes de l’historique contiennent une erreur Sheets/ : /3 rows of the history hold a Sheets error/);
  });

  it('one row: singular, and a long list is cut after five rows', () => {
    const a = addon(locale);
    expect(failure(() => a.call('ACHIEVABILITY', [CLEAN[0], ['2026-11-02', '#N/A'], CLEAN[2]], 0.3, '2027-03-31', '2026-11-20'))).toContain(
      t(lang, 'achievability.note.errorRows', { count: 1, codes: '#N/A', rows: '2' }),
    );
    const many = [CLEAN[0], CLEAN[1], ...Array.from({ length: 7 }, (_, i) => [`2026-09-0${i + 1}`, '#N/A'])];
    expect(failure(() => a.call('ACHIEVABILITY', many, 0.3, '2027-03-31', '2026-11-20'))).toContain('3, 4, 5, 6, 7, …');
  });

  it('enough rows left: the number and the verdict are those of the history without the error rows', () => {
    const a = addon(locale);
    const withErrors = [HEADER, CLEAN[0], ['2026-11-05', '#N/A'], CLEAN[1], CLEAN[2], ['#REF!', 0.5], CLEAN[3]];
    const clean = [HEADER, ...CLEAN];
    expect(a.call('ACHIEVABILITY', withErrors, 0.3, '2027-03-31', '2026-11-20')).toBe(a.call('ACHIEVABILITY', clean, 0.3, '2027-03-31', '2026-11-20'));
    expect(a.call('GOALVERDICT', withErrors, 0.3, '2027-03-31', '2026-11-20')).toBe(a.call('GOALVERDICT', clean, 0.3, '2027-03-31', '2026-11-20'));
    expect(typeof a.call('ACHIEVABILITY', withErrors, 0.3, '2027-03-31', '2026-11-20')).toBe('number');
  });

  it('GOALVERDICT\'s "insufficient data" says why when rows were left out as Sheets errors (fixes44: it said only the word)', () => {
    const a = addon(locale);
    const history = [HEADER, CLEAN[0], ['2026-11-02', '#N/A'], ['#REF!', 0.26], ['2026-11-16', '#DIV/0!'], CLEAN[3]];
    const verdict = a.call('GOALVERDICT', history, 0.3, '2027-03-31', '2026-11-20');
    const reason = `${t(lang, 'achievability.reason.insufficient', { count: 2, min: 3 })} ${t(lang, 'achievability.note.errorRows', { count: 3, codes: '#N/A, #REF!, #DIV/0!', rows: '3, 4, 5' })}`;
    expect(verdict).toBe(`${t(lang, 'verdict.insufficient-data')} — ${reason}`);
    // It still starts with the verdict word, and a column keeps one answer per cell.
    expect(String(verdict).startsWith(lang === 'fr' ? 'données insuffisantes — ' : 'insufficient data — ')).toBe(true);
    expect(a.call('GOALVERDICT', history, [[0.3], ['']], '2027-03-31', '2026-11-20')).toEqual([[verdict], ['']]);
    // Near misses: too short a history with no error rows is the bare word, as is any other verdict with error rows.
    expect(a.call('GOALVERDICT', [HEADER, CLEAN[0], CLEAN[1]], 0.3, '2027-03-31', '2026-11-20')).toBe(t(lang, 'verdict.insufficient-data'));
    const enough = [HEADER, CLEAN[0], ['2026-11-05', '#N/A'], CLEAN[1], CLEAN[2], CLEAN[3]];
    expect(a.call('GOALVERDICT', enough, 0.3, '2027-03-31', '2026-11-20')).toBe(a.call('GOALVERDICT', [HEADER, ...CLEAN], 0.3, '2027-03-31', '2026-11-20'));
  });

  it('no error rows: the explanation is unchanged', () => {
    const a = addon(locale);
    expect(failure(() => a.call('ACHIEVABILITY', [CLEAN[0], CLEAN[1]], 0.3, '2027-03-31', '2026-11-20'))).toBe(t(lang, 'achievability.error.history', { min: 3, count: 2 }));
  });
});
