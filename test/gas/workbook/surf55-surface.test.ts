/**
 * surf55, through the BUILT bundle on the emulator, EN and FR:
 * S6. a user's formula in a plain-text ('@') output column (Verdict, SMART notes) stays a formula when Check goals writes
 *     again: the cell goes to the automatic format in the block's one setNumberFormats (a string written into a '@' cell
 *     stays text, "=" included — docs/ARCHITECTURE.md *Typed strings*), no call more;
 * S8. a Target cell whose formula returns TEXT with the column's scale (="470 k€" beside "CA (k€)") is 470 k€, as a
 *     typed 470 and as a sentence's "470 k€" — it was 470,000 k€; and amounts in notes keep their own decimals (no "…,40 k€").
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

const REVENUE_K = Array.from({ length: 24 }, (_, i) => 380 + i * 2 + (i % 3) * 3);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'], deadline: '12/31/2027',
    revenue: 'Revenue (k$)', goal: 'Reach our revenue target by December 31, 2027', text: '="470 k$"', typed: '470 k$', sentence: 'Reach $470k in revenue by December 31, 2027',
    verdictFormula: '=IF(D2>400,"ok","ko")', notesFormula: '="see "&A3', shown: ['ok', 'see G2'],
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], deadline: '31/12/2027',
    revenue: 'CA (k€)', goal: 'Atteindre notre objectif de CA d’ici le 31 décembre 2027', text: '="470 k€"', typed: '470 k€', sentence: 'Atteindre 470 k€ de CA d’ici le 31 décembre 2027',
    verdictFormula: '=IF(D2>400,"ok","ko")', notesFormula: '="voir "&A3', shown: ['ok', 'voir G2'],
  },
];

describe.each(CASES)('surf55: formulas kept in text columns, a Target formula’s text on a scaled column ($locale)', (c) => {
  // Formulas computed as Sheets computes them (HyperFormula: the emulator's `evaluateFormulas`).
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang, evaluateFormulas: true });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  addSheet(emulator, c.revenue, monthlyRows(c.revenue, REVENUE_K));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getSheets()[0];
  goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 5, 5).setValues([
    c.header,
    ['G1', c.goal, c.revenue, 470, c.deadline],
    ['G2', c.goal, c.revenue, '', c.deadline],
    ['G3', c.goal, c.revenue, `'${c.typed}`, c.deadline],
    ['G4', c.sentence, c.revenue, '', c.deadline],
  ]);
  // Formulas as the emulator reads them in every locale (English names, commas). G2's target is the text a formula
  // returns, the column's own scale written in it.
  goals.getRange(3, 4).setFormula(c.text);
  run('checkGoals');
  const shown = (): string[][] => goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const first = shown();
  const column = (name: RegExp): number => first[0].findIndex((h) => name.test(h));
  const row = (id: string): string[] => first.find((r) => r[0] === id)!;

  it('S8. ="470 k€" in Target, a typed "470 k€", a bare 470 and a sentence’s 470 k€: one chance, one verdict, shown 470 k€', () => {
    const chance = column(/^(Chance|Probabilit)/i);
    const verdict = column(/^Verdict$/);
    expect(chance).toBeGreaterThan(0);
    expect(row('G1')[verdict]).not.toBe('');
    expect(new Set(['G1', 'G2', 'G3', 'G4'].map((id) => `${row(id)[chance]} ${row(id)[verdict]}`)).size).toBe(1);
    const notes = row('G2').at(-1)!;
    expect(notes).not.toMatch(/470,000|470 000/);
    expect(goals.getRange(3, 4).getFormula()).toBe(c.text);
  });

  it('S8. amounts in the notes keep the decimals they have, never padded (no “…0 k€” / “.…0k”)', () => {
    for (const id of ['G1', 'G2', 'G3', 'G4']) expect(row(id).at(-1)).not.toMatch(/\d[.,]\d0\s?k|\d[.,]\d0 k/);
  });

  it('S6. a user’s formula in Verdict and in SMART notes stays a formula on the next Check goals, with no call more', () => {
    const verdict = column(/^Verdict$/) + 1;
    const notes = first[0].length;
    // Check goals' own runs leave those columns plain text ('@').
    expect(goals.getRange(2, verdict).getNumberFormat()).toBe('@');
    expect(goals.getRange(3, notes).getNumberFormat()).toBe('@');
    emulator.calls.reset();
    run('checkGoals');
    const plain = emulator.calls.byMethod();
    // Formulas set with setFormula into cells that keep the plain-text format Check goals gave them: this models "a formula
    // first, the '@' format set after" (a formula typed into a cell already '@' would be its own text in Sheets, never a
    // formula: docs/ARCHITECTURE.md *Typed strings*), as a formula typed before a run that formats its column '@'.
    goals.getRange(2, verdict).setFormula(c.verdictFormula);
    goals.getRange(3, notes).setFormula(c.notesFormula);
    emulator.calls.reset();
    run('checkGoals');
    const withFormulas = emulator.calls.byMethod();
    expect(goals.getRange(2, verdict).getFormula()).toBe(c.verdictFormula);
    expect(goals.getRange(3, notes).getFormula()).toBe(c.notesFormula);
    expect([goals.getRange(2, verdict).getDisplayValue(), goals.getRange(3, notes).getDisplayValue()]).toEqual(c.shown);
    // Written in the same calls as before: the one setNumberFormats and setValues of each block, the block's formats read
    // once for the user's cells (as for any cell of theirs), no setFormulas nor a call per cell.
    for (const method of ['Range.setNumberFormats', 'Range.setValues', 'Range.setFormulas', 'Range.setFormula', 'Range.setNumberFormat']) expect(withFormulas[method] ?? 0).toBe(plain[method] ?? 0);
    // And again: still formulas.
    run('checkGoals');
    expect(goals.getRange(2, verdict).getFormula()).toBe(c.verdictFormula);
    expect(goals.getRange(3, notes).getFormula()).toBe(c.notesFormula);
  });
});
