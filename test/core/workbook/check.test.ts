import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook, rowRanges, summarizeCheck } from '../../../src/core/workbook/check';
import { buildPlanReport } from '../../../src/core/plan';
import { buildExampleWorkbook, planYear, uniqueSheetName } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { OUTPUT_COLUMNS, outputValues, ownedColumnsByHeader, outputHeader } from '../../../src/core/workbook/output';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-11-26';

function exampleModel(lang: Lang, today = TODAY) {
  const example = buildExampleWorkbook(lang, today);
  const grids: SheetGrid[] = example.sheets.map((s) => ({ name: s.name, values: s.rows }));
  return { example, grids, model: buildWorkbookModel(grids, { lang, catalog: KPI_CATALOG }) };
}

describe('example workbook', () => {
  it('is deterministic and relative to today', () => {
    expect(buildExampleWorkbook('en', TODAY)).toEqual(buildExampleWorkbook('en', TODAY));
    const { example } = exampleModel('en');
    const close = example.sheets.find((s) => s.name === 'Close rate');
    expect(close?.rows.length).toBeGreaterThan(53);
    expect(String(close?.rows[close.rows.length - 1][0]) < TODAY).toBe(true);
    expect(planYear(TODAY)).toBe(2027);
    expect(planYear('2026-03-01')).toBe(2026);
  });

  it('speaks the user language', () => {
    expect(buildExampleWorkbook('fr', TODAY).sheets.map((s) => s.name)).toEqual(['Objectifs', 'Taux de conclusion', 'Attrition', 'Conversion', 'Ventes', 'Nouveaux comptes', 'Prospects', 'Rendez-vous', 'Équipe commerciale', 'Pipeline', 'Inducteurs']);
    expect(buildExampleWorkbook('en', TODAY).sheets.map((s) => s.name)).toEqual(['Goals', 'Close rate', 'Churn', 'Conversion', 'Sales', 'New accounts', 'Leads', 'Meetings', 'Sales team', 'Pipeline', 'Drivers']);
  });

  it('keeps the last three weeks of close rate around 25 %', () => {
    const close = exampleModel('en').model.series.find((s) => s.catalogId === 'close_rate');
    const last3 = close?.points.slice(-3).map((p) => p.value) ?? [];
    expect(last3.reduce((a, b) => a + b, 0) / 3).toBeCloseTo(0.25, 1);
  });

  it('picks a free tab name', () => {
    expect(uniqueSheetName('Goals', ['Sheet1'])).toBe('Goals');
    expect(uniqueSheetName('Goals', ['goals', 'Goals (2)'])).toBe('Goals (3)');
  });
});

