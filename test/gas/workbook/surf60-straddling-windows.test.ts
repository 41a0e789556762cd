/**
 * surf60, item 2: ruling W1 extended (docs/ARCHITECTURE.md, "A goal's window", amendment of 2026-12-07) — a total whose
 * Start–Deadline window is shorter than one period of its KPI tab but straddles two (Fri 15 – Tue 19 January 2027 on
 * Monday-dated weekly rows, 25 January – 3 February 2027 on a monthly tab) cannot be judged from that tab either: no
 * chance, "insufficient data", no suggestion, W1's sentence naming the window, on Check goals, GOALVERDICT and
 * ACHIEVABILITY alike. Before, it was counted from its Start (a chance). A window of one period or more straddling
 * boundaries keeps its reading. Through the BUILT bundle, EN and FR, today 2026-11-26.
 */
import { addSheet, harness } from './harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const TODAY = new Date(Date.UTC(2026, 10, 26));
const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const day = (iso: string, shift: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + shift * 86_400_000).toISOString().slice(0, 10);
const MONDAYS = [['Week', 'Deals'], ...Array.from({ length: 60 }, (_, i) => [day('2026-11-16', -7 * (59 - i)), 90 + ((i * 7) % 19)])];
const MONTHS = [['Month', 'Deals'], ...Array.from({ length: 24 }, (_, i) => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, 95 + ((i * 5) % 11)])];
const TABS = { Mondays: MONDAYS, Months: MONTHS } as const;

/** [id, tab, target, start, deadline, the window as the sentence names it (EN, FR)]. */
const STRADDLING: ReadonlyArray<[string, keyof typeof TABS, number, string, string, string, string]> = [
  ['Fri-Tue', 'Mondays', 80, '2027-01-15', '2027-01-19', '(January 15, 2027 – January 19, 2027)', '(du 15 au 19 janvier 2027)'],
  ['Jan-Feb', 'Months', 40, '2027-01-25', '2027-02-03', '(January 25, 2027 – February 3, 2027)', '(du 25 janvier au 3 février 2027)'],
];

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, goalsTab: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'],
    date: (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8))}/${iso.slice(0, 4)}`, win: 'Win NN new deals', increase: 'increase',
    because: (own: string, window: string) => `The tab records the KPI by ${own}, so a goal over part of a ${own} ${window} cannot be judged from it.`,
    own: { Mondays: 'week', Months: 'month' }, insufficient: 'insufficient data',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance'],
    date: (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`, win: 'Gagner NN nouvelles affaires', increase: 'hausse',
    because: (own: string, window: string) => `L’onglet relève le KPI par ${own} : un objectif qui n’en couvre qu’une partie ${window} ne peut pas y être jugé.`,
    own: { Mondays: 'semaine', Months: 'mois' }, insufficient: 'données insuffisantes',
  },
];

describe.each(CASES)('surf60: a window shorter than a period across two is W1’s ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  for (const [name, rows] of Object.entries(TABS)) addSheet(h.emulator, name, rows);
  const row = (id: string, target: number, tab: string, start: string, deadline: string): unknown[] => [id, c.win.replace('NN', String(target)), tab, target, c.date(start), c.date(deadline)];
  const goals = addSheet(h.emulator, c.goalsTab, [
    c.header,
    ...STRADDLING.map(([id, tab, target, start, deadline]) => row(id, target, tab, start, deadline)),
    row('Seven days', 110, 'Mondays', '2027-01-13', '2027-01-19'),
    row('Month across', 100, 'Months', '2027-01-15', '2027-02-14'),
  ]);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const values = goals.getDataRange().getValues();
  const index = (id: string): number => shown.findIndex((r) => r[0] === id);
  const column = (name: RegExp): number => shown[0].findIndex((cell) => name.test(cell));
  const chance = (id: string): unknown => values[index(id)][column(/^Probabilit/)];
  const all = (id: string): string => shown[index(id)].join(' | ');
  const formula = (name: string, tab: keyof typeof TABS, target: number, start: string, deadline: string): unknown => h.run(name, TABS[tab], target, utc(deadline), TODAY, c.increase, 'total', utc(start));
  const failure = (run: () => unknown): string => {
    try {
      return `no error: ${String(run())}`;
    } catch (error) {
      return spaced((error as Error).message);
    }
  };

  it.each(STRADDLING)('%s: no chance, insufficient data, no suggestion, the sentence naming the window, on every surface', (id, tab, target, start, deadline, en, fr) => {
    const sentence = c.because(c.own[tab], c.lang === 'en' ? en : fr);
    expect(chance(id)).toBe('');
    // In the notes the sentence follows « Atteignable : », lower-case in French (audit61: a clause after a colon).
    expect(all(id)).toContain(c.lang === 'fr' ? `Atteignable : ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence);
    expect(all(id)).toContain(c.insufficient);
    expect(all(id)).not.toMatch(/Aim for|Visez plutôt/);
    expect(formula('GOALVERDICT', tab, target, start, deadline)).toBe(c.insufficient);
    expect(failure(() => formula('ACHIEVABILITY', tab, target, start, deadline))).toBe(sentence);
  });

  it('a window of one period or more across boundaries keeps its reading (a chance, Check goals = ACHIEVABILITY)', () => {
    for (const [id, tab, target, start, deadline] of [['Seven days', 'Mondays', 110, '2027-01-13', '2027-01-19'], ['Month across', 'Months', 100, '2027-01-15', '2027-02-14']] as const) {
      expect(typeof chance(id)).toBe('number');
      expect(formula('ACHIEVABILITY', tab, target, start, deadline)).toBeCloseTo(chance(id) as number, 3);
    }
  });
});
