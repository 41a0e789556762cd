/**
 * surf54, through the BUILT bundle on the emulator, EN and FR, on the Goals tab's notes, the plan report and the wizard's
 * KPI list:
 * A. a Target cell holding a formula is judged on its value but said computed ("Target computed by a formula"), and a
 *    user's formula in one of Check goals' own columns stays a formula after Check goals writes its block;
 * B. a header's scale: a "Revenue (k€)" column is judged and shown in k€ (a sentence's "500 000 €" and "500 k€" and a bare
 *    Target cell's 500 give one answer), a "cost_micros" column is costs in the currency (values × 10⁻⁶).
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import type { SidebarContext } from '../../../src/core/api';
import { addSheet, monthlyRows, TODAY } from './harness';

const REVENUE_K = Array.from({ length: 24 }, (_, i) => 380 + i * 2 + (i % 3) * 3);
const MICROS = Array.from({ length: 24 }, (_, i) => (3800 + i * 15 + (i % 4) * 20) * 1_000_000);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'],
    revenue: 'Revenue (k$)', goals: ['Reach $500,000 in revenue by December 31, 2027', 'Reach $500k in revenue by December 31, 2027', 'Reach our revenue target by December 31, 2027', 'Reach our revenue target by December 31, 2027'],
    computed: 'Target computed by a formula (=D4*1.05)', shown: '$500k', costs: 'Keep costs under $5,000 per month by December 31, 2027',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'],
    revenue: 'CA (k€)', goals: ['Atteindre 500 000 € de CA d’ici le 31 décembre 2027', 'Atteindre 500 k€ de CA d’ici le 31 décembre 2027', 'Atteindre notre objectif de CA d’ici le 31 décembre 2027', 'Atteindre notre objectif de CA d’ici le 31 décembre 2027'],
    computed: 'Cible calculée par une formule (=D4*1.05)', shown: '500 k€', costs: 'Maintenir les coûts sous 5 000 € par mois d’ici le 31 décembre 2027',
  },
];

describe.each(CASES)('surf54: formulas in Target cells and scaled headers ($locale)', (c) => {
  // Formulas computed as Sheets computes them (HyperFormula: the emulator's `evaluateFormulas`), so =D4*1.05 is 525.
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang, evaluateFormulas: true });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  addSheet(emulator, c.revenue, monthlyRows(c.revenue, REVENUE_K));
  addSheet(emulator, 'Google Ads', monthlyRows('cost_micros', MICROS));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getSheets()[0];
  goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 6, 5).setValues([
    c.header,
    ...c.goals.map((g, i) => [`G${i + 1}`, g, c.revenue, i === 2 ? 500 : '', c.lang === 'fr' ? '31/12/2027' : '12/31/2027']),
    ['G5', c.costs, 'Google Ads', '', ''],
  ]);
  // G4's target is the sheet's own computation: 5 % over G3's.
  goals.getRange(5, 4).setFormula('=D4*1.05');
  run('checkGoals');
  const sheetNow = (): string[][] => goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const first = sheetNow();
  const column = (name: RegExp): number => first[0].findIndex((h) => name.test(h));
  const cell = (id: string, at: number): string => first.find((r) => r[0] === id)![at];
  const notes = (id: string): string => first.find((r) => r[0] === id)!.at(-1)!;

  it('B. "500 000 €", "500 k€" and a bare 500 against a (k€) column: one chance, one verdict, shown in k€', () => {
    const chance = column(/^(Chance|Probabilit)/i);
    const verdict = column(/^Verdict$/);
    expect(chance).toBeGreaterThan(0);
    expect(new Set(['G1', 'G2', 'G3'].map((id) => `${cell(id, chance)} ${cell(id, verdict)}`)).size).toBe(1);
    expect(cell('G1', verdict)).not.toBe('');
    expect(notes('G1')).toContain(c.shown);
    expect(notes('G1')).not.toMatch(/500,000|500 000/);
  });

  it('A. a formula Target is judged on its value and said computed, in the notes and the report', () => {
    expect(notes('G4')).toContain(c.computed);
    // Judged on its value, 525 (k): a verdict and a chance, as a typed 525 would get.
    expect(cell('G4', column(/^Verdict$/))).not.toBe('');
    expect(notes('G3')).not.toContain(c.computed.slice(0, 20));
    expect(goals.getRange(5, 4).getFormula()).toBe('=D4*1.05');
    run('menuGeneratePlanReport');
    const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!.getDataRange().getDisplayValues().map((r) => r.map(spaced));
    expect(report.some((r) => r[1].startsWith(c.computed))).toBe(true);
  });

  it('A. a user’s formula typed in one of Check goals’ columns stays a formula when Check goals writes again', () => {
    const score = column(/^(SMART score|Score SMART)$/);
    goals.getRange(2, score + 1).setFormula('=LEN(B2)');
    run('checkGoals');
    expect(goals.getRange(2, score + 1).getFormula()).toBe('=LEN(B2)');
    expect(goals.getRange(5, 4).getFormula()).toBe('=D4*1.05');
  });

  it('B. cost_micros is costs in the currency (its values × 10⁻⁶), in the wizard’s KPI list too', () => {
    const context = run<SidebarContext>('sidebarGetContext');
    const ads = context.series.find((s) => s.name === 'cost_micros')!;
    expect(ads.kpiId).toBe('costs');
    expect(ads.latest?.value).toBeLessThan(10_000);
    const revenue = context.series.find((s) => s.name === c.revenue)!;
    expect(revenue.currency).toBe(c.lang === 'fr' ? 'k€' : 'k$');
    expect(notes('G5')).not.toMatch(/000 000|000,000/);
  });
});