describe('checkWorkbook on the example', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`finds every goal and KPI (${lang})`, () => {
      const { model } = exampleModel(lang);
      expect(model.goalsSheet?.foundBy).toBe('name');
      expect(model.goals).toHaveLength(17);
      expect(model.series.map((s) => s.catalogId)).toEqual(['close_rate', 'churn', 'conversion_rate', 'revenue', 'average_deal_size', 'deals_closed', 'leads', 'meetings', 'sales_reps', 'pipeline_value']);
    });
  }

  const { model } = exampleModel('en');
  const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
  const byId = new Map(result.checks.map((c) => [c.id, c]));

  it('tells one story for 30 % next week: a stretch the team did before, half credit, not "OK", "<1%" rather than "0%"', () => {
    const g1 = byId.get('G1')!;
    expect(g1.verdict).toBe('stretch');
    expect(g1.criteria.achievable.status).toBe('warn');
    expect(g1.criteria.achievable.message).toMatch(/^Stretch — not at the current pace \(.+ chance\), but your team did \+\d+(\.\d)?\u00a0pts in \d+ weeks? before\./);
    expect(g1.score).toBeLessThan(100);
    const out = outputValues(g1, 'en');
    expect(out.flag).toBe('△ Stretch');
    expect(out.achievable).not.toBe(outputValues(byId.get('N-Q1')!, 'en').achievable);
    expect(g1.notes.filter((n) => n.includes('Stretch — '))).toHaveLength(1);
  });

  it('tells 30 % next week from 50 % next week', () => {
    expect(byId.get('G1')?.verdict).not.toBe('unrealistic');
    expect(byId.get('G2')?.verdict).toBe('unrealistic');
    expect(byId.get('G2')?.flagged).toBe(true);
    expect(byId.get('G2')?.suggestedTarget).toBeGreaterThan(0.25);
    expect(byId.get('G2')?.suggestedTarget).toBeLessThan(0.4);
  });

  it('fills empty columns from the sentence', () => {
    const conversion = byId.get('G4');
    expect(conversion?.target).toBeGreaterThan(0.025);
    expect(conversion?.deadline).not.toBeNull();
    const sales = byId.get('G5');
    expect(sales?.kpiId).toBe('revenue');
    expect(sales?.target).toBeGreaterThan(0);
  });

  it('flags the quarterly set that does not add up once, on the parent naming its quarters, not the one that does', () => {
    const message = 'S-Q1, S-Q2, S-Q3, S-Q4 (Q1–Q4) add up to 104 of the 120 new accounts of the annual goal: 16 missing.';
    expect(byId.get('S')?.notes).toContain(message);
    expect(byId.get('S')?.flagged).toBe(true);
    expect(byId.get('S')?.criteria.relevant.status).toBe('fail');
    // Issue 12: the four quarters do not each repeat it; they point to their parent and are not flagged for it.
    for (const id of ['S-Q1', 'S-Q2', 'S-Q3', 'S-Q4']) {
      expect(byId.get(id)?.notes).not.toContain(message);
      expect(byId.get(id)?.criteria.relevant.message).toBe('One of the sub-goals of S, whose total does not match it: see S.');
      expect(byId.get(id)?.flagged).toBe(false);
    }
    expect(byId.get('N')?.alignment).toEqual([]);
    expect(byId.get('N')?.criteria.relevant.status).toBe('pass');
  });

  it('flags a vague goal and proposes a seasonal split for an annual goal without children', () => {
    expect(byId.get('G6')?.flagged).toBe(true);
    expect(byId.get('G6')?.criteria.measurable.status).toBe('fail');
    expect(byId.get('E')?.notes.some((n) => n.startsWith('Proposed quarterly split'))).toBe(true);
  });

  it('summarizes', () => {
    const summary = summarizeCheck(result, model, { lang: 'en', today: TODAY });
    expect(summary.checked).toBe(17);
    expect(summary.complete).toBe(true);
    expect(summary.flagged.map((f) => f.id)).toEqual(expect.arrayContaining(['G2', 'G6', 'S']));
    expect(summary.flagged.map((f) => f.id)).not.toContain('S-Q1');
    expect(summary.alignmentProblems).toHaveLength(1);
    expect(summary.message).toMatch(/^Goals checked: 17; to review: \d+\. Alignment problems: 1\./);
  });

  it('writes one value per owned column', () => {
    const values = outputValues(byId.get('G2')!, 'fr');
    expect(Object.keys(values)).toEqual([...OUTPUT_COLUMNS]);
    expect(values.verdict).toBe('irréaliste');
    expect(values.flag).toBe('⚠ À revoir');
  });
});

