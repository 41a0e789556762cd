import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { cellDate, cellNumber, cellDirection, cellAggregation } from '../../../src/core/workbook/cells';
import { findGoalColumns, recognizeHeaders } from '../../../src/core/workbook/headers';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import { linkSeries, matchCatalog } from '../../../src/core/workbook/link';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { fold, literalText } from '../../../src/core/workbook/text';
import { numberFormatFor } from '../../../src/core/workbook/values';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

describe('headers', () => {
  it('recognizes French headers in any order, with accents and case ignored', () => {
    const fields = recognizeHeaders(['Responsable', 'OBJECTIF', 'Échéance', 'Notes perso', 'Valeur de départ', 'Cible', 'Indicateur', 'Objectif parent', 'Début', 'ID', 'Agrégation', 'Direction']);
    expect(fields).toEqual({ owner: 0, statement: 1, deadline: 2, baseline: 4, target: 5, kpi: 6, parent: 7, start: 8, id: 9, aggregation: 10, direction: 11 });
  });

  it('recognizes English headers and keeps extra columns', () => {
    const columns = findGoalColumns([['Team goals 2027'], [], ['Goal ID', 'Goal', 'KPI', 'Owner', 'Comment', 'Target date', 'Target', 'Parent goal']]);
    expect(columns?.headerRow).toBe(2);
    expect(columns?.fields).toEqual({ id: 0, statement: 1, kpi: 2, owner: 3, deadline: 5, target: 6, parent: 7 });
    expect(columns?.extra).toEqual([4]);
  });

  it('leaves owned columns out of recognition', () => {
    const columns = findGoalColumns([['Goal', 'Deadline', 'Suggested target']], { owned: [2] });
    expect(columns?.fields).toEqual({ statement: 0, deadline: 1 });
    expect(columns?.owned).toEqual([2]);
    expect(columns?.extra).toEqual([]);
  });

  it('does not take a random table for a goals table', () => {
    expect(findGoalColumns([['Date', 'Value'], ['2026-01-01', 3]])).toBeNull();
  });
});

describe('cells', () => {
  it('parses numbers and dates in the spreadsheet locale', () => {
    expect(cellNumber('25 %', 'fr')).toBeCloseTo(0.25);
    expect(cellNumber('1 234,5', 'fr')).toBe(1234.5);
    expect(cellNumber('n/a', 'en')).toBeNull();
    expect(cellDate('30/06/2027', 'fr')).toBe('2027-06-30');
    expect(cellDate('06/30/2027', 'en')).toBe('2027-06-30');
    expect(cellDate('31/02/2027', 'fr')).toBeNull();
    expect(cellDate(46000, 'en')).toBe('2025-12-09');
    expect(cellDate(12, 'en')).toBeNull();
    expect(cellDirection('Réduire')).toBe('decrease');
    expect(cellDirection('↑')).toBe('increase');
    expect(cellAggregation('Cumul')).toBe('total');
    expect(cellAggregation('niveau')).toBe('level');
  });

  it('folds and protects formula-like text', () => {
    expect(fold("  Date d'Échéance: ")).toBe('date d echeance');
    expect(literalText('=IMPORTXML("http://x")')).toBe('\'=IMPORTXML("http://x")');
    expect(literalText('+33 6')).toBe("'+33 6");
    expect(literalText('@here')).toBe("'@here");
    expect(literalText('-5 churn')).toBe("'-5 churn");
    expect(literalText('Plain')).toBe('Plain');
  });
});

function weeklyGrid(name: string, header: CellValue[], rows: number, value: (i: number) => CellValue[]): SheetGrid {
  const values: CellValue[][] = [header];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10);
    values.push([d, ...value(i)]);
  }
  return { name, values };
}

