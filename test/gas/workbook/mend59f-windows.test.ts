/**
 * mend59f (the review of surf59's short windows), through the BUILT bundle on the emulator, EN and FR, today 2026-11-26.
 * Ruling W1 (docs/ARCHITECTURE.md, "A goal's window"): a total whose Start–Deadline window is part of one period of its
 * KPI tab cannot be judged from that tab — no chance, "insufficient data", no suggestion, one sentence naming the window —
 * whichever day it ends on, whether or not the period's row is typed, whatever weekday the rows are dated on; a passed
 * deadline comes first (its own date, no outcome). A whole period is judged as before, and a per-period goal's suggestion
 * is dated at the end of the period judged ("by May 31" for "each month by 1 June"), as the wizard dates it.
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { addSheet, harness } from './harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const TODAY = new Date(Date.UTC(2026, 10, 26));
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const day = (iso: string, shift: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
const weeks = (last: string, count: number): unknown[][] => Array.from({ length: count }, (_, i) => [day(last, -7 * (count - 1 - i)), 90 + ((i * 7) % 19)]);
const months = (count: number): unknown[][] => Array.from({ length: count }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, 95 + ((i * 5) % 11)]);
/** Weekly deals dated Mondays, the last Mon 16 November 2026 (this week, from 23 November, has no row yet). */
const MONDAYS = [['Week', 'Deals'], ...weeks('2026-11-16', 60)];
/** The same dated Sundays, the last Sun 22 November 2026. */
const SUNDAYS = [['Week', 'Deals'], ...weeks('2026-11-22', 60)];
/** About 100 deals a month, December 2024 – November 2026 (November's row typed), and one stopping at October. */
const TYPED = [['Month', 'Deals'], ...months(24)];
const UNTYPED = [['Month', 'Deals'], ...months(23)];
/** About 300 deals a quarter, Q1 2025 – Q4 2026. */
const QUARTERS = [['Quarter', 'Deals'], ...Array.from({ length: 8 }, (_, i) => [`${2025 + Math.floor(i / 4)}-${String((i % 4) * 3 + 1).padStart(2, '0')}-01`, 290 + ((i * 7) % 23)])];
const TABS = { Mondays: MONDAYS, Sundays: SUNDAYS, Typed: TYPED, Untyped: UNTYPED, Quarters: QUARTERS } as const;
type Tab = keyof typeof TABS;

