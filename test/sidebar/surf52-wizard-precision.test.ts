/**
 * surf52 (the lead's rulings a and b of 2026-12-06): the wizard's own formatting at its KPI tab's precision. Computed
 * amounts (a latest value, a gap, a chart label) are whole on a tab showing whole units (`amountDecimals` 0, sent by the
 * server with each series), as Check goals and the report write them; an amount the user states shows at least the tab's
 * precision ("$997.00" on a cents tab) and never loses its cents ("$997.50" on a whole one). FR and EN.
 */
import type { SeriesSummary } from '../../src/core/api';
import { generateSentence } from '../../src/sidebar/sentence';
import { choiceFromSeries, emptyDraft } from '../../src/sidebar/steps';
import { displayDelta, displayStated, displayValue } from '../../src/sidebar/values';

const spaced = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

const series = (amountDecimals: number): SeriesSummary => ({
  id: 'AOV!AOV', name: 'Average order value', sheetName: 'AOV', kpiId: 'average_deal_size', unit: 'currency', aggregation: 'level', currency: '$', amountDecimals,
  lowerIsBetter: false, period: 'month', history: [], count: 24, latest: { date: '2026-11-01', value: 975.07 }, recentAverage: 970.55, defaultBaseline: 975.07, recentWindow: 3, trendPerPeriod: 12.34,
});

describe.each([
  { lang: 'en' as const, whole: ['$975', '+$1,864', '$997.50'], cents: ['$975.07', '+$1,864.34', '$997.00'] },
  { lang: 'fr' as const, whole: ['975 $', '+1 864 $', '997,50 $'], cents: ['975,07 $', '+1 864,34 $', '997,00 $'] },
])('the wizard’s amounts ($lang)', (c) => {
  it('a whole-unit tab: computed amounts whole (they showed "$975.07", "+$1,864.34"), a stated one keeps its cents', () => {
    const kpi = choiceFromSeries(series(0));
    expect(kpi.amountDecimals).toBe(0);
    expect(spaced(displayValue(975.07, 'currency', c.lang, kpi.currency, kpi.amountDecimals))).toBe(c.whole[0]);
    expect(spaced(displayDelta(1864.34, 'currency', c.lang, kpi.currency, kpi.amountDecimals))).toBe(c.whole[1]);
    expect(spaced(displayStated(997.5, 'currency', c.lang, kpi.currency ?? null, kpi.amountDecimals))).toBe(c.whole[2]);
    expect(spaced(generateSentence({ ...emptyDraft(), kpi, baseline: 975.07, target: 997.5, deadline: '2027-03-31' }, c.lang))).toContain(c.whole[2]);
  });

  it('a cents tab: computed amounts keep their cents, a stated whole amount shows the tab’s (it said "$997")', () => {
    const kpi = choiceFromSeries(series(2));
    expect(spaced(displayValue(975.07, 'currency', c.lang, kpi.currency, kpi.amountDecimals))).toBe(c.cents[0]);
    expect(spaced(displayDelta(1864.34, 'currency', c.lang, kpi.currency, kpi.amountDecimals))).toBe(c.cents[1]);
    expect(spaced(displayStated(997, 'currency', c.lang, kpi.currency ?? null, kpi.amountDecimals))).toBe(c.cents[2]);
    expect(spaced(generateSentence({ ...emptyDraft(), kpi, baseline: 975.07, target: 997, deadline: '2027-03-31' }, c.lang))).toContain(c.cents[2]);
  });

  it('near miss: a catalog KPI with no tab keeps the currency’s rule (whole amounts whole, cents kept)', () => {
    expect(spaced(displayStated(997, 'currency', c.lang, '$'))).toBe(c.whole[0].replace('975', '997'));
    expect(spaced(displayValue(975.07, 'currency', c.lang, '$'))).toBe(c.cents[0]);
  });
});