describe('KPI tabs', () => {
  it('finds one series per numeric column, named by header or by the tab for "Valeur"', () => {
    const grid = weeklyGrid('Conversion', ['Semaine', 'Valeur', 'Commentaire'], 10, (i) => [0.2 + i / 100, i % 3 === 0 ? 'RAS' : '']);
    const series = detectKpiSeries(grid, 'fr', KPI_CATALOG);
    expect(series).toHaveLength(1);
    expect(series[0].name).toBe('Conversion');
    expect(series[0].catalogId).toBe('conversion_rate');
    expect(series[0].period).toBe('week');
    expect(series[0].points).toHaveLength(10);
  });

  it('skips text and blanks in number columns, and reports them', () => {
    const grid = weeklyGrid('Sales', ['Week', 'Close rate', 'Deals won'], 8, (i) => [i === 3 ? 'n/a' : 0.25, i === 5 ? '' : 10 + i]);
    const series = detectKpiSeries(grid, 'en', KPI_CATALOG);
    expect(series.map((s) => [s.name, s.catalogId, s.points.length, s.skipped])).toEqual([
      ['Close rate', 'close_rate', 7, 1],
      ['Deals won', 'deals_closed', 7, 0],
    ]);
  });

  it('ignores tabs whose first column is not dates', () => {
    expect(detectKpiSeries({ name: 'Notes', values: [['Name', 'Score'], ['a', 1], ['b', 2], ['c', 3]] }, 'en', KPI_CATALOG)).toEqual([]);
  });
});

