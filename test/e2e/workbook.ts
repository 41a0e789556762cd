/** Reading the preview's workbook snapshots in the browser tests. */
import type { WorkbookSnapshot } from '../../src/local/preview/session';

export type SnapshotCell = WorkbookSnapshot[string][number][number];

const GOAL_HEADERS = /^(goal|goals|objectif|objectifs)$/i;

/** The Goals tab of a snapshot: the sheet whose header row has a Goal/Objectif column. */
export function goalsTable(snapshot: WorkbookSnapshot): { sheetName: string; headerRow: number; headers: string[]; rows: SnapshotCell[][] } {
  for (const [sheetName, rows] of Object.entries(snapshot)) {
    const headerRow = rows.findIndex((row) => row.some((cell) => typeof cell.value === 'string' && GOAL_HEADERS.test(cell.value.trim())));
    if (headerRow >= 0) return { sheetName, headerRow, headers: rows[headerRow].map((cell) => String(cell.value ?? '').trim()), rows };
  }
  throw new Error(`No Goals tab in ${Object.keys(snapshot).join(', ')}`);
}

/** Index of the first header matching one of the names (case-insensitive), or -1. */
export function column(headers: readonly string[], ...names: string[]): number {
  const wanted = names.map((n) => n.toLowerCase());
  return headers.findIndex((h) => wanted.includes(h.toLowerCase()));
}

/** Last row (1-based) holding any value. */
export function lastFilledRow(rows: readonly SnapshotCell[][]): number {
  for (let r = rows.length - 1; r >= 0; r -= 1) if (rows[r].some((cell) => cell.value !== '' && cell.value !== null)) return r + 1;
  return 0;
}

/** Cells that differ between two snapshots, as "Sheet!R1C1: before → after" (new cells included). */
export function changedCells(before: WorkbookSnapshot, after: WorkbookSnapshot): string[] {
  const changes: string[] = [];
  const sheets = new Set([...Object.keys(before), ...Object.keys(after)]);
  const empty: SnapshotCell = { value: '', formula: '', format: '' };
  for (const sheet of sheets) {
    const a = before[sheet] ?? [];
    const b = after[sheet] ?? [];
    const rows = Math.max(a.length, b.length);
    for (let r = 0; r < rows; r += 1) {
      const columns = Math.max(a[r]?.length ?? 0, b[r]?.length ?? 0);
      for (let c = 0; c < columns; c += 1) {
        const x = a[r]?.[c] ?? empty;
        const y = b[r]?.[c] ?? empty;
        if (JSON.stringify(x) !== JSON.stringify(y) && !(isBlank(x) && isBlank(y))) changes.push(`${sheet}!R${r + 1}C${c + 1}: ${JSON.stringify(x)} → ${JSON.stringify(y)}`);
      }
    }
  }
  return changes;
}

function isBlank(cell: SnapshotCell): boolean {
  return (cell.value === '' || cell.value === null) && cell.formula === '';
}
