/**
 * chk58: `matchCatalog` remembers its answers (Check goals asks it for each row's KPI cell and linked header). The memo
 * must answer exactly what a first reading does: per catalog (a custom catalog never reads the built-in one's answer)
 * and per number format (a bare "Margin" is the margin rate only under a percent format).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { matchCatalog } from '../../../src/core/workbook/link';

describe('matchCatalog memo (chk58)', () => {
  it('answers the same KPI for the same text, asked again', () => {
    const first = matchCatalog('Revenue 2026', KPI_CATALOG);
    expect(first?.id).toBe('revenue');
    expect(matchCatalog('Revenue 2026', KPI_CATALOG)).toBe(first);
  });

  it('keeps the number format apart: "Margin" names no KPI, under a percent format the margin rate', () => {
    expect(matchCatalog('Margin', KPI_CATALOG)).toBeNull();
    expect(matchCatalog('Margin', KPI_CATALOG, true)?.id).toBe('net_margin');
    expect(matchCatalog('Margin', KPI_CATALOG)).toBeNull();
  });

  it('keeps catalogs apart: one without revenue never reads the built-in catalog\'s answer', () => {
    expect(matchCatalog('Revenue 2026', KPI_CATALOG)?.id).toBe('revenue');
    const noRevenue = KPI_CATALOG.filter((k) => k.id !== 'revenue');
    expect(matchCatalog('Revenue 2026', noRevenue)).toBeNull();
    expect(matchCatalog('Revenue 2026', KPI_CATALOG)?.id).toBe('revenue');
  });
});
