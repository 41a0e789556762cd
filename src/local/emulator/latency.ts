/**
 * A cost model for emulated service calls: what one call would roughly cost in real Google
 * Sheets, per kind of call. Node timings hide it (an emulated call costs microseconds), and
 * Apps Script kills a menu run at 6 minutes, so the bench and the clean-stop tests use it.
 *
 * Where the figures come from (none is a guarantee; they are orders of magnitude):
 * - Google, Apps Script "Best practices" (developers.google.com/apps-script/guides/support/best-practices):
 *   calls to Sheets are "significantly slower" than JavaScript, reads and writes should be
 *   batched, and interleaving reads and writes defeats Apps Script's caches. It gives no figure.
 * - The issue's own estimate: "each service call costs roughly 10–100 ms". With nothing better
 *   known, a call costs DEFAULT_CALL_MS = 50 ms (the middle of that range).
 * - Luis Peralta, "Google Apps Script APIs performance" (ziritione.org/post/apps_script_performance),
 *   100 runs each: PropertiesService getProperty avg 30 ms, setProperty avg 62 ms.
 * - "What is faster: ScriptDb or SpreadsheetApp?" (Stack Overflow answer, reproduced at
 *   ruby-bash.developreference.com/article/29263774): one setValues of 4,000 cells took
 *   < 50 ms; adding SpreadsheetApp.flush() made it 610 ms.
 * - Builders (SpreadsheetApp.newConditionalFormatRule(), Sheet.newChart(), EmbeddedChartBuilder.set…, Charts.*)
 *   assemble a request inside the script's runtime; Sheets is only reached at build()/insertChart().
 *   No public measurement: we assume BUILDER_CALL_MS = 2 ms. Google documents it for charts ("Changes made to the
 *   chart are not saved until Sheet.updateChart(chart) is called on the rebuilt chart", Class EmbeddedChartBuilder)
 *   and for developer-metadata searches: createDeveloperMetadataFinder() and with…/onIntersectingLocations() configure
 *   the search ("Returns: the developer metadata finder, for chaining"), find() "Executes this search and returns the
 *   matching metadata" (Class DeveloperMetadataFinder) — so the finder's configuration is a builder step too (calls30;
 *   it was charged 50 ms a step). `ServiceCallCounter.requests()` counts the calls that are neither builder steps nor
 *   answered by the script's runtime (`local`): the ones that may reach Sheets or another Google server.
 * - Charts (insertChart, updateChart, removeChart): a chart is created and rendered by Sheets; no
 *   public measurement found, so the top of the range: 100 ms.
 *
 * The run-time side: Apps Script runs the same V8 engine as Node but on shared Google servers.
 * No public measurement of the V8 runtime against a local Node was found (Bruce Mcpherson's
 * 100× figure, ramblings.mcpher.com/very-interesting-gas-performance, is from the pre-2020 Rhino
 * runtime and no longer applies). APPS_SCRIPT_SLOWDOWN = 3 is an assumption: treat estimates as
 * "this order", not as a promise.
 */

export type CallKind = 'read' | 'write' | 'format' | 'metadata' | 'chart' | 'ui' | 'properties' | 'lock' | 'builder' | 'flush' | 'local';

/** Estimated Sheets latency per call, in ms, by kind (see the sources above). */
export const CALL_LATENCY_MS: Readonly<Record<CallKind, number>> = {
  /** Range.getValues & co.: default (no public per-call figure for reads). */
  read: 50,
  /** setValues & co.: 4,000 cells in < 50 ms (Stack Overflow measurement above). */
  write: 50,
  /** Number formats, fonts, backgrounds, wraps, merges, sizes, conditional rules: default. */
  format: 50,
  /** Names, ids, sizes, developer metadata, sheet lists, locale/time zone: default. */
  metadata: 50,
  /** insertChart/updateChart/removeChart/getCharts: top of the 10–100 ms range (assumption). */
  chart: 100,
  /** Toasts, alerts, sidebars, dialogs, menus: default (the user's own time is not counted). */
  ui: 50,
  /** PropertiesService: getProperty avg 30 ms (setProperty 62 ms is charged by PROPERTY_WRITE_MS). */
  properties: 30,
  /** LockService: default. */
  lock: 50,
  /** Builders: no server round trip until build()/insertChart() (assumption). */
  builder: 2,
  /** SpreadsheetApp.flush(): 610 ms measured after a 4,000-cell write (Stack Overflow, above). */
  flush: 600,
  /** Session, Utilities, Logger, ScriptApp: answered by the script's runtime (assumption). */
  local: 1,
};

