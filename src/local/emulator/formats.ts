/** Conditional format rules and embedded charts, recorded as data specs. */
import type { SpreadsheetContext } from './context';
import { emulatedBase, enumName, notEmulated } from './facade';
import { BooleanCriteria, ChartType } from './enums';
import type { ChartSpec, ConditionalRuleSpec } from './model';
import type { EmulatedRange } from './range';
import { isDate, normalizeColor } from './values';

type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;

export function copyRule(spec: ConditionalRuleSpec): ConditionalRuleSpec {
  return {
    ranges: spec.ranges.map((r) => ({ ...r })),
    criteria: spec.criteria,
    values: spec.values.map((v) => (isDate(v) ? new Date(v.getTime()) : v)),
    format: { ...spec.format },
    ...(spec.gradient ? { gradient: { ...spec.gradient } } : {}),
  };
}

function rangeRects(ranges: readonly GoogleAppsScript.Spreadsheet.Range[]): ConditionalRuleSpec['ranges'] {
  return ranges.map((range) => {
    const emulated = range as unknown as EmulatedRange;
    return { sheetId: emulated.sheetModel.id, ...emulated.rect };
  });
}

function color(value: string | null): string | null {
  if (value === null || value === undefined) return null;
  return normalizeColor(String(value)) ?? String(value);
}

function rangesOf(context: SpreadsheetContext, rects: ConditionalRuleSpec['ranges']): GoogleAppsScript.Spreadsheet.Range[] {
  const out: GoogleAppsScript.Spreadsheet.Range[] = [];
  for (const { sheetId, ...rect } of rects) {
    const sheet = context.model.sheetById(sheetId);
    if (sheet) out.push(context.range(sheet, rect));
  }
  return out;
}

export class EmulatedBooleanCondition extends emulatedBase<GoogleAppsScript.Spreadsheet.BooleanCondition>('BooleanCondition') implements GoogleAppsScript.Spreadsheet.BooleanCondition {
  constructor(
    context: SpreadsheetContext,
    readonly spec: ConditionalRuleSpec,
  ) {
    super(context.runtime);
  }

  override getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return BooleanCriteria[(this.spec.criteria ?? 'CUSTOM_FORMULA') as keyof typeof BooleanCriteria];
  }

  override getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  override getBackground(): string | null {
    return this.spec.format.background ?? null;
  }

  override getFontColor(): string | null {
    return this.spec.format.fontColor ?? null;
  }

  override getBold(): boolean | null {
    return this.spec.format.bold ?? null;
  }

  override getItalic(): boolean | null {
    return this.spec.format.italic ?? null;
  }

  override getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough ?? null;
  }

  override getUnderline(): boolean | null {
    return this.spec.format.underline ?? null;
  }
}

export class EmulatedConditionalFormatRule extends emulatedBase<GoogleAppsScript.Spreadsheet.ConditionalFormatRule>('ConditionalFormatRule') implements GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ConditionalRuleSpec,
  ) {
    super(context.runtime);
  }

  override copy(): Builder {
    return new EmulatedConditionalFormatRuleBuilder(this.context, copyRule(this.spec));
  }

  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.spec.criteria === null ? null : new EmulatedBooleanCondition(this.context, this.spec);
  }

  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.context, this.spec.ranges);
  }
}

