/**
 * src/local/csv-line.ts: the one CSV line splitter the CLI's KPI history and the header eval share (trim47), each with
 * the reading it had before (assess.ts's `splitCsvLine`, headers.ts's `headerCells` loop).
 */
import { splitCsvLine } from '../../src/local/csv-line';

const CLI = { quotesOnlyAtCellStart: false, trim: true } as const;
const HEADER = { quotesOnlyAtCellStart: true, trim: false } as const;

describe('splitCsvLine', () => {
  it('keeps a quoted separator and reads a doubled quote as one, both ways', () => {
    for (const options of [CLI, HEADER]) {
      expect(splitCsvLine('"Revenue, net",Cost', ',', options)).toEqual(['Revenue, net', 'Cost']);
      expect(splitCsvLine('"Screen 5"" wide";Units', ';', options)).toEqual(['Screen 5" wide', 'Units']);
      expect(splitCsvLine('a,,b,', ',', options)).toEqual(['a', '', 'b', '']);
    }
  });

  it("CLI: a quote anywhere opens or closes a quoted part, and each cell's spaces are dropped", () => {
    expect(splitCsvLine(' 2026-01-05 , "1,200" ', ',', CLI)).toEqual(['2026-01-05', '1,200']);
    expect(splitCsvLine('ab"c,d"e,f', ',', CLI)).toEqual(['abc,de', 'f']);
  });

  it('header: a quote opens a quoted part only at a cell start, and spaces are kept as written', () => {
    expect(splitCsvLine('5" screens,Units', ',', HEADER)).toEqual(['5" screens', 'Units']);
    expect(splitCsvLine('Date, Revenue ', ',', HEADER)).toEqual(['Date', ' Revenue ']);
  });
});
