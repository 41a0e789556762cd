/**
 * A tab's name names a column's KPI only when the column's header names none
 * (issue 13 review, defect 1): a "Funnel" tab (a synonym of the catalog's
 * funnel throughput, a total) of rates, amounts and volumes must not turn
 * every column into a funnel total (rates and deal sizes were summed and the
 * bottom-up range came out ~1,000× the target).
 */
import { addPeriods } from '../../../src/core/dates';
import { isHeadcount, planGoal, type GoalPlan, type GoalPlanInput } from '../../../src/core/drivers';
import { mulberry32 } from '../../../src/core/forecast/stats';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue, KpiSeries, SheetGrid } from '../../../src/core/workbook/types';

const START = '2024-01-01';
const WEEKS = 120;
const TODAY = addPeriods(START, 'week', WEEKS - 1);
const DEADLINE = addPeriods(TODAY, 'week', 13);

/** The workbook benchmark's territory tab (src/local/bench/workbook.ts): intake = visits × hit ratio × basket. */
function territory(name: string, header = ['Week', 'Intake', 'Field visits', 'Hit ratio', 'Basket', 'Sales reps', 'Pipeline value']): SheetGrid & { lastIntake: number } {
  const random = mulberry32(11);
  const values: CellValue[][] = [header];
  const formats: string[][] = [header.map(() => '')];
  let intake = 0;
  for (let w = 0; w < WEEKS; w++) {
    const visits = Math.round(40 + (random() - 0.5) * 10);
    const rate = Math.round((0.25 + (random() - 0.5) * 0.04) * 1000) / 1000;
    const size = Math.round((5000 + (random() - 0.5) * 600) * 100) / 100;
    intake = Math.round(visits * rate * size);
    values.push([addPeriods(START, 'week', w), intake, visits, rate, size, 8, Math.round(intake * 6)].slice(0, header.length));
    formats.push(['yyyy-mm-dd', '', '', '0.0%', '#,##0.00 €', '', '#,##0 €'].slice(0, header.length));
  }
  return { name, values, formats, lastIntake: intake };
}

function describe_(series: readonly KpiSeries[]): Array<[string, string | null, string | null]> {
  return series.map((s) => [s.name, s.catalogId, s.aggregation ?? null]);
}

const INTAKE = 'Intake = Field visits × Hit ratio × Basket';

function intakePlan(series: readonly KpiSeries[], target: number): GoalPlan {
  const own = series.find((s) => s.name === 'Intake')!;
  const goal: GoalPlanInput = {
    kpiId: own.catalogId,
    seriesKey: own.key,
    target,
    start: null,
    deadline: DEADLINE,
    direction: 'increase',
    aggregation: own.aggregation ?? 'level',
    unit: own.unit ?? null,
    currency: own.currency ?? null,
    levers: [],
  };
  const [output, rest] = INTAKE.split(' = ');
  const plan = planGoal(goal, { series, formulas: [{ output, terms: [rest.split(' × ')] }], today: TODAY, lang: 'en' });
  if (!plan || 'problem' in plan) throw new Error(`no plan: ${JSON.stringify(plan)}`);
  return plan;
}

