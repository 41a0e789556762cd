/**
 * fixes55, the reviews' small findings in the report's formats:
 * - one table of currency signs (core/format.ts): the layout kept its own (¥, "$" for every Canadian dollar) beside the
 *   one Check goals' cells and notes use — the report's money formats are now those cells' (`numberFormatFor`);
 * - a KPI column formatted with two decimals made the report show counts and whole-currency amounts with two
 *   ("120.00", "$187,750.00") in its tables and charts: a count or an amount is in whole units there; a rate or an
 *   unknown unit keeps the column's own digits.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { useCurrency } from '../../../src/core/format';
import { formatShows } from '../../../src/core/workbook/kpis';
import { buildPlanReport, currencyFormat, frenchPercent, layoutPlanReport, reportGrid, wholeFormat } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { numberFormatFor } from '../../../src/core/workbook/values';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-11-26';

describe('one table of currency signs', () => {
  it.each(['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'JPY', 'INR'])('%s: the report’s money format is Check goals’ cells’, in each language', (code) => {
    for (const lang of ['en', 'fr'] as const) expect(currencyFormat(code, lang)).toBe(numberFormatFor(1000, 'currency', code, lang));
  });

  it('writes the locale’s own dollar as "$", another locale’s Canadian dollar as "$CA"', () => {
    const previous = useCurrency('CAD');
    try {
      expect(currencyFormat('CAD', 'fr')).toBe('#,##0"\u00a0$"');
    } finally {
      useCurrency(previous);
    }
    expect(currencyFormat('CAD', 'fr')).toBe('#,##0"\u00a0$CA"');
  });

  it('reads the currency a KPI column’s format shows', () => {
    // The sign it shows, from core's one table of marks (fixes62: the report's `currencyOfFormat` removed).
    expect(formatShows('"$"#,##0.00')?.currency).toBe('$');
    expect(formatShows('#,##0 "€"')?.currency).toBe('€');
    expect(formatShows('#,##0" $CA"')?.currency).toBe('$CA');
    // Near misses: a plain number, a date, a per-cent.
    expect(formatShows('#,##0.00')?.currency ?? null).toBeNull();
    expect(formatShows('dd/mm/yyyy')?.currency ?? null).toBeNull();
    expect(formatShows('0.0%')?.currency ?? null).toBeNull();
  });
});

describe('whole units for counts and amounts', () => {
  it('drops a format’s decimals, keeping its quoted text', () => {
    expect(wholeFormat('#,##0.00')).toBe('#,##0');
    expect(wholeFormat('"$"#,##0.00')).toBe('"$"#,##0');
    expect(wholeFormat('#,##0.00" €";-#,##0.00" €"')).toBe('#,##0" €";-#,##0" €"');
    expect(wholeFormat('#,##0" v.1.5"')).toBe('#,##0" v.1.5"');
  });

  describe.each(['en', 'fr'] as const)('the %s report over KPI columns formatted with two decimals', (lang: Lang) => {
    const example = buildExampleWorkbook(lang, TODAY);
    const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
    const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
    const report = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
    const seriesFormats = new Map(model.series.map((s) => [s.key, s.unit === 'currency' ? '"$"#,##0.00' : s.unit === 'percent' ? '0.00%' : '#,##0.00']));
    const layout = layoutPlanReport(report, { currency: 'USD', seriesFormats });
    const grid = reportGrid(layout);
    const targetColumn = 5;
    const goalsHeader = grid.values.findIndex((row) => row[0] === 'ID' && row[targetColumn] === (lang === 'fr' ? 'Cible' : 'Target'));

    it('shows counts and amounts whole in the goals table, rates with their digits', () => {
      const formats = new Map<string, string>();
      for (let r = goalsHeader + 1; grid.values[r][0] !== ''; r++) formats.set(String(grid.values[r][0]), grid.formats[r][targetColumn]);
      const unitOf = (id: string) => report.goals.find((g) => g.id === id)?.unit;
      const counts = [...formats].filter(([id]) => unitOf(id) === 'count' && formats.get(id) !== '');
      const money = [...formats].filter(([id]) => unitOf(id) === 'currency' && formats.get(id) !== '');
      expect(counts.length).toBeGreaterThan(3);
      expect(money.length).toBeGreaterThan(0);
      for (const [id, format] of counts) expect([id, format]).toEqual([id, '#,##0']);
      for (const [id, format] of money) expect([id, format]).toEqual([id, '"$"#,##0']);
      // G1's close rate keeps the rate rule's digits, not a whole number.
      expect(formats.get('G1')).toMatch(/%/);
    });

    it('charts counts and amounts in whole units', () => {
      const chartFormats = layout.charts
        .filter((c) => c.kind !== 'rangeBar' && (c.unit === 'count' || c.unit === 'currency'))
        .map((c) => grid.formats[c.range.row][1]);
      expect(chartFormats.length).toBeGreaterThan(0);
      for (const format of chartFormats) expect(format).not.toMatch(/\.0/);
    });
  });
});

describe('office30: one French space before a per-cent sign', () => {
  it('frenchPercent adds the space once, to a format that has none', () => {
    expect(frenchPercent('0.0%')).toBe('0.0"\u202f"%');
    expect(frenchPercent('[<0.005]"<1%";0%')).toBe('[<0.005]"<1\u202f%";0"\u202f"%');
    // Already French: the example's KPI columns, a format typed with a space, one with a no-break space.
    expect(frenchPercent('0.0"\u202f"%')).toBe('0.0"\u202f"%');
    expect(frenchPercent('0.0 %')).toBe('0.0"\u202f"%');
    expect(frenchPercent('0.00"\u00a0"%')).toBe('0.00"\u00a0"%');
  });

  it('the French report’s chart data over the French example’s own rate columns reads « 24,3 % », not two spaces', () => {
    const example = buildExampleWorkbook('fr', TODAY);
    const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang: 'fr', catalog: KPI_CATALOG });
    const check = checkWorkbook(model, { today: TODAY, lang: 'fr', settings: DEFAULT_SETTINGS });
    const report = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang: 'fr' });
    // Each KPI column's format as the example writes it (the close rate's 0.0" "%).
    const own = new Map(example.sheets.filter((s) => s.kind === 'kpi').map((s) => [s.name, s.formats[1]?.[1] ?? '']));
    const seriesFormats = new Map(model.series.map((s) => [s.key, own.get(s.key.split('!')[0]) ?? '']));
    expect([...seriesFormats.values()]).toContain('0.0"\u202f"%');
    const grid = reportGrid(layoutPlanReport(report, { currency: 'EUR', seriesFormats }));
    const percents = grid.formats.flat().filter((format) => format.includes('%'));
    expect(percents.length).toBeGreaterThan(0);
    expect(percents.filter((format) => /[\u202f\u00a0 ]"?"[\u202f\u00a0 ]|[\u202f\u00a0 ]{2}/.test(format))).toEqual([]);
  });
});
