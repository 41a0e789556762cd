/**
 * surf57 (audit57 findings 1, 2 and 5), core rules, EN and FR, with mend57f's corrections (a KPI column naming no tab is
 * a label: the sentence's tab, said in a note; a short tab's note counts its dated rows; a recurring goal's default
 * deadline counts from a later Start):
 * 1. `linkSeries` never replaces the tab a KPI column names by one the sentence's words link; the model lists the tabs of
 *    data holding no series and whether they are empty, and Check goals flags the row with the case it is in;
 * 2. a Start after the deadline is a problem of the row (flagged, its message the formulas' error) and gets no chance;
 * 5. `literalText` escapes Sheets' error codes typed as text.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { linkSeries } from '../../../src/core/workbook/link';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { literalText } from '../../../src/core/workbook/text';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';

const CASES = [
  {
    lang: 'en' as const, goals: 'Goals', header: ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'], statement: 'Win 30 new accounts',
    empty: 'The “Empty” tab is empty: the goal is not judged on another tab (the KPI column names it).',
    undated: 'The “Text only” tab holds no dated numbers (dates in column A, values beside): the goal is not judged on another tab (the KPI column names it).',
    short: 'The “Short” tab has 2 of the 3 dated rows a KPI needs: the goal is not judged on another tab (the KPI column names it).',
    label: (kpi: string, tab: string) => `“${kpi}” names no tab: judged on the ${tab} tab the sentence names.`,
    revenue: 'Revenue',
    reversed: 'The deadline (31 March 2027) is before the start (1 June 2027).',
    monthly: 'Win 25 new accounts every month', perMonth: 'Win 25 new accounts per month', endOfMonth: 'Win 25 new accounts by the end of the month',
    refusedDefault: 'The deadline (31 December 2026) is before the start',
  },
  {
    lang: 'fr' as const, goals: 'Objectifs', header: ['ID', 'Objectif', 'Indicateur', 'Cible', 'Début', 'Échéance'], statement: 'Signer 30 nouveaux comptes',
    empty: 'L’onglet «\u202fEmpty\u202f» est vide\u202f: l’objectif n’est pas jugé sur un autre onglet (la colonne Indicateur le nomme).',
    undated: 'L’onglet «\u202fText only\u202f» ne contient aucun nombre daté (dates en colonne A, valeurs à côté)\u202f: l’objectif n’est pas jugé sur un autre onglet (la colonne Indicateur le nomme).',
    short: 'L’onglet «\u202fShort\u202f» a 2 des 3 lignes datées requises\u202f: l’objectif n’est pas jugé sur un autre onglet (la colonne Indicateur le nomme).',
    label: (kpi: string, tab: string) => `«\u202f${kpi}\u202f» ne nomme aucun onglet\u202f: objectif jugé sur l’onglet ${tab} que la phrase désigne.`,
    revenue: 'Chiffre d’affaires',
    reversed: 'L’échéance (31 mars 2027) précède le début (1er juin 2027).',
    monthly: 'Signer 25 nouveaux comptes chaque mois', perMonth: 'Signer 25 nouveaux comptes par mois', endOfMonth: 'Signer 25 nouveaux comptes d’ici la fin du mois',
    refusedDefault: 'L’échéance (31 décembre 2026) précède le début',
  },
];

describe.each(CASES)('surf57: the KPI column’s tab and a Start after the deadline ($lang)', (c) => {
  const example = buildExampleWorkbook(c.lang, TODAY);
  const accounts = example.sheets.find((s) => /^(New accounts|Nouveaux comptes)$/.test(s.name))!;
  const rows: CellValue[][] = [
    c.header,
    ['E1', c.statement, 'Empty', 30, null, '2027-03-31'],
    ['E3', c.statement, 'Text only', 30, null, '2027-03-31'],
    ['E5', c.statement, accounts.name, 30, null, '2027-03-31'],
    ['E6', c.statement, 'Short', 30, null, '2027-03-31'],
    // Values naming no tab (mend57f): labels — a team, a funnel stage, the Goals tab, a catalog KPI no tab measures.
    ['L1', c.statement, 'Nowhere', 30, null, '2027-03-31'],
    ['L2', c.statement, 'SDR', 30, null, '2027-03-31'],
    ['L3', c.statement, c.goals, 30, null, '2027-03-31'],
    ['L4', c.statement, c.revenue, 30, null, '2027-03-31'],
    // A range typed as the KPI: its tab, the one holding the data.
    ['K1', c.statement, `${accounts.name}!B2:B25`, 30, null, '2027-03-31'],
    ['K2', c.statement, `'${accounts.name}'!B:B`, 30, null, '2027-03-31'],
    ['S1', c.statement, accounts.name, 30, '2027-06-01', '2027-03-31'],
    ['S2', c.statement, accounts.name, 30, '2027-01-01', '2027-03-31'],
    // A per-period goal, no Deadline, a Start next year: its default deadline counts from the Start (mend57f).
    ['P1', c.monthly, accounts.name, 25, '2027-01-01', null],
    ['P2', c.perMonth, accounts.name, 25, '2027-01-01', null],
    ['P3', c.endOfMonth, accounts.name, 25, '2027-01-01', null],
  ];
  const grids: SheetGrid[] = [
    { name: c.goals, values: rows },
    { name: accounts.name, values: accounts.rows },
    { name: 'Empty', values: [['Week', 'Deals'], [null, null]] },
    { name: 'Text only', values: [['Week', 'Deals'], ['2026-11-01', 'n/a'], ['2026-11-08', 'tbd']] },
    { name: 'Short', values: [['Month', 'Deals'], ['2026-10-01', 5], ['2026-11-01', 6]] },
  ];
  const model = buildWorkbookModel(grids, { lang: c.lang, catalog: KPI_CATALOG });
  const checks = new Map(checkWorkbook(model, { today: TODAY, lang: c.lang, settings: DEFAULT_SETTINGS }).checks.map((check) => [check.id, check]));

  it('the model lists the tabs of data holding no series, empty or not', () => {
    expect(model.unreadTabs).toEqual(new Map([['empty', true], ['text only', false], ['short', false]]));
  });

  it.each([
    ['E1', 'empty'],
    ['E3', 'undated'],
    ['E6', 'short'],
  ] as const)('1. %s: an existing tab holding no series: no chance, flagged, the note naming the case (%s)', (id, kind) => {
    const check = checks.get(id)!;
    expect(check.seriesKey).toBeNull();
    expect(check.probability).toBeNull();
    expect(check.flagged).toBe(true);
    expect(check.dataNotes).toContain(c[kind]);
  });

  it.each(['L1', 'L2', 'L3', 'L4'])('1. %s: a value naming no tab is a label: judged on the sentence’s tab, with a note, not flagged for it', (id) => {
    const check = checks.get(id)!;
    const typed = String(rows.find((r) => r[0] === id)![2]);
    expect(check.probability).not.toBeNull();
    expect(check.notes).toContain(c.label(typed, accounts.name));
    expect(check.dataNotes).not.toContain(c.label(typed, accounts.name));
    expect(check.flagged).toBe(false);
  });

  it.each(['E5', 'K1', 'K2'])('1. %s: the named tab holding numbers (or a range on it) is judged, no note on the KPI', (id) => {
    expect(checks.get(id)!.probability).not.toBeNull();
    expect(checks.get(id)!.notes.join(' ')).not.toMatch(/names no tab|ne nomme aucun/);
  });

  it.each(['P1', 'P2'])('2. %s: a per-period goal with no Deadline and a later Start is judged from its Start, not refused', (id) => {
    const check = checks.get(id)!;
    expect(check.probability).not.toBeNull();
    expect(check.notes.join(' ')).not.toContain(c.refusedDefault);
  });

  it('2. a sentence’s own date before the Start is still refused (the sentence contradicts the Start)', () => {
    const check = checks.get('P3')!;
    expect(check.probability).toBeNull();
    expect(check.flagged).toBe(true);
  });

  it('2. a Start after the deadline: flagged as a data problem, with the formulas’ message, no chance', () => {
    const check = checks.get('S1')!;
    expect(check.probability).toBeNull();
    expect(check.verdict).toBeNull();
    expect(check.flagged).toBe(true);
    expect(check.dataNotes).toContain(c.reversed);
    expect(checks.get('S2')!.probability).not.toBeNull();
    expect(checks.get('S2')!.notes).not.toContain(c.reversed);
  });
});

describe('surf57/mend57f: linkSeries and the tab the KPI column names', () => {
  const example = buildExampleWorkbook('en', TODAY);
  const grids: SheetGrid[] = example.sheets.map((s) => ({ name: s.name, values: s.rows }));
  const { series } = buildWorkbookModel(grids, { lang: 'en', catalog: KPI_CATALOG });
  const unread = new Map([['empty', true], ['text only', false]]);

  it('nothing when the column names an existing tab holding no series; the sentence’s tab, marked a label, when it names no tab', () => {
    expect(linkSeries({ kpi: null, statement: 'Win 30 new accounts' }, 'deals_closed', series, KPI_CATALOG)?.sheetName).toBe('New accounts');
    for (const kpi of ['Empty', 'Text only']) expect(linkSeries({ kpi, statement: 'Win 30 new accounts' }, 'deals_closed', series, KPI_CATALOG, false, {}, unread)).toBeNull();
    const choice = {};
    expect(linkSeries({ kpi: 'Nowhere', statement: 'Win 30 new accounts' }, 'deals_closed', series, KPI_CATALOG, false, choice, unread)?.sheetName).toBe('New accounts');
    expect(choice).toEqual({ label: true });
  });

  it('the KPI column naming a tab, a range on it, a series or a catalog KPI measured still links it', () => {
    expect(linkSeries({ kpi: 'New accounts', statement: 'Reach 5 deals' }, null, series, KPI_CATALOG)?.sheetName).toBe('New accounts');
    expect(linkSeries({ kpi: "'New accounts'!B:B", statement: 'Reach 5 deals' }, null, series, KPI_CATALOG)?.sheetName).toBe('New accounts');
    expect(linkSeries({ kpi: 'Leads', statement: 'Win 30 new accounts' }, 'deals_closed', series, KPI_CATALOG)?.sheetName).toBe('Leads');
  });
});

describe('surf57: literalText escapes Sheets’ error codes', () => {
  it.each(['#N/A', '#REF!', '#DIV/0!', '#NAME?', '#VALUE!', '#NUM!', '#NULL!', '#ERROR!', ' #n/a ', '#Ref!'])('“%s” gets the apostrophe', (code) => {
    expect(literalText(code)).toBe(`'${code}`);
  });

  it.each(['#N/A today', 'N/A', '#1 seller', '#SPILL!', 'Owner #2'])('“%s” is no error code: left alone', (text) => {
    expect(literalText(text)).toBe(text);
  });
});

describe('surf57: no bottom-up reading for a goal Check goals does not judge (the example workbook’s driver trees)', () => {
  const example = buildExampleWorkbook('en', TODAY);
  const grids: SheetGrid[] = example.sheets.map((s) => ({ name: s.name, values: s.rows.map((row) => [...row]) }));
  const goals = grids[0];
  const header = goals.values[0].map((cell) => String(cell));
  const blank = (): CellValue[] => header.map(() => null);
  const row = (id: string, kpi: string, start: string | null, deadline: string): CellValue[] => {
    const cells = blank();
    cells[header.indexOf('ID')] = id;
    cells[header.indexOf('Goal')] = 'Achieve 26% more sales by the end of Q2 2027';
    cells[header.indexOf('KPI')] = kpi;
    if (start) cells[header.indexOf('Start')] = start;
    cells[header.indexOf('Deadline')] = deadline;
    return cells;
  };
  goals.values.push(row('Z1', 'Empty', null, '2027-06-30'), row('Z2', 'Sales', '2027-09-01', '2027-06-30'), row('Z3', 'Sales', null, '2027-06-30'));
  grids.push({ name: 'Empty', values: [['Week', 'Deals']] });
  const model = buildWorkbookModel(grids, { lang: 'en', catalog: KPI_CATALOG });
  const checks = new Map(checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS }).checks.map((check) => [check.id, check]));

  it('the same goal on the tab it names has a bottom-up reading (Revenue = Meetings × Close rate × Average deal size)', () => {
    expect(checks.get('Z3')!.bottomUp).toBeDefined();
  });

  it.each(['Z1', 'Z2'])('%s: no bottom-up chance, no top-down one', (id) => {
    expect(checks.get(id)!.bottomUp).toBeUndefined();
    expect(checks.get(id)!.probability).toBeNull();
    expect(checks.get(id)!.flagged).toBe(true);
  });
});
