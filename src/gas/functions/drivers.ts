/**
 * BOTTOMUP: the bottom-up probability of a target from its drivers'
 * histories — one table, dates in the first column, one column per driver
 * (leads, conversion rate, close rate, deal size…), multiplied together.
 * Thin adapter: read the table, let core/drivers forecast and combine.
 *
 * It plans with the saved Settings as Check goals does (`sheetSettings`: the
 * policy, and the team plan's planned hires and ramp, which a headcount
 * column moves), so on the same goal both give the same chance; the
 * "capacity" reading is Check goals' capacity (ramped reps × output per rep).
 */
import { assess, chanceForCell } from '../../core/achievability';
import { bottomUpOdds, capacityPlan, guessAggregation, isHeadcount, prepareBottomUp, treeHistory, type DriverInput, type PreparedBottomUp } from '../../core/drivers';
import { KPI_CATALOG } from '../../core/kpi/catalog';
import { t } from '../../core/messages';
import type { IsoDate, Lang } from '../../core/types';
import { segmentLabel } from '../../core/series/clean';
import { matchCatalog } from '../../core/workbook/link';
import { historyRange, logAggregation, logPoints, rateInPoints, segmentedStock } from '../../core/workbook/kpis';
import { aggregationArg, broadcast, directionArg, required } from './achievability';
import { CellError, dateArg, describe, is2D, isBlank, messageOf, numberArg, sheetLang, sheetSettings, sheetToday, sheetDateOrder, sheetNumberLang, type CellOutput } from './cells';
import { sheetZone } from './zone';
import { fold, ownWord } from '../../core/workbook/text';

/**
 * Reads the drivers table: a header row of names over dates and one numeric column per driver, each column read as
 * GOALVERDICT reads its history (core `historyRange`): rows of one date averaged, and a log (a deals log's amounts, several
 * rows a date) per week in the aggregation Check goals reads the tab in (`logAggregation`, `logPoints` as of `today`).
 */
function driversArg(value: unknown, lang: Lang, today: IsoDate): DriverInput[] {
  if (!is2D(value) || value.length < 2) throw CellError.of(lang, 'drivers.error.table');
  const width = value.reduce((max, row) => Math.max(max, row.length), 0);
  if (width < 2) throw CellError.of(lang, 'drivers.error.oneDriver');
  // A first row of numbers is data, not names (it was read as a driver named « 30 »): the drivers are then numbered.
  const first = value[0].slice(1);
  const header = first.some((cell) => typeof cell === 'number') && first.every((cell) => typeof cell === 'number' || isBlank(cell)) ? [] : value[0];
  const dataFrom = header.length > 0 ? 1 : 0;
  // Whether the table's label columns show a stock's snapshots by segment, read from the whole table as GOALVERDICT reads
  // its range's and Check goals its tab's (story47, `HistoryRange.snapshots`): customers by campaign, a campaign twice on a
  // day, are customers served, summed each week — the drivers' own column alone has no label to see (surf48, issue 11 c).
  const numberLang = sheetNumberLang();
  const table = historyRange(value, numberLang, sheetZone(), sheetDateOrder(), sheetSettings().fiscalYearStartMonth);
  const snapshots = table?.snapshots ?? true;
  const drivers: DriverInput[] = [];
  const dataRows = value.slice(dataFrom);
  for (let c = 1; c < width; c++) {
    // A campaign's or a store's number (101, 102…) is the row's label, no driver: the label rule of GOALVERDICT's range and
    // Check goals' tab (`segmentLabel`; surf49, issue 11 b — it was multiplied in as a driver).
    if (segmentLabel(header, dataRows, c, numberLang)) continue;
    const name = isBlank(header[c]) ? t(lang, 'drivers.unnamed', { n: c }) : String(header[c]).trim();
    // Date cells arrive as midnight in the spreadsheet's zone (Google: "If the spreadsheet and the script use
    // different time zones … the custom function needs to compensate", guides/sheets/functions): read them there.
    const read = historyRange(dataRows.map((row) => [row[0], row[c]]), numberLang, sheetZone(), sheetDateOrder(), sheetSettings().fiscalYearStartMonth)!;
    const kpi = matchCatalog(name, KPI_CATALOG);
    const headcount = isHeadcount(name, kpi?.id ?? null);
    const own = read.log && !headcount ? logAggregation(name, read.values, KPI_CATALOG, snapshots) : null;
    let points = own ? logPoints(read.cleaned.days, own, today, segmentedStock(name, KPI_CATALOG, snapshots)) : read.cleaned.points;
    if (points.length === 0 && isBlank(header[c])) continue;
    // A column of text ("Reviews (notes)": ok, late…) is no driver: skipped, as the KPI-tab reader skips it, instead of
    // stopping the whole forecast ("only 0 usable data points"). Only a column with no number at all is skipped.
    if (points.length === 0 && value.some((row, r) => r >= dataFrom && typeof row[c] === 'string' && String(row[c]).trim() !== '')) continue;
    // A rate typed in points (Close rate 24, 26… for 24 %, 26 %): read as the rate, as Check goals reads a rate column —
    // multiplied as 24, the product of the drivers was 24 times too large (review9 W4).
    if (rateInPoints(header.length > 0 ? name : null, points.map((p) => p.value), KPI_CATALOG)) points = points.map((p) => ({ date: p.date, value: p.value / 100 }));
    // A headcount is a level (people on the team): the team plan's hires are added to it.
    drivers.push({ key: `${c}:${name}`, label: name, history: points, aggregation: headcount ? 'level' : (own ?? guessAggregation(points, kpi)), headcount });
  }
  if (drivers.length === 0) throw CellError.of(lang, 'drivers.error.oneDriver');
  return drivers;
}