describe('structured columns and messy cells', () => {
  const goals: CellValue[][] = [
    ['Goal', 'KPI', 'Target', 'Deadline', 'Comment'],
    ['Increase revenue', 'Revenue', 200000, '2027-06-30', 'mine'],
    ['Raise the close rate', 'Close rate', 30, '2027-01-31', ''],
    ['Raise the close rate', 'Close rate', 'lots', 'someday', ''],
  ];
  const history: CellValue[][] = [['Week', 'Close rate', 'Revenue']];
  for (let i = 0; i < 60; i++) history.push([new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10), 0.24 + (i % 5) / 100, 150000 + 1000 * i]);
  const model = buildWorkbookModel(
    [
      { name: 'Goals', values: goals },
      { name: 'KPIs', values: history },
    ],
    { lang: 'en', catalog: KPI_CATALOG },
  );
  const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });

  it('lets the structured columns make a vague sentence measurable and time-bound', () => {
    const revenue = result.checks[0];
    expect(revenue.target).toBe(200000);
    expect(revenue.criteria.measurable.status).toBe('pass');
    expect(revenue.criteria.timeBound.status).toBe('pass');
    expect(revenue.verdict).not.toBeNull();
  });

  it('reads 30 in a percent KPI as 30 %', () => {
    expect(result.checks[1].target).toBeCloseTo(0.3);
    expect(result.checks[1].notes.some((n) => n.includes('read as percentages'))).toBe(true);
  });

  it('reports unreadable cells instead of guessing', () => {
    const messy = result.checks[2];
    expect(messy.flagged).toBe(true);
    expect(messy.notes).toEqual(expect.arrayContaining(['Target: "lots" is not a number; ignored.', 'Deadline: "someday" is not a date; ignored.']));
  });

  it('stops cleanly when the budget runs out and says what is left', () => {
    let calls = 0;
    const partial = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS, shouldContinue: () => ++calls <= 4 });
    expect(partial.complete).toBe(false);
    expect(partial.checks).toHaveLength(1);
    expect(partial.remainingRows).toEqual([3, 4]);
    expect(summarizeCheck(partial, model, { lang: 'en', today: TODAY }).message).toContain('2 goals left (rows 3–4)');
    expect(rowRanges([9, 2, 3, 4, 7])).toBe('2–4, 7, 9');
  });

  it('analyzes priority rows first, so a re-run finishes what the last one left', () => {
    let calls = 0;
    const partial = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS, priorityRows: new Set([4]), shouldContinue: () => ++calls <= 4 });
    expect(partial.checks.map((c) => c.row)).toEqual([4]);
    expect(partial.remainingRows).toEqual([2, 3]);
  });
});

describe('owned columns by header', () => {
  it('adopts our columns only when enough of our headers are present', () => {
    const header = ['Goal', ...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'fr'))];
    expect(ownedColumnsByHeader(header).get('notes')).toBe(OUTPUT_COLUMNS.length);
    expect(ownedColumnsByHeader(['Goal', 'Verdict', 'SMART notes']).size).toBe(0);
  });
});

describe('totals counted over the goal window', () => {
  const history: CellValue[][] = [['Week', 'New accounts']];
  for (let i = 0; i < 80; i++) history.push([new Date(Date.UTC(2025, 4, 5 + 7 * i)).toISOString().slice(0, 10), 2]);
  const goals: CellValue[][] = [
    ['ID', 'Goal', 'KPI', 'Target', 'Start', 'Deadline'],
    ['P', 'Close 30 new accounts this quarter', 'New accounts', 30, '2026-10-01', '2026-12-31'],
    ['F', 'Close 26 new accounts in Q1 2027', 'New accounts', 26, '2027-01-01', '2027-03-31'],
    ['X', 'Close 26 new accounts by the end of Q1 2027', 'New accounts', 26, '', '2027-03-31'],
    ['G', 'Close 20 new accounts by March 31, 2027', 'New accounts', 20, '2027-01-15', '2027-03-31'],
  ];
  const model = buildWorkbookModel(
    [
      { name: 'Goals', values: goals },
      { name: 'KPIs', values: history },
    ],
    { lang: 'en', catalog: KPI_CATALOG },
  );
  const checks = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS }).checks;

  it('subtracts what was done since a past start', () => {
    expect(checks[0].notes.some((n) => /already done since 1 October 2026/.test(n))).toBe(true);
  });

  it('does not count the periods before a future start', () => {
    const future = checks[1];
    const open = checks[2];
    // A future window that is one calendar quarter is judged as that quarter's total, as "26 per quarter" (review 30).
    expect(future.notes.some((n) => n.startsWith('Per quarter: judged on 1 January 2027 – 31 March 2027 alone'))).toBe(true);
    expect(future.probability as number).toBeLessThan(open.probability as number);
    // Any other future window: the total from today less what is expected before its start.
    expect(checks[3].notes.some((n) => n.startsWith('Counted from the goal’s start (15 January 2027)'))).toBe(true);
  });
});

