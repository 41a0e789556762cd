/**
 * A KPI history beyond ±1e150 (1e154 squared overflows a double; 1e300 is a data error) cannot be forecast: every surface
 * says so — "its values are too large … check the history's units" — instead of a bare "insufficient data", which sent
 * users looking for more rows. Through the BUILT bundle: Check goals (notes, flag), GOALVERDICT / ACHIEVABILITY, and the
 * sidebar (the Check pane's flagged goals and the wizard's assessment), FR and EN.
 */
import type { AssessResponse, CheckPageResponse, SidebarContext } from '../../../src/core/api';
import { t } from '../../../src/core/messages';
import { bridged } from '../../../src/local/script-run';
import { harness, addSheet, TODAY } from './harness';

const REASON = { en: /values are too large for the models/, fr: /valeurs sont trop grandes pour les modèles/ } as const;

function hugeRows(value: number): unknown[][] {
  const rows: unknown[][] = [['Month', 'Revenue']];
  for (let i = 0; i < 24; i++) rows.push([`20${25 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, value * (1 + i / 100)]);
  return rows;
}

describe.each([
  ['en_US', 'en', 1e154, ['Goal ID', 'Goal', 'KPI'], 'Grow revenue to $5M by June 2027'],
  ['fr_FR', 'fr', 1e300, ['ID', 'Objectif', 'Indicateur'], 'Atteindre 5 M€ de CA d’ici juin 2027'],
] as const)('a %s history of values around %s', (locale, lang, value, headers, sentence) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale });
  const addon = bridged(h.addon);
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(lang === 'fr' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 2, 3).setValues([[...headers], ['G1', sentence, 'Revenue']]);
  const rows = hugeRows(value);
  addSheet(h.emulator, 'Revenue', rows);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const cell = (header: string): unknown => values[1][(values[0] as string[]).indexOf(header)];

  it('Check goals notes the reason and flags the goal (it said "insufficient data", ✓ OK, no note)', () => {
    expect(String(cell(t(lang, 'col.notes')))).toMatch(REASON[lang]);
    expect(String(cell(t(lang, 'col.flag')))).not.toMatch(/✓/);
  });

  it('GOALVERDICT answers the reason, as ACHIEVABILITY does', () => {
    expect(() => h.addon.call('GOALVERDICT', rows.slice(1), 5e6, '2027-06-30', TODAY)).toThrow(REASON[lang]);
    expect(() => h.addon.call('ACHIEVABILITY', rows.slice(1), 5e6, '2027-06-30', TODAY)).toThrow(REASON[lang]);
  });

  it('the sidebar’s Check pane and wizard give the reason', () => {
    const page = addon.call<CheckPageResponse>('sidebarCheckPage', { sheetName: goals.getName(), afterRow: 0 });
    expect(page.flagged.map((g) => g.reasons.join(' ')).join(' ')).toMatch(REASON[lang]);
    const context = addon.call<SidebarContext>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === 'Revenue');
    expect(series).toBeDefined();
    const result = addon.call<AssessResponse>('sidebarAssess', { seriesId: series?.id ?? null, sheetName: 'Revenue', catalogId: series?.kpiId ?? null, baseline: null, direction: 'increase', target: 5e6, deadline: '2027-06-30' });
    expect(result.verdict).toBe('insufficient-data');
    expect(result.reasons[0]).toMatch(REASON[lang]);
  });
});