export class EmulatedConditionalFormatRuleBuilder
  extends emulatedBase<Builder>('ConditionalFormatRuleBuilder')
  implements Builder
{
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ConditionalRuleSpec = { ranges: [], criteria: null, values: [], format: {} },
  ) {
    super(context.runtime);
  }

  private when(criteria: string, values: unknown[]): this {
    this.spec.criteria = criteria;
    this.spec.values = values;
    delete this.spec.gradient;
    return this;
  }

  override build(): EmulatedConditionalFormatRule {
    if (this.spec.ranges.length === 0) throw new Error('The rule must have at least one range.');
    if (this.spec.criteria === null && !this.spec.gradient) throw new Error('The rule must have a condition.');
    return new EmulatedConditionalFormatRule(this.context, copyRule(this.spec));
  }

  override copy(): EmulatedConditionalFormatRuleBuilder {
    return new EmulatedConditionalFormatRuleBuilder(this.context, copyRule(this.spec));
  }

  override getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.spec.criteria === null ? null : new EmulatedBooleanCondition(this.context, copyRule(this.spec));
  }

  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.context, this.spec.ranges);
  }

  override setRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    this.spec.ranges = rangeRects(ranges);
    return this;
  }

  override setBackground(value: string | null): this {
    this.spec.format.background = color(value);
    return this;
  }

  override setFontColor(value: string | null): this {
    this.spec.format.fontColor = color(value);
    return this;
  }

  override setBold(bold: boolean | null): this {
    this.spec.format.bold = bold;
    return this;
  }

  override setItalic(italic: boolean | null): this {
    this.spec.format.italic = italic;
    return this;
  }

  override setStrikethrough(strikethrough: boolean | null): this {
    this.spec.format.strikethrough = strikethrough;
    return this;
  }

  override setUnderline(underline: boolean | null): this {
    this.spec.format.underline = underline;
    return this;
  }

  override setGradientMinpoint(value: string): this {
    this.spec.criteria = null;
    this.spec.gradient = { ...this.spec.gradient, min: [String(value), 'MIN', ''] };
    return this;
  }

  override setGradientMaxpoint(value: string): this {
    this.spec.criteria = null;
    this.spec.gradient = { ...this.spec.gradient, max: [String(value), 'MAX', ''] };
    return this;
  }

  override setGradientMinpointWithValue(value: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, point: string): this {
    this.spec.criteria = null;
    this.spec.gradient = { ...this.spec.gradient, min: [String(value), enumName(type), String(point)] };
    return this;
  }

  override setGradientMidpointWithValue(value: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, point: string): this {
    this.spec.criteria = null;
    this.spec.gradient = { ...this.spec.gradient, mid: [String(value), enumName(type), String(point)] };
    return this;
  }

  override setGradientMaxpointWithValue(value: string, type: GoogleAppsScript.Spreadsheet.InterpolationType, point: string): this {
    this.spec.criteria = null;
    this.spec.gradient = { ...this.spec.gradient, max: [String(value), enumName(type), String(point)] };
    return this;
  }

  override whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }

  override whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }

  override whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [String(formula)]);
  }

  override whenNumberBetween(start: number, end: number): this {
    return this.when('NUMBER_BETWEEN', [start, end]);
  }

  override whenNumberNotBetween(start: number, end: number): this {
    return this.when('NUMBER_NOT_BETWEEN', [start, end]);
  }

  override whenNumberEqualTo(n: number): this {
    return this.when('NUMBER_EQUAL_TO', [n]);
  }

  override whenNumberNotEqualTo(n: number): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [n]);
  }

  override whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }

  override whenNumberGreaterThanOrEqualTo(n: number): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }

  override whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }

  override whenNumberLessThanOrEqualTo(n: number): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [n]);
  }

  override whenTextContains(text: string): this {
    return this.when('TEXT_CONTAINS', [String(text)]);
  }

  override whenTextDoesNotContain(text: string): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  override whenTextEqualTo(text: string): this {
    return this.when('TEXT_EQUAL_TO', [String(text)]);
  }

  override whenTextStartsWith(text: string): this {
    return this.when('TEXT_STARTS_WITH', [String(text)]);
  }

  override whenTextEndsWith(text: string): this {
    return this.when('TEXT_ENDS_WITH', [String(text)]);
  }

  override whenDateAfter(date: unknown): this {
    return this.when(isDate(date) ? 'DATE_AFTER' : 'DATE_AFTER_RELATIVE', [isDate(date) ? new Date(date.getTime()) : enumName(date)]);
  }

  override whenDateBefore(date: unknown): this {
    return this.when(isDate(date) ? 'DATE_BEFORE' : 'DATE_BEFORE_RELATIVE', [isDate(date) ? new Date(date.getTime()) : enumName(date)]);
  }

  override whenDateEqualTo(date: unknown): this {
    return this.when(isDate(date) ? 'DATE_EQUAL_TO' : 'DATE_EQUAL_TO_RELATIVE', [isDate(date) ? new Date(date.getTime()) : enumName(date)]);
  }

  override withCriteria(criteria: GoogleAppsScript.Spreadsheet.BooleanCriteria, args: unknown[]): this {
    return this.when(enumName(criteria), Array.isArray(args) ? [...args] : []);
  }
}