describe('relative change on a total KPI', () => {
  it('compares with the same length of time just before', () => {
    const history: CellValue[][] = [['Week', 'Qualified leads']];
    for (let i = 0; i < 60; i++) history.push([new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10), 10]);
    const model = buildWorkbookModel(
      [
        { name: 'Goals', values: [['Goal', 'Start', 'Deadline'], ['Generate 20% more qualified leads', '2027-01-01', '2027-03-31']] },
        { name: 'Leads', values: history },
      ],
      { lang: 'en', catalog: KPI_CATALOG },
    );
    const check = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS }).checks[0];
    // 89 days before the last week: 13 weeks of 10 leads, plus 20 %.
    expect(check.target).toBeCloseTo(130 * 1.2, 0);
    expect(check.notes.some((n) => n.startsWith('Compared with 130 from'))).toBe(true);
  });
});

describe('window notes', () => {
  it('rounds what a forecast expects before a future start ("about 76", not "about 76.14")', () => {
    const rows: CellValue[][] = [['Week', 'Deals']];
    for (let i = 0; i < 104; i++) {
      const date = new Date(Date.UTC(2024, 11, 2 + 7 * i)).toISOString().slice(0, 10);
      rows.push([date, 2 + (i % 3) * 0.37]);
    }
    const model = buildWorkbookModel(
      [
        { name: 'Deals', values: rows },
        { name: 'Goals', values: [['ID', 'Goal', 'KPI', 'Start', 'Deadline', 'Target'], ['D', 'Close 150 deals in 2027', 'Deals', '2027-01-01', '2027-12-31', 150]] },
      ],
      { lang: 'en', catalog: KPI_CATALOG },
    );
    const note = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS }).checks[0].notes.find((n) => n.startsWith('Counted from the goal’s start'));
    // What is expected is named in the goal's words (review19: "about 12 expected before then" said not what).
    expect(note).toMatch(/what is expected before then \(about \d+ deals\) does not count\.$/);
  });

  it('says it in French, and without a noun when the goal states its number bare', () => {
    const rows: CellValue[][] = [['Semaine', 'Nouveaux comptes']];
    for (let i = 0; i < 104; i++) rows.push([new Date(Date.UTC(2024, 11, 2 + 7 * i)).toISOString().slice(0, 10), 2 + (i % 3)]);
    const notes = (statement: string): string | undefined => {
      const model = buildWorkbookModel(
        [
          { name: 'Nouveaux comptes', values: rows },
          { name: 'Objectifs', values: [['ID', 'Objectif', 'Indicateur', 'Début', 'Échéance', 'Cible'], ['N', statement, 'Nouveaux comptes', '2027-01-01', '2027-12-31', 120]] },
        ],
        { lang: 'fr', catalog: KPI_CATALOG },
      );
      return checkWorkbook(model, { today: TODAY, lang: 'fr', settings: DEFAULT_SETTINGS }).checks[0].notes.find((n) => n.startsWith('Compté à partir du début'));
    };
    expect(notes('Conclure 120 nouveaux comptes d’ici la fin de l’année 2027')).toMatch(/^Compté à partir du début de l’objectif \(1er janvier 2027\)\u202f: ce qui est prévu d’ici là \(environ \d+ nouveaux comptes\) ne compte pas\.$/);
    expect(notes('Nouveaux comptes : 120 en 2027')).toMatch(/: ce qui est prévu d’ici là \(environ \d+\) ne compte pas\.$/);
  });
});

describe('flagged reasons', () => {
  it('gives every flagged goal its reasons, and only reasons (not the informational notes)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const { model } = exampleModel(lang);
      const result = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
      const summary = summarizeCheck(result, model, { lang, today: TODAY });
      for (const goal of summary.flagged) {
        expect(goal.reasons.length).toBeGreaterThan(0);
        for (const reason of goal.reasons) expect(reason).not.toMatch(/^(Counted |Compté |Proposed quarterly split|Répartition trimestrielle)/);
      }
    }
  });
});

