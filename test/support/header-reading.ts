/**
 * One KPI column as the wizard and Check goals read it (`detectKpiSeries`), shared by the header-class tests
 * (core/workbook/hdr45…, hdr46…, hdr47…, mend47c-headers.test.ts), which each wrote the same table runner again.
 * Columns come from CSV exports: no number format, so the header's words, the tab's name, the row's other headers and
 * the values are all there is. Each test names the fields it compares, so an exact `toEqual` keeps its meaning.
 */
import { KPI_CATALOG } from '../../src/core/kpi/catalog';
import type { Aggregation, KpiPoint, Unit } from '../../src/core/types';
import { detectKpiSeries } from '../../src/core/workbook/kpis';
import type { CellValue, SheetGrid } from '../../src/core/workbook/types';

export const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];
const LOG_DAYS = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'];
const TODAY = '2026-12-01';

export interface HeaderReading {
  kpi: string | null;
  aggregation: Aggregation | null | undefined;
  unit: Unit | null;
  currency: string | null | undefined;
  points: KpiPoint[];
}
export type ReadingField = keyof HeaderReading;
type Lang = 'en' | 'fr';

/** The first series read from the grid, its fields as the tests name them (`catalogId` is the KPI). */
function firstSeries(grid: SheetGrid, lang: Lang): HeaderReading {
  const [series] = detectKpiSeries(grid, lang, KPI_CATALOG, undefined, TODAY);
  return { kpi: series.catalogId, aggregation: series.aggregation, unit: series.unit, currency: series.currency, points: series.points };
}

/** A tab named neutrally in the header's language unless given. */
function tabName(lang: Lang, tab?: string): string {
  return tab ?? (lang === 'fr' ? 'Données' : 'Data');
}

/** The header's other headers beside it, over blank cells. */
function row(first: readonly CellValue[], neighbours: readonly string[]): CellValue[] {
  return [...first, ...neighbours.map(() => '')];
}

/** Readers that keep only `fields` of each reading. */
export function headerReader<F extends ReadingField>(fields: readonly F[]) {
  const pick = (reading: HeaderReading): Pick<HeaderReading, F> =>
    Object.fromEntries(fields.map((f) => [f, reading[f]])) as Pick<HeaderReading, F>;
  return {
    /** The header over values by month, its file's other headers beside it. */
    read(
      header: string,
      values: readonly number[],
      lang: Lang,
      options: { tab?: string; neighbours?: readonly string[] } = {},
    ): Pick<HeaderReading, F> {
      const neighbours = options.neighbours ?? [];
      const rows: CellValue[][] = [['Date', header, ...neighbours], ...values.map((v, i) => row([MONTHS[i], v], neighbours))];
      return pick(firstSeries({ name: tabName(lang, options.tab), values: rows }, lang));
    },
    /** A log of several rows a month (one per entity, campaign, country or respondent), its other headers beside it. */
    readLog(
      header: string,
      perMonth: (month: number) => readonly number[],
      lang: Lang,
      neighbours: readonly string[] = [],
    ): Pick<HeaderReading, F> {
      const rows: CellValue[][] = [['Date', header, ...neighbours]];
      MONTHS.forEach((month, m) => perMonth(m).forEach((v) => rows.push(row([month, v], neighbours))));
      return pick(firstSeries({ name: tabName(lang), values: rows }, lang));
    },
    /** A log of three rows a day over four days (an engineer's, a customer's or a sale's row each). */
    readDailyLog(header: string, values: readonly number[], lang: Lang): Pick<HeaderReading, F> {
      const rows: CellValue[][] = [['Date', header], ...values.map((v, i) => [LOG_DAYS[Math.floor(i / 3)], v])];
      return pick(firstSeries({ name: tabName(lang), values: rows }, lang));
    },
  };
}
