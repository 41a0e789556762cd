/** Deep snapshots of cell contents (value, formula, number format, background, note, text style, validation) and readable differences, for "nothing lost" checks. */
import { rectToA1 } from './a1';
import type { SpreadsheetModel } from './model';
import { DEFAULT_BACKGROUND, DEFAULT_NUMBER_FORMAT, effectiveValue, isDate, type Cell, type CellValue } from './values';

export interface CellRecord {
  value: CellValue;
  formula: string;
  numberFormat: string;
  background: string;
  note: string;
  /** Font weight, colour, style, size, alignment, wrap, borders as "key=value;…" ('' = defaults). */
  style: string;
  /** The data validation rule as JSON ('' = none). */
  validation: string;
}

export interface SheetSnapshot {
  /** Non-empty cells by A1 address. */
  cells: Record<string, CellRecord>;
  merges: string[];
  frozenRows: number;
}

export interface CellSnapshot {
  /** Sheet names in tab order. */
  order: string[];
  sheets: Record<string, SheetSnapshot>;
}

/** Anything holding a spreadsheet model: an EmulatedSpreadsheet, or an Emulator's `spreadsheet`. */
export interface HasSpreadsheetModel {
  readonly model: SpreadsheetModel;
  /** When present (an EmulatedSpreadsheet), formula results are refreshed first if evaluation is on. */
  readonly context?: { runtime: { beforeRead(): void } };
}

/** JSON with object keys sorted, so equal data always gives equal text. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) && !isDate(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

function styleText(style: Cell['style']): string {
  if (!style) return '';
  return Object.keys(style)
    .sort()
    .map((key) => `${key}=${String(style[key as keyof typeof style])}`)
    .join(';');
}

/** Reads the model directly: taking a snapshot makes no (counted) service call. */
export function snapshotCells(spreadsheet: HasSpreadsheetModel, options: { sheets?: string[] } = {}): CellSnapshot {
  spreadsheet.context?.runtime.beforeRead();
  const model = spreadsheet.model;
  const wanted = options.sheets ? new Set(options.sheets) : null;
  const snapshot: CellSnapshot = { order: [], sheets: {} };
  for (const sheet of model.sheets) {
    if (wanted && !wanted.has(sheet.name)) continue;
    const cells: Record<string, CellRecord> = {};
    sheet.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        cells[rectToA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })] = {
          // What getValues shows (a number formatted as a date is a Date, as in Sheets).
          value: effectiveValue(cell),
          formula: cell.formula ?? '',
          numberFormat: cell.numberFormat ?? DEFAULT_NUMBER_FORMAT,
          background: cell.background ?? DEFAULT_BACKGROUND,
          note: cell.note ?? '',
          style: styleText(cell.style) + (cell.xlsx?.border ? `${cell.style ? ';' : ''}border=${canonicalJson(cell.xlsx.border)}` : ''),
          validation: cell.validation ? canonicalJson(cell.validation) : '',
        };
      });
    });
    snapshot.order.push(sheet.name);
    snapshot.sheets[sheet.name] = { cells, merges: sheet.merges.map((m) => rectToA1(m)).sort(), frozenRows: sheet.frozenRows };
  }
  return snapshot;
}

export interface SnapshotDifference {
  sheet: string;
  /** A1 address, or '' for sheet-level differences. */
  cell: string;
  kind: 'sheet-added' | 'sheet-removed' | 'added' | 'removed' | 'changed' | 'merges' | 'frozen-rows';
  field?: keyof CellRecord;
  before?: unknown;
  after?: unknown;
  /** One readable line, e.g. `Goals!B3 value: "Close rate" → "=IMPORTXML(…)"`. */
  text: string;
}

export interface DiffOptions {
  /** Ignore cells and sheets present only in `after` (the add-on's own output). Default false. */
  ignoreAdded?: boolean;
  /** Skip cells for which this returns true (e.g. add-on owned columns). */
  ignore?: (sheet: string, cell: string) => boolean;
}

function same(a: unknown, b: unknown): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return Object.is(a, b);
}

function show(value: unknown): string {
  if (isDate(value)) return `Date(${value.toISOString()})`;
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  return String(value);
}

const EMPTY: CellRecord = { value: '', formula: '', numberFormat: DEFAULT_NUMBER_FORMAT, background: DEFAULT_BACKGROUND, note: '', style: '', validation: '' };
const FIELDS: Array<keyof CellRecord> = ['value', 'formula', 'numberFormat', 'background', 'note', 'style', 'validation'];

/** Differences from `before` to `after`, in sheet then cell order. */
export function diffSnapshots(before: CellSnapshot, after: CellSnapshot, options: DiffOptions = {}): SnapshotDifference[] {
  const out: SnapshotDifference[] = [];
  for (const name of before.order) {
    const a = before.sheets[name];
    const b = after.sheets[name];
    if (!b) {
      out.push({ sheet: name, cell: '', kind: 'sheet-removed', text: `sheet "${name}" removed` });
      continue;
    }
    const addresses = new Set([...Object.keys(a.cells), ...(options.ignoreAdded ? [] : Object.keys(b.cells))]);
    for (const address of addresses) {
      if (options.ignore?.(name, address)) continue;
      const x = a.cells[address];
      const y = b.cells[address];
      if (x && !y && FIELDS.some((f) => !same(x[f], EMPTY[f]))) {
        out.push({ sheet: name, cell: address, kind: 'removed', before: x.formula || x.value, text: `${name}!${address} removed (was ${show(x.formula || x.value)})` });
        continue;
      }
      for (const field of FIELDS) {
        const p = (x ?? EMPTY)[field];
        const q = (y ?? EMPTY)[field];
        if (same(p, q)) continue;
        out.push({ sheet: name, cell: address, kind: x ? 'changed' : 'added', field, before: p, after: q, text: `${name}!${address} ${field}: ${show(p)} → ${show(q)}` });
      }
    }
    if (a.merges.join() !== b.merges.join()) {
      out.push({ sheet: name, cell: '', kind: 'merges', before: a.merges, after: b.merges, text: `${name} merges: [${a.merges.join(', ')}] → [${b.merges.join(', ')}]` });
    }
    if (a.frozenRows !== b.frozenRows) {
      out.push({ sheet: name, cell: '', kind: 'frozen-rows', before: a.frozenRows, after: b.frozenRows, text: `${name} frozen rows: ${a.frozenRows} → ${b.frozenRows}` });
    }
  }
  if (!options.ignoreAdded) {
    for (const name of after.order) if (!before.sheets[name]) out.push({ sheet: name, cell: '', kind: 'sheet-added', text: `sheet "${name}" added` });
  }
  return out;
}

/** The differences as text, one per line ('' when identical). */
export function describeDifferences(differences: readonly SnapshotDifference[], limit = 50): string {
  const lines = differences.slice(0, limit).map((d) => d.text);
  if (differences.length > limit) lines.push(`… and ${differences.length - limit} more`);
  return lines.join('\n');
}
