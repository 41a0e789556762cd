/**
 * surf59 (the short-window leftovers of mend58f's final read), through the BUILT bundle on the emulator, EN and FR,
 * today 2026-11-26. A "short window" is a total whose Start–Deadline window is no longer than one of the tab's periods
 * and inside the period holding the deadline (core/series/period.ts `shortWindow`):
 * 1. its suggested target is for the typed Deadline (it was dated at the period's end: "by January 17" for the 13th);
 * 2./4. the "cannot be measured" caveat whichever day the window ends on (it was missing on the period's last day: a
 *    Sunday on weekly rows, 31 January on monthly ones, a Start inside a named quarter on quarterly ones);
 * 3./5. a window whose period the tab already records is not judged from that period's row (a day of November on monthly
 *    rows had the month's >99 %, a passed Monday its week's "104 (met)"): no chance, said why, on Check goals and the formulas;
 * 6. the note names the window the goal has ("not January 13, 2027", not "Per week").
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
    shorter: 'KPI recorded by week: only the week', shorterMonth: 'KPI recorded by month: only the month',
    shorterQuarter: 'KPI recorded by quarter: only the quarter January 1, 2027 – March 31, 2027 is measured',
    recordedMonth: 'Achievable: Not enough KPI history to judge — KPI recorded by month: only the month November 1, 2026 – November 30, 2026 is measured, not November 27, 2026.',
    recordedWeek: 'KPI recorded by week: only the week November 16, 2026 – November 22, 2026 is measured, not November 16, 2026.',
    aimBy13: 'by January 13, 2027 instead', aimBy17: 'by January 17, 2027',
    on13: 'KPI recorded by week: only the week January 11, 2027 – January 17, 2027 is measured, not January 13, 2027.', perWeek: 'Per week', q1: 'not February 15, 2027 – March 31, 2027.',
    outcome: /104|\(met\)|\(missed\)|KPI was at/,
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance', 'Responsable'],
    date: (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    win: 'Gagner NN nouvelles affaires', quarter: 'Gagner NN nouvelles affaires au T1 2027', increase: 'hausse',
    shorter: 'KPI relevé par semaine : seule la période du', shorterMonth: 'KPI relevé par mois : seule la période du',
    shorterQuarter: 'KPI relevé par trimestre : seule la période du 1er janvier 2027 au 31 mars 2027 se mesure',
    recordedMonth: 'Atteignable : historique du KPI insuffisant pour juger — KPI relevé par mois : seule la période du 1er novembre 2026 au 30 novembre 2026 se mesure, pas une partie (27 novembre 2026).',
    recordedWeek: 'KPI relevé par semaine : seule la période du 16 novembre 2026 au 22 novembre 2026 se mesure, pas une partie (16 novembre 2026).',
    aimBy13: 'd’ici le 13 janvier 2027.', aimBy17: 'd’ici le 17 janvier 2027',
    on13: 'KPI relevé par semaine : seule la période du 11 janvier 2027 au 17 janvier 2027 se mesure, pas une partie (13 janvier 2027).', perWeek: 'Par semaine', q1: 'pas une partie (15 février 2027 – 31 mars 2027).',
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

  it('1. a short window’s suggestion is for the typed Deadline, not the end of the week it is judged on', () => {
    expect(notes('W 13')).toContain(c.aimBy13);
    expect(notes('W 13')).not.toContain(c.aimBy17);
    // The same figure as the week's (the rule the chance follows: the window judged as the week holding it, said in the note).
    const suggested = column(/^(Suggested target|Cible suggérée)$/);
    expect(shown[index('W 13')][suggested]).toBe(shown[index('W 17')][suggested]);
  });

  it('2. the "cannot be measured" caveat whichever day the window ends on, the period’s last day too', () => {
    for (const id of ['W 13', 'W 17', 'W 13-17']) expect(notes(id)).toContain(c.shorter);
    expect(notes('M 31')).toContain(c.shorterMonth);
    // A window that is the whole week is measured: no caveat.
    expect(notes('W 11-17')).not.toContain(c.shorter);
  });

  it('3. a day of a month the tab already records is not credited with the month: no chance, said why, on every surface', () => {
    expect(chance('M nov 27')).toBe('');
    expect(notes('M nov 27')).toContain(c.recordedMonth);
    expect(chance('M nov 1-30')).not.toBe('');
    for (const name of ['ACHIEVABILITY', 'GOALVERDICT']) expect(() => formula(name, HUNDRED, 30, '2026-11-27', '2026-11-27')).toThrow(/is measured, not|se mesure, pas une partie/);
  });

  it('4. a Start inside a named quarter on a quarterly tab is said, as the other short windows are', () => {
    expect(notes('Q1 start')).toContain(c.q1);
    expect(notes('Q1 start')).toContain(c.shorterQuarter);
    expect(notes('Q1')).not.toContain(c.shorterQuarter);
  });

  it('5. a passed one-day window on a weekly tab does not read the week’s row as the day’s result', () => {
    expect(notes('W nov 16')).not.toMatch(c.outcome);
    expect(notes('W nov 16')).toContain(c.recordedWeek);
    expect(() => formula('ACHIEVABILITY', WEEKLY, 30, '2026-11-16', '2026-11-16')).toThrow(/is measured, not|se mesure, pas une partie/);
  });

  it('6. the note names the window the goal has, not "Per week"', () => {
    expect(notes('W 13')).toContain(c.on13);
    expect(notes('W 13')).not.toContain(c.perWeek);
  });
});
