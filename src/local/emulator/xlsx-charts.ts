/**
 * Native charts and the add-on state in the .xlsx package, next to what exceljs writes (exceljs
 * writes no charts and keeps no custom parts). The package is post-processed with JSZip.
 *
 * Charts (ECMA-376 Part 1, §21.2 DrawingML Charts, §20.5 SpreadsheetML Drawing): each embedded
 * chart becomes `xl/charts/chartN.xml` (a `c:chartSpace` with a line, area or bar chart whose series
 * refer to the sheet's cells — `c:tx`/`c:cat`/`c:val` — and carry `c:strCache`/`c:numCache`, so
 * Excel, LibreOffice and Google Sheets show it before any recalculation), placed by a
 * `xdr:oneCellAnchor` (anchor cell + offset, size in EMU, like Sheets' anchor + width/height) in
 * the sheet's drawing part, which the worksheet names with `<drawing r:id>`. Series colour, width
 * and dash go in `c:spPr/a:ln` (`a:prstDash val="dash"` for a Google Charts `lineDashStyle`).
 * Chart types other than LINE, AREA, COLUMN and BAR are written as line charts.
 *
 * On load, charts found in a worksheet's drawing are read back (ours and other tools' line, area
 * and bar charts) so a re-run replaces them instead of adding copies; other chart kinds (pie,
 * scatter…) are not read and are dropped, as before.
 *
 * State (locale, time zone, name, document properties, developer metadata, exact rules and
 * validations, original tab names): a Custom XML Data Storage part (ECMA-376 Part 1, §22.5,
 * `customXml/itemN.xml` related from the workbook), which Excel keeps and no spreadsheet shows
 * as a tab or cell. Google Sheets and LibreOffice drop it on export; the add-on then falls back
 * to what it can read from the cells.
 */
import { createRequire } from 'node:module';
import type JSZipType from 'jszip';
import { textWidthPx } from '../../core/plan/text-width';
import type { ResolvedChart } from './chart-data';
import { attr, child, children, descendants, escapeXml, parseXml, path as xmlPath, type XmlElement } from './xml';

const load = createRequire(__filename);
let zipModule: typeof JSZipType | null = null;
function jszip(): typeof JSZipType {
  zipModule ??= load('jszip') as typeof JSZipType;
  return zipModule;
}

const NS = {
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  xdr: 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  ds: 'http://schemas.openxmlformats.org/officeDocument/2006/customXml',
};
const REL = {
  drawing: `${NS.r}/drawing`,
  chart: `${NS.r}/chart`,
  customXml: `${NS.r}/customXml`,
  customXmlProps: `${NS.r}/customXmlProps`,
};
const CONTENT_TYPE = {
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
};
/** The root namespace of our custom XML state part. */
export const STATE_NAMESPACE = 'urn:smart-goals-for-sheets:emulator-state:v1';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const EMU_PER_PIXEL = 9525;

// ------------------------------------------------------------------ chart XML

/** A cell reference as Excel formulas write it: always quoted sheet name, absolute cells. */
export function excelRef(sheetName: string, rect: { row: number; column: number; numRows: number; numColumns: number }): string {
  const letters = (column: number): string => {
    let name = '';
    for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    return name;
  };
  const cell = (row: number, column: number): string => `$${letters(column)}$${row}`;
  const start = cell(rect.row, rect.column);
  const end = cell(rect.row + rect.numRows - 1, rect.column + rect.numColumns - 1);
  return `'${sheetName.replace(/'/g, "''")}'!${start === end ? start : `${start}:${end}`}`;
}

function cellCount(rect: { numRows: number; numColumns: number }): number {
  return rect.numRows * rect.numColumns;
}

function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

function strCache(values: ReadonlyArray<string | number | null>, count: number): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${escapeXml(typeof v === 'number' ? numberText(v) : v)}</c:v></c:pt>`)).join('');
  return `<c:strCache><c:ptCount val="${count}"/>${points}</c:strCache>`;
}

/**
 * `format` with the locale tag `[$-LCID]` in front (ECMA-376 Part 1, §18.8.31: the format's locale), unless it is text or
 * already names a locale; '' adds nothing. See `localeTag` in xlsx.ts.
 */
export function localeTagged(format: string, tag: string): string {
  return !tag || format === '@' || /^\[\$[^\]]*-[0-9A-Fa-f]+\]/.test(format) ? format : `[$-${tag}]${format}`;
}

function numCache(values: ReadonlyArray<string | number | null>, count: number, format: string): string {
  const points = values.map((v, i) => (typeof v === 'number' ? `<c:pt idx="${i}"><c:v>${numberText(v)}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>${escapeXml(format || 'General')}</c:formatCode><c:ptCount val="${count}"/>${points}</c:numCache>`;
}

/**
 * The language a chart's texts are tagged with (`lang`, an RFC 3066 tag: DrawingML's `a:rPr`/`a:endParaRPr` `lang`, §21.1.2.3.9,
 * and CT_ChartSpace's `c:lang`, §21.2.2.87 — the spell-checker's, hyphenation's and a screen reader's language): the workbook's
 * locale ("fr_CA" → "fr-CA"); a French report's charts were tagged en-US.
 */
export function chartLanguage(locale: string | undefined): string {
  return /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/.test(locale ?? '') ? (locale as string).replace(/_/g, '-') : 'en-US';
}

function chartText(lang: string): string {
  return `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr><a:latin typeface="Arial"/><a:cs typeface="Arial"/></a:defRPr></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`;
}

function richText(text: string, size: number, bold: boolean, lang: string): string {
  const props = `sz="${size}" b="${bold ? 1 : 0}"`;
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${props}/></a:pPr><a:r><a:rPr lang="${lang}" ${props}/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich>`;
}