describe('model and links', () => {
  const goals: SheetGrid = {
    name: 'Objectifs',
    values: [
      ['ID', 'Objectif', 'Indicateur', 'Cible', 'Échéance'],
      ['O1', 'Atteindre 30 % de taux de conclusion la semaine prochaine', 'Taux de conclusion', '30 %', '30/06/2027'],
      ['', '', '', '', ''],
      ['O2', 'Réduire le churn', '', 'beaucoup', ''],
    ],
  };
  const kpi = weeklyGrid('Taux de conclusion', ['Date', 'Valeur'], 6, () => [0.25]);

  it('finds the goals tab by name and reads rows with problems', () => {
    const model = buildWorkbookModel([kpi, goals], { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goalsSheet?.name).toBe('Objectifs');
    expect(model.goalsSheet?.foundBy).toBe('name');
    expect(model.goals.map((g) => [g.row, g.id, g.target, g.deadline])).toEqual([
      [2, 'O1', 0.3, '2027-06-30'],
      [4, 'O2', null, null],
    ]);
    expect(model.goals[1].problems).toEqual([{ field: 'target', value: 'beaucoup', expected: 'number' }]);
    expect(model.series.map((s) => s.name)).toEqual(['Taux de conclusion']);
  });

  it('finds the goals tab by its headers or by the settings name', () => {
    const renamed = { ...goals, name: 'Plan 2027' };
    expect(buildWorkbookModel([kpi, renamed], { lang: 'fr', catalog: KPI_CATALOG }).goalsSheet?.foundBy).toBe('headers');
    expect(buildWorkbookModel([kpi, renamed], { lang: 'fr', catalog: KPI_CATALOG, goalsSheetName: 'plan 2027' }).goalsSheet?.foundBy).toBe('settings');
  });

  it('links goals by KPI column, catalog synonyms, or the workbook names in the statement', () => {
    const series = buildWorkbookModel([kpi, goals], { lang: 'fr', catalog: KPI_CATALOG }).series;
    expect(linkSeries({ kpi: 'close_rate', statement: '' }, null, series, KPI_CATALOG)?.name).toBe('Taux de conclusion');
    expect(linkSeries({ kpi: null, statement: 'x' }, 'close_rate', series, KPI_CATALOG)?.name).toBe('Taux de conclusion');
    expect(linkSeries({ kpi: null, statement: 'Monter le taux de conclusion à 30 %' }, null, series, KPI_CATALOG)?.name).toBe('Taux de conclusion');
    expect(linkSeries({ kpi: 'NPS', statement: '' }, null, series, KPI_CATALOG)).toBeNull();
    expect(matchCatalog('Weekly close rate', KPI_CATALOG)?.id).toBe('close_rate');
    expect(matchCatalog('Taux d’attrition mensuel', KPI_CATALOG)?.id).toBe('churn');
  });
});

describe('our result columns', () => {
  it('are recognized by their headers when metadata was lost, and never read as user fields', () => {
    const { OUTPUT_COLUMNS, outputHeader } = jest.requireActual('../../../src/core/workbook/output') as typeof import('../../../src/core/workbook/output');
    const header = ['Objectif', 'Échéance', ...OUTPUT_COLUMNS.map((c) => outputHeader(c, 'fr'))];
    const model = buildWorkbookModel([{ name: 'Objectifs', values: [header, ['Conclure 10 comptes', '31/12/2027', 80, 'OK']] }], { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goalsSheet?.columns.fields).toEqual({ statement: 0, deadline: 1 });
    expect(model.goalsSheet?.columns.owned).toEqual(OUTPUT_COLUMNS.map((_, i) => i + 2));
    expect(model.goals[0].target).toBeNull();
  });
});

describe('literalText', () => {
  it('keeps text that Sheets would read as a number, date or boolean as text', () => {
    expect(literalText('001')).toBe("'001");
    expect(literalText('2026-06-30')).toBe("'2026-06-30");
    expect(literalText('TRUE')).toBe("'TRUE");
    expect(literalText("'quoted")).toBe("''quoted");
    expect(literalText(' =1+1')).toBe("' =1+1");
    expect(literalText('Q1 2027')).toBe('Q1 2027');
    expect(literalText('')).toBe('');
  });

  it('also covers exponents, times, dates without a year, month names, currency and am/pm', () => {
    for (const text of ['1e5', '2.5E-3', '12:30', '9:05 PM', '1/2', '3-4', 'Nov 2026', '26 November 2026', '30 juin 2027', '1er mars', '$5', '5 €', '1 234,5', '(1,234)']) {
      expect(literalText(text)).toBe(`'${text}`);
    }
    for (const text of ['G-12', 'Close 10 accounts by 30 June', '10 new accounts', 'Plain', 'May']) expect(literalText(text)).toBe(text);
  });

  it('covers the apostrophe that groups thousands in de_CH, de_LI, it_CH, en_CH (review 22)', () => {
    // Sheets reads "1'000" as 1000 in those locales (the emulator's typed-input model: test/local/emulator/locale-numbers.test.ts).
    for (const text of ["1'000", '1’000', "1'234.50", '-1’234']) expect(literalText(text)).toBe(`'${text}`);
    for (const text of ["Lisa's 10 accounts", 'l’an 2027']) expect(literalText(text)).toBe(text);
  });
});

describe('KPI values and series choice', () => {
  it('reads a rate typed in points as a fraction', () => {
    const grid = weeklyGrid('Close', ['Week', 'Close rate (%)'], 6, (i) => [24 + i]);
    expect(detectKpiSeries(grid, 'en', KPI_CATALOG)[0].points[0].value).toBeCloseTo(0.24);
  });

  it('prefers the series whose name matches the goal’s team', () => {
    const grid = weeklyGrid('Rates', ['Week', 'Close rate North', 'Close rate South'], 6, () => [0.2, 0.3]);
    const series = detectKpiSeries(grid, 'en', KPI_CATALOG);
    expect(linkSeries({ kpi: 'close rate', statement: 'Raise the close rate', owner: 'South team' }, null, series, KPI_CATALOG)?.name).toBe('Close rate South');
  });
});

describe('period labels as dates', () => {
  it('reads months, ISO weeks and quarters, as period starts for KPI rows and ends for deadlines', () => {
    expect(cellDate('2026-03', 'en')).toBe('2026-03-01');
    expect(cellDate('03/2026', 'fr')).toBe('2026-03-01');
    expect(cellDate('mars 2026', 'fr')).toBe('2026-03-01');
    expect(cellDate('Sept. 2026', 'en')).toBe('2026-09-01');
    expect(cellDate('2026-W01', 'en')).toBe('2025-12-29');
    expect(cellDate('Q2 2027', 'en', { periodEnd: true })).toBe('2027-06-30');
    expect(cellDate('T4 2027', 'fr', { periodEnd: true })).toBe('2027-12-31');
    expect(cellDate('Feb 2027', 'en', { periodEnd: true })).toBe('2027-02-28');
    expect(cellDate('Frobuary 2027', 'en')).toBeNull();
    expect(cellDate('13/2026', 'en')).toBeNull();
  });

  it('detects a monthly KPI tab labelled by month names', () => {
    const values: CellValue[][] = [['Mois', 'CA']];
    ['janv. 2026', 'févr. 2026', 'mars 2026', 'avr. 2026', 'mai 2026'].forEach((m, i) => values.push([m, 100 + i]));
    const series = detectKpiSeries({ name: 'Ventes', values }, 'fr', KPI_CATALOG);
    expect(series[0].period).toBe('month');
    expect(series[0].catalogId).toBe('revenue');
  });
});

describe('error cells', () => {
  it('are reported, not analyzed', () => {
    const model = buildWorkbookModel([{ name: 'Goals', values: [['Goal', 'Target'], ['#N/A', '#REF!']] }], { lang: 'en', catalog: KPI_CATALOG });
    expect(model.goals[0].statement).toBe('');
    expect(model.goals[0].problems.map((p) => [p.field, p.expected])).toEqual([
      ['statement', 'value'],
      ['target', 'value'],
    ]);
  });
});

describe('title blocks and totals rows', () => {
  it('finds a header row under a long title block and skips totals rows', () => {
    const title: CellValue[][] = Array.from({ length: 14 }, (_, i) => [i === 0 ? 'Plan commercial 2027 — direction des ventes' : i % 3 === 0 ? `Note ${i}` : '']);
    const sheets: SheetGrid[] = [
      {
        name: 'Objectifs',
        values: [
          ...title,
          ['Réf', 'Objectif SMART', 'Valeur cible', "Date d'échéance"],
          ['A', "Signer 120 nouveaux comptes d'ici fin 2027", 120, '31/12/2027'],
          ['B', "Signer 80 nouveaux comptes d'ici fin 2027", 80, '31/12/2027'],
          ['', 'Total', 200, ''],
          ['Sous-total', '', 200, ''],
          ['TOTAL', 'TOTAL', 200, ''],
        ],
      },
    ];
    const model = buildWorkbookModel(sheets, { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goalsSheet?.columns.headerRow).toBe(14);
    expect(model.goals.map((g) => g.id)).toEqual(['A', 'B']);
  });

  it('keeps a goal whose sentence merely mentions a total', () => {
    const model = buildWorkbookModel([{ name: 'Goals', values: [['ID', 'Goal', 'Target'], ['T', 'Total revenue of 1M by end of 2027', 1e6], ['', 'Total', '']] }], { lang: 'en', catalog: KPI_CATALOG });
    expect(model.goals.map((g) => g.id)).toEqual(['T']);
  });
});

describe('amounts and dates as people type them', () => {
  it('reads amounts with a currency, k/M multipliers and accounting negatives', () => {
    expect(cellNumber('1 500 €', 'fr')).toBe(1500);
    expect(cellNumber('$1,500', 'en')).toBe(1500);
    expect(cellNumber('EUR 1 500', 'fr')).toBe(1500);
    expect(cellNumber('30 k€', 'fr')).toBe(30000);
    expect(cellNumber('1,5 M€', 'fr')).toBe(1_500_000);
    expect(cellNumber('2.5M', 'en')).toBe(2_500_000);
    expect(cellNumber('1 500 € HT', 'fr')).toBe(1500);
    expect(cellNumber('-$200', 'en')).toBe(-200);
    expect(cellNumber('(1 000)', 'fr')).toBe(-1000);
    expect(cellNumber('k€', 'fr')).toBeNull();
    expect(cellNumber('about 12', 'en')).toBeNull();
  });

  it('reads dates with month names, half years and years', () => {
    expect(cellDate('31 décembre 2027', 'fr')).toBe('2027-12-31');
    expect(cellDate('31 déc. 2027', 'fr')).toBe('2027-12-31');
    expect(cellDate('1er mars 2027', 'fr')).toBe('2027-03-01');
    expect(cellDate('mardi 30 juin 2027', 'fr')).toBe('2027-06-30');
    expect(cellDate('December 31, 2027', 'en')).toBe('2027-12-31');
    expect(cellDate('Dec 31 2027', 'en')).toBe('2027-12-31');
    expect(cellDate('31 février 2027', 'fr')).toBeNull();
    expect(cellDate('H1 2027', 'en', { periodEnd: true })).toBe('2027-06-30');
    expect(cellDate('S2 2027', 'fr', { periodEnd: true })).toBe('2027-12-31');
    expect(cellDate('S2 2027', 'fr')).toBe('2027-07-01');
    expect(cellDate('2027', 'fr', { periodEnd: true })).toBe('2027-12-31');
    expect(cellDate('2027', 'fr')).toBe('2027-01-01');
    expect(cellDate('fin 2027', 'fr')).toBe('2027-12-31');
    expect(cellDate('end of 2027', 'en')).toBe('2027-12-31');
    // A deadline's fiscal year is the Settings' (fixes60: it was refused); a KPI row's "FY2027" is no date.
    expect(cellDate('FY2027', 'en', { periodEnd: true })).toBe('2027-12-31');
    expect(cellDate('FY2027', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2027-03-31');
    expect(cellDate('FY2027', 'en')).toBeNull();
    // A deadline's quarter is the fiscal one too, as in a sentence, and so is a Start's (final read: "Q1 2027" from "Q1 2027"
    // under an April start began in January 2027, after its deadline); a KPI row's quarter (no fiscal start) keeps its
    // calendar first day, and its "FY2027" is no date.
    expect(cellDate('Q4 2027', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2027-03-31');
    expect(cellDate('T1 2027', 'fr', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2026-06-30');
    expect(cellDate('Q4 2027', 'en', { periodEnd: true })).toBe('2027-12-31');
    expect(cellDate('Q4 2027', 'en', { fiscalStartMonth: 4 })).toBe('2027-01-01');
    expect(cellDate('Q1 2027', 'en', { fiscalStartMonth: 4 })).toBe('2026-04-01');
    expect(cellDate('Q1 2027', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2026-06-30');
    expect(cellDate('Q4 2027', 'en')).toBe('2027-10-01');
    expect(cellDate('FY27', 'en', { fiscalStartMonth: 4 })).toBe('2026-04-01');
    expect(cellDate('FY 2026-27', 'en', { fiscalStartMonth: 1 })).toBeNull();
    expect(cellDate('FY27', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2027-03-31');
    expect(cellDate('FY26/27', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBe('2027-03-31');
    expect(cellDate('exercice 2026-2027', 'fr', { periodEnd: true, fiscalStartMonth: 7 })).toBe('2027-06-30');
    // Over two years under a January start, or two years apart: no fiscal year the Settings have — reported, not guessed.
    expect(cellDate('FY 2026-27', 'en', { periodEnd: true })).toBeNull();
    expect(cellDate('FY 2026-28', 'en', { periodEnd: true, fiscalStartMonth: 4 })).toBeNull();
    expect(cellDate('3000', 'en')).toBeNull();
    expect(cellDate('06/30/2027', 'fr')).toBe('2027-06-30');
    expect(cellDate('03/04/2027', 'fr')).toBe('2027-04-03');
    expect(cellDate('13/13/2027', 'fr')).toBeNull();
  });
});

describe('unusual but reasonable headers', () => {
  it.each([
    [['Objectif SMART', "Date d'échéance", 'Responsable commercial', 'Valeur actuelle', 'Valeur cible', 'KPI suivi', 'Rattaché à'], ['statement', 'deadline', 'owner', 'baseline', 'target', 'kpi', 'parent']],
    [['Goal description', 'Account executive', 'Actual', 'Target (%)', 'Due date', 'Tracked KPI', 'Rolls up to'], ['statement', 'owner', 'baseline', 'target', 'deadline', 'kpi', 'parent']],
    [['#', 'Objectif', 'Pilote', 'Réalisé', 'Valeur visée', 'Fin', 'KPI', 'Objectif père'], ['id', 'statement', 'owner', 'baseline', 'target', 'deadline', 'kpi', 'parent']],
  ])('%j', (row, fields) => {
    const found = recognizeHeaders(row);
    expect(fields.map((field) => found[field as keyof typeof found])).toEqual(fields.map((_, i) => i));
  });
});

describe('numberFormatFor', () => {
  it('shows whole values without decimals and others with one or two, never "#,##0.##"', () => {
    expect(numberFormatFor(120, 'count')).toBe('#,##0');
    expect(numberFormatFor(2.5, null)).toBe('#,##0.0#');
    expect(numberFormatFor(0.25, 'percent')).toBe('0%');
    // A rate shows the digits its text shows on every surface (`rateNumberFormat`, issue 11): 25.5 %, 3.56 %, 3.4 %.
    expect(numberFormatFor(0.255, 'percent')).toBe('0.0%');
    expect(numberFormatFor(0.0356, 'percent')).toBe('0.00%');
    expect(numberFormatFor(0.034, 'percent')).toBe('0.0%');
    expect(numberFormatFor(null, 'currency')).toBe('#,##0');
  });
});

describe('KPI tabs with plan columns', () => {
  it('reads the actuals, not the targets or budget, and names them by the tab', () => {
    const rows: CellValue[][] = [['Mois', 'Objectif', 'Réalisé', 'Budget 2027', 'Commentaire']];
    for (let m = 1; m <= 12; m++) rows.push([`2026-${String(m).padStart(2, '0')}`, 100 + m, m <= 10 ? 90 + m : '', 120, '']);
    const series = detectKpiSeries({ name: 'CA mensuel', values: rows }, 'fr', KPI_CATALOG);
    expect(series.map((s) => s.name)).toEqual(['CA mensuel']);
    expect(series[0].points).toHaveLength(10);
    expect(series[0].points[0].value).toBe(91);
  });
});

describe('KPI tabs that log transactions', () => {
  it('sums a CRM export of deals per week, with empty weeks as zero', () => {
    const rows: CellValue[][] = [['Close date', 'Account', 'Amount']];
    for (let week = 0; week < 12; week++) {
      if (week === 5) continue;
      for (let deal = 0; deal < 3; deal++) rows.push([new Date(Date.UTC(2026, 0, 5 + 7 * week + deal)).toISOString().slice(0, 10), `Account ${week}-${deal}`, 1000]);
    }
    const [series] = detectKpiSeries({ name: 'Deals', values: rows }, 'en', KPI_CATALOG);
    expect(series.period).toBe('week');
    expect(series.points).toHaveLength(12);
    expect(series.points[0]).toEqual({ date: '2026-01-05', value: 3000 });
    expect(series.points[5].value).toBe(0);
  });

  it('keeps the last value of a date written twice in a regular series (a correction)', () => {
    const rows: CellValue[][] = [['Month', 'Close rate'], ['2026-01', 0.2], ['2026-02', 0.21], ['2026-02', 0.22], ['2026-03', 0.23], ['2026-04', 0.24], ['2026-05', 0.25], ['2026-06', 0.25], ['2026-07', 0.26], ['2026-08', 0.27], ['2026-09', 0.28], ['2026-10', 0.29]];
    const [series] = detectKpiSeries({ name: 'Rates', values: rows }, 'en', KPI_CATALOG);
    expect(series.points.find((p) => p.date === '2026-02-01')?.value).toBe(0.22);
    expect(series.period).toBe('month');
  });
});

describe('KPI tabs with a title block', () => {
  it('takes the series names from the header row under the title', () => {
    const rows: CellValue[][] = [['Historique commercial — export CRM'], ['mis à jour le 20/11/2026'], [], ['Mois', 'CA', 'Leads']];
    for (let m = 1; m <= 12; m++) rows.push([`01/${String(m).padStart(2, '0')}/2026`, 1000 * m, 40 + m]);
    const series = detectKpiSeries({ name: 'Export', values: rows }, 'fr', KPI_CATALOG);
    expect(series.map((s) => s.name)).toEqual(['CA', 'Leads']);
    expect(series[0].points).toHaveLength(12);
  });
});

describe('linking a goal among same-named series of several tabs', () => {
  it('picks the tab the goal or its owner names', () => {
    const tab = (name: string, base: number): SheetGrid => ({ name, values: [['Semaine', 'Taux de conclusion'], ...Array.from({ length: 10 }, (_, i) => [`2026-0${1 + Math.floor(i / 4)}-0${1 + (i % 4)}`, base] as CellValue[])] });
    const series = [tab('Nord', 0.2), tab('Sud', 0.3)].flatMap((grid) => detectKpiSeries(grid, 'fr', KPI_CATALOG));
    expect(linkSeries({ kpi: 'Taux de conclusion', statement: 'Porter le taux de conclusion à 35 %', owner: 'Équipe Sud' }, null, series, KPI_CATALOG)?.sheetName).toBe('Sud');
    expect(linkSeries({ kpi: 'Taux de conclusion', statement: 'Porter le taux de conclusion de la région Nord à 25 %', owner: null }, null, series, KPI_CATALOG)?.sheetName).toBe('Nord');
  });
});

describe('a tab of monthly targets named "Objectifs"', () => {
  it('is not taken for the goals tab; the tab with goal sentences is', () => {
    const targets: SheetGrid = { name: 'Objectifs', values: [['Mois', 'Objectif CA', 'Réalisé'], ...Array.from({ length: 12 }, (_, m) => [`2026-${String(m + 1).padStart(2, '0')}`, 1000 + m, 900 + m] as CellValue[])] };
    const plan: SheetGrid = { name: 'Plan 2027', values: [['Réf', 'Objectif SMART', 'Échéance'], ['A', "Signer 120 nouveaux comptes d'ici fin 2027", '31/12/2027']] };
    const model = buildWorkbookModel([targets, plan], { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goalsSheet?.name).toBe('Plan 2027');
    expect(model.series.map((s) => s.name)).toEqual(['Objectifs']);
  });
});

describe('two tabs that look like goals tabs', () => {
  it('takes the plan that reaches furthest (this year, not last year kept beside it)', () => {
    const plan = (name: string, year: number): SheetGrid => ({ name, values: [['Réf', 'Objectif SMART', 'Échéance'], ['A', `Signer 100 nouveaux comptes d'ici fin ${year}`, `31/12/${year}`]] });
    const model = buildWorkbookModel([plan('Plan 2026', 2026), plan('Plan 2027', 2027)], { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goalsSheet?.name).toBe('Plan 2027');
  });
});

describe('two-row headers', () => {
  it('completes the header with the row below it ("Valeurs" over "Actuelle | Cible")', () => {
    const columns = findGoalColumns([
      ['Plan 2027'],
      ['Réf', 'Objectif', 'Valeurs', '', 'Échéance', 'Commentaire'],
      ['', '', 'Actuelle', 'Cible', '', ''],
      ['A', 'Signer 120 nouveaux comptes', 80, 120, '31/12/2027', ''],
    ]);
    expect(columns?.headerRow).toBe(2);
    expect(columns?.fields).toEqual({ id: 0, statement: 1, baseline: 2, target: 3, deadline: 4 });
    expect(columns?.extra).toEqual([5]);
    const model = buildWorkbookModel([{ name: 'Objectifs', values: [['Réf', 'Objectif', 'Cible'], ['', 'Cible', ''], ['A', 'Signer 120 nouveaux comptes', 120]] }], { lang: 'fr', catalog: KPI_CATALOG });
    expect(model.goals.map((g) => g.id)).toEqual(['#2', 'A']);
  });
});