/** Rule facades → specs for storage (rules must come from this emulator). */
export function ruleSpecs(rules: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): ConditionalRuleSpec[] {
  if (!Array.isArray(rules)) throw new Error("The parameters don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
  return rules.map((rule) => {
    const spec = (rule as unknown as EmulatedConditionalFormatRule).spec;
    if (!spec) throw notEmulated('Sheet', 'setConditionalFormatRules(with a foreign rule object)');
    return copyRule(spec);
  });
}

// ---------------------------------------------------------------- charts

export function copyChart(spec: ChartSpec): ChartSpec {
  return {
    ...spec,
    ranges: spec.ranges.map((r) => ({ ...r })),
    options: structuredClone(spec.options),
    position: { ...spec.position },
  };
}

export class EmulatedChartOptions extends emulatedBase<GoogleAppsScript.Charts.ChartOptions>('ChartOptions') implements GoogleAppsScript.Charts.ChartOptions {
  constructor(
    context: SpreadsheetContext,
    readonly options: Record<string, unknown>,
  ) {
    super(context.runtime);
  }

  override get(option: string): unknown {
    return this.options[option] ?? null;
  }
}

export class EmulatedContainerInfo extends emulatedBase<GoogleAppsScript.Spreadsheet.ContainerInfo>('ContainerInfo') implements GoogleAppsScript.Spreadsheet.ContainerInfo {
  constructor(
    context: SpreadsheetContext,
    readonly position: ChartSpec['position'],
  ) {
    super(context.runtime);
  }

  override getAnchorRow(): number {
    return this.position.row;
  }

  override getAnchorColumn(): number {
    return this.position.column;
  }

  override getOffsetX(): number {
    return this.position.offsetX;
  }

  override getOffsetY(): number {
    return this.position.offsetY;
  }
}

export class EmulatedChart extends emulatedBase<GoogleAppsScript.Spreadsheet.EmbeddedChart>('EmbeddedChart') implements GoogleAppsScript.Spreadsheet.EmbeddedChart {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ChartSpec,
  ) {
    super(context.runtime);
  }

  override getChartId(): number | null {
    return this.spec.id > 0 ? this.spec.id : null;
  }

  override getOptions(): GoogleAppsScript.Charts.ChartOptions {
    return new EmulatedChartOptions(this.context, structuredClone(this.spec.options));
  }

  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.context, this.spec.ranges);
  }

  override getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new EmulatedContainerInfo(this.context, { ...this.spec.position });
  }

  override getNumHeaders(): number {
    return this.spec.numHeaders;
  }

  override getTransposeRowsAndColumns(): boolean {
    return this.spec.transpose;
  }

  override modify(): EmulatedChartBuilder {
    return new EmulatedChartBuilder(this.context, copyChart(this.spec));
  }
}

export class EmulatedChartBuilder extends emulatedBase<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>('EmbeddedChartBuilder') implements GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ChartSpec = {
      id: 0,
      chartType: 'LINE',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      transpose: false,
    },
  ) {
    super(context.runtime);
  }

  override addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.spec.ranges.push(...rangeRects([range]));
    return this;
  }

  override removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    const [target] = rangeRects([range]);
    this.spec.ranges = this.spec.ranges.filter(
      (r) => !(r.sheetId === target.sheetId && r.row === target.row && r.column === target.column && r.numRows === target.numRows && r.numColumns === target.numColumns),
    );
    return this;
  }

  override clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.context, this.spec.ranges);
  }

  override setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.spec.chartType = enumName(type);
    return this;
  }

  override getChartType(): GoogleAppsScript.Charts.ChartType {
    return ChartType[this.spec.chartType as keyof typeof ChartType];
  }

  override setOption(option: string, value: unknown): this {
    // Options must be plain data (what the Sheets API would serialize).
    this.spec.options[String(option)] = structuredClone(isDate(value) ? new Date(value.getTime()) : value);
    return this;
  }

  override setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  override getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new EmulatedContainerInfo(this.context, { ...this.spec.position });
  }

  override setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }

  override setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = !!transpose;
    return this;
  }

  override build(): EmulatedChart {
    return new EmulatedChart(this.context, copyChart(this.spec));
  }

  private typed(chartType: string): EmulatedTypedChartBuilder {
    this.spec.chartType = chartType;
    return new EmulatedTypedChartBuilder(this.context, this.spec);
  }

  override asLineChart(): EmulatedTypedChartBuilder {
    return this.typed('LINE');
  }

  override asColumnChart(): EmulatedTypedChartBuilder {
    return this.typed('COLUMN');
  }

  override asAreaChart(): EmulatedTypedChartBuilder {
    return this.typed('AREA');
  }
}