const LEGEND_POS: Record<string, string> = { bottom: 'b', top: 't', right: 'r', left: 'l' };

/** Google Charts number patterns Excel reads the same way; optional decimals ("0.##") are not among them. */
function excelAxisFormat(format: string | null): string | null {
  if (!format || /\.#/.test(format)) return null;
  return /^[#0,.%\s]+$/.test(format) || /^[#0,.]+%$/.test(format) ? format : null;
}

/** A number format that shows a date (d, m or y outside quotes and brackets, no digit placeholder). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmy]/i.test(bare) && !/[0#?]/.test(bare);
}

/** A date axis's label step (§21.2.2.39 dateAx: `majorUnit` `majorTimeUnit`) and its labels' format past weeks. */
export interface DateAxisStep {
  majorUnit: number;
  majorTimeUnit: 'days' | 'months' | 'years';
  format: string | null;
}

const DAYS_PER: Record<DateAxisStep['majorTimeUnit'], number> = { days: 1, months: 30.44, years: 365.25 };

/**
 * A date axis's label step for a span of `days`: about four to six labels across a 600-px chart — one or two weeks up
 * to ten weeks, then months (1, 2, 3, 6), then years; a step that does not fit moves on through 12 months. `format` is the labels' format past weeks ("Jan 2027", in the sheet's
 * locale through its tag), null to keep the cells' own (a day's date). When `fits` says a step's labels would not lie
 * side by side in the plot, the next longer step.
 */
export function dateAxisUnits(days: number, fits: (step: DateAxisStep) => boolean = () => true): DateAxisStep {
  // At most six labels or so: LibreOffice turns the labels of a 600-px chart's date axis on their side from about eight
  // "Nov 2026" on (measured: two years by quarter, seven months by month), which reads badly and takes the plot's height.
  const month = (n: number): DateAxisStep => ({ majorUnit: n, majorTimeUnit: 'months', format: 'mmm yyyy' });
  const years = Math.max(1, Math.ceil(days / 365 / 6));
  const steps: DateAxisStep[] = [
    { majorUnit: 7, majorTimeUnit: 'days', format: null },
    { majorUnit: 14, majorTimeUnit: 'days', format: null },
    // A year in months ("Nov 2025", "Nov 2026") before years: a year label stands at the first date's month, not in January.
    ...[1, 2, 3, 6, 12].map(month),
    ...[1, 2, 4].map((n): DateAxisStep => ({ majorUnit: years * n, majorTimeUnit: 'years', format: 'yyyy' })),
  ];
  let at = [35, 70, 160, 320, 480, 1000].findIndex((limit) => days <= limit);
  if (at < 0) at = 7;
  while (at < steps.length - 1 && !fits(steps[at])) at++;
  return steps[at];
}

/*
 * Axis labels lie flat only with room for them. LibreOffice turns a horizontal axis's labels 45° as soon as two neighbours
 * would overlap (checked: an explicit `a:bodyPr rot="0"` in the axis's txPr, §21.1.2.1.1, does not stop it on a date or value
 * axis; its import reads `rot` only for a category axis's overlap and line breaks). So the label step is chosen for the
 * plot's width: what a chart of `width` px leaves its plot once the legend beside it (its key and gaps and its
 * widest text at 10 pt) and the other axis (labels, title, margins: 136–152 px on the report's
 * line charts in LibreOffice 7.4, 110 px and the category labels on its bar chart) are drawn, the labels at 9 pt (their txPr) with 12 px between them. A line's legend key is a
 * stretch of line (its entry about 60 px before the text), a bar's or an area's a small square (about 30 px).
 */
const AXIS_LABEL_PT = 9;
const LABEL_GAP_PX = 12;

function plotWidthPx(chart: ResolvedChart, otherAxisPx: number): number {
  const beside = chart.legend === 'right' || chart.legend === 'left';
  const legend = beside ? (chart.chartType === 'LINE' ? 60 : 30) + Math.max(0, ...chart.series.filter((s) => s.inLegend).map((s) => textWidthPx(s.name))) : 0;
  return chart.width - legend - otherAxisPx;
}

/** Widest label of a date axis step: a day's date as the cells show it (short forms, ten characters), a month, a year. */
function dateLabelPx(step: DateAxisStep, lang: string): number {
  // The widest month in Arial: May, « sept. ».
  const sample = step.majorTimeUnit === 'years' ? '2027' : step.format ? (lang.startsWith('en') ? 'May 2027' : 'sept. 2027') : '2027-00-00';
  return textWidthPx(sample, { sizePt: AXIS_LABEL_PT });
}

/**
 * The value axis step of a bar chart (its values run across: the valAx's `majorUnit`, CT_ValAx): the smallest 1, 2 or 5 × 10^k
 * leaving at most ten intervals whose labels lie side by side; null without values. The range bars' 0–100 % in ten steps
 * of 10 % were turned 45° in LibreOffice.
 */
function barValueStep(chart: ResolvedChart, format: string, lang: string): number | null {
  const rows = Math.max(0, ...chart.series.map((s) => s.values.length));
  const totals = chart.stacked
    ? Array.from({ length: rows }, (_, i) => chart.series.reduce((sum, s) => sum + (typeof s.values[i] === 'number' ? (s.values[i] as number) : 0), 0))
    : chart.series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const low = Math.min(0, ...totals);
  const span = Math.max(0, ...totals) - low;
  if (!(span > 0) || !Number.isFinite(span)) return null;
  const categoryPx = Math.max(0, ...(chart.domain?.values ?? []).map((v) => textWidthPx(v === null ? '' : String(v), { sizePt: AXIS_LABEL_PT })));
  const plot = plotWidthPx(chart, 110 + categoryPx);
  const label = (top: number): number => {
    const shown = format.includes('%') ? `${Math.round(top * 100)}${lang.startsWith('en') ? '' : ' '}%` : Math.round(top).toLocaleString('en');
    return textWidthPx(`${low < 0 ? '-' : ''}${shown}`, { sizePt: AXIS_LABEL_PT }) + LABEL_GAP_PX;
  };
  const power = 10 ** Math.floor(Math.log10(span / 10));
  const steps = [1, 2, 5, 10, 20, 50, 100].map((n) => n * power).filter((step) => span / step <= 10 + 1e-9);
  for (const step of steps) {
    const intervals = Math.ceil(span / step - 1e-9);
    if (plot / intervals >= label(intervals * step)) return step;
  }
  return steps[steps.length - 1] ?? null;
}

/** An axis title (§21.2.2.210 title inside the axis), 10 pt, not bold; '' for none. */
function axisTitleXml(text: string | null, lang: string): string {
  return text ? `<c:title><c:tx>${richText(text, 1000, false, lang)}</c:tx><c:overlay val="0"/></c:title>` : '';
}

/** The `c:chartSpace` part for one chart; `sheetNameOf` gives the Excel name of a sheet id. */
export function chartSpaceXml(chart: ResolvedChart, sheetNameOf: (sheetId: number) => string, tag = '', lang = 'en-US'): string {
  const type = ['LINE', 'AREA', 'COLUMN', 'BAR'].includes(chart.chartType) ? chart.chartType : 'LINE';
  const domain = chart.domain;
  const domainIsNumber = !!domain && domain.values.some((v) => typeof v === 'number') && domain.values.every((v) => v === null || typeof v === 'number');
  const series = chart.series
    .map((s, index) => {
      const tx = s.header ? `<c:tx><c:strRef><c:f>${escapeXml(excelRef(sheetNameOf(s.header.ref.sheetId), s.header.ref))}</c:f>${strCache([s.header.text], 1)}</c:strRef></c:tx>` : '';
      const width = Math.round(s.lineWidth * EMU_PER_PIXEL);
      const dash = s.dashed ? '<a:prstDash val="dash"/>' : '';
      const color = `<a:srgbClr val="${s.color.replace('#', '').toUpperCase()}"/>`;
      const spPr =
        type === 'LINE'
          ? `<c:spPr><a:ln w="${width}" cap="rnd"><a:solidFill>${color}</a:solidFill>${dash}<a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
          : `<c:spPr><a:solidFill>${color}</a:solidFill><a:ln w="${width}"><a:solidFill>${color}</a:solidFill>${dash}</a:ln></c:spPr>${type === 'AREA' ? '' : '<c:invertIfNegative val="0"/>'}`;
      let cat = '';
      if (domain) {
        const f = `<c:f>${escapeXml(excelRef(sheetNameOf(domain.ref.sheetId), domain.ref))}</c:f>`;
        cat = domainIsNumber
          ? `<c:cat><c:numRef>${f}${numCache(domain.values, cellCount(domain.ref), localeTagged(domain.numberFormat || 'General', tag))}</c:numRef></c:cat>`
          : `<c:cat><c:strRef>${f}${strCache(domain.values, cellCount(domain.ref))}</c:strRef></c:cat>`;
      }
      const val = `<c:val><c:numRef><c:f>${escapeXml(excelRef(sheetNameOf(s.ref.sheetId), s.ref))}</c:f>${numCache(s.values, cellCount(s.ref), localeTagged(s.numberFormat || 'General', tag))}</c:numRef></c:val>`;
      const smooth = type === 'LINE' ? '<c:smooth val="0"/>' : '';
      return `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${tx}${spPr}${cat}${val}${smooth}</c:ser>`;
    })
    .join('');
  const axes = '<c:axId val="10"/><c:axId val="20"/>';
  let plot: string;
  // Stacked bars (isStacked): grouping "stacked" and a 100 % overlap, or the stacks would stand side by side (§21.2.2.131 overlap).
  const stacked = chart.stacked && type !== 'LINE';
  if (type === 'LINE') plot = `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}${axes}</c:lineChart>`;
  else if (type === 'AREA') plot = `<c:areaChart><c:grouping val="${stacked ? 'stacked' : 'standard'}"/><c:varyColors val="0"/>${series}${axes}</c:areaChart>`;
  else plot = `<c:barChart><c:barDir val="${type === 'BAR' ? 'bar' : 'col'}"/><c:grouping val="${stacked ? 'stacked' : 'clustered'}"/><c:varyColors val="0"/>${series}<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ''}${axes}</c:barChart>`;
  // A bar chart lists its rows from the top down, as Sheets and the preview draw it (page.ts); Excel and LibreOffice put
  // the first category at the bottom unless the axis runs maxMin, the value axis then crossing at its maximum (the bottom).
  const horizontal = type === 'BAR';
  const domainFormat = localeTagged(domain?.numberFormat && domainIsNumber ? domain.numberFormat : 'General', tag);
  const axisText = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${AXIS_LABEL_PT * 100}"/></a:pPr><a:endParaRPr lang="${lang}"/></a:p></c:txPr>`;
  // Dates on the domain (a date number format over serial numbers) make a date axis (§21.2.2.39 dateAx): points placed by
  // their dates, labelled every majorUnit majorTimeUnit; a category axis (catAx) gives every row one equal step and a label,
  // which LibreOffice draws as a grey bar of daily ticks. Sheets draws a date domain as a continuous time axis too.
  const dates = domain && domainIsNumber && isDateFormat(domain.numberFormat) ? domain.values.filter((v): v is number => typeof v === 'number') : [];
  const days = dates.length > 1 ? Math.max(...dates) - Math.min(...dates) : 0;
  const datePlotPx = plotWidthPx(chart, 140);
  const time = days > 0 ? dateAxisUnits(days, (step) => (datePlotPx * step.majorUnit * DAYS_PER[step.majorTimeUnit]) / days >= dateLabelPx(step, lang) + LABEL_GAP_PX) : null;
  const catTitle = axisTitleXml(horizontal ? chart.vAxisTitle : chart.hAxisTitle, lang);
  const valTitle = axisTitleXml(horizontal ? chart.hAxisTitle : chart.vAxisTitle, lang);
  const catShared =
    `<c:axId val="10"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'l' : 'b'}"/>${catTitle}` +
    (time
      ? `<c:numFmt formatCode="${escapeXml(localeTagged(time.format ?? domainFormat, tag))}" sourceLinked="${time.format ? 0 : 1}"/>`
      : `<c:numFmt formatCode="${escapeXml(domainFormat)}" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${axisText}<c:crossAx val="20"/><c:crosses val="autoZero"/>`;
  const catAx = time
    ? `<c:dateAx>${catShared}<c:auto val="0"/><c:lblOffset val="100"/><c:baseTimeUnit val="days"/><c:majorUnit val="${time.majorUnit}"/><c:majorTimeUnit val="${time.majorTimeUnit}"/></c:dateAx>`
    : `<c:catAx>${catShared}<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueFormat = excelAxisFormat(chart.valueFormat);
  const valFormat = valueFormat
    ? `<c:numFmt formatCode="${escapeXml(localeTagged(valueFormat, tag))}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="${escapeXml(localeTagged(chart.series[0]?.numberFormat || 'General', tag))}" sourceLinked="1"/>`;
  // Values running across (a bar chart) get a step whose labels lie flat (barValueStep); up the side, labels never overlap.
  const valueStep = horizontal ? barValueStep(chart, valueFormat ?? chart.series[0]?.numberFormat ?? '', lang) : null;
  const valAx =
    `<c:valAx><c:axId val="20"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${horizontal ? 'b' : 'l'}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>${valTitle}${valFormat}` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisText}<c:crossAx val="10"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/>${valueStep ? `<c:majorUnit val="${numberText(valueStep)}"/>` : ''}</c:valAx>`;
  const title = chart.title ? `<c:title><c:tx>${richText(chart.title, 1400, false, lang)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` : '<c:autoTitleDeleted val="1"/>';
  // A series out of the legend (visibleInLegend: false) is a deleted legend entry (§21.2.2.94 legendEntry).
  // In a stacked bar chart with its legend beside the plot, LibreOffice counts a legend entry's idx from the last series (checked:
  // idx 0 deleted the last series' entry; `npm run test:office`'s soffice), as it lists such legends to match the stack; Excel
  // also lists them last series first (not checked here). The base series of floating bars is then entry n − 1.
  const reversed = stacked && type !== 'AREA' && (chart.legend === 'right' || chart.legend === 'left');
  const entryIndex = (index: number): number => (reversed ? chart.series.length - 1 - index : index);
  const hidden = chart.series.flatMap((s, index) => (s.inLegend ? [] : [`<c:legendEntry><c:idx val="${entryIndex(index)}"/><c:delete val="1"/></c:legendEntry>`])).join('');
  const legend = chart.legend === 'none' ? '' : `<c:legend><c:legendPos val="${LEGEND_POS[chart.legend]}"/>${hidden}<c:overlay val="0"/></c:legend>`;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:date1904 val="0"/><c:lang val="${lang}"/><c:roundedCorners val="0"/>` +
    `<c:chart>${title}<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="${chart.interpolateNulls ? 'span' : 'gap'}"/></c:chart>` +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>' +
    // The chart's texts in Arial, as the cells (xlsx.ts's base font), not the theme's Calibri: LibreOffice drew them in
    // Carlito, which has no narrow no-break space, so a French axis read « 60,0  % » with a wide gap (§21.2.2.216 txPr,
    // after spPr in CT_ChartSpace).
    chartText(lang) +
    '</c:chartSpace>'
  );
}

/** One `xdr:oneCellAnchor` holding a chart frame (anchor 1-based, offsets and size in pixels). */
export function chartAnchorXml(chart: ResolvedChart, relId: string, shapeId: number): string {
  const { row, column, offsetX, offsetY } = chart.position;
  const emu = (px: number): number => Math.max(0, Math.round(px * EMU_PER_PIXEL));
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${Math.max(0, column - 1)}</xdr:col><xdr:colOff>${emu(offsetX)}</xdr:colOff><xdr:row>${Math.max(0, row - 1)}</xdr:row><xdr:rowOff>${emu(offsetY)}</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${emu(chart.width)}" cy="${emu(chart.height)}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="Chart ${shapeId}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`
  );
}

// ------------------------------------------------------------------ package helpers

type Zip = JSZipType;

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

function relsPathOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length + (folder ? 1 : 0));
  return `${folder ? `${folder}/` : ''}_rels/${name}.rels`;
}

