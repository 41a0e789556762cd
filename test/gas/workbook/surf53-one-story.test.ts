/**
 * surf53 (issue 11: every number a user reads formatted once, consistently), through the BUILT bundle on the emulator, EN
 * and FR. The reviewer's leftovers of surf52, each read on the Goals tab's notes and the plan report of one workbook:
 * a. a score's chart data keeps the tab's digits (4.6 was "5"); b. a level's quarterly milestones run from the current level
 * to the target, monotone (core: test/core/alignment/surf53-milestones.test.ts); c. a cents tab's stated target reads
 * "$1,600.00" in the notes as in the report ("$1,600."); d/f. a whole-dollar tab's computed target (+5 %) and its baseline
 * are whole, a stated "$1,600.50" keeps its cents; e. a % goal on a scale tab has its own reason, no verdict.
 */
import { createEmulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((1400 + i * 2.5 + (i % 3) * 4.13) * 100) / 100);
const CSAT = Array.from({ length: 24 }, (_, i) => Math.round((3.9 + (i % 5) * 0.05 + i * 0.004) * 100) / 100);
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, tabs: ['Order value', 'Basket', 'CSAT score'], money: ['"$"#,##0', '"$"#,##0.00'],
    goals: ['Increase order value by 5% by June 30, 2027', 'Increase basket to $1,600 by December 31, 2027', 'Raise CSAT score to 4.6 by June 30, 2027', 'Raise CSAT score to 90% by June 30, 2027', 'Increase order value to $1,600.50 by December 31, 2027'],
    stated: ['$1,600.00', '$1,600.50'], reason: 'The goal is a percentage (90%), the KPI tab holds scores out of 5: nothing is converted. State the goal as a score out of 5, or link a tab of percentages.',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, tabs: ['Valeur de commande', 'Panier', 'Score de satisfaction'], money: ['#,##0 "€"', '#,##0.00 "€"'],
    goals: ['Augmenter la valeur de commande de 5 % d’ici le 30 juin 2027', 'Porter le panier à 1 600 € d’ici le 31 décembre 2027', 'Porter le score de satisfaction à 4,6 d’ici le 30 juin 2027', 'Porter le score de satisfaction à 90 % d’ici le 30 juin 2027', 'Porter la valeur de commande à 1 600,50 € d’ici le 31 décembre 2027'],
    stated: ['1 600,00 €', '1 600,50 €'], reason: 'L’objectif est un pourcentage (90 %), l’onglet KPI suit une note sur 5 : rien n’est converti. Indiquez l’objectif en note sur 5, ou liez un onglet de pourcentages.',
  },
];

describe.each(CASES)('surf53: one precision per tab on every surface ($locale)', (c) => {
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = (name: string): unknown => emulator.runExecution(() => addon.call(name));
  [ORDER_VALUE, ORDER_VALUE, CSAT].forEach((values, i) => addSheet(emulator, c.tabs[i], monthlyRows(c.tabs[i], values)).getRange(2, 2, 24, 1).setNumberFormat(i < 2 ? c.money[i] : '0.0'));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getSheets()[0];
  goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
  const kpis = [c.tabs[0], c.tabs[1], c.tabs[2], c.tabs[2], c.tabs[0]];
  goals.getRange(1, 1, 6, 3).setValues([c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['ID', 'Goal', 'KPI'], ...c.goals.map((g, i) => [`G${i + 1}`, g, kpis[i]])]);
  run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const notes = (id: string): string => shown.find((r) => r[0] === id)!.at(-1)!;
  const verdict = (id: string): string => shown.find((r) => r[0] === id)![shown[0].findIndex((h) => /^Verdict$/.test(h))];
  run('menuGeneratePlanReport');
  const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const rows = (id: string): string[][] => report.filter((r) => r[0] === id);
  /** A chart-data table's rows: from its title (the tab's name) to the next blank row. */
  const chartRows = (tab: string): string[][] => {
    const from = report.findIndex((r, i) => r[0] === tab && report[i + 1]?.[1] !== '' && i > report.findIndex((x) => /^(Chart data|Données des graphiques)$/.test(x[0])));
    const end = report.findIndex((r, i) => i > from && r.every((x) => x === ''));
    return report.slice(from + 2, end);
  };

  it('a. the score tab’s chart data shows the digits its cells and the report’s Goals table show (4.6, never 5)', () => {
    const csat = chartRows(c.tabs[2]);
    const history = csat.map((r) => r[1]).filter((v) => v !== '');
    expect(history).toEqual(CSAT.map((v) => spaced(v.toLocaleString(c.lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 }))));
    const target = rows('G3')[0][5];
    expect(target).toBe(c.lang === 'fr' ? '4,6' : '4.6');
    expect(csat.map((r) => r[5]).filter((v) => v !== '')).toContain(target);
  });

  it('c. a cents tab’s stated target reads as the report writes it, in the notes’ milestones too', () => {
    expect(rows('G2')[0][5]).toBe(c.stated[0]);
    expect(notes('G2')).toContain(`${c.lang === 'fr' ? 'T4' : 'Q4'} ${c.stated[0]}`);
    expect(rows('G2').find((r) => r[6] !== '' && /path|trajectoire/.test(r[6]))?.[5]).toBe(c.stated[0]);
  });

  it('d/f. a whole-dollar tab: the computed +5 % target and its baseline whole, a stated $1,600.50 kept on every surface', () => {
    const [goal, achievability] = rows('G1');
    expect([goal[5], achievability[2]]).toEqual([expect.not.stringMatching(/[.,]\d\d(?!\d)/), expect.not.stringMatching(/[.,]\d\d(?!\d)/)]);
    expect(rows('G5')[0][5]).toBe(c.stated[1]);
    expect(notes('G5')).toContain(`${c.lang === 'fr' ? 'T4' : 'Q4'} ${c.stated[1]}`);
    expect(rows('G5').find((r) => /path|trajectoire/.test(r[6]))?.[5]).toBe(c.stated[1]);
  });

  it('e. a % goal on a scale tab: no verdict, its own reason in the notes and in the report', () => {
    expect(verdict('G4')).toBe('');
    expect(notes('G4')).toBe(spaced(c.reason));
    expect(report.some((r) => r[0] === 'G4') && report.flat().join(' ')).toContain(spaced(c.reason).slice(0, 40));
  });
});
