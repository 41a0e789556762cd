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
import { t } from '../../../src/core/messages';
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

/**
 * mend53d (the reviewer's leftovers of surf53, the lead's rulings): a level's milestones keep their seasonal shape, run
 * monotone from the current level to the target and are shown rounded toward the current level at the tab's precision, so
 * none passes the shown target (1, 4); a cents tab's split row is all in cents, as the notes (2); a count tab's milestones are
 * whole (5); a formula's % goal on a score history names the history, not a tab (3).
 */
const month = (i: number): number => ((i + 11) % 12) + 1;
/** Churn near 5 % peaking in October–December; a deal size near $4,300 with cents peaking in July–September; active users near 7,500. */
const CHURN_SEASON = Array.from({ length: 24 }, (_, i) => Math.round((0.05 + (month(i) >= 10 ? 0.012 : 0) + (i % 3) * 0.001) * 10000) / 10000);
const DEAL = Array.from({ length: 24 }, (_, i) => Math.round((4300 + i * 4 + (month(i) >= 7 && month(i) <= 9 ? 150 : 0) + (i % 3) * 3.37) * 100) / 100);
const USERS = Array.from({ length: 24 }, (_, i) => 7000 + i * 20 + (month(i) <= 3 ? 400 : 0));
/** The amounts of a milestones line ("Q1 $4,388 · … · Q4 $4,600.50"), as numbers. */
const figures = (line: string, lang: 'en' | 'fr'): number[] =>
  line.split(' · ').map((q) => Number(q.replace(/^\S+ /, '').replace(/[^\d,.-]/g, '').replace(lang === 'fr' ? /,/ : /,/g, lang === 'fr' ? '.' : '')));

const MEND = [
  {
    locale: 'en_US', lang: 'en' as const, tabs: ['Churn', 'Deal size', 'Deal size (cents)', 'Active users'], formats: ['0.0%', '"$"#,##0', '"$"#,##0.00', '#,##0'],
    goals: ['Reduce churn from 5% to 3% by December 31, 2027', 'Raise our average deal size to $4,600.50 by December 31, 2027', 'Raise our average deal size to $4,600 by December 31, 2027', 'Raise active users to 12,000 by December 31, 2027'],
    csat: 'Raise customer satisfaction to 90% by December 31, 2027',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, tabs: ['Attrition', 'Panier moyen', 'Panier moyen (centimes)', 'Utilisateurs actifs'], formats: ['0.0%', '#,##0 "€"', '#,##0.00 "€"', '#,##0'],
    goals: ['Réduire l’attrition de 5 % à 3 % d’ici le 31 décembre 2027', 'Porter le panier moyen à 4 600,50 € d’ici le 31 décembre 2027', 'Porter le panier moyen à 4 600 € d’ici le 31 décembre 2027', 'Porter les utilisateurs actifs à 12 000 d’ici le 31 décembre 2027'],
    csat: 'Porter la satisfaction client à 90 % d’ici le 31 décembre 2027',
  },
];

describe.each(MEND)('mend53d: milestones with their season, at the tab’s precision, on every surface ($locale)', (c) => {
  const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang });
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = <T = unknown>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  [CHURN_SEASON, DEAL, DEAL, USERS].forEach((values, i) => addSheet(emulator, c.tabs[i], monthlyRows(c.tabs[i], values)).getRange(2, 2, 24, 1).setNumberFormat(c.formats[i]));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = book.getSheets()[0];
  goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 5, 3).setValues([c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['ID', 'Goal', 'KPI'], ...c.goals.map((g, i) => [`G${i + 1}`, g, c.tabs[i]])]);
  run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  /** The notes' milestones line's quarters ("Q1 4.44%", …). */
  const milestones = (id: string): string[] => {
    const line = shown.find((r) => r[0] === id)!.at(-1)!.split('\n').find((l) => /milestones|jalons/i.test(l));
    return line!.split(': ').at(-1)!.replace(/\.$/, '').split(' · ');
  };
  run('menuGeneratePlanReport');
  const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== goals.getName())!.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const splitRow = (id: string): string[] => report.find((r) => r[0] === id && /path|trajectoire/.test(r[6]))!.slice(2, 6).filter((x) => x !== '');

  it('1. a churn cut from 5 % to 3 % peaking in Q4: monotone, each quarter part of the way, never the whole cut in Q1', () => {
    const path = figures(milestones('G1').join(' · '), c.lang);
    expect(path.at(-1)).toBe(3);
    expect(path.slice(0, -1).every((v) => v > 3 && v <= 5)).toBe(true);
    expect(path.every((v, q) => q === 0 || v <= path[q - 1])).toBe(true);
  });

  it('4. a stated $4,600.50 on a whole-dollar tab: no shown milestone passes it, the path monotone, its last as written', () => {
    const quarters = milestones('G2');
    const path = figures(quarters.join(' · '), c.lang);
    expect(quarters.at(-1)).toMatch(c.lang === 'fr' ? /4 600,50 €$/ : /\$4,600\.50$/);
    expect(path.slice(0, -1).every((v) => Number.isInteger(v) && v < 4600.5)).toBe(true);
    expect(path.every((v, q) => q === 0 || v >= path[q - 1])).toBe(true);
    expect(splitRow('G2')).toEqual(quarters.map((q) => q.replace(/^\S+ /, '')));
  });

  it('2. a cents tab: every cell of the report’s split row in cents, as the notes write them', () => {
    const quarters = milestones('G3').map((q) => q.replace(/^\S+ /, ''));
    expect(quarters.every((q) => /[.,]\d\d(?: €)?$/.test(q))).toBe(true);
    expect(splitRow('G3')).toEqual(quarters);
  });

  it('5. a count tab (#,##0): whole milestones in the notes, as the report writes them', () => {
    const quarters = milestones('G4').map((q) => q.replace(/^\S+ /, ''));
    expect(quarters.every((q) => /^\d{1,2}[, ]\d{3}$/.test(q))).toBe(true);
    expect(splitRow('G4')).toEqual(quarters);
  });

  it('3. SMARTSCORE and GOALVERDICT: a % goal on a history headed “CSAT” (4.1–4.4) names the history, not a KPI tab', () => {
    const history = [['Month', 'CSAT'], ...Array.from({ length: 24 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(month(i)).padStart(2, '0')}-01`, [4.1, 4.2, 4.3, 4.2, 4.4, 4.3][i % 6]])];
    const reason = t(c.lang, 'check.note.percentNotScoreHistory', { target: c.lang === 'fr' ? '90\u202f%' : '90%', top: 5 });
    expect(run('SMARTSCORE', c.csat, history, TODAY)).toBe(reason);
    expect(() => run('GOALVERDICT', history, '', '', TODAY, c.csat)).toThrow(reason);
  });
});
