/**
 * mend32: headers31 read a delay or a length as days by default (« Délai », « Durée »); a unit written in the header
 * (minutes, hours, weeks, months) wins over that default. Real headers in days keep their reading.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const MONTHS = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01'];

function unitOf(header: string): string | null {
  const rows: CellValue[][] = [['Date', header], ...[12, 9, 14, 11, 10, 13].map((v, i) => [MONTHS[i], v])];
  const grid: SheetGrid = { name: 'Data', values: rows };
  return detectKpiSeries(grid, 'fr', KPI_CATALOG, undefined, '2026-12-01')[0].unit;
}

describe('a delay or a length written in another unit than days', () => {
  it.each(['Durée appel (min)', 'Délai (heures)', 'Durée moyenne (minutes)', 'Délai de réponse (h)', 'Délai de livraison (semaines)', 'Durée du contrat (mois)', 'Response delay (hours)'])('%s is not read as days', (header) => {
    expect(unitOf(header)).not.toBe('days');
  });
  it.each(['delai_paiement_jours', 'days_in_stage', 'Délai de closing (jours)', 'Délai de paiement', 'Durée du cycle de vente'])('%s stays in days', (header) => {
    expect(unitOf(header)).toBe('days');
  });
});
