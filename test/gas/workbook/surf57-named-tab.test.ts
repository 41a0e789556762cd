/**
 * surf57 (audit57 findings 1 and 2), through the BUILT bundle on the emulator, EN and FR:
 * 1. a KPI column naming an empty tab, a tab of text or no tab at all is never judged on another tab (it was "on track,
 *    99.9 %, ✓ OK" on New accounts, the tab the sentence's word linked): no chance, no verdict, the row flagged, a note
 *    saying which case it is — never "No KPI tab found" for a tab that is there;
 * 2. a Start after the Deadline is flagged with the formulas' message and gets no chance (it was dropped: "on track");
 *    ACHIEVABILITY and GOALVERDICT refuse it as REQUIREDPACE does.
 * mend57f (the reviewer's probes): a KPI column value naming no tab ("SDR", « Acquisition », "Goals", a catalog KPI no
 * tab measures) is a label — judged on the sentence's tab, with a note; a range on a tab of data is that tab; a short
 * tab's note counts its dated rows; a per-period goal with no Deadline and a Start next year is judged from its Start.
 */
import vm from 'node:vm';
import { addSheet, harness, monthlyRows } from './harness';

const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
const DEALS = [12, 14, 11, 15, 13, 16, 14, 17, 15, 18, 16, 19, 17, 20, 18, 21, 19, 22, 20, 23, 21, 24, 22, 25];

const CASES = [
  {
    locale: 'en_US', lang: 'en' as const, goalsTab: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'], tab: 'New deals',
    goal: 'Win 30 new deals', deadline: '3/31/2027', laterStart: '6/1/2027', earlierStart: '1/1/2027',
    empty: 'The “Empty” tab is empty: the goal is not judged on another tab (the KPI column names it).',
    undated: 'The “Deals2” tab holds no dated numbers',
    short: 'The “Short” tab has 2 of the 3 dated rows a KPI needs: the goal is not judged on another tab',
    label: (kpi: string) => `“${kpi}” names no tab: judged on the New deals tab the sentence names.`, labels: ['SDR', 'Inbound', 'Marketing', 'Nowhere', 'Goals', 'Calls', 'Sales activity'],
    monthly: ['Win 25 new deals every month', 'Win 25 new deals per month'], endOfMonth: 'Win 25 new deals by the end of the month',
    noHistory: /No KPI tab found/, reversed: 'The deadline (March 31, 2027) is before the start (June 1, 2027).',
  },
  {
    locale: 'fr_FR', lang: 'fr' as const, goalsTab: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance'], tab: 'Nouvelles affaires',
    goal: 'Gagner 30 nouvelles affaires', deadline: '31/03/2027', laterStart: '01/06/2027', earlierStart: '01/01/2027',
    empty: 'L’onglet « Empty » est vide : l’objectif n’est pas jugé sur un autre onglet (la colonne Indicateur le nomme).',
    undated: 'L’onglet « Deals2 » ne contient aucun nombre daté',
    short: 'L’onglet « Short » a 2 des 3 lignes datées requises : l’objectif n’est pas jugé sur un autre onglet',
    label: (kpi: string) => `« ${kpi} » ne nomme aucun onglet : objectif jugé sur l’onglet Nouvelles affaires que la phrase désigne.`, labels: ['Acquisition', 'Activité commerciale', 'SDR', 'Objectifs', 'Appels'],
    monthly: ['Gagner 25 nouvelles affaires chaque mois', 'Gagner 25 nouvelles affaires par mois'], endOfMonth: 'Gagner 25 nouvelles affaires d’ici la fin du mois',
    noHistory: /Aucun onglet d’indicateur trouvé/, reversed: 'L’échéance (31 mars 2027) précède le début (1er juin 2027).',
  },
];

