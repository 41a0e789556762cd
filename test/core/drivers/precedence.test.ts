/**
 * Which Drivers formula a goal uses (issue 13 review, defect 2): a formula on
 * one series ("Bookings = …") applies to goals on that series only, not to
 * every goal whose KPI has the same catalog id; a formula on a catalog KPI in
 * general ("Revenue = …") applies to goals of that KPI when no formula names
 * their series; the standard tree comes last.
 */
import { addPeriods } from '../../../src/core/dates';
import { formulaOutput, planGoal, treeForGoal, type GoalPlanInput, type NamedSeries } from '../../../src/core/drivers';
import { parseDriverFormula } from '../../../src/core/drivers/formula';
import { mulberry32, normalSampler } from '../../../src/core/forecast/stats';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import type { KpiPoint } from '../../../src/core/types';

const START = '2025-01-06';
const WEEKS = 90;
const TODAY = addPeriods(START, 'week', WEEKS - 1);
const DEADLINE = addPeriods(TODAY, 'week', 13);

function workbook(): NamedSeries[] {
  const n = normalSampler(mulberry32(7));
  const cols: Record<string, KpiPoint[]> = { bookings: [], services: [], meetings: [], close: [], size: [], leads: [], conversion: [] };
  for (let w = 0; w < WEEKS; w++) {
    const date = addPeriods(START, 'week', w);
    const meetings = Math.round(40 + 4 * n());
    const close = 0.25 + 0.01 * n();
    const size = Math.round(5000 + 200 * n());
    const leads = Math.round(400 + 20 * n());
    const conversion = meetings / leads;
    cols.bookings.push({ date, value: Math.round(meetings * close * size) });
    cols.services.push({ date, value: Math.round(meetings * close * size * (1 + 0.02 * n())) });
    cols.meetings.push({ date, value: meetings });
    cols.close.push({ date, value: close });
    cols.size.push({ date, value: size });
    cols.leads.push({ date, value: leads });
    cols.conversion.push({ date, value: conversion });
  }
  const s = (key: string, name: string, catalogId: string | null, points: KpiPoint[]): NamedSeries => ({ key, name, sheetName: key.split('!')[0], catalogId, points });
  return [
    s('Sales!Bookings', 'Bookings', 'revenue', cols.bookings),
    s('Sales!Services revenue', 'Services revenue', 'revenue', cols.services),
    s('Meetings!Value', 'Meetings', 'meetings', cols.meetings),
    s('Funnel!Close rate', 'Close rate', 'close_rate', cols.close),
    s('Funnel!Average deal size', 'Average deal size', 'average_deal_size', cols.size),
    s('Funnel!Leads', 'Leads', 'leads', cols.leads),
    s('Funnel!Conversion rate', 'Conversion rate', 'conversion_rate', cols.conversion),
  ];
}

const SERIES = workbook();
const goalOn = (seriesKey: string | null): GoalPlanInput => ({
  kpiId: 'revenue',
  seriesKey,
  target: 55_000,
  start: null,
  deadline: DEADLINE,
  direction: 'increase',
  aggregation: 'level',
  unit: 'currency',
  currency: 'EUR',
  levers: [],
});

const SPECIFIC = parseDriverFormula('Bookings = Meetings × Close rate × Average deal size');
const GENERAL = parseDriverFormula('Revenue = Leads × Conversion rate × Close rate × Average deal size');

function treeOf(seriesKey: string | null, formulas = [SPECIFIC, GENERAL]): string | null {
  const found = treeForGoal(goalOn(seriesKey), { series: SERIES, formulas, today: TODAY, lang: 'en' });
  if (!found) return null;
  if ('problem' in found) return found.problem;
  return `${found.output} = ${found.tree.terms.map((term) => term.join(' × ')).join(' + ')}${found.standard ? ' (standard)' : ''}`;
}

