/**
 * The levers a goal names, for the strategic plan (seed article, step 4): each with the KPI tab it speaks of and, when it
 * is quantified, the level it states on that tab — never a claim on the goal's KPI.
 */
import { leversNote, readLevers } from '../../../src/core/workbook/levers';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import type { KpiSeries } from '../../../src/core/workbook/types';
import type { Period, Unit } from '../../../src/core/types';

function tab(name: string, latest: number, period: Period, unit: Unit | null = 'count', catalogId: string | null = null): KpiSeries {
  return { key: `${name}!Value`, name, sheetName: name, column: 1, points: [{ date: '2026-11-01', value: latest * 0.9 }, { date: '2026-11-08', value: latest }], period, catalogId, unit, skipped: 0 };
}

const SERIES = [tab('Support staff', 40, 'month'), tab('Calls', 120, 'week'), tab('Close rate', 0.25, 'week', 'percent', 'close_rate'), tab('Sales', 50000, 'month', 'currency')];

describe('levers read in a goal', () => {
  it('the seed article’s churn example: two actions listed, the quantified one on its tab with the level it states', () => {
    const readings = readLevers(['longer trials', 'discounts', '10% more support staff'], SERIES, KPI_CATALOG);
    expect(readings).toEqual([
      { text: 'longer trials', tab: null, implied: null },
      { text: 'discounts', tab: null, implied: null },
      { text: '10% more support staff', tab: 'Support staff', implied: { latest: 40, level: expect.closeTo(44, 9) } },
    ]);
    expect(leversNote(readings, SERIES, 'en')).toBe('Levers the goal names: longer trials; discounts; 10% more support staff (“Support staff” tab: 40 now, 44 as the lever states it).');
  });

  it('a count added, in French, with its cadence', () => {
    const readings = readLevers(['20 appels de plus par semaine', 'l’ajout de 3 personnes au support'], [...SERIES, tab('Appels', 120, 'week'), tab('Personnel support', 40, 'month')], KPI_CATALOG);
    expect(readings[0]).toEqual({ text: '20 appels de plus par semaine', tab: 'Appels', implied: { latest: 120, level: 140 } });
    expect(leversNote(readings.slice(0, 1), [tab('Appels', 120, 'week')], 'fr')).toBe('Leviers cités dans l’objectif\u202f: 20 appels de plus par semaine (onglet «\u202fAppels\u202f»\u202f: 120 aujourd’hui, 140 selon le levier).');
  });

  it('near misses: a share is no change, another cadence than the tab’s states nothing, a rate tab’s percent is not read, no tab no level', () => {
    expect(readLevers(['coaching 10% of the support staff'], SERIES, KPI_CATALOG)[0]).toEqual({ text: 'coaching 10% of the support staff', tab: 'Support staff', implied: null });
    expect(readLevers(['20 more calls per month'], SERIES, KPI_CATALOG)[0]).toEqual({ text: '20 more calls per month', tab: 'Calls', implied: null });
    expect(readLevers(['a 5% better close rate'], SERIES, KPI_CATALOG)[0].implied).toBeNull();
    expect(readLevers(['10% more webinars'], SERIES, KPI_CATALOG)[0]).toEqual({ text: '10% more webinars', tab: null, implied: null });
    expect(leversNote([], SERIES, 'en')).toBeNull();
  });
});
