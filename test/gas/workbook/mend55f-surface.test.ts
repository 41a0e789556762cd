/**
 * mend55f, through the BUILT bundle on the emulator, EN and FR, beside a scaled column whose values are in its unit
 * ("Revenue (k$)" / « CA (k€) », 380…450, latest 432):
 * 1. a plain "$470" / « 470 € » typed in Target is 0.47 of the column's unit: no "values look whole" note, and the notes
 *    write amounts in the column's scale (never « niveau actuel (432 €) »); a sentence's 470 k$ / k€ is 470;
 * 2. a Target cell in another currency ("€500k" / "500 k$") is set aside as a sentence's would be: no chance, no verdict,
 *    the reason naming the mark written.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

const REVENUE_K = Array.from({ length: 24 }, (_, i) => 380 + i * 2 + (i % 3) * 3);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, header: ['ID', 'Goal', 'KPI', 'Target', 'Deadline'], deadline: '12/31/2027', revenue: 'Revenue (k$)',
    goal: 'Reach our revenue target by December 31, 2027', plain: '$470', sentence: 'Reach $470k in revenue by December 31, 2027', other: '€500k',
    whole: /look whole/, level: /\$432(?!k)/, notConverted: 'The goal is in €',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'], deadline: '31/12/2027', revenue: 'CA (k€)',
    goal: 'Atteindre notre objectif de CA d’ici le 31 décembre 2027', plain: '470 €', sentence: 'Atteindre 470 k€ de CA d’ici le 31 décembre 2027', other: '500 k$',
    whole: /entières|entiers/, level: /432 €/, notConverted: 'L’objectif est en $',
  },
];

describe.each(CASES)('mend55f: amounts typed in Target beside a scaled column ($locale)', (c) => {
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  addSheet(emulator, c.revenue, monthlyRows(c.revenue, REVENUE_K));
  const goals = (emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheets()[0];
  goals.getRange(1, 1, 4, 5).setValues([
    c.header,
    ['G1', c.goal, c.revenue, `'${c.plain}`, c.deadline],
    ['G2', c.sentence, c.revenue, '', c.deadline],
    ['G3', c.goal, c.revenue, `'${c.other}`, c.deadline],
  ]);
  emulator.runExecution(() => addon.call('checkGoals'));
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const column = (name: RegExp): number => shown[0].findIndex((h) => name.test(h));
  const row = (id: string): string[] => shown.find((r) => r[0] === id)!;

  it('1. the typed whole amount gets no “values look whole” note and no level in the whole currency', () => {
    const notes = row('G1').at(-1)!;
    expect(notes).not.toMatch(c.whole);
    expect(notes).not.toMatch(c.level);
    expect(row('G1')[column(/^Verdict$/)]).not.toBe('');
  });

  it('1. the sentence’s 470 k is judged on the column, no note about its scale', () => {
    expect(row('G2')[column(/^Verdict$/)]).not.toBe('');
    expect(row('G2').at(-1)).not.toMatch(c.whole);
  });

  it('2. the Target cell in another currency: no chance, no verdict, the reason naming its mark', () => {
    expect(row('G3')[column(/^(Chance|Probabilit)/i)]).toBe('');
    expect(row('G3')[column(/^Verdict$/)]).toBe('');
    expect(row('G3').at(-1)).toContain(c.notConverted);
  });
});
