/**
 * From names to series: a driver formula's names are matched to the
 * workbook's KPI series (by series or tab name first, then through the KPI
 * catalog), and a goal's KPI gets a standard tree when its drivers have
 * series. A driver's aggregation comes from the catalog (leads are a volume,
 * a close rate a level), else from its values.
 */
import { kpiById, type KpiDefinition } from '../kpi/catalog';
import type { Aggregation, KpiPoint, Period, Unit } from '../types';
import { matchCatalog } from '../workbook/link';
import { fold } from '../workbook/text';
import type { DriverInput } from './bottomup';
import { HEADCOUNT_RE } from './capacity';
import { DriverFormulaError, formulaDrivers, STANDARD_TREES, type DriverFormula } from './formula';

/** What resolution needs of a KPI series (core/workbook's KpiSeries has it). */
export interface NamedSeries {
  key: string;
  name: string;
  sheetName: string;
  catalogId: string | null;
  points: KpiPoint[];
  period?: Period | null;
  /** Level or total as the workbook reader inferred it (header words, number format, catalog); null when nothing said. */
  aggregation?: Aggregation | null;
  /** What its values are, as the workbook reader inferred it (number format, catalog); absent when unknown. */
  unit?: Unit | null;
}

export interface ResolvedTree {
  terms: string[][];
  drivers: DriverInput[];
}

/** Without a catalog KPI: rates and amounts are levels, whole non-negative numbers per period are volumes. */
export function guessAggregation(points: readonly KpiPoint[], kpi: KpiDefinition | null | undefined): Aggregation {
  if (kpi) return kpi.aggregation;
  const values = points.map((p) => p.value);
  if (values.length === 0 || values.every((v) => v >= 0 && v <= 1)) return 'level';
  return values.every((v) => v >= 0 && Number.isInteger(v)) ? 'total' : 'level';
}

/** A driver adds up as its series does for Check goals: the reader's level/total when it inferred one, else the catalog's, else its values'. */
function driverOf(series: NamedSeries): DriverInput {
  const kpi = series.catalogId ? kpiById(series.catalogId) : null;
  const headcount = isHeadcount(series.name, series.catalogId);
  // A headcount is a level (people on the team), whole numbers or not: the team plan's hires are added to it.
  const aggregation = series.aggregation ?? (headcount ? 'level' : guessAggregation(series.points, kpi));
  return { key: series.key, label: series.name, history: series.points, aggregation, headcount };
}

/**
 * A headcount driver (reps): the catalog's sales_reps, or a series naming no other catalog KPI whose name says so
 * (as capacity finds its reps tab) — "AE close rate" or "Avg deal size (AE)" name a rate and an amount, not people.
 */
export function isHeadcount(name: string, catalogId: string | null): boolean {
  return catalogId === 'sales_reps' || (catalogId === null && HEADCOUNT_RE.test(fold(name)));
}

/** The series a name means: its own name, tab or key; else the catalog KPI it names. */
export function findSeries(name: string, series: readonly NamedSeries[], catalog: readonly KpiDefinition[]): NamedSeries | null {
  const folded = fold(name);
  const exact = series.find((s) => fold(s.name) === folded || fold(s.key) === folded) ?? series.find((s) => fold(s.sheetName) === folded);
  if (exact) return exact;
  const kpi = matchCatalog(name, catalog);
  return kpi ? (series.find((s) => s.catalogId === kpi.id) ?? null) : null;
}

/** A user's formula against the workbook's series; an unknown name is refused with its name. */
export function resolveFormula(formula: DriverFormula, series: readonly NamedSeries[], catalog: readonly KpiDefinition[]): ResolvedTree {
  const byName = new Map<string, NamedSeries>();
  for (const name of formulaDrivers(formula)) {
    const found = findSeries(name, series, catalog);
    if (!found) throw new DriverFormulaError('drivers.error.unknownDriver', { driver: name });
    byName.set(name, found);
  }
  const drivers = [...new Map([...byName.values()].map((s) => [s.key, driverOf(s)])).values()];
  return { terms: formula.terms.map((term) => term.map((name) => (byName.get(name) as NamedSeries).key)), drivers };
}

/** Expansion depth of standard trees (revenue → deals → leads × rates). */
const MAX_DEPTH = 2;

function expand(kpiId: string, series: readonly NamedSeries[], depth: number): string[][] | null {
  for (const factors of STANDARD_TREES[kpiId] ?? []) {
    let terms: string[][] = [[]];
    let complete = true;
    for (const factor of factors) {
      const own = series.find((s) => s.catalogId === factor);
      if (own) {
        terms = terms.map((t) => [...t, own.key]);
        continue;
      }
      const sub = depth < MAX_DEPTH ? expand(factor, series, depth + 1) : null;
      if (!sub || sub.length !== 1) {
        complete = false;
        break;
      }
      terms = terms.map((t) => [...t, ...sub[0]]);
    }
    if (complete) return terms;
  }
  return null;
}

/**
 * A recurring revenue series (MRR, "recurring revenue", "revenu récurrent"): what existing customers bring
 * each period, before any new deal. ARR is left out: an annualised run rate is not a period's revenue.
 */
const RECURRING_RE = /\b(?:mrr|recurring|recurrent|recurrents|recurrente|recurrentes)\b/;

export function isRecurringRevenue(series: Pick<NamedSeries, 'name' | 'catalogId'>): boolean {
  return series.catalogId === 'revenue' && RECURRING_RE.test(fold(series.name));
}

/**
 * The standard tree of a catalog KPI over the workbook's series, or null when its drivers have no history.
 * Revenue adds a recurring base where the workbook shows one (revenue = recurring revenue + deals closed ×
 * average deal size): that base is a flow per period (the revenue existing customers bring each month),
 * summed over a total goal's window like a volume. Whether the tree describes the goal's KPI is checked
 * on its past by the caller (core/drivers/goal.ts, identityError).
 */
export function standardTree(kpiId: string, series: readonly NamedSeries[]): ResolvedTree | null {
  const terms = expand(kpiId, series, 0);
  if (!terms) return null;
  const base = kpiId === 'revenue' ? series.find(isRecurringRevenue) : undefined;
  const keys = new Set(terms.flat());
  const drivers = series.filter((s) => keys.has(s.key)).map(driverOf);
  if (!base || keys.has(base.key)) return { terms, drivers };
  return { terms: [[base.key], ...terms], drivers: [{ ...driverOf(base), aggregation: 'total' }, ...drivers] };
}
