/**
 * `npm run bench -- workbook`: Check goals + plan report through the built
 * add-on on the emulator, on 2,000 goals × 40 KPI series × 3 years of weekly
 * data, and on the same workbook cut to 200 goals: the service-call count
 * must not grow with the number of rows. Prints time in Node and calls by
 * method; asserts nothing.
 */
import { performance } from 'node:perf_hooks';
import { addDays, isoToSerial } from '../../core/dates';
import { seededRandom } from '../../core/workbook/example';
import { createEmulator, type Emulator } from '../emulator';
import { loadAddon } from '../runtime';

const TODAY = '2026-11-26';
const SERIES = 40;
const WEEKS = 156;
const TABS = 8;

interface KpiKind {
  name: string;
  base: number;
  noise: number;
  percent: boolean;
  statement: (target: string, deadline: string) => string;
}

const KINDS: KpiKind[] = [
  { name: 'Close rate', base: 0.25, noise: 0.02, percent: true, statement: (t, d) => `Raise the close rate to ${t} by ${d}` },
  { name: 'Deals won', base: 12, noise: 3, percent: false, statement: (t, d) => `Close ${t} new deals by ${d}` },
  { name: 'Leads', base: 120, noise: 15, percent: false, statement: (t, d) => `Generate ${t} qualified leads by ${d}` },
  { name: 'Churn', base: 0.06, noise: 0.008, percent: true, statement: (t, d) => `Reduce churn to ${t} by ${d}` },
  { name: 'Revenue', base: 250000, noise: 20000, percent: false, statement: (t, d) => `Reach ${t} € revenue by ${d}` },
];

function buildWorkbook(emulator: Emulator, goals: number): void {
  const random = seededRandom(7);
  const spreadsheet = emulator.spreadsheet;
  const seriesNames: Array<{ name: string; kind: KpiKind; last: number }> = [];
  const perTab = SERIES / TABS;
  for (let tab = 0; tab < TABS; tab++) {
    const sheet = spreadsheet.insertSheet(`KPIs ${tab + 1}`);
    const header: Array<string | number> = ['Week'];
    const kinds = Array.from({ length: perTab }, (_, i) => KINDS[(tab * perTab + i) % KINDS.length]);
    kinds.forEach((kind, i) => header.push(`${kind.name} ${tab * perTab + i + 1}`));
    const rows: Array<Array<string | number>> = [header];
    const levels = kinds.map((k) => k.base);
    for (let w = 0; w < WEEKS; w++) {
      const date = addDays('2023-11-27', 7 * w);
      const season = 1 + 0.1 * Math.sin((2 * Math.PI * w) / 52);
      rows.push([isoToSerial(date), ...kinds.map((k, i) => {
        levels[i] = Math.max(k.base * 0.3, levels[i] + (random() - 0.5) * k.noise * 0.3);
        const value = levels[i] * season + (random() - 0.5) * k.noise;
        return k.percent ? Math.round(value * 1000) / 1000 : Math.round(value);
      })]);
    }
    if (header.length > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
    sheet.getRange(1, 1, rows.length, header.length).setValues(rows);
    sheet.getRange(2, 1, rows.length - 1, 1).setNumberFormat('yyyy-mm-dd');
    kinds.forEach((kind, i) => seriesNames.push({ name: String(header[i + 1]), kind, last: Number(rows[rows.length - 1][i + 1]) }));
  }
  const goalsSheet = spreadsheet.insertSheet('Goals', 0);
  const rows: Array<Array<string | number>> = [['ID', 'Goal', 'KPI', 'Owner', 'Target', 'Deadline', 'Parent']];
  const deadlines = ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'];
  for (let i = 0; i < goals; i++) {
    const series = seriesNames[i % seriesNames.length];
    const family = Math.floor(i / 5);
    const isParent = i % 5 === 0;
    const deadline = isParent ? '2027-12-31' : deadlines[(i % 5) - 1];
    const factor = series.kind.name === 'Churn' ? 0.8 + random() * 0.3 : 1 + random() * 0.4;
    const target = series.kind.percent ? Math.round(series.last * factor * 1000) / 1000 : Math.round(series.last * factor);
    const text = series.kind.statement(series.kind.percent ? `${Math.round(target * 1000) / 10}%` : String(target), deadline);
    rows.push([`G${i + 1}`, text, series.name, `Owner ${(i % 23) + 1}`, target, deadline, isParent ? '' : `G${family * 5 + 1}`]);
  }
  if (rows.length > goalsSheet.getMaxRows()) goalsSheet.insertRowsAfter(goalsSheet.getMaxRows(), rows.length - goalsSheet.getMaxRows());
  goalsSheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
}

function measure(goals: number): { checkMs: number; reportMs: number; checkCalls: number; recheckCalls: number; reportCalls: number; byMethod: Record<string, number>; checked: number; complete: boolean } {
  const emulator = createEmulator({ spreadsheetLocale: 'en_US', firstSheetName: null });
  buildWorkbook(emulator, goals);
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  emulator.calls.reset();
  let start = performance.now();
  const summary = emulator.runExecution(() => addon.call<{ checked: number; complete: boolean }>('checkGoals'));
  const checkMs = performance.now() - start;
  const checkCalls = emulator.calls.total();
  const byMethod = emulator.calls.byMethod();
  emulator.calls.reset();
  start = performance.now();
  emulator.runExecution(() => addon.call('generatePlanReport'));
  const reportMs = performance.now() - start;
  const reportCalls = emulator.calls.total();
  // A second Check goals finds its columns by metadata and updates them in place.
  emulator.calls.reset();
  emulator.runExecution(() => addon.call('checkGoals'));
  return { checkMs, reportMs, checkCalls, recheckCalls: emulator.calls.total(), reportCalls, byMethod, checked: summary.checked, complete: summary.complete };
}

export async function run(): Promise<void> {
  const lines = [`Workbook benchmark (built add-on on the emulator; ${SERIES} KPI series × ${WEEKS} weeks)`];
  const results = [200, 2000].map((goals) => ({ goals, ...measure(goals) }));
  for (const r of results) {
    lines.push(
      `  ${String(r.goals).padStart(5)} goals: Check goals ${(r.checkMs / 1000).toFixed(1)} s, ${r.checkCalls} service calls (${r.checked} checked${r.complete ? '' : ', stopped by the time budget'}; second run ${r.recheckCalls} calls); ` +
        `plan report ${(r.reportMs / 1000).toFixed(1)} s, ${r.reportCalls} service calls`,
    );
  }
  const [small, large] = results;
  lines.push(`  calls grow with rows: Check goals ${large.checkCalls - small.checkCalls >= 0 ? '+' : ''}${large.checkCalls - small.checkCalls}, report ${large.reportCalls - small.reportCalls >= 0 ? '+' : ''}${large.reportCalls - small.reportCalls} (progress toasts only)`);
  lines.push(`  Check goals calls by method (2,000 goals): ${Object.entries(large.byMethod).map(([m, n]) => `${m}×${n}`).join(', ')}`);
  console.log(lines.join('\n'));
}

if (require.main === module) {
  run().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