describe('goals whose deadline has passed', () => {
  const rows: CellValue[][] = [['Week', 'Close rate', 'Deals']];
  for (let i = 0; i < 60; i++) rows.push([new Date(Date.UTC(2025, 8, 1 + 7 * i)).toISOString().slice(0, 10), 0.24 + 0.01 * (i % 4), 10]);
  const model = buildWorkbookModel(
    [
      { name: 'KPIs', values: rows },
      {
        name: 'Goals',
        values: [
          ['ID', 'Goal', 'KPI', 'Start', 'Deadline', 'Target'],
          ['R', 'Raise the close rate to 30% by March 31, 2026', 'Close rate', '', '2026-03-31', 0.3],
          ['D', 'Close 100 deals between January and March 2026', 'Deals', '2026-01-01', '2026-03-31', 100],
          ['F', 'Raise the close rate to 30% by June 30, 2027', 'Close rate', '', '2027-06-30', 0.3],
        ],
      },
    ],
    { lang: 'en', catalog: KPI_CATALOG },
  );
  const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
  const byId = (id: string) => result.checks.find((c) => c.id === id);

  it('says the goal is over, with its outcome when the history covers the deadline, and flags it', () => {
    expect(byId('R')?.notes[0]).toMatch(/^Deadline passed \(31 March 2026\): the KPI was at 2\d% for a target of 30% \(missed\)/);
    expect(byId('D')?.notes[0]).toMatch(/^Deadline passed \(31 March 2026\): the KPI was at 1\d0 for a target of 100 \(met\)/);
    expect(byId('R')?.flagged).toBe(true);
    expect(byId('F')?.deadlinePassed).toBe(false);
    const report = buildPlanReport({ model, check: result, settings: DEFAULT_SETTINGS, today: TODAY, lang: 'en' });
    expect(report.recommendations.find((r) => r.id === 'R')?.problems[0]).toMatch(/^Deadline passed/);
  });
});

describe('percentages typed with their sign', () => {
  it('reads "3000 %" as written (no rescaling) and "30" on a rate KPI as 30 %', () => {
    const rows: CellValue[][] = [['Week', 'Close rate']];
    for (let i = 0; i < 30; i++) rows.push([new Date(Date.UTC(2026, 3, 6 + 7 * i)).toISOString().slice(0, 10), 0.25]);
    const model = buildWorkbookModel(
      [
        { name: 'KPIs', values: rows },
        { name: 'Goals', values: [['ID', 'Goal', 'KPI', 'Deadline', 'Target'], ['X', 'Close rate goal', 'Close rate', '2027-06-30', '3000 %'], ['Y', 'Close rate goal', 'Close rate', '2027-06-30', 30]] },
      ],
      { lang: 'en', catalog: KPI_CATALOG },
    );
    const checks = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS }).checks;
    expect(checks[0].target).toBe(30);
    // Review 5 (F8.7): a rate target outside 0–100 % is a typing error, said so, not an "unrealistic" goal.
    expect(checks[0].verdict).toBe('insufficient-data');
    expect(checks[0].notes.join('\n')).toContain('A rate is between 0 and 100%: check the target.');
    expect(checks[1].target).toBeCloseTo(0.3);
  });
});

describe('repeated sentences (one template per team)', () => {
  const goals: CellValue[][] = [['Goal', 'KPI', 'Owner']];
  for (let i = 0; i < 6; i++) goals.push(['Raise the close rate to 30% by 2027-03-31', 'Close rate', `Team ${i % 3}`]);
  goals.push(['Raise the close rate to 28% by 2027-03-31', 'Close rate', 'Team 9']);
  const history: CellValue[][] = [['Week', 'Close rate']];
  for (let i = 0; i < 60; i++) history.push([new Date(Date.UTC(2025, 9, 6 + 7 * i)).toISOString().slice(0, 10), 0.24 + (i % 5) / 100]);
  const model = buildWorkbookModel([{ name: 'Goals', values: goals }, { name: 'KPIs', values: history }], { lang: 'en', catalog: KPI_CATALOG });
  const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });

  it('analyses each distinct sentence once per run and shares it, with the same answers as a row alone', () => {
    expect(result.merged[0].analysis).toBe(result.merged[5].analysis);
    expect(result.merged[6].analysis).not.toBe(result.merged[0].analysis);
    const alone = checkWorkbook(buildWorkbookModel([{ name: 'Goals', values: [goals[0], goals[1]] }, { name: 'KPIs', values: history }], { lang: 'en', catalog: KPI_CATALOG }), { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
    for (const check of result.checks.slice(0, 6)) {
      expect(check.probability).toBe(alone.checks[0].probability);
      expect(check.score).toBe(alone.checks[0].score);
    }
    expect(result.checks[6].target).toBeCloseTo(0.28);
  });
});
