/**
 * One CSV line split into its cells, double quotes honoured (a quoted part keeps its separators; `""` inside it is one
 * quote). Node-only callers: the CLI's KPI history (`cli/assess.ts`) and the header eval (`eval/headers.ts`), which read
 * CSV two ways on purpose, so the two differences are options rather than two copies of the loop.
 */
export interface CsvLineOptions {
  /**
   * A quote opens a quoted part only at a cell's start, as RFC 4180 writes it (`5" screens` is one cell with its quote:
   * the header eval, which must read a header row as a spreadsheet's CSV import does). Otherwise a quote anywhere opens
   * or closes one (`ab"c,d"e` is the one cell `abc,de`), as the CLI has always read a KPI history.
   */
  readonly quotesOnlyAtCellStart: boolean;
  /** Each cell's surrounding white space dropped (the CLI's numbers and dates); kept for headers compared as written. */
  readonly trim: boolean;
}

export function splitCsvLine(line: string, separator: string, options: CsvLineOptions): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && (cell === '' || !options.quotesOnlyAtCellStart)) quoted = true;
    else if (char === separator) {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return options.trim ? cells.map((c) => c.trim()) : cells;
}