function readDrivers(value: unknown, today: IsoDate): DriverInput[] {
  const lang = sheetLang();
  try {
    return driversArg(value, lang, today);
  } catch (error) {
    throw new Error(messageOf(error, lang)); // eslint-disable-line preserve-caught-error
  }
}

type Reading = 'probability' | 'capacity';

const READING_WORDS: Record<string, Reading> = {
  probability: 'probability',
  probabilite: 'probability',
  chance: 'probability',
  chances: 'probability',
  capacity: 'capacity',
  capacite: 'capacity',
};

function readingArg(value: unknown, lang: Lang): Reading {
  if (isBlank(value)) return 'probability';
  const word = ownWord(READING_WORDS, fold(String(value)));
  if (word === undefined) throw CellError.of(lang, 'drivers.error.reading', { value: describe(value, lang) });
  return word;
}

export function BOTTOMUP(target: unknown, deadline: unknown, drivers: unknown, asOf?: unknown, direction?: unknown, aggregation?: unknown, reading?: unknown): CellOutput | CellOutput[][] {
  const now = sheetToday();
  // A log's weeks end at the as-of date (its running week left out of a total): read again for another as_of.
  const byDay = new Map([[now, readDrivers(drivers, now)]]);
  const terms = [byDay.get(now)!.map((d) => d.key)];
  // The saved Settings, read once per call as Check goals reads them: a saved change applies at the next recalculation.
  const { policy, plan } = sheetSettings();
  // One joint simulation per deadline, as-of date and direction: a column of targets reads it many times.
  const prepared = new Map<string, PreparedBottomUp>();
  return broadcast([target, deadline, asOf, direction, aggregation, reading], (values, lang) => {
    const goal = required(numberArg(values[0], lang), lang, 'target');
    const end = required(dateArg(values[1], lang, true), lang, 'deadline');
    const today = dateArg(values[2], lang) ?? sheetToday();
    const dir = directionArg(values[3], lang);
    // As Check goals plans a goal on a total (summed to the deadline) or a level (the deadline's period).
    const output = aggregationArg(values[4], lang);
    const wanted = readingArg(values[5], lang);
    const key = `${end}|${today}|${dir ?? ''}|${output ?? ''}`;
    const inputs = byDay.get(today) ?? byDay.set(today, readDrivers(drivers, today)).get(today)!;
    let joint = prepared.get(key);
    if (!joint) {
      const result = prepareBottomUp({ terms, drivers: inputs, deadline: end, today, direction: dir, outputAggregation: output, policy, hires: plan.hires, ramp: plan.ramp });
      if (!result.ok) {
        const driver = inputs.find((d) => d.key === result.missing[0]);
        const label = driver?.label ?? result.missing[0] ?? '';
        // Say why, as ACHIEVABILITY would for that driver alone (too short, beyond the horizon, no end date…).
        const reason = driver ? assess({ history: driver.history, target: 0, deadline: end, today, aggregation: driver.aggregation, policy }, lang).reasons[0] : undefined;
        throw reason ? CellError.of(lang, 'drivers.error.driverReason', { driver: label, reason }) : CellError.of(lang, 'drivers.error.driverHistory', { driver: label });
      }
      joint = result;
      prepared.set(key, joint);
    }
    if (wanted === 'capacity') {
      // Capacity as Check goals reads it: ramped reps (the team plan's hires) × what one rep brought per period.
      const reps = inputs.find((d) => d.headcount);
      if (!reps) throw CellError.of(lang, 'drivers.error.noHeadcount');
      const capacity = capacityPlan({
        reps: reps.history,
        output: treeHistory(terms, inputs),
        aggregation: joint.outputAggregation,
        target: goal,
        deadline: end,
        today,
        hires: plan.hires,
        ramp: plan.ramp,
      });
      if (!capacity) throw CellError.of(lang, 'drivers.error.capacity');
      // Whole units, as Check goals' capacity line writes the amount ("= $146,350").
      return Math.round(capacity.capacity.median);
    }
    return chanceForCell(bottomUpOdds(joint, goal).probability);
  }, 2);
}