describe('which formula a goal uses', () => {
  it('reads what a formula’s left side names: a series, a tab’s series, or a catalog KPI in general', () => {
    expect(formulaOutput('Bookings', SERIES, KPI_CATALOG)).toEqual({ series: SERIES[0] });
    expect(formulaOutput('Sales!Services revenue', SERIES, KPI_CATALOG)).toEqual({ series: SERIES[1] });
    expect(formulaOutput('Meetings', SERIES, KPI_CATALOG)).toEqual({ series: SERIES[2] });
    // "Sales" is a tab of two revenue series and a synonym of revenue: the KPI in general.
    expect(formulaOutput('Sales', SERIES, KPI_CATALOG)).toEqual({ kpiId: 'revenue' });
    expect(formulaOutput('Revenue', SERIES, KPI_CATALOG)).toEqual({ kpiId: 'revenue' });
    expect(formulaOutput('Chiffre d’affaires', SERIES, KPI_CATALOG)).toEqual({ kpiId: 'revenue' });
    expect(formulaOutput('Webinar attendees', SERIES, KPI_CATALOG)).toBeNull();
  });

  it('applies a formula on one series to goals on that series only', () => {
    expect(treeOf('Sales!Bookings', [SPECIFIC])).toBe('Bookings = Meetings!Value × Funnel!Close rate × Funnel!Average deal size');
    // Another revenue series does not get the Bookings formula: it falls back to the standard tree.
    expect(treeOf('Sales!Services revenue', [SPECIFIC])).toBe('Revenue = Funnel!Leads × Funnel!Conversion rate × Funnel!Close rate × Funnel!Average deal size (standard)');
    // Nor does a revenue goal linked to no series.
    expect(treeOf(null, [SPECIFIC])).toBe('Revenue = Funnel!Leads × Funnel!Conversion rate × Funnel!Close rate × Funnel!Average deal size (standard)');
  });

  it('puts the series’ own formula before the KPI’s general one, whatever their order on the Drivers tab, and the general one before the standard tree', () => {
    for (const formulas of [
      [SPECIFIC, GENERAL],
      [GENERAL, SPECIFIC],
    ]) {
      expect(treeOf('Sales!Bookings', formulas)).toBe('Bookings = Meetings!Value × Funnel!Close rate × Funnel!Average deal size');
      expect(treeOf('Sales!Services revenue', formulas)).toBe('Revenue = Funnel!Leads × Funnel!Conversion rate × Funnel!Close rate × Funnel!Average deal size');
    }
    const general = parseDriverFormula('Revenue = Meetings × Close rate × Average deal size');
    expect(treeOf('Sales!Services revenue', [general])).toBe('Revenue = Meetings!Value × Funnel!Close rate × Funnel!Average deal size');
    // A goal of another KPI gets neither.
    const found = treeForGoal({ ...goalOn('Meetings!Value'), kpiId: 'meetings' }, { series: SERIES, formulas: [SPECIFIC, GENERAL], today: TODAY, lang: 'en' });
    expect(found).toBeNull();
  });

  it('reports a bad driver only for the goals the formula applies to', () => {
    const bad = parseDriverFormula('Bookings = Meetings × Webinar attendees');
    expect(treeOf('Sales!Bookings', [bad])).toBe('Unknown driver “Webinar attendees”: no KPI tab or column has that name.');
    expect(treeOf('Sales!Services revenue', [bad, GENERAL])).toBe('Revenue = Funnel!Leads × Funnel!Conversion rate × Funnel!Close rate × Funnel!Average deal size');
  });

  it('plans each goal with its own tree', () => {
    const context = { series: SERIES, formulas: [SPECIFIC, GENERAL], today: TODAY, lang: 'en' as const };
    const bookings = planGoal(goalOn('Sales!Bookings'), context);
    const services = planGoal(goalOn('Sales!Services revenue'), context);
    if (!bookings || 'problem' in bookings || !services || 'problem' in services) throw new Error('no plan');
    expect(bookings.tree).toBe('Bookings = Meetings booked × Close rate × Average deal size');
    expect(services.tree).toBe('Revenue = Qualified leads × Conversion rate × Close rate × Average deal size');
  });
});
