/**
 * review9 W1: a KPI on several regional tabs (UK, US, North America; EMEA, NA, APAC). Short region codes count as whole
 * words of a tab's name; a tie between tabs picks none (LinkChoice.tied) instead of the first tab.
 */
import type { CellValue } from '../../../src/core/workbook/types';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { type LinkChoice, linkSeries } from '../../../src/core/workbook/link';

function monthly(name: string, base: number): { name: string; values: CellValue[][] } {
  const values: CellValue[][] = [['Month', 'Revenue']];
  for (let i = 0; i < 12; i++) values.push([`2025-${String(i + 1).padStart(2, '0')}-01`, base + i * 100]);
  return { name, values };
}

const seriesOf = (tabs: string[]) => buildWorkbookModel(tabs.map((t, i) => monthly(t, 1000 * (i + 1))), { lang: 'en', catalog: KPI_CATALOG }).series;

describe('linking a KPI on several tabs', () => {
  const series = seriesOf(['UK', 'US', 'North America']);
  const link = (goal: { kpi: string | null; statement: string; owner?: string | null }, analyzed: string | null = null) => {
    const choice: LinkChoice = {};
    const linked = linkSeries(goal, analyzed, series, KPI_CATALOG, false, choice);
    return { tab: linked?.sheetName ?? null, choice };
  };

  it('a two-letter owner or capitals in the sentence name their tab, and the choice says which tab was used', () => {
    expect(link({ kpi: 'Revenue', statement: 'Grow monthly revenue to $160,000 by June 30, 2027', owner: 'US' })).toEqual({ tab: 'US', choice: { tab: 'US' } });
    expect(link({ kpi: 'Revenue', statement: 'Grow UK revenue to $16,000 by June 30, 2027' }).tab).toBe('UK');
    expect(link({ kpi: 'Revenue', statement: 'Grow revenue by 10% by 2027', owner: 'North America team' }).tab).toBe('North America');
    // Lower-case "us" in a sentence is the pronoun, not the country.
    expect(link({ kpi: 'Revenue', statement: 'Help us grow revenue by 10% by 2027', owner: 'UK' }).tab).toBe('UK');
    const na = buildWorkbookModel(['EMEA', 'NA', 'APAC'].map((t, i) => monthly(t, 1000 * (i + 1))), { lang: 'en', catalog: KPI_CATALOG }).series;
    expect(linkSeries({ kpi: 'Revenue', statement: 'Grow monthly revenue to $160,000 by June 30, 2027', owner: 'NA team' }, null, na, KPI_CATALOG)?.sheetName).toBe('NA');
  });

  it('a tie between tabs links nothing and names the tabs, whichever rule found them', () => {
    expect(link({ kpi: 'Revenue', statement: 'Grow revenue by 10% by 2027', owner: 'EMEA' })).toEqual({ tab: null, choice: { tied: ['UK', 'US', 'North America'], name: 'Revenue' } });
    // "APAC Revenue" with no APAC tab: not the first tab's revenue.
    expect(link({ kpi: 'APAC Revenue', statement: 'Grow APAC revenue to $80,000 by June 30, 2027' }).tab).toBeNull();
    // Through the sentence's KPI only (no KPI column) too.
    expect(link({ kpi: null, statement: 'Grow revenue by 10% by 2027' }, 'revenue')).toEqual({ tab: null, choice: { tied: ['UK', 'US', 'North America'], name: 'Revenue' } });
  });

  it('tabs holding the same data (the example inserted twice) are no real tie', () => {
    const copies = buildWorkbookModel(['Sales', 'Sales (2)'].map((t) => monthly(t, 1000)), { lang: 'en', catalog: KPI_CATALOG }).series;
    expect(linkSeries({ kpi: 'Revenue', statement: 'Grow revenue by 10% by 2027' }, null, copies, KPI_CATALOG)?.sheetName).toBe('Sales');
  });

  it('one tab: no choice to report', () => {
    const one = seriesOf(['Sales']);
    const choice: LinkChoice = {};
    expect(linkSeries({ kpi: 'Revenue', statement: 'Grow revenue by 10% by 2027' }, null, one, KPI_CATALOG, false, choice)?.sheetName).toBe('Sales');
    expect(choice).toEqual({});
  });
});