/** A relationship target resolved to a package path (no leading slash). */
function resolveTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = folderOf(fromPart).split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** A target for `toPart` relative to `fromPart`'s folder. */
function relativeTarget(fromPart: string, toPart: string): string {
  const from = folderOf(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

async function readText(zip: Zip, part: string): Promise<string | null> {
  const file = zip.file(part);
  return file ? file.async('string') : null;
}

async function readRels(zip: Zip, part: string): Promise<Relationship[]> {
  const xml = await readText(zip, relsPathOf(part));
  const root = xml ? parseXml(xml) : null;
  return children(root, 'Relationship').map((r) => ({ id: attr(r, 'Id') ?? '', type: attr(r, 'Type') ?? '', target: attr(r, 'Target') ?? '' }));
}

function relsXml(rels: readonly Relationship[]): string {
  return `${XML_DECLARATION}<Relationships xmlns="${NS.rels}">${rels.map((r) => `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"/>`).join('')}</Relationships>`;
}

function freeId(rels: readonly Relationship[]): string {
  for (let n = rels.length + 1; ; n++) if (!rels.some((r) => r.id === `rId${n}`)) return `rId${n}`;
}

function freePart(zip: Zip, pattern: (n: number) => string): string {
  for (let n = 1; ; n++) if (!zip.file(pattern(n))) return pattern(n);
}

/** Worksheet parts by sheet name, from workbook.xml and its relationships. */
async function worksheetParts(zip: Zip): Promise<Map<string, string>> {
  const workbookPart = 'xl/workbook.xml';
  const root = parseXml((await readText(zip, workbookPart)) ?? '');
  const rels = await readRels(zip, workbookPart);
  const out = new Map<string, string>();
  for (const sheet of descendants(root, 'sheet')) {
    const rel = rels.find((r) => r.id === attr(sheet, 'id'));
    const name = attr(sheet, 'name');
    if (rel && name !== undefined) out.set(name, resolveTarget(workbookPart, rel.target));
  }
  return out;
}

// ------------------------------------------------------------------ writing

export interface SheetCharts {
  /** The sheet's name in the file (Excel-safe). */
  excelName: string;
  charts: ResolvedChart[];
}

export interface PackageExtras {
  sheets: SheetCharts[];
  /** Excel name of a sheet id, for chart references. */
  sheetNameOf: (sheetId: number) => string;
  /** The state JSON to keep in a custom XML part, or null for none. */
  state: string | null;
  /** Date stamped on the added zip entries (default now). */
  date?: Date;
  /** The spreadsheet locale's tag for number formats (`localeTag`), '' for none. */
  localeTag?: string;
  /** The spreadsheet locale ("fr_FR"): the charts' texts are tagged with its language (`chartLanguage`). */
  locale?: string;
  /**
   * The workbook's base font (the first `<font>` of xl/styles.xml, §18.8.22: the Normal style's, which every cell
   * without a font of its own is drawn in), as its XML element; exceljs always writes Calibri 11 there.
   */
  baseFont?: string;
}

/** Elements that follow `<drawing>` in a worksheet (CT_Worksheet sequence), so it goes before the first of them. */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function insertDrawingElement(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`;
  let at = -1;
  for (const name of AFTER_DRAWING) {
    const match = new RegExp(`<(?:\\w+:)?${name}[\\s/>]`).exec(sheetXml);
    if (match && (at < 0 || match.index < at)) at = match.index;
  }
  if (at < 0) at = sheetXml.lastIndexOf('</worksheet>');
  let xml = sheetXml.slice(0, at) + element + sheetXml.slice(at);
  // The r: prefix must be declared on the root (exceljs declares it; a foreign writer may not).
  if (!/<worksheet[^>]*xmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS.r}"`);
  return xml;
}

function addOverride(contentTypes: string, part: string, type: string): string {
  if (contentTypes.includes(`PartName="/${part}"`)) return contentTypes;
  return contentTypes.replace('</Types>', `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/></Types>`);
}

/** Adds the charts and the state part to an .xlsx package written by exceljs. */
export async function addPackageExtras(buffer: Buffer, extras: PackageExtras): Promise<Buffer> {
  const withCharts = extras.sheets.filter((s) => s.charts.length > 0);
  if (withCharts.length === 0 && extras.state === null && !extras.baseFont) return buffer;
  const JSZip = jszip();
  const zip = await JSZip.loadAsync(buffer);
  const date = extras.date ?? new Date();
  const put = (part: string, text: string): void => {
    zip.file(part, text, { date });
  };
  let contentTypes = (await readText(zip, '[Content_Types].xml')) ?? '';
  const parts = await worksheetParts(zip);
  for (const { excelName, charts } of withCharts) {
    const sheetPart = parts.get(excelName);
    if (!sheetPart) continue;
    let sheetXml = (await readText(zip, sheetPart)) ?? '';
    const sheetRels = await readRels(zip, sheetPart);
    // exceljs writes a drawing for a sheet with images: our charts join it.
    const existing = /<(?:\w+:)?drawing\s[^>]*r:id="([^"]+)"/.exec(sheetXml);
    const existingRel = existing ? sheetRels.find((r) => r.id === existing[1] && r.type === REL.drawing) : undefined;
    let drawingPart: string;
    let drawingXml: string;
    if (existingRel) {
      drawingPart = resolveTarget(sheetPart, existingRel.target);
      drawingXml = (await readText(zip, drawingPart)) ?? '';
    } else {
      drawingPart = freePart(zip, (n) => `xl/drawings/drawing${n}.xml`);
      drawingXml = `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"></xdr:wsDr>`;
      const relId = freeId(sheetRels);
      sheetRels.push({ id: relId, type: REL.drawing, target: relativeTarget(sheetPart, drawingPart) });
      sheetXml = insertDrawingElement(sheetXml, relId);
      put(sheetPart, sheetXml);
      put(relsPathOf(sheetPart), relsXml(sheetRels));
      contentTypes = addOverride(contentTypes, drawingPart, CONTENT_TYPE.drawing);
    }
    const drawingRels = await readRels(zip, drawingPart);
    // Shape ids are unique within the drawing.
    let shapeId = Math.max(1, ...[...drawingXml.matchAll(/<(?:\w+:)?cNvPr[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]))) + 1;
    const anchors: string[] = [];
    for (const chart of charts) {
      const chartPart = freePart(zip, (n) => `xl/charts/chart${n}.xml`);
      put(chartPart, chartSpaceXml(chart, extras.sheetNameOf, extras.localeTag ?? '', chartLanguage(extras.locale)));
      contentTypes = addOverride(contentTypes, chartPart, CONTENT_TYPE.chart);
      const relId = freeId(drawingRels);
      drawingRels.push({ id: relId, type: REL.chart, target: relativeTarget(drawingPart, chartPart) });
      anchors.push(chartAnchorXml(chart, relId, shapeId++));
    }
    if (!/xmlns:r=/.test(drawingXml.slice(0, drawingXml.indexOf('>', drawingXml.indexOf('wsDr'))))) drawingXml = drawingXml.replace(/<(\w+:)?wsDr\b/, (m) => `${m} xmlns:r="${NS.r}"`);
    if (!/xmlns:xdr=/.test(drawingXml)) drawingXml = drawingXml.replace(/<(\w+:)?wsDr\b/, (m) => `${m} xmlns:xdr="${NS.xdr}"`);
    if (!/xmlns:a=/.test(drawingXml)) drawingXml = drawingXml.replace(/<(\w+:)?wsDr\b/, (m) => `${m} xmlns:a="${NS.a}"`);
    drawingXml = drawingXml.replace(/<\/(\w+:)?wsDr>\s*$/, (m) => `${anchors.join('')}${m}`);
    put(drawingPart, drawingXml);
    put(relsPathOf(drawingPart), relsXml(drawingRels));
  }
  if (extras.state !== null) {
    const item = freePart(zip, (n) => `customXml/item${n}.xml`);
    const props = item.replace(/item(\d+)\.xml$/, 'itemProps$1.xml');
    // U+FFFE/U+FFFF are not XML characters: inside JSON strings they can be \u escapes instead.
    const json = extras.state.replace(/\ufffe/g, '\\ufffe').replace(/\uffff/g, '\\uffff');
    put(item, `${XML_DECLARATION}<state xmlns="${STATE_NAMESPACE}">${escapeXml(json)}</state>`);
    put(props, `${XML_DECLARATION}<ds:datastoreItem ds:itemID="{6D1F3C2A-5B7E-4C1D-9A8F-2E4B6C8D0A13}" xmlns:ds="${NS.ds}"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`);
    put(relsPathOf(item), relsXml([{ id: 'rId1', type: REL.customXmlProps, target: props.slice(props.lastIndexOf('/') + 1) }]));
    contentTypes = addOverride(contentTypes, props, CONTENT_TYPE.customXmlProps);
    const workbookRels = await readRels(zip, 'xl/workbook.xml');
    workbookRels.push({ id: freeId(workbookRels), type: REL.customXml, target: relativeTarget('xl/workbook.xml', item) });
    put(relsPathOf('xl/workbook.xml'), relsXml(workbookRels));
  }
  if (extras.baseFont) {
    const styles = await readText(zip, 'xl/styles.xml');
    const withFont = styles?.replace(FIRST_FONT, (_m, fonts: string) => `${fonts}${extras.baseFont}`);
    if (withFont && withFont !== styles) put('xl/styles.xml', withFont);
  }
  put('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

// ------------------------------------------------------------------ reading

/** A series as the file describes it: cell references (Excel formulas) and its look. */
export interface NativeSeries {
  /** The series name cell, e.g. "'Plan'!$B$40". */
  tx: string | null;
  /** Literal series name when it has no cell. */
  name: string | null;
  cat: string | null;
  val: string | null;
  color: string | null;
  dashed: boolean;
  /** Pixels, when given. */
  lineWidth: number | null;
  /** False when the legend deletes its entry. */
  inLegend: boolean;
}

export interface NativeChart {
  chartType: 'LINE' | 'AREA' | 'COLUMN' | 'BAR';
  title: string;
  series: NativeSeries[];
  legend: 'bottom' | 'top' | 'right' | 'left' | 'none';
  /** A value axis format not linked to the cells. */
  valueFormat: string | null;
  interpolateNulls: boolean;
  /** Bars or areas stacked (grouping "stacked" or "percentStacked"). */
  stacked: boolean;
  /** The axes' own titles (§21.2.2.210 c:title in c:catAx or c:dateAx, and in c:valAx), '' for none. */
  axisTitles: { domain: string; value: string };
  /** 0-based anchor cell and pixel offsets. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  /** Pixels, when the anchor gives them (oneCellAnchor, absoluteAnchor). */
  size: { width: number; height: number } | null;
  /** A twoCellAnchor's corners (the size then follows the columns and rows between them). */
  twoCell?: { from: NativeChart['anchor']; to: NativeChart['anchor'] };
}

function richTextOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return descendants(element, 'p')
    .map((p) => descendants(p, 't').map((t) => t.text).join(''))
    .join('\n');
}

