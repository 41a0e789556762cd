/**
 * The plan report sheet as people read it (built bundle, emulator): one
 * grid, localized title and formats, a printable width, charts capped and
 * said so, a service-call count that does not grow with the goals, and the
 * run budget honoured while charts are inserted.
 */
import { MAX_CHARTS } from '../../../src/core/plan';
import { addSheet, harness, type Harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function reportOf(h: Harness): { sheet: Sheet; values: unknown[][]; formats: string[][]; weights: string[][] } {
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  const sheet = h.emulator.spreadsheet.getSheetByName(sheetName) as Sheet;
  const range = sheet.getDataRange();
  return { sheet, values: range.getValues(), formats: range.getNumberFormats(), weights: range.getFontWeights() };
}

function rowOf(values: unknown[][], first: unknown, nth = 0): number {
  return values.map((r, i) => (r[0] === first ? i : -1)).filter((i) => i >= 0)[nth];
}

describe.each([
  ['en', 'en_US', 'SMART goals plan — November 26, 2026', ['Summary', 'Goals', 'Alignment tree', 'Timeline', 'Recommendations', 'KPI charts', 'Chart data'], 'm/d/yyyy'],
  ['fr', 'fr_FR', 'Plan des objectifs SMART — 26 novembre 2026', ['Synthèse', 'Objectifs', 'Arbre d’alignement', 'Calendrier', 'Recommandations', 'Graphiques des indicateurs', 'Données des graphiques'], 'dd/mm/yyyy'],
] as const)('the example plan report in %s', (lang, locale, title, sections, dateFormat) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  const { sheet, values, formats, weights } = reportOf(h);

  it('opens on the title with the date written in the language, frozen above bold section headings', () => {
    expect(values[0][0]).toBe(title);
    expect(weights[0][0]).toBe('bold');
    expect(sheet.getFrozenRows()).toBe(1);
    for (const section of sections) {
      const row = values.findIndex((r) => r[0] === section && r.slice(1).every((c) => c === ''));
      expect(row).toBeGreaterThan(0);
      expect(weights[row][0]).toBe('bold');
    }
  });

  it('fits a printed portrait page: seven columns of at most 650 px in all, long text wrapped', () => {
    // Only the timeline's period columns go past G (fixes42): its rows, between its title and the next section's.
    const timeline = values.findIndex((r) => r[0] === sections[3]);
    const next = values.findIndex((r) => r[0] === sections[4]);
    const beyond = values.flatMap((r, i) => (r.slice(7).some((v) => v !== '') ? [i] : []));
    expect(beyond.length).toBeGreaterThan(0);
    expect(beyond.every((i) => i > timeline && i < next)).toBe(true);
    const columns = sheet.getDataRange().getNumColumns();
    for (let c = 8; c <= columns; c++) expect(sheet.getColumnWidth(c)).toBeLessThanOrEqual(40);
    const widths = [1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getColumnWidth(c));
    // 650 px: an A4 or Letter portrait page inside Sheets' default margins. English keeps 600; French needs « Responsable »
    // whole in its columns (review 5, F9), which the statements' column gives back.
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(650);
    // Wide enough for a date or a one-word bold header ("Responsable") in every column but the goal's.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(76);
    const goal = rowOf(values, 'G3');
    expect(sheet.getRange(goal + 1, 2).getWrap()).toBe(true);
  });

  it('draws the timeline in narrow month columns from H, bars to each goal’s own dates, each sub-goal naming its parent', () => {
    const header = values.findIndex((r) => r[0] === 'ID' && r[3] === (lang === 'fr' ? 'Dépend de' : 'Depends on'));
    expect(header).toBeGreaterThan(0);
    // November 2026 (today) to December 2027: fourteen month columns, H to U, their initials under the years.
    expect(values[header].slice(7, 21)).toEqual(['N', 'D', 'J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D']);
    expect(values[header - 1].slice(7, 10)).toEqual(['2026', '', '2027']);
    for (let c = 8; c <= 21; c++) expect(sheet.getColumnWidth(c)).toBe(22);
    const backgrounds = sheet.getRange(header + 1, 8, 1, 14).getBackgrounds();
    // N-Q2 (April–June 2027) depends on N; its bar fills April, May and June only.
    const q2 = values.findIndex((r, i) => i > header && r[0] === '└ N-Q2');
    expect(values[q2][3]).toBe('N');
    const bar = sheet.getRange(q2 + 1, 8, 1, 14).getBackgrounds()[0];
    expect(bar.map((color, i) => (color === '#ffffff' || color === '#b7b7b7' ? '' : values[header][7 + i]))).toEqual(['', '', '', '', '', 'A', 'M', 'J', '', '', '', '', '', '']);
    // Today's column (November): its header yellow, and a grey line down the table where no bar is (G6 has no dates).
    expect(backgrounds[0][0]).toBe('#ffe599');
    const g6 = values.findIndex((r, i) => i > header && r[0] === 'G6');
    expect(sheet.getRange(g6 + 1, 8, 1, 2).getBackgrounds()[0]).toEqual(['#b7b7b7', '#ffffff']);
  });

  it('aligns every cell at the top, so an ID stays on the first line of its wrapped goal', () => {
    const alignments = sheet.getDataRange().getVerticalAlignments();
    expect(alignments.flat().every((a) => a === 'top')).toBe(true);
    const goal = rowOf(values, 'G3');
    expect(sheet.getRange(goal + 1, 1).getVerticalAlignment()).toBe('top');
  });

  it('gives every amount, percentage and date a number format', () => {
    const header = rowOf(values, 'ID');
    const g1 = rowOf(values, 'G1');
    expect(g1).toBeGreaterThan(header);
    // Goals table: … Target (F), Deadline (G).
    expect(formats[g1][5]).toMatch(/%$/);
    expect(formats[g1][6]).toBe(dateFormat);
    const revenue = rowOf(values, 'G5');
    expect(typeof values[revenue][5]).toBe('number');
    expect(formats[revenue][5]).toMatch(/#,##0/);
    // Every number in the sheet has a format other than the automatic one, except counts in the summary (plain integers).
    const unformatted = values.flatMap((r, i) => r.map((v, j) => (typeof v === 'number' && !Number.isInteger(v) && formats[i][j] === '0.###############' ? `${i + 1}:${j + 1}=${v}` : ''))).filter(Boolean);
    expect(unformatted).toEqual([]);
  });

  it('rounds forecasts to sensible precision', () => {
    const data = values.findIndex((r) => r[0] === sections[6]);
    const numbers = values.slice(data).flatMap((r) => r.slice(1).filter((v): v is number => typeof v === 'number'));
    expect(numbers.length).toBeGreaterThan(20);
    for (const n of numbers) expect(Math.abs(n * 10_000 - Math.round(n * 10_000))).toBeLessThan(1e-6);
  });

  it('indents sub-goals under their parent', () => {
    const tree = values.findIndex((r) => r[0] === sections[2]);
    const child = values.slice(tree).find((r) => String(r[0]).endsWith('N-Q1'));
    expect(String(child?.[0])).toMatch(/^└ N-Q1$/);
    expect(String(child?.[1]).startsWith('└ ')).toBe(true);
  });

  it('states each problem once in the Problem cell', () => {
    const label = lang === 'fr' ? 'Problème' : 'Problem';
    const problems = values.filter((r) => r[0] === label).map((r) => String(r[1]).split('\n'));
    expect(problems.length).toBeGreaterThan(3);
    for (const lines of problems) {
      expect(new Set(lines).size).toBe(lines.length);
      for (const line of lines) expect(lines.filter((other) => other !== line && other.includes(line))).toEqual([]);
    }
  });

  it('draws one chart per KPI (five, within the cap) from data in the sheet', () => {
    expect(sheet.getCharts()).toHaveLength(5);
    expect(MAX_CHARTS).toBeGreaterThanOrEqual(5);
    for (const chart of sheet.getCharts()) expect(chart.getRanges()[0].getNumColumns()).toBeLessThanOrEqual(7);
  });
});

describe('amounts without a KPI format carry the spreadsheet’s currency', () => {
  const rows = (amount: string, deadline: string): unknown[][] => [
    ['ID', 'Goal', 'KPI', 'Target', 'Deadline'],
    ['R', `${amount}`, 'Revenue', 250000, deadline],
  ];
  const history = (): unknown[][] => [['Month', 'Revenue'], ...Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1)).toISOString().slice(0, 10), 200000 + 1000 * i])];

  it.each([
    ['en_US', 'en', 'Reach 250,000 in monthly revenue by June 30, 2027', '"$"#,##0'],
    ['fr_FR', 'fr', 'Atteindre 250 000 de chiffre d’affaires mensuel d’ici le 30/06/2027', '#,##0"\u00a0€"'],
  ])('%s', (locale, lang, statement, format) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: lang });
    addSheet(h.emulator, 'Goals', rows(statement, '2027-06-30'));
    addSheet(h.emulator, 'Revenue', history());
    const { values, formats } = reportOf(h);
    const goal = rowOf(values, 'R');
    expect(values[goal][5]).toBe(250000);
    expect(formats[goal][5]).toBe(format);
  });

  it('the KPI column’s own format wins, in whole units of its currency (fixes55: "£250,000.00")', () => {
    const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
    addSheet(h.emulator, 'Goals', rows('Reach 250,000 in monthly revenue by June 30, 2027', '2027-06-30'));
    const kpi = addSheet(h.emulator, 'Revenue', history());
    kpi.getRange(2, 2, 24, 1).setNumberFormat('[$£]#,##0.00');
    const { values, formats } = reportOf(h);
    // A stated amount at least at its tab's precision (surf52, the lead's ruling b of 2026-12-06: "$997.00" on a cents tab).
    expect(formats[rowOf(values, 'R')][5]).toBe('[$£]#,##0.00');
  });
});