describe('a tab name that is a catalog KPI', () => {
  it('does not give its KPI to the columns of a tab whose other columns name different KPIs', () => {
    const funnel = detectKpiSeries(territory('Funnel'), 'en', KPI_CATALOG);
    const plain = detectKpiSeries(territory('Territory'), 'en', KPI_CATALOG);
    expect(funnel.some((s) => s.catalogId === 'funnel_throughput')).toBe(false);
    // Renaming the tab changes nothing a column says about itself.
    expect(describe_(funnel)).toEqual(describe_(plain));
    expect(describe_(funnel)).toEqual([
      ['Intake', null, null],
      ['Field visits', 'meetings', 'total'],
      // "hit ratio" is the close rate since stmt35 (real36's wording): a header naming its KPI.
      ['Hit ratio', 'close_rate', 'level'],
      ['Basket', null, 'level'],
      ['Sales reps', 'sales_reps', 'level'],
      ['Pipeline value', 'pipeline_value', 'level'],
    ]);
  });

  it('lets a column header that names a KPI win over the tab’s name', () => {
    const grid = territory('Funnel', ['Week', 'Leads', 'Meetings', 'Close rate', 'Average deal size']);
    expect(describe_(detectKpiSeries(grid, 'en', KPI_CATALOG))).toEqual([
      ['Leads', 'leads', 'total'],
      ['Meetings', 'meetings', 'total'],
      ['Close rate', 'close_rate', 'level'],
      ['Average deal size', 'average_deal_size', 'level'],
    ]);
  });

  it('still names columns whose headers name nothing, when their format and words agree with the tab’s KPI', () => {
    // One KPI per team: the tab says which.
    const teams: SheetGrid = { name: 'Close rate', values: [['Week', 'North', 'South']], formats: [['', '', '']] };
    for (let w = 0; w < 10; w++) {
      teams.values.push([addPeriods(START, 'week', w), 0.24 + w / 1000, 0.27 - w / 1000]);
      teams.formats!.push(['yyyy-mm-dd', '0.0%', '0.0%']);
    }
    expect(describe_(detectKpiSeries(teams, 'en', KPI_CATALOG))).toEqual([
      ['North', 'close_rate', 'level'],
      ['South', 'close_rate', 'level'],
    ]);
    // A lone "Value" column is the tab's measure.
    const single = territory('Funnel', ['Week', 'Value']);
    expect(describe_(detectKpiSeries(single, 'en', KPI_CATALOG))).toEqual([['Funnel', 'funnel_throughput', 'total']]);
    // A rate (header word, % format) or an amount (€ format) is not the funnel's count; an unnamed volume is.
    // ("Strike ratio": a rate word naming no catalog KPI; "Hit ratio" names the close rate since stmt35.)
    const unnamed = territory('Funnel', ['Week', 'Intake', 'Throughput per rep', 'Strike ratio', 'Basket']);
    expect(describe_(detectKpiSeries(unnamed, 'en', KPI_CATALOG))).toEqual([
      ['Intake', 'funnel_throughput', 'total'],
      ['Throughput per rep', null, 'level'],
      ['Strike ratio', null, 'level'],
      ['Basket', null, 'level'],
    ]);
  });

  it('gives the same bottom-up plan whatever the driver tab is called (rates and amounts averaged, not summed)', () => {
    const funnel = territory('Funnel');
    const target = Math.round(funnel.lastIntake * 1.1);
    const a = intakePlan(detectKpiSeries(funnel, 'en', KPI_CATALOG), target);
    const b = intakePlan(detectKpiSeries(territory('Territory'), 'en', KPI_CATALOG), target);
    expect(a.bottomUp).toEqual(b.bottomUp);
    // Weekly intake ≈ 40 × 25 % × 5,000 = 50,000: the 80 % range brackets it, nowhere near 1,000× the target.
    expect(a.bottomUp.forecast.low).toBeGreaterThan(0.3 * target);
    expect(a.bottomUp.forecast.high).toBeLessThan(2 * target);
    expect(a.bottomUp.probability).toBeGreaterThan(0.05);
    expect(a.bottomUp.probability).toBeLessThan(0.95);
  });
});

describe('headcount drivers (review of the team plan in the bottom-up reading)', () => {
  it('a rate or an amount whose name mentions reps is no headcount; a bare reps column is one', () => {
    expect(isHeadcount('AE close rate', 'close_rate')).toBe(false);
    expect(isHeadcount('Avg deal size (AE)', 'average_deal_size')).toBe(false);
    expect(isHeadcount('Sales team quota attainment', 'quota_attainment')).toBe(false);
    expect(isHeadcount('Reps', null)).toBe(true);
    expect(isHeadcount('Commerciaux', 'sales_reps')).toBe(true);
  });
});