/** Windows part of one period: [id, tab, target, start, deadline, the window as the sentence names it (EN, FR)]. */
const PARTIAL: ReadonlyArray<[string, Tab, number, string, string, string, string]> = [
  ['Mon 13', 'Mondays', 150, '2027-01-13', '2027-01-13', '(January 13, 2027)', '(le 13 janvier 2027)'],
  ['Mon 13-15', 'Mondays', 150, '2027-01-13', '2027-01-15', '(January 13, 2027 – January 15, 2027)', '(du 13 au 15 janvier 2027)'],
  ['Mon 27-29', 'Mondays', 100, '2026-11-27', '2026-11-29', '(November 27, 2026 – November 29, 2026)', '(du 27 au 29 novembre 2026)'],
  ['Sun 13', 'Sundays', 20, '2027-01-13', '2027-01-13', '(January 13, 2027)', '(le 13 janvier 2027)'],
  ['Sun 27', 'Sundays', 40, '2026-11-27', '2026-11-27', '(November 27, 2026)', '(le 27 novembre 2026)'],
  ['Sun 13-15', 'Sundays', 150, '2027-01-13', '2027-01-15', '(January 13, 2027 – January 15, 2027)', '(du 13 au 15 janvier 2027)'],
  ['Typed 27', 'Typed', 30, '2026-11-27', '2026-11-27', '(November 27, 2026)', '(le 27 novembre 2026)'],
  ['Untyped 27', 'Untyped', 30, '2026-11-27', '2026-11-27', '(November 27, 2026)', '(le 27 novembre 2026)'],
  ['Month 1-15', 'Typed', 150, '2027-01-01', '2027-01-15', '(January 1, 2027 – January 15, 2027)', '(du 1er au 15 janvier 2027)'],
  ['Q January', 'Quarters', 100, '2027-01-01', '2027-01-31', '(January 1, 2027 – January 31, 2027)', '(du 1er au 31 janvier 2027)'],
  ['Q Feb 10', 'Quarters', 400, '2027-02-10', '2027-02-10', '(February 10, 2027)', '(le 10 février 2027)'],
];
/** Passed windows part of one period (Tuesday of the last typed week, Wednesday of this week with no row, Sunday rows). */
const PASSED: ReadonlyArray<[string, Tab, string, string, string]> = [
  ['Passed 17', 'Mondays', '2026-11-17', 'November 17, 2026', '17 novembre 2026'],
  ['Passed 25', 'Mondays', '2026-11-25', 'November 25, 2026', '25 novembre 2026'],
  ['Passed Sun 25', 'Sundays', '2026-11-25', 'November 25, 2026', '25 novembre 2026'],
];

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, goalsTab: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline', 'Owner'],
    date: (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`,
    win: 'Win NN new deals', monthly: 'Close 150 deals per month', increase: 'increase',
    because: (own: string, window: string) => `The tab records the KPI by ${own}, so a goal over part of a ${own} ${window} cannot be judged from it.`,
    own: { Mondays: 'week', Sundays: 'week', Typed: 'month', Untyped: 'month', Quarters: 'quarter' },
    insufficient: 'insufficient data', passed: 'deadline passed', history: 'Not enough KPI history',
    passedNote: (date: string) => `Deadline passed (${date}): update the goal or archive it.`,
    passedError: (date: string) => `The deadline (${date}) is already past`,
    outcome: /\(met\)|\(missed\)|KPI was at/, byMay31: /by May 31, 2027/, byJune1: /by June 1, 2027/,
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance', 'Responsable'],
    date: (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
    win: 'Gagner NN nouvelles affaires', monthly: 'Conclure 150 affaires par mois', increase: 'hausse',
    because: (own: string, window: string) => `L’onglet relève le KPI par ${own} : un objectif qui n’en couvre qu’une partie ${window} ne peut pas y être jugé.`,
    own: { Mondays: 'semaine', Sundays: 'semaine', Typed: 'mois', Untyped: 'mois', Quarters: 'trimestre' },
    insufficient: 'données insuffisantes', passed: 'échéance dépassée', history: 'Historique du KPI insuffisant',
    passedNote: (date: string) => `Échéance dépassée (${date}) : mettez l’objectif à jour ou archivez-le.`,
    passedError: (date: string) => `L’échéance (${date}) est déjà passée`,
    outcome: /\(atteint\)|\(manqué\)|KPI était à/, byMay31: /d’ici le 31 mai 2027/, byJune1: /d’ici le 1er juin 2027/,
  },
];

describe.each(CASES)('mend59f: ruling W1 on every surface ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  for (const [name, rows] of Object.entries(TABS)) addSheet(h.emulator, name, rows);
  const row = (id: string, target: number, tab: string, start: string, deadline: string, text = c.win): unknown[] => [id, text.replace('NN', String(target)), tab, target, start && c.date(start), c.date(deadline), 'Alice'];
  const goals = addSheet(h.emulator, c.goalsTab, [
    c.header,
    ...PARTIAL.map(([id, tab, target, start, deadline]) => row(id, target, tab, start, deadline)),
    ...PASSED.map(([id, tab, date]) => row(id, 30, tab, date, date)),
    row('Whole week', 150, 'Mondays', '2027-01-11', '2027-01-17'),
    row('Each month', 150, 'Typed', '', '2027-06-01', c.monthly),
  ]);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const values = goals.getDataRange().getValues();
  const column = (name: RegExp): number => shown[0].findIndex((cell) => name.test(cell));
  const line = (id: string): string[] => shown[shown.findIndex((r) => r[0] === id)];
  const chance = (id: string): unknown => values[shown.findIndex((r) => r[0] === id)][column(/^(Probability|Probabilit)/i)];
  const suggested = (id: string): string => line(id)[column(/^(Suggested target|Cible suggérée)$/)];
  const all = (id: string): string => line(id).join(' | ');
  const formula = (name: string, tab: Tab, target: number, start: string, deadline: string): unknown =>
    h.run(name, TABS[tab], target, utc(deadline), TODAY, c.increase, 'total', utc(start));
  const failure = (run: () => unknown): string => {
    try {
      return `no error: ${String(run())}`;
    } catch (error) {
      return spaced((error as Error).message);
    }
  };

  it.each(PARTIAL)('%s: no chance, insufficient data, no suggestion, the granularity said with the window', (id, tab, target, start, deadline, en, fr) => {
    const sentence = c.because(c.own[tab], c.lang === 'en' ? en : fr);
    expect(chance(id)).toBe('');
    expect(suggested(id)).toBe('');
    // In the notes the sentence follows « Atteignable : », lower-case in French (audit61: a clause after a colon); the
    // formula's error starts with it.
    expect(all(id)).toContain(c.lang === 'fr' ? `Atteignable : ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence);
    expect(all(id)).toContain(c.insufficient);
    // The history is fine: the tab's granularity is the reason, not "Not enough KPI history".
    expect(all(id)).not.toContain(c.history);
    expect(all(id)).not.toMatch(/Aim for|Visez plutôt/);
    expect(formula('GOALVERDICT', tab, target, start, deadline)).toBe(c.insufficient);
    expect(failure(() => formula('ACHIEVABILITY', tab, target, start, deadline))).toBe(sentence);
  });

  it.each(PASSED)('%s: a passed partial window says the deadline passed on its own date, no outcome, on every surface', (id, tab, date, en, fr) => {
    const shownDate = c.lang === 'en' ? en : fr;
    expect(chance(id)).toBe('');
    expect(all(id)).toContain(c.passedNote(shownDate));
    expect(all(id)).not.toMatch(c.outcome);
    expect(formula('GOALVERDICT', tab, 30, date, date)).toBe(c.passed);
    const error = failure(() => formula('ACHIEVABILITY', tab, 30, date, date));
    expect(error).toContain(c.passedError(shownDate));
    expect(error).not.toMatch(/November 22|22 novembre/);
  });

  it('the whole week 11–17 January is still judged, on Check goals and the formulas alike', () => {
    expect(typeof chance('Whole week')).toBe('number');
    expect(all('Whole week')).not.toContain(c.insufficient);
    const odds = formula('ACHIEVABILITY', 'Mondays', 150, '2027-01-11', '2027-01-17');
    expect(typeof odds).toBe('number');
    expect(odds).toBeCloseTo(chance('Whole week') as number, 3);
    expect(formula('GOALVERDICT', 'Mondays', 150, '2027-01-11', '2027-01-17')).not.toBe(c.insufficient);
  });

  it('"150 deals per month" by 1 June: its suggestion dated at the end of May, the month judged, as the wizard dates it', () => {
    expect(suggested('Each month')).not.toBe('');
    expect(all('Each month')).toMatch(c.byMay31);
    expect(all('Each month')).not.toMatch(c.byJune1);
    const context = h.run<SidebarContext>('sidebarGetContext');
    const series = context.series.find((s) => s.sheetName === 'Typed');
    if (!series) throw new Error('no Typed series');
    const wizard = h.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: series.sheetName, catalogId: series.kpiId, baseline: null, direction: 'increase', target: 150, deadline: '2027-06-01', aggregation: 'total', period: 'month' });
    expect(wizard.suggestedBy).toBe('2027-05-31');
    expect(wizard.suggestedTargetText).not.toBeNull();
    expect(suggested('Each month')).toContain(wizard.suggestedTargetText!.replace(/[\u00a0\u202f]/g, ' '));
  });
});