/** A workbook with `kpis` weekly KPIs on two tabs and `goals` goals spread over them. */
function manyKpis(goals: number, kpis: number, overrides: Record<string, unknown> = {}): Harness {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' }, overrides);
  const goalRows: unknown[][] = [['ID', 'Goal', 'KPI', 'Target', 'Deadline']];
  for (let i = 0; i < goals; i++) goalRows.push([`G${i}`, `Close ${40 + (i % 9)} deals by 31/12/2027`, `Deals ${i % kpis}`, 40 + (i % 9), '2027-12-31']);
  addSheet(h.emulator, 'Goals', goalRows);
  for (let tab = 0; tab < 2; tab++) {
    const names = Array.from({ length: kpis / 2 }, (_, k) => `Deals ${tab * (kpis / 2) + k}`);
    const rows: unknown[][] = [['Week', ...names]];
    for (let w = 0; w < 40; w++) rows.push([new Date(Date.UTC(2025, 11, 1 + 7 * w)).toISOString().slice(0, 10), ...names.map((_, k) => 2 + ((w + k) % 3))]);
    addSheet(h.emulator, `KPIs ${tab + 1}`, rows);
  }
  return h;
}

describe('a workbook with many KPIs', () => {
  const KPIS = 12;

  it('charts the first KPIs up to the cap and names the others in the report', () => {
    const h = manyKpis(48, KPIS);
    const { sheet, values } = reportOf(h);
    expect(sheet.getCharts()).toHaveLength(MAX_CHARTS);
    // A long note runs on over the rows below it (it would print past column G): read its lines together.
    const column = values.map((r) => String(r[0]));
    const first = column.findIndex((v) => v.startsWith('Charts for the 5 KPIs most goals are measured on.'));
    expect(first).toBeGreaterThanOrEqual(0);
    let end = first + 1;
    while (end < column.length && column[end] !== '' && String(values[end][1]) === '' && !column[end].startsWith('Charts')) end++;
    const note = column.slice(first, end).join(' ');
    expect(column.slice(first, end).every((line) => line.length <= 90)).toBe(true);
    expect(note).toContain(`Not charted (${KPIS - MAX_CHARTS}; their goals are in the tables below): `);
    expect(note).toContain('Deals 11');
  });

  it('makes the same number of service calls for 48 and 480 goals: its own writes in about 20 + 9 per chart', () => {
    const calls = (goals: number, checkFirst: boolean): { total: number; writing: number } => {
      const h = manyKpis(goals, KPIS);
      if (checkFirst) h.run('checkGoals');
      let writing = 0;
      let started = false;
      const stop = h.emulator.onServiceCall((name) => {
        if (name === 'Spreadsheet.insertSheet') started = true;
        if (started) writing++;
      });
      h.emulator.calls.reset();
      h.run('generatePlanReport');
      stop();
      // A and C–G share one width: one call for every column, then one for B, one for the timeline's period columns (H on).
      expect(h.emulator.calls.of('Sheet.setColumnWidths')).toBe(3);
      // fixes47: the recommendations over B–G, one Range.mergeAcross for all of them (no Bottom-up check here).
      expect(h.emulator.calls.of('Range.mergeAcross')).toBe(1);
      // Progress toasts (at most 4, on tables of 200+ goals) aside.
      return { total: h.emulator.calls.total() - h.emulator.calls.of('Spreadsheet.toast'), writing };
    };
    const small = calls(48, true);
    const large = calls(480, true);
    expect(large).toEqual(small);
    // The sheet (insert, mark, size), the ranges (one range list: 2), its one grid (7), its merges (at most 2), widths, frozen
    // rows, the closing toast; 9 calls per chart (its value axis's title is one; its data range comes from the range list).
    expect(large.writing).toBeLessThanOrEqual(22 + 9 * MAX_CHARTS);
    // Before Check goals has marked its columns (developer metadata the analysis reads, 6 calls per column), the whole run stays within 120.
    expect(calls(48, false).total).toBeLessThanOrEqual(120);
  });

  it('stops inserting charts when the run budget runs out, and names the ones left', () => {
    let clock = 0;
    const h = manyKpis(12, 6, { __SMART_GOALS_NOW__: () => clock });
    const stop = h.emulator.onServiceCall((name) => {
      if (name === 'Sheet.insertChart') clock = 1e12;
    });
    const { sheet, values } = reportOf(h);
    stop();
    expect(sheet.getCharts()).toHaveLength(1);
    const note = values.map((r) => String(r[0])).find((v) => v.startsWith('Charts not drawn, the run was about to reach the Apps Script time limit'));
    expect(note).toContain(`time limit (${MAX_CHARTS - 1}): `);
    // Everything else was written.
    expect(values.some((r) => r[0] === 'Chart data')).toBe(true);
  });
});
