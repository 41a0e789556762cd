/**
 * BOTTOMUP: the bottom-up probability of a target from its drivers'
 * histories — one table, dates in the first column, one column per driver
 * (leads, conversion rate, close rate, deal size…), multiplied together.
 * Thin adapter: read the table, let core/drivers forecast and combine.
 */
import { assess, cleanSeries } from '../../core/achievability';
import { bottomUpOdds, guessAggregation, prepareBottomUp, type DriverInput, type PreparedBottomUp } from '../../core/drivers';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import type { Lang } from '../../core/types';
import { matchCatalog } from '../../core/workbook/link';
import { broadcast, directionArg, required } from './achievability';
import { CellError, dateArg, is2D, isBlank, messageOf, numberArg, sheetLang, sheetToday, type CellOutput } from './cells';

/** Reads the drivers table: a header row of names over dates and one numeric column per driver. */
function driversArg(value: unknown, lang: Lang): DriverInput[] {
  if (!is2D(value) || value.length < 2) throw CellError.of(lang, 'drivers.error.table');
  const width = value.reduce((max, row) => Math.max(max, row.length), 0);
  if (width < 2) throw CellError.of(lang, 'drivers.error.oneDriver');
  const header = value[0];
  const drivers: DriverInput[] = [];
  for (let c = 1; c < width; c++) {
    const name = isBlank(header[c]) ? `#${c}` : String(header[c]).trim();
    const points = cleanSeries(
      value.slice(1).map((row) => [row[0], row[c]]),
      lang,
    ).points;
    if (points.length === 0 && isBlank(header[c])) continue;
    drivers.push({ key: `${c}:${name}`, label: name, history: points, aggregation: guessAggregation(points, matchCatalog(name, KPI_CATALOG)) });
  }
  if (drivers.length === 0) throw CellError.of(lang, 'drivers.error.oneDriver');
  return drivers;
}

function readDrivers(value: unknown): DriverInput[] {
  const lang = sheetLang();
  try {
    return driversArg(value, lang);
  } catch (error) {
    throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
  }
}

export function BOTTOMUP(target: unknown, deadline: unknown, drivers: unknown, asOf?: unknown, direction?: unknown): CellOutput | CellOutput[][] {
  const inputs = readDrivers(drivers);
  const terms = [inputs.map((d) => d.key)];
  // One joint simulation per deadline, as-of date and direction: a column of targets reads it many times.
  const prepared = new Map<string, PreparedBottomUp>();
  return broadcast([target, deadline, asOf, direction], (values, lang) => {
    const goal = required(numberArg(values[0], lang), lang, 'target');
    const end = required(dateArg(values[1], lang), lang, 'deadline');
    const today = dateArg(values[2], lang) ?? sheetToday();
    const dir = directionArg(values[3], lang);
    const key = `${end}|${today}|${dir ?? ''}`;
    let joint = prepared.get(key);
    if (!joint) {
      const result = prepareBottomUp({ terms, drivers: inputs, deadline: end, today, direction: dir });
      if (!result.ok) {
        const driver = inputs.find((d) => d.key === result.missing[0]);
        const label = driver?.label ?? result.missing[0] ?? '';
        // Say why, as ACHIEVABILITY would for that driver alone (too short, beyond the horizon, no end date…).
        const reason = driver ? assess({ history: driver.history, target: 0, deadline: end, today, aggregation: driver.aggregation }, lang).reasons[0] : undefined;
        throw reason ? CellError.of(lang, 'drivers.error.driverReason', { driver: label, reason }) : CellError.of(lang, 'drivers.error.driverHistory', { driver: label });
      }
      joint = result;
      prepared.set(key, joint);
    }
    return bottomUpOdds(joint, goal).probability;
  });
}
