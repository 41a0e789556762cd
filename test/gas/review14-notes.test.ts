/**
 * Review 14, through the built bundle on the example workbook: an unrealistic goal's Check goals notes and Check pane
 * say its suggested target once ("Aim for 30.8% instead."), as the wizard's review step and the plan report's fix do —
 * they said it twice, two lines apart ("…; the most ambitious achievable target is 30.8%."). The number is the
 * Suggested target column's.
 */
import type { CheckResponse } from '../../src/core/api';
import { createEmulator } from '../../src/local/emulator';
import { loadAddon } from '../../src/local/runtime';
import { bridged } from '../../src/local/script-run';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function checkedExample(locale: string): unknown[][] {
  const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' }));
  emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
  emulator.runExecution(() => addon.call('menuCheckGoals'));
  const spreadsheet = (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet() as Spreadsheet;
  const goals = spreadsheet.getSheets().find((s) => /^(?:Goals|Objectifs)/.test(s.getName()));
  if (!goals) throw new Error(`no Goals tab: ${spreadsheet.getSheets().map((s) => s.getName()).join(', ')}`);
  return goals.getDataRange().getValues();
}

describe.each([
  // The suggestion says by when (fixes50), and the verdict's line names no target of its own.
  // G2 "… next week": in en_US weeks run Sunday–Saturday (wk57), so its deadline is Saturday 5 December.
  ['en_US', /^(?:Notes|SMART notes)$/, /^Suggested target$/, 'Aim for 30.8% by December 5, 2026 instead.', 'Aim for 40.4% by March 31, 2027 instead.', /most ambitious achievable target|30\.8%.*30\.8%/],
  ['fr_FR', /^Remarques SMART$/, /^Cible suggérée$/, 'Visez plutôt 30,8\u202f% d’ici le 6 décembre 2026.', 'Visez plutôt 40,4\u202f% d’ici le 31 mars 2027.', /cible la plus ambitieuse encore atteignable|30,8\u202f%.*30,8\u202f%/],
] as const)('%s: an unrealistic goal’s notes', (locale, notesHeader, suggestedHeader, closeRate, churn, restated) => {
  const values = checkedExample(locale);
  const header = values[0].map(String);
  const notesColumn = header.findIndex((h) => notesHeader.test(h));
  const suggestedColumn = header.findIndex((h) => suggestedHeader.test(h));
  const row = (id: string): unknown[] => values.find((r) => r[0] === id) ?? [];

  it.each([
    ['G2', closeRate, 0.308],
    ['G3', churn, 0.404],
  ] as const)('%s says the suggested target once, the column’s', (id, aim, suggested) => {
    expect(notesColumn).toBeGreaterThan(0);
    const notes = String(row(id)[notesColumn]);
    expect(notes).toContain(aim);
    expect(notes).not.toMatch(restated);
    expect(row(id)[suggestedColumn]).toBeCloseTo(suggested, 3);
  });

  it('a stretch goal (G1, 30 % next week) keeps its best past change, and has no suggested target', () => {
    const notes = String(row('G1')[notesColumn]).replace(/[\u00a0\u202f]/g, ' ');
    expect(notes).toMatch(locale === 'fr_FR' ? /\+6,4 points en 2 semaines/ : /\+6\.4 pts in 2 weeks/);
    expect(row('G1')[suggestedColumn]).toBe('');
  });
});

describe('the Check pane says the suggested target once too', () => {
  it.each([
    ['en_US', 'Aim for 30.8% by December 5, 2026 instead.', /most ambitious achievable target|30\.8%/],
    ['fr_FR', 'Visez plutôt 30,8\u202f% d’ici le 6 décembre 2026.', /cible la plus ambitieuse encore atteignable|30,8\u202f%/],
  ] as const)('%s: G2', (locale, fix, restated) => {
    const emulator = createEmulator({ spreadsheetLocale: locale, userLocale: locale });
    const addon = bridged(loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: '2026-11-26' }));
    emulator.runExecution(() => addon.call('menuInsertExampleWorkbook'));
    const pane = emulator.runExecution(() => addon.call<CheckResponse>('sidebarCheckGoals'));
    const g2 = pane.flagged.find((item) => item.id === 'G2');
    expect(g2?.fix).toBe(fix);
    expect(g2?.reasons.length).toBeGreaterThan(0);
    expect(g2?.reasons.join(' ')).not.toMatch(restated);
  });
});
