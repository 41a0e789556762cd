/**
 * surf59 (the short-window leftovers of mend58f's final read), through the BUILT bundle on the emulator, EN and FR,
 * today 2026-11-26, as ruled since by W1 (mend59f, docs/ARCHITECTURE.md "A goal's window"): a total whose Start–Deadline
 * window is part of one of the tab's periods (core/series/period.ts `shortWindow`, `partial`) is not judged from that tab:
 * 1. no suggestion (surf59 dated the week's figure at the typed Deadline, "Aim for 122 by January 13", a false claim);
 * 2./4. the sentence whichever day the window ends on (the period's last day too, a Start inside a named quarter);
 * 3./5. no chance whether or not the period's row is typed, said why on Check goals and the formulas; a passed one says
 *    its deadline passed, no outcome;
 * 6. the sentence names the window the goal has, not "Per week". mend59f-windows.test.ts covers the other cases.
 */
import { addSheet, harness, weeklyDates } from './harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const TODAY = new Date(Date.UTC(2026, 10, 26));
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const months = (values: readonly number[]): unknown[][] => values.map((v, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v]);
/** Weekly deals on Mondays, 90 to 108 a week (29 Sept 2025 – 16 Nov 2026). */
const WEEKLY = [['Week', 'Deals'], ...weeklyDates(60).map((d, i) => [d, 90 + ((i * 7) % 19)])];
/** About 100 deals a month (December 2024 – November 2026: November's row is there). */
const HUNDRED = [['Month', 'Deals'], ...months(Array.from({ length: 24 }, (_, i) => 95 + ((i * 5) % 11)))];
/** About 300 deals a quarter (Q1 2025 – Q4 2026). */
const QUARTERLY = [['Quarter', 'Deals'], ...Array.from({ length: 8 }, (_, i) => [`${2025 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-01`, 290 + ((i * 7) % 23)])];

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, goalsTab: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline', 'Owner'],
    date: (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`,
    win: 'Win NN new deals', quarter: 'Win NN new deals in Q1 2027', increase: 'increase',
    shorter: 'The tab records the KPI by week, so a goal over part of a week', shorterMonth: 'The tab records the KPI by month, so a goal over part of a month',
    shorterQuarter: 'The tab records the KPI by quarter, so a goal over part of a quarter',
    recordedMonth: 'Achievable: The tab records the KPI by month, so a goal over part of a month (November 27, 2026) cannot be judged from it.',
    recordedWeek: 'The tab records the KPI by week, so a goal over part of a week (November 16, 2026) cannot be judged from it.',
    passedError: 'The deadline (November 16, 2026) is already past', insufficient: 'insufficient data', aim: /Aim for/,
    on13: 'The tab records the KPI by week, so a goal over part of a week (January 13, 2027) cannot be judged from it.', perWeek: 'Per week', q1: '(February 15, 2027 – March 31, 2027)',
    outcome: /104|\(met\)|\(missed\)|KPI was at/,
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance', 'Responsable'],
    date: (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    win: 'Gagner NN nouvelles affaires', quarter: 'Gagner NN nouvelles affaires au T1 2027', increase: 'hausse',
    shorter: 'l’onglet relève le KPI par semaine : un objectif qui n’en couvre qu’une partie', shorterMonth: 'l’onglet relève le KPI par mois : un objectif qui n’en couvre qu’une partie',
    shorterQuarter: 'l’onglet relève le KPI par trimestre : un objectif qui n’en couvre qu’une partie',
    recordedMonth: 'Atteignable : l’onglet relève le KPI par mois : un objectif qui n’en couvre qu’une partie (le 27 novembre 2026) ne peut pas y être jugé.',
    recordedWeek: 'L’onglet relève le KPI par semaine : un objectif qui n’en couvre qu’une partie (le 16 novembre 2026) ne peut pas y être jugé.',
    passedError: 'L’échéance (16 novembre 2026) est déjà passée', insufficient: 'données insuffisantes', aim: /Visez plutôt/,
    on13: 'l’onglet relève le KPI par semaine : un objectif qui n’en couvre qu’une partie (le 13 janvier 2027) ne peut pas y être jugé.', perWeek: 'Par semaine', q1: '(du 15 février au 31 mars 2027)',
    outcome: /104|\(atteint\)|\(manqué\)|KPI était à/,
  },
];

describe.each(CASES)('surf59: short windows ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  for (const [name, rows] of [['Weekly', WEEKLY], ['Hundred', HUNDRED], ['Quarterly', QUARTERLY]] as const) addSheet(h.emulator, name, rows);
  const row = (id: string, target: number, tab: string, start: string, deadline: string, text = c.win): unknown[] => [id, text.replace('NN', String(target)), tab, target, start && c.date(start), c.date(deadline), 'Alice'];
  const goals = addSheet(h.emulator, c.goalsTab, [
    c.header,
    row('W 13', 150, 'Weekly', '2027-01-13', '2027-01-13'),
    row('W 17', 150, 'Weekly', '2027-01-17', '2027-01-17'),
    row('W 13-17', 150, 'Weekly', '2027-01-13', '2027-01-17'),
    row('W 11-17', 150, 'Weekly', '2027-01-11', '2027-01-17'),
    row('M 31', 150, 'Hundred', '2027-01-31', '2027-01-31'),
    row('Q1 start', 300, 'Quarterly', '2027-02-15', '2027-03-31', c.quarter),
    row('Q1', 300, 'Quarterly', '', '2027-03-31', c.quarter),
    row('M nov 27', 30, 'Hundred', '2026-11-27', '2026-11-27'),
    row('M nov 1-30', 30, 'Hundred', '2026-11-01', '2026-11-30'),
    row('W nov 16', 30, 'Weekly', '2026-11-16', '2026-11-16'),
  ]);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const values = goals.getDataRange().getValues();
  const column = (name: RegExp): number => shown[0].findIndex((cell) => name.test(cell));
  const index = (id: string): number => shown.findIndex((r) => r[0] === id);
  const chance = (id: string): unknown => values[index(id)][column(/^(Probability|Probabilit)/i)];
  const notes = (id: string): string => shown[index(id)].at(-1)!;
  const formula = (name: string, tab: unknown[][], target: number, start: string, deadline: string): unknown => h.run(name, tab, target, utc(deadline), TODAY, c.increase, 'total', utc(start));

  it('1. a short window has no suggestion: the week’s figure is no target for one day of it (ruling W1)', () => {
    const suggested = column(/^(Suggested target|Cible suggérée)$/);
    expect(shown[index('W 13')][suggested]).toBe('');
    expect(notes('W 13')).not.toMatch(c.aim);
    expect(chance('W 13')).toBe('');
  });

  it('2. the sentence whichever day the window ends on, the period’s last day too', () => {
    for (const id of ['W 13', 'W 17', 'W 13-17']) expect(notes(id)).toContain(c.shorter);
    expect(notes('M 31')).toContain(c.shorterMonth);
    // A window that is the whole week is measured: no caveat.
    expect(notes('W 11-17')).not.toContain(c.shorter);
  });

  it('3. a day of a month the tab records is not judged from the month: no chance, said why, on every surface', () => {
    expect(chance('M nov 27')).toBe('');
    expect(notes('M nov 27')).toContain(c.recordedMonth);
    expect(chance('M nov 1-30')).not.toBe('');
    expect(() => formula('ACHIEVABILITY', HUNDRED, 30, '2026-11-27', '2026-11-27')).toThrow(/cannot be judged from it|ne peut pas y être jugé/);
    expect(formula('GOALVERDICT', HUNDRED, 30, '2026-11-27', '2026-11-27')).toBe(c.insufficient);
  });

  it('4. a Start inside a named quarter on a quarterly tab is said, as the other short windows are', () => {
    expect(notes('Q1 start')).toContain(c.q1);
    expect(notes('Q1 start')).toContain(c.shorterQuarter);
    expect(notes('Q1')).not.toContain(c.shorterQuarter);
  });

  it('5. a passed one-day window on a weekly tab does not read the week’s row as the day’s result', () => {
    expect(notes('W nov 16')).not.toMatch(c.outcome);
    expect(notes('W nov 16')).toContain(c.recordedWeek);
    // A passed deadline first, on its own date (ruling W1; mend59f: surf59's error named the week, not the deadline).
    expect(() => formula('ACHIEVABILITY', WEEKLY, 30, '2026-11-16', '2026-11-16')).toThrow(c.passedError);
  });

  it('6. the note names the window the goal has, not "Per week"', () => {
    expect(notes('W 13')).toContain(c.on13);
    expect(notes('W 13')).not.toContain(c.perWeek);
  });
});