type Line = GoogleAppsScript.Spreadsheet.EmbeddedLineChartBuilder;
type Column = GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder;
type Area = GoogleAppsScript.Spreadsheet.EmbeddedAreaChartBuilder;

/**
 * What asLineChart()/asColumnChart()/asAreaChart() return: the same recorded spec, with the
 * typed builders' setters written as the chart options Sheets stores (title, hAxis.title,
 * vAxis.title, colors, legend.position, vAxis.viewWindow, isStacked, curveType, pointSize…).
 */
export class EmulatedTypedChartBuilder extends emulatedBase<Line & Column & Area>('EmbeddedChartBuilder') implements Line, Column, Area {
  constructor(
    readonly context: SpreadsheetContext,
    readonly spec: ChartSpec,
  ) {
    super(context.runtime);
  }

  private option(key: string, value: unknown): this {
    this.spec.options[key] = value;
    return this;
  }

  private base(): EmulatedChartBuilder {
    return new EmulatedChartBuilder(this.context, this.spec);
  }

  override build(): EmulatedChart {
    return new EmulatedChart(this.context, copyChart(this.spec));
  }

  override addRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.spec.ranges.push(...rangeRects([range]));
    return this;
  }

  override clearRanges(): this {
    this.spec.ranges = [];
    return this;
  }

  override removeRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    this.base().removeRange(range);
    return this;
  }

  override getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return rangesOf(this.context, this.spec.ranges);
  }

  override getChartType(): GoogleAppsScript.Charts.ChartType {
    return ChartType[this.spec.chartType as keyof typeof ChartType];
  }

  override setChartType(type: GoogleAppsScript.Charts.ChartType): this {
    this.spec.chartType = enumName(type);
    return this;
  }

  override getContainer(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    return new EmulatedContainerInfo(this.context, { ...this.spec.position });
  }

  override setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.spec.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  override setOption(option: string, value: unknown): this {
    return this.option(String(option), structuredClone(value));
  }

  override setNumHeaders(headers: number): this {
    this.spec.numHeaders = headers;
    return this;
  }

  override setTransposeRowsAndColumns(transpose: boolean): this {
    this.spec.transpose = !!transpose;
    return this;
  }

  override asLineChart(): this {
    this.spec.chartType = 'LINE';
    return this;
  }

  override asColumnChart(): this {
    this.spec.chartType = 'COLUMN';
    return this;
  }

  override asAreaChart(): this {
    this.spec.chartType = 'AREA';
    return this;
  }

  override setTitle(chartTitle: string): this {
    return this.option('title', String(chartTitle));
  }

  override setXAxisTitle(title: string): this {
    return this.option('hAxis.title', String(title));
  }

  override setYAxisTitle(title: string): this {
    return this.option('vAxis.title', String(title));
  }

  override setColors(cssValues: string[]): this {
    return this.option('colors', [...cssValues].map(String));
  }

  override setBackgroundColor(cssValue: string): this {
    return this.option('backgroundColor', String(cssValue));
  }

  override setLegendPosition(position: GoogleAppsScript.Charts.Position): this {
    return this.option('legend.position', enumName(position).toLowerCase());
  }

  override setRange(start: number, end: number): this {
    this.option('vAxis.viewWindow.min', start);
    return this.option('vAxis.viewWindow.max', end);
  }

  override setStacked(): this {
    return this.option('isStacked', true);
  }

  override setCurveStyle(style: GoogleAppsScript.Charts.CurveStyle): this {
    return this.option('curveType', enumName(style) === 'SMOOTH' ? 'function' : 'none');
  }

  override setPointStyle(style: GoogleAppsScript.Charts.PointStyle): this {
    const sizes: Record<string, number> = { NONE: 0, TINY: 2, MEDIUM: 7, LARGE: 14, HUGE: 22 };
    return this.option('pointSize', sizes[enumName(style)] ?? 0);
  }

  override useLogScale(): this {
    return this.option('vAxis.logScale', true);
  }

  override reverseCategories(): this {
    return this.option('hAxis.direction', -1);
  }
}

/** The spec of a chart facade from this emulator. */
export function chartSpecOf(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): ChartSpec {
  const spec = (chart as unknown as EmulatedChart).spec;
  if (!spec) throw notEmulated('Sheet', 'insertChart(with a foreign chart object)');
  return copyChart(spec);
}