describe.each(CASES)('surf57: the tab the KPI column names, and a Start after the Deadline ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, DEALS));
  addSheet(h.emulator, 'Empty', [['Week', 'Deals']]);
  addSheet(h.emulator, 'Deals2', [['Week', 'Deals'], ['2026-11-01', 'n/a'], ['2026-11-08', 'tbd']]);
  addSheet(h.emulator, 'Short', [['Month', 'Deals'], ['2026-10-01', 5], ['2026-11-01', 6]]);
  const start2027 = c.lang === 'fr' ? '01/01/2027' : '1/1/2027';
  const goals = addSheet(h.emulator, c.goalsTab, [
    c.header,
    ['Y1', c.goal, 'Empty', 30, '', c.deadline],
    ['Y2', 'Reach 500 signups', 'Empty', 500, '', c.deadline],
    ['Y4', c.goal, 'Deals2', 30, '', c.deadline],
    ['Y6', c.goal, 'Short', 30, '', c.deadline],
    ...c.labels.map((kpi, i) => [`L${i}`, c.goal, kpi, 30, '', c.deadline]),
    ['K1', c.goal, `${c.tab}!B2:B25`, 30, '', c.deadline],
    ['K2', c.goal, `'${c.tab}'!B:B`, 30, '', c.deadline],
    ...c.monthly.map((goal, i) => [`P${i}`, goal, c.tab, 25, start2027, '']),
    ['P9', c.endOfMonth, c.tab, 25, start2027, ''],
    ['Y5', c.goal, c.tab, 30, '', c.deadline],
    ['T1', c.goal, c.tab, 30, c.laterStart, c.deadline],
    ['T2', c.goal, c.tab, 30, c.earlierStart, c.deadline],
  ]);
  h.run('checkGoals');
  const shown = goals.getDataRange().getDisplayValues().map((r) => r.map(spaced));
  const column = (name: RegExp): number => shown[0].findIndex((cell) => name.test(cell));
  const row = (id: string): string[] => shown.find((r) => r[0] === id)!;
  const chance = (id: string): string => row(id)[column(/^(Chance|Probabilit)/i)];
  const verdict = (id: string): string => row(id)[column(/^Verdict$/)];
  const status = (id: string): string => row(id)[column(/^(Check|Contrôle)$/)];
  const notes = (id: string): string => row(id).at(-1)!;

  it.each([
    ['Y1', 'empty'],
    ['Y2', 'empty'],
    ['Y4', 'undated'],
    ['Y6', 'short'],
  ] as const)('1. %s: an existing tab holding no series: not judged on another tab, flagged, the note saying the case (%s)', (id, kind) => {
    expect(chance(id)).toBe('');
    expect(verdict(id)).toBe('');
    expect(status(id)).toMatch(/⚠/);
    expect(notes(id)).toContain(c[kind]);
    expect(notes(id)).not.toMatch(c.noHistory);
  });

  it('1. the tab the KPI column names, holding the numbers, is judged as before, and so is a range on it', () => {
    for (const id of ['Y5', 'K1', 'K2']) {
      expect(chance(id)).not.toBe('');
      expect(verdict(id)).not.toBe('');
    }
  });

  it('1. a value naming no tab is a label: judged on the sentence’s tab, the note saying so, ✓ OK', () => {
    c.labels.forEach((kpi, i) => {
      expect(chance(`L${i}`)).not.toBe('');
      expect(verdict(`L${i}`)).not.toBe('');
      expect(status(`L${i}`)).toMatch(/✓/);
      expect(notes(`L${i}`)).toContain(c.label(kpi));
    });
  });

  it('2. a per-period goal with no Deadline and a Start next year is judged from its Start; “by the end of the month” stays refused', () => {
    c.monthly.forEach((_, i) => {
      expect(chance(`P${i}`)).not.toBe('');
      expect(notes(`P${i}`)).not.toMatch(/2026\) is before the start|2026\) précède le début/);
    });
    expect(chance('P9')).toBe('');
    expect(status('P9')).toMatch(/⚠/);
  });

  it('2. a Start after the Deadline: flagged with the formulas’ message, no chance', () => {
    expect(chance('T1')).toBe('');
    expect(verdict('T1')).toBe('');
    expect(status('T1')).toMatch(/⚠/);
    expect(notes('T1')).toContain(c.reversed);
  });

  it('2. a Start before the Deadline is still judged on its window', () => {
    expect(chance('T2')).not.toBe('');
    expect(notes('T2')).not.toContain(c.reversed);
  });

  it('2. ACHIEVABILITY and GOALVERDICT refuse a Start after the deadline, as REQUIREDPACE does', () => {
    const RealmDate = vm.runInContext('Date', h.addon.context) as DateConstructor;
    const at = (y: number, m: number, d: number): Date => new RealmDate(y, m - 1, d);
    const history = monthlyRows(c.tab, DEALS)
      .slice(1)
      .map(([month, value]) => {
        const [y, m, d] = String(month).split('-').map(Number);
        return [at(y, m, d), value];
      });
    for (const name of ['ACHIEVABILITY', 'GOALVERDICT']) {
      let refusal = '';
      try {
        h.run(name, history, 30, at(2027, 3, 31), at(2026, 11, 26), 'increase', 'total', at(2027, 6, 1));
      } catch (error) {
        refusal = spaced((error as Error).message);
      }
      expect(refusal).toBe(c.reversed);
      expect(h.run(name, history, 30, at(2027, 3, 31), at(2026, 11, 26), 'increase', 'total', at(2027, 1, 1))).not.toBe('');
    }
  });
});
