/** Case- and accent-insensitive search, shared by the KPI step's filter and the parent picker. */
import type { CatalogKpiView, SeriesSummary } from '../core/api';
import { foldForSearch } from '../core/format';

/** The KPI step shows its search box past this many cards: a screenful at 300 px. */
export const KPI_FILTER_FROM = 8;

/** The words typed, folded ("  Taux  CONCL " → ["taux", "concl"]). */
export function searchWords(typed: string): string[] {
  return foldForSearch(typed)
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** Every word typed occurs in the text (folded): "q3 accounts" finds "Close 12 new accounts in Q3". As the server's search (core/workbook/goal-options). */
export function matchesWords(text: string, words: readonly string[]): boolean {
  const folded = foldForSearch(text);
  return words.every((word) => folded.includes(word));
}

/**
 * What a KPI card is found by: its name (the column header), its tab, and, for a known KPI, the catalog's label and
 * synonyms in the sidebar's language ("turnover" finds the "Revenue" tab, « CA » finds « Chiffre d'affaires »).
 */
export function seriesSearchText(series: Pick<SeriesSummary, 'name' | 'sheetName' | 'kpiId'>, catalog: readonly Pick<CatalogKpiView, 'id' | 'label' | 'synonyms'>[]): string {
  const known = series.kpiId ? catalog.find((k) => k.id === series.kpiId) : undefined;
  return [series.name, series.sheetName, known?.label ?? '', ...(known?.synonyms ?? [])].join('\n');
}
