/**
 * A sheet's "Members" column is the member base wherever it is qualified as a base ("Active members", « Nb membres »,
 * a gym's or a club's), as "Members" and « Nombre de membres » already were; members of a team, a staff or a board are
 * the business's own people and new members are won, so they name no base (mend43a, after stmt41's "members" reading).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import { matchCatalog } from '../../../src/core/workbook/link';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const idOf = (header: string): string | null => matchCatalog(header, KPI_CATALOG)?.id ?? null;

/** A monthly column under `header` on a tab named "Data": which catalog KPI the wizard links it to. */
function columnKpi(header: string): string | null {
  const rows: CellValue[][] = [['Month', header], ...[120, 131, 140, 152, 160, 171].map((v, i) => [`2026-0${i + 1}-01`, v])];
  const grid: SheetGrid = { name: 'Data', values: rows };
  const [series] = detectKpiSeries(grid, /[éèà]|membres/i.test(header) ? 'fr' : 'en', KPI_CATALOG, undefined, '2026-12-01');
  return series.catalogId;
}

describe('a member base qualified in the header is the customers KPI (EN and FR)', () => {
  it.each([['Active members'], ['Membres actifs'], ['Total members'], ['Nb membres'], ['Number of members']])('%p → customers', (header) => {
    expect(idOf(header)).toBe('customers');
    expect(columnKpi(header)).toBe('customers');
  });
});

describe('near-misses: bare members stay the base, members gained stay won, a team, staff or board names nothing', () => {
  it.each([
    ['Members', 'customers'],
    ['Membres', 'customers'],
    ['Members (count)', 'customers'],
    ['Nombre de membres', 'customers'],
    ['Members gained', 'deals_closed'],
    ['Team members', null],
    ["Membres de l'équipe", null],
    ['Staff members', null],
    ['Board members', null],
    ['Membres du conseil', null],
    ['New members', null],
    ['Nouveaux membres', null],
  ])('%p → %p', (header, id) => {
    expect(idOf(header)).toBe(id);
  });
});