/**
 * What a read costs on top of its own latency when writes are still held in Apps Script's write cache (runtime.ts,
 * `ServiceCallCounter.forcesFlush`): the flush the best-practices page warns of ("Alternating read and write commands is
 * slow"). Google publishes no figure per interleaving: the explicit flush's 600 ms above (measured after a 4,000-cell
 * write; a flush of a few cells is likely cheaper — the pessimistic side).
 */
export const FORCED_FLUSH_MS = CALL_LATENCY_MS.flush;

/** Properties.setProperty(ies)/deleteProperty: avg 62 ms (ziritione.org measurement above). */
export const PROPERTY_WRITE_MS = 62;
export const DEFAULT_CALL_MS = 50;
/** Apps Script's V8 against Node on this machine (assumption, see above). */
export const APPS_SCRIPT_SLOWDOWN = 3;

const READS = /^(getValues?|getDisplayValues?|getFormulas?|getFormulasR1C1|getFormulaR1C1|getNumberFormats?|getNotes?|getBackgrounds?|getFontWeights?|getFontColors?|getFontColorObjects?|getWraps?|getHorizontalAlignments?|getVerticalAlignments?|getMergedRanges|getDataValidations?|getSheetValues|getRichTextValues?)$/;
const WRITES = /^(setValues?|setFormulas?|setFormulaR1C1|setFormulasR1C1|setNotes?|clear|clearContent|appendRow|insertSheet|deleteSheet|insertRows?.*|insertColumns?.*|deleteRows?|deleteColumns?|copyTo|moveTo|setName|setRichTextValues?|activate|setActiveSheet|setActiveRange|setActiveSelection)$/;
const FORMATS = /^(setNumberFormats?|setBackgrounds?|setFontWeights?|setFontColors?|setFontSizes?|setFontStyles?|setFontFamil(y|ies)|setWraps?|setWrapStrategies|setHorizontalAlignments?|setVerticalAlignments?|merge.*|breakApart|setBorder|setColumnWidths?|setRowHeights?|autoResize.*|setFrozen.*|setConditionalFormatRules|setDataValidations?|clearFormat|clearDataValidations|clearNote|setTabColor|hideSheet|showSheet|hideColumns?|hideRows?|showColumns?|showRows?|protect|setTextStyles?)$/;
const CHARTS = /^(insertChart|updateChart|removeChart|getCharts)$/;

/** Kind of one emulated call "Class.method". */
export function callKind(className: string, method: string): CallKind {
  if (className === 'SpreadsheetApp' && method === 'flush') return 'flush';
  if (className.endsWith('Builder') || className === 'Charts' || className === 'ChartOptions' || (className === 'SpreadsheetApp' && method.startsWith('new'))) return 'builder';
  if (method === 'newChart' || method === 'createDeveloperMetadataFinder' || (className === 'DeveloperMetadataFinder' && method !== 'find')) return 'builder';
  if (className === 'Properties' || className === 'PropertiesService') return 'properties';
  if (className === 'Lock' || className === 'LockService') return 'lock';
  if (className === 'Ui' || className === 'HtmlService' || className === 'HtmlOutput' || className === 'Menu' || className === 'PromptResponse') return 'ui';
  if (className === 'Spreadsheet' && method === 'toast') return 'ui';
  if (className === 'Session' || className === 'Utilities' || className === 'Logger' || className === 'ScriptApp' || className === 'User' || className === 'AuthorizationInfo') return 'local';
  if (CHARTS.test(method)) return 'chart';
  if (className === 'EmbeddedChart') return 'chart';
  if (READS.test(method)) return 'read';
  if (FORMATS.test(method)) return 'format';
  if (WRITES.test(method) || method === 'addDeveloperMetadata' || method === 'remove' || method === 'setValue') return 'write';
  return 'metadata';
}

/** Estimated Sheets latency of one call "Class.method", in ms. */
export function callLatencyMs(className: string, method: string): number {
  const kind = callKind(className, method);
  if (kind === 'properties' && /^(set|delete)/.test(method)) return PROPERTY_WRITE_MS;
  return CALL_LATENCY_MS[kind];
}

/** Estimated Sheets time of a run: its Node time × APPS_SCRIPT_SLOWDOWN + Σ call latencies. */
export function estimatedSheetsMs(nodeMs: number, callLatencySumMs: number): number {
  return nodeMs * APPS_SCRIPT_SLOWDOWN + callLatencySumMs;
}