function colorOf(spPr: XmlElement | undefined, line: boolean): string | null {
  const fill = line ? xmlPath(spPr, 'ln', 'solidFill') : (child(spPr, 'solidFill') ?? xmlPath(spPr, 'ln', 'solidFill'));
  const value = attr(child(fill, 'srgbClr'), 'val');
  return value && /^[0-9a-f]{6}$/i.test(value) ? `#${value.toLowerCase()}` : null;
}

const LEGEND_BACK: Record<string, NativeChart['legend']> = { b: 'bottom', t: 'top', r: 'right', l: 'left', tr: 'right' };

/** One chart part as a NativeChart (null for chart kinds the emulator does not model). */
export function parseChartSpace(xml: string): Omit<NativeChart, 'anchor' | 'size' | 'twoCell'> | null {
  const root = parseXml(xml);
  const chart = child(root, 'chart');
  const plotArea = child(chart, 'plotArea');
  const plot = plotArea?.children.find((c) => ['lineChart', 'areaChart', 'barChart'].includes(c.local));
  if (!plot) return null;
  let chartType: NativeChart['chartType'] = plot.local === 'lineChart' ? 'LINE' : plot.local === 'areaChart' ? 'AREA' : 'COLUMN';
  if (plot.local === 'barChart' && attr(child(plot, 'barDir'), 'val') === 'bar') chartType = 'BAR';
  const legendNode = child(chart, 'legend');
  const deletedEntries = children(legendNode, 'legendEntry').filter((e) => attr(child(e, 'delete'), 'val') === '1' || attr(child(e, 'delete'), 'val') === 'true').map((e) => Number(attr(child(e, 'idx'), 'val')));
  // Entry idx as chartSpaceXml writes it: counted from the last series in a stacked bar chart with a legend beside the plot.
  const serCount = children(plot, 'ser').length;
  const stackedBars = plot.local === 'barChart' && ['stacked', 'percentStacked'].includes(attr(child(plot, 'grouping'), 'val') ?? '');
  const besidePlot = ['r', 'l', 'tr'].includes(attr(child(legendNode, 'legendPos'), 'val') ?? 'r');
  const deleted = new Set(deletedEntries.map((idx) => (stackedBars && besidePlot ? serCount - 1 - idx : idx)));
  const series = children(plot, 'ser').map((ser, position): NativeSeries => {
    const tx = child(ser, 'tx');
    const spPr = child(ser, 'spPr');
    const width = attr(child(spPr, 'ln'), 'w');
    const dash = attr(xmlPath(spPr, 'ln', 'prstDash'), 'val');
    const ref = (element: XmlElement | undefined): string | null => {
      const f = child(child(element, 'numRef') ?? child(element, 'strRef'), 'f');
      return f ? f.text.trim() : null;
    };
    return {
      tx: ref(tx),
      name: child(tx, 'v')?.text ?? null,
      cat: ref(child(ser, 'cat')),
      val: ref(child(ser, 'val')),
      color: colorOf(spPr, chartType === 'LINE'),
      dashed: !!dash && dash !== 'solid',
      lineWidth: width && Number.isFinite(Number(width)) ? Math.round((Number(width) / EMU_PER_PIXEL) * 100) / 100 : null,
      inLegend: !deleted.has(position),
    };
  });
  const valAx = child(plotArea, 'valAx');
  const numFmt = child(valAx, 'numFmt');
  const legend = child(chart, 'legend');
  return {
    chartType,
    title: richTextOf(xmlPath(chart, 'title', 'tx', 'rich')),
    series,
    legend: legend ? (LEGEND_BACK[attr(child(legend, 'legendPos'), 'val') ?? 'r'] ?? 'right') : 'none',
    valueFormat: numFmt && attr(numFmt, 'sourceLinked') === '0' ? (attr(numFmt, 'formatCode')?.replace(/^\[\$-[0-9A-Fa-f]+\]/, '') ?? null) : null,
    interpolateNulls: attr(child(chart, 'dispBlanksAs'), 'val') === 'span',
    stacked: ['stacked', 'percentStacked'].includes(attr(child(plot, 'grouping'), 'val') ?? ''),
    axisTitles: {
      domain: richTextOf(xmlPath(child(plotArea, 'dateAx') ?? child(plotArea, 'catAx'), 'title', 'tx', 'rich')),
      value: richTextOf(xmlPath(valAx, 'title', 'tx', 'rich')),
    },
  };
}

