/**
 * fixes42: the plan report's timeline drawn to the goals' real dates — one narrow column per week, month or quarter by
 * the plan's span (at most TIMELINE_MAX_COLUMNS), the end columns a goal covers only in part lighter, today's column
 * marked, and each goal's dependency (the goal it feeds) named, a child ending after its parent flagged.
 */
import { BAR_COLORS, PARTIAL_BAR_COLORS, buildPlanReport, TIMELINE_CELL_BUDGET, TIMELINE_FIRST_COLUMN, TIMELINE_MAX_COLUMNS, timelineColumnLimit, buildTimeline, groupLabels, layoutPlanReport, periodTick, reportGrid, timelineColumnWidth, timelinePeriod, type PlanReport } from '../../../src/core/plan';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { Lang } from '../../../src/core/types';
import type { GoalCheck } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';

function goal(row: number, id: string, start: string | null, deadline: string | null, verdict = 'realistic'): GoalCheck {
  return { row, id, statement: `Goal ${id}`, owner: 'Alice', start, deadline, flagged: false, verdict } as unknown as GoalCheck;
}

const flat = (checks: GoalCheck[]) => checks.map((c) => ({ row: c.row, depth: 0 }));

describe('timeline resolution by span', () => {
  it.each([
    ['two weeks', '2026-12-10', 'week', 3],
    ['five months', '2027-04-30', 'week', 23],
    ['two years', '2028-11-30', 'month', 25],
    ['six years', '2032-11-30', 'quarter', 25],
  ] as const)('%s: %s columns', (_name, deadline, period, count) => {
    const timeline = buildTimeline([goal(2, 'A', TODAY, deadline)], [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe(period);
    expect(timeline.columns).toHaveLength(count);
    // The bar runs from today's column to the deadline's, the last column ending on or after the deadline.
    expect(timeline.rows[0].bar).toEqual({ from: 0, to: count - 1 });
    expect(timeline.columns[count - 1].end >= deadline && timeline.columns[count - 1].start <= deadline).toBe(true);
    expect(timeline.todayColumn).toBe(0);
  });

  it('draws a span past 60 quarters in years, and never more than TIMELINE_MAX_COLUMNS columns', () => {
    expect(timelinePeriod('2026-01-01', '2040-12-31', TIMELINE_MAX_COLUMNS, 1)).toBe('quarter');
    expect(timelinePeriod('2026-01-01', '2045-12-31', TIMELINE_MAX_COLUMNS, 1)).toBe('year');
    const timeline = buildTimeline([goal(2, 'A', TODAY, '9999-12-31')], [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe('year');
    expect(timeline.columns).toHaveLength(TIMELINE_MAX_COLUMNS);
    expect(timeline.rows[0].clipped).toBe('after');
  });
});

describe('a goal ending inside a period', () => {
  it('ends in the month where it ends (15 February: February, not March), that month drawn partial', () => {
    // A two-year plan (months): G ends 15 February 2027.
    const checks = [goal(2, 'G', '2026-12-01', '2027-02-15'), goal(3, 'LONG', '2026-12-01', '2028-06-30')];
    const timeline = buildTimeline(checks, flat(checks), TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe('month');
    const g = timeline.rows[0];
    expect(timeline.columns[g.bar!.to]).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(g.partial).toEqual({ first: false, last: true });
    // LONG starts on a month's first day and ends on its last: no partial column.
    expect(timeline.rows[1].partial).toBeUndefined();
  });

  it('ends in the quarter where it ends, that quarter partial; a goal starting mid-quarter is partial at its start', () => {
    const checks = [goal(2, 'Q', '2027-02-10', '2027-08-15'), goal(3, 'FAR', '2026-10-01', '2031-12-31')];
    const timeline = buildTimeline(checks, flat(checks), TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe('quarter');
    const q = timeline.rows[0];
    expect(timeline.columns[q.bar!.from].start).toBe('2027-01-01');
    expect(timeline.columns[q.bar!.to]).toEqual({ start: '2027-07-01', end: '2027-09-30' });
    expect(q.partial).toEqual({ first: true, last: true });
  });

  it('fills partial columns lighter, full ones in the status colour, and marks today down the table', () => {
    const checks = [goal(2, 'G', '2026-12-01', '2027-02-15'), goal(3, 'LONG', '2026-12-01', '2028-06-30'), goal(4, 'LATER', '2027-06-01', '2027-09-30')];
    const timeline = buildTimeline(checks, flat(checks), TODAY, new Map(), undefined, 1);
    const layout = layoutPlanReport({ ...baseReport('en'), timeline });
    const grid = reportGrid(layout);
    const header = grid.values.findIndex((row) => row[0] === 'ID' && row[3] === 'Depends on');
    const first = TIMELINE_FIRST_COLUMN - 1;
    // Today (26 November 2026) is in the first column, November; G covers December and January fully, half of February.
    expect(grid.values[header].slice(first, first + 4)).toEqual(['N', 'D', 'J', 'F']);
    expect(grid.backgrounds[header + 1].slice(first, first + 4)).toEqual(['#b7b7b7', BAR_COLORS.ok, BAR_COLORS.ok, PARTIAL_BAR_COLORS.ok]);
    expect(grid.backgrounds[header + 1][first + 4]).toBeNull();
    // The years over the months, where one starts.
    expect(grid.values[header - 1][first]).toBe('2026');
    expect(grid.values[header - 1][first + 2]).toBe('2027');
    // The period columns are narrow; A–G keep their widths.
    expect(layout.columnWidths.slice(7).every((w) => w.width === timelineColumnWidth('month'))).toBe(true);
    expect(layout.columnWidths.slice(0, 7).every((w) => w.width > 40)).toBe(true);
  });
});

describe('labels', () => {
  it('names each column shortly and the months or years over them where they start and have room', () => {
    expect(periodTick('2026-11-30', 'week', 'fr', 1)).toBe('30');
    expect(periodTick('2027-02-01', 'month', 'fr', 1)).toBe('F');
    expect(periodTick('2027-04-01', 'quarter', 'fr', 1)).toBe('T2');
    expect(periodTick('2027-04-01', 'quarter', 'en', 1)).toBe('Q2');
    const weeks = buildTimeline([goal(2, 'A', TODAY, '2027-03-31')], [{ row: 2, depth: 0 }], TODAY, new Map(), undefined, 1);
    // The weeks of 23 and 30 November (44 px): no room for « nov. 2026 » before « déc. 2026 », room for « nov. ».
    expect(groupLabels(weeks, 'fr')).toEqual([
      { column: 0, text: 'nov.' },
      { column: 2, text: 'déc. 2026' },
      { column: 6, text: 'janv. 2027' },
      { column: 10, text: 'févr. 2027' },
      { column: 14, text: 'mars 2027' },
    ]);
    // Seen from Monday 30 November: November's one week (22 px) has room for no name; December starts next column.
    const fromMonday = buildTimeline([goal(2, 'A', '2026-11-30', '2027-01-31')], [{ row: 2, depth: 0 }], '2026-11-30', new Map(), undefined, 1);
    expect(groupLabels(fromMonday, 'en').map((l) => [l.column, l.text])).toEqual([[1, 'Dec 2026'], [5, 'Jan 2027']]);
  });
});

describe('goals without dates, and dependencies', () => {
  it('keeps a goal without dates, with no bar', () => {
    const checks = [goal(2, 'A', null, '2027-03-31'), goal(3, 'NONE', null, null)];
    const timeline = buildTimeline(checks, flat(checks), TODAY, new Map(), undefined, 1);
    expect(timeline.rows.map((r) => r.id)).toEqual(['A', 'NONE']);
    expect(timeline.rows[1]).toMatchObject({ bar: null, parent: null, endsAfterParent: false });
    // A goal without a start starts today: its first week is partial (Thursday 26 November), and its last (it ends on
    // Wednesday 31 March).
    expect(timeline.rows[0].partial).toEqual({ first: true, last: true });
  });

  it('names the goal each one feeds and flags a child ending after its parent, in both languages', () => {
    const checks = [goal(2, 'Y', '2027-01-01', '2027-12-31'), goal(3, 'Q1', '2027-01-01', '2027-03-31'), goal(4, 'Q4', '2027-10-01', '2028-01-15')];
    const order = [{ row: 2, depth: 0 }, { row: 3, depth: 1 }, { row: 4, depth: 1 }];
    const timeline = buildTimeline(checks, order, TODAY, new Map([[3, 2], [4, 2]]), undefined, 1);
    expect(timeline.rows.map((r) => [r.id, r.parent?.id ?? null, r.endsAfterParent])).toEqual([['Y', null, false], ['Q1', 'Y', false], ['Q4', 'Y', true]]);
    for (const lang of ['en', 'fr'] as Lang[]) {
      const grid = reportGrid(layoutPlanReport({ ...baseReport(lang), timeline }));
      const q4 = grid.values.findIndex((row) => row[0] === '└ Q4');
      expect(grid.values[q4][3]).toBe('⚠ Y');
      expect(grid.backgrounds[q4][3]).toBe(BAR_COLORS.flagged);
      expect(grid.values[q4 - 1][3]).toBe('Y');
      const text = grid.values.flat().filter((v) => typeof v === 'string' && v !== '').join(' ');
      expect(text).toContain(
        lang === 'fr'
          ? '1 objectif finit après l’objectif qu’il alimente (⚠ sous «\u202fDépend de\u202f»)\u202f: avancez son échéance ou reportez celle du parent.'
          : '1 goal ends after the goal it feeds (⚠ under “Depends on”): move its deadline earlier, or the parent’s later.',
      );
      expect(text).toContain(lang === 'fr' ? 'Une colonne par mois\u202f; une barre couvre chaque mois que l’objectif touche' : 'One column per month; a bar covers every month the goal touches');
    }
  });
});

describe('big tables', () => {
  it('gives 5,000 and 20,000 goals fewer, coarser columns: goals × columns stay within TIMELINE_CELL_BUDGET', () => {
    expect(timelineColumnLimit(2000)).toBe(60);
    expect(timelineColumnLimit(5000)).toBe(24);
    expect(timelineColumnLimit(20000)).toBe(6);
    expect(timelineColumnLimit(1_000_000)).toBe(5);
    // A 14-month plan: months for 2,000 goals, quarters for 20,000.
    const plan = (n: number) => Array.from({ length: n }, (_, i) => goal(i + 2, `G${i}`, '2026-12-01', i % 2 ? '2027-12-31' : '2027-03-31'));
    const small = plan(2000);
    expect(buildTimeline(small, flat(small), TODAY, new Map(), undefined, 1)).toMatchObject({ period: 'month' });
    const big = plan(20000);
    const timeline = buildTimeline(big, flat(big), TODAY, new Map(), undefined, 1);
    expect(timeline.period).toBe('quarter');
    expect(timeline.columns.length * big.length).toBeLessThanOrEqual(TIMELINE_CELL_BUDGET);
    expect(timeline.rows.find((r) => r.id === 'G1')?.clipped).toBeUndefined();
  });
});

describe('2,000 goals', () => {
  it('stays within TIMELINE_MAX_COLUMNS columns and one row per goal', () => {
    const checks = Array.from({ length: 2000 }, (_, i) => goal(i + 2, `G${i}`, '2026-01-01', `${2027 + (i % 40)}-0${1 + (i % 9)}-15`));
    const timeline = buildTimeline(checks, flat(checks), TODAY, new Map(), undefined, 1);
    expect(timeline.columns.length).toBeLessThanOrEqual(TIMELINE_MAX_COLUMNS);
    expect(timeline.rows).toHaveLength(2000);
    const layout = layoutPlanReport({ ...baseReport('en'), timeline });
    expect(layout.width).toBeLessThanOrEqual(TIMELINE_FIRST_COLUMN - 1 + TIMELINE_MAX_COLUMNS);
  });
});

/** A report with nothing but its timeline (the other sections empty). */
function baseReport(lang: Lang): PlanReport {
  return {
    lang,
    today: TODAY,
    settingsLines: [],
    summary: { goals: 0, flagged: 0, alignmentProblems: 0, averageScore: null, byVerdict: [], byOwner: [] },
    goals: [],
    paceText: new Map(),
    tree: [],
    splits: [],
    timeline: { period: 'week', fiscalStartMonth: 1, columns: [], todayColumn: null, rows: [] },
    charts: [],
    bottomUpChart: null,
    chartsLeftOut: { cap: [], budget: [] },
    recommendations: [],
    remainingRows: [],
  };
}

describe('the goals tab’s Depends on column', () => {
  function planWith(lang: Lang, header: string, cells: Record<string, string>) {
    const example = buildExampleWorkbook(lang, TODAY);
    const sheets = example.sheets.map((s) => {
      const headerRow = s.rows.findIndex((row) => row.includes('Parent') || row.includes('Objectif parent'));
      if (headerRow < 0) return { name: s.name, values: s.rows };
      return { name: s.name, values: s.rows.map((row, i) => [...row, i === headerRow ? header : i > headerRow ? (cells[String(row[0])] ?? '') : '']) };
    });
    const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG });
    const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
    return buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
  }

  it.each([
    ['en', 'Depends on'],
    ['fr', 'Dépend de'],
    ['en', 'Prerequisites'],
    ['fr', 'Prérequis'],
  ] as const)('reads a %s “%s” column: the IDs it names, ⚠ before one the goal ends before, ? after one no goal has', (lang, header) => {
    // G4 ends on 31 December 2026, before G3 (31 March 2027); G2 needs G1 (both end on 6 December); G5 names G9, which no goal has.
    const report = planWith(lang, header, { G4: 'G3', G2: 'g1', G5: 'G1; G9' });
    const byId = new Map(report.timeline.rows.map((r) => [r.id, r]));
    expect(byId.get('G4')?.prerequisites).toEqual([{ id: 'G3', row: byId.get('G3')?.row, late: true }]);
    expect(byId.get('G2')?.prerequisites).toEqual([{ id: 'g1', row: byId.get('G1')?.row, late: false }]);
    expect(byId.get('G5')?.prerequisites.map((p) => [p.id, p.row === null])).toEqual([['G1', false], ['G9', true]]);
    const grid = reportGrid(layoutPlanReport(report));
    const header2 = grid.values.findIndex((row) => row[0] === 'ID' && row[3] === (lang === 'fr' ? 'Dépend de' : 'Depends on'));
    const cell = (id: string) => grid.values[grid.values.findIndex((row, i) => i > header2 && row[0] === id)][3];
    expect(cell('G4')).toBe('⚠ G3');
    expect(cell('G2')).toBe('g1');
    expect(cell('G5')).toBe(lang === 'fr' ? 'G1, G9\u202f?' : 'G1, G9?');
    // A sub-goal names its parent first.
    expect(cell('└ N-Q1')).toBe('N');
    const text = grid.values.flat().filter((v) => typeof v === 'string' && v !== '').join(' ');
    expect(text).toContain(lang === 'fr' ? '1 objectif finit avant un objectif à atteindre d’abord (⚠ devant son ID)\u202f: avancez ce dernier ou reportez celui-ci.' : '1 goal ends before a goal it needs done first (⚠ before its ID): move that goal earlier or this one later.');
    expect(text).toContain(lang === 'fr' ? '1 objectif dépend d’un ID qu’aucun objectif ne porte (? après l’ID)\u202f: vérifiez la colonne «\u202fDépend de\u202f».' : '1 goal depends on an ID no goal has (? after the ID): check the “Depends on” column.');
  });
});

describe('office31: a long goal cut in the timeline', () => {
  it('is cut after a whole word, never inside one (« …la semaine pr… »), a no-break space keeping « 25 % » whole', () => {
    const label = (statement: string): string => {
      const check = { ...goal(2, 'G1', TODAY, '2026-12-06'), statement } as GoalCheck;
      return buildTimeline([check], flat([check]), TODAY, new Map(), undefined, 1).rows[0].label;
    };
    // The French example's G1 (87 characters): cut at 80, it read « …de 25 % à 30 % la semaine pr… ».
    expect(label('Faire passer notre taux de conclusion hebdomadaire de 25\u202f% à 30\u202f% la semaine prochaine')).toBe('Faire passer notre taux de conclusion hebdomadaire de 25\u202f% à 30\u202f% la semaine…');
    // A cut falling on a space keeps the word before it.
    expect(label(`${'a'.repeat(70)} abcdefgh ijklmnop`)).toBe(`${'a'.repeat(70)} abcdefgh…`);
    // A cut inside « 25 % »: back to the space before the number.
    expect(label(`${'b'.repeat(76)} 25\u202f% xyz`)).toBe(`${'b'.repeat(76)}…`);
    // One word longer than the cut: cut inside it, as before; a short statement is kept whole.
    expect(label('c'.repeat(90))).toBe(`${'c'.repeat(79)}…`);
    expect(label('Close 24 new accounts in Q1 2027')).toBe('Close 24 new accounts in Q1 2027');
  });
});