/** The first font of a styles part (unprefixed SpreadsheetML, as Excel, Sheets, LibreOffice and exceljs write it). */
const FIRST_FONT = /(<fonts\b[^>]*>\s*)<font\b[^>]*(?:\/>|>[\s\S]*?<\/font>)/;

export interface ReadExtras {
  /** The state JSON of our custom XML part, if any. */
  state: string | null;
  /** The file's base font element (see PackageExtras.baseFont), if it has one. */
  baseFont?: string;
  /** Charts by Excel sheet name. */
  charts: Map<string, NativeChart[]>;
}

function marker(element: XmlElement | undefined): NativeChart['anchor'] {
  const num = (local: string): number => Number(child(element, local)?.text ?? 0) || 0;
  return { column: num('col'), row: num('row'), offsetX: Math.round(num('colOff') / EMU_PER_PIXEL), offsetY: Math.round(num('rowOff') / EMU_PER_PIXEL) };
}

/** Reads charts and the state part from an .xlsx package; an unreadable piece is skipped, never fatal. */
export async function readPackageExtras(buffer: Buffer): Promise<ReadExtras> {
  const out: ReadExtras = { state: null, charts: new Map() };
  let zip: Zip;
  try {
    zip = await jszip().loadAsync(buffer);
  } catch {
    return out;
  }
  const baseFont = FIRST_FONT.exec((await readText(zip, 'xl/styles.xml')) ?? '');
  if (baseFont) out.baseFont = baseFont[0].slice(baseFont[1].length);
  for (const name of Object.keys(zip.files)) {
    if (!/^customXml\/[^/]+\.xml$/i.test(name) || /itemProps/i.test(name)) continue;
    const root = parseXml((await readText(zip, name)) ?? '');
    if (root && root.local === 'state' && root.attrs.xmlns === STATE_NAMESPACE) out.state = root.text;
  }
  let parts: Map<string, string>;
  try {
    parts = await worksheetParts(zip);
  } catch {
    return out;
  }
  for (const [sheetName, sheetPart] of parts) {
    try {
      // A worksheet has at most one drawing (CT_Worksheet): its relationship is enough, the (large) sheet XML is not read.
      const rel = (await readRels(zip, sheetPart)).find((r) => r.type === REL.drawing);
      if (!rel) continue;
      const drawingPart = resolveTarget(sheetPart, rel.target);
      const drawing = parseXml((await readText(zip, drawingPart)) ?? '');
      const drawingRels = await readRels(zip, drawingPart);
      const charts: NativeChart[] = [];
      for (const anchor of drawing?.children ?? []) {
        const chartRef = descendants(anchor, 'chart').find((c) => attr(c, 'id'));
        const chartRel = chartRef ? drawingRels.find((r) => r.id === attr(chartRef, 'id')) : undefined;
        if (!chartRel) continue;
        const parsed = parseChartSpace((await readText(zip, resolveTarget(drawingPart, chartRel.target))) ?? '');
        if (!parsed) continue;
        const from = child(anchor, 'from');
        const ext = child(anchor, 'ext');
        let size: NativeChart['size'] = null;
        if (ext) size = { width: Math.round(Number(attr(ext, 'cx') ?? 0) / EMU_PER_PIXEL), height: Math.round(Number(attr(ext, 'cy') ?? 0) / EMU_PER_PIXEL) };
        const position = anchor.local === 'absoluteAnchor' ? { row: 0, column: 0, offsetX: 0, offsetY: 0 } : marker(from);
        charts.push({ ...parsed, anchor: position, size: size && size.width > 0 && size.height > 0 ? size : null, ...(anchor.local === 'twoCellAnchor' ? { twoCell: { from: marker(from), to: marker(child(anchor, 'to')) } } : {}) });
      }
      if (charts.length > 0) out.charts.set(sheetName, charts);
    } catch {
      // A damaged drawing loses its charts, not the workbook.
    }
  }
  return out;
}
