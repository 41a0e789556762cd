import { useSpreadsheetTimeZone } from '../../../src/gas/functions/zone';
import { dateCellToIso, toCellValue } from '../../../src/gas/workbook/read';
import { formatDate } from '../../../src/local/emulator/format-date';

describe('reading cells', () => {
  it('reads date cells as the day they show in the spreadsheet’s zone, whatever the script’s', () => {
    const g = globalThis as Record<string, unknown>;
    g.Utilities = { formatDate };
    try {
      // Sheets hands a date cell over as midnight of its day in the spreadsheet's zone.
      useSpreadsheetTimeZone('Asia/Tokyo');
      expect(dateCellToIso(new Date('2027-03-31T00:00:00+09:00'))).toBe('2027-03-31');
      expect(dateCellToIso(new Date('2027-03-30T15:00:00Z'))).toBe('2027-03-31');
      useSpreadsheetTimeZone('Pacific/Auckland');
      expect(dateCellToIso(new Date('2027-03-31T00:00:00+13:00'))).toBe('2027-03-31');
      useSpreadsheetTimeZone('America/Los_Angeles');
      expect(dateCellToIso(new Date('2027-03-31T00:00:00-07:00'))).toBe('2027-03-31');
      expect(dateCellToIso(new Date('2027-03-31T23:59:00-07:00'))).toBe('2027-03-31');
      expect(dateCellToIso(new Date(NaN))).toBeNull();
    } finally {
      delete g.Utilities;
      useSpreadsheetTimeZone('Etc/GMT');
    }
  });

  it('keeps numbers, text and booleans, and turns anything else into text', () => {
    expect(toCellValue(0.25)).toBe(0.25);
    expect(toCellValue('25 %')).toBe('25 %');
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(null)).toBe('');
    expect(toCellValue(undefined)).toBe('');
  });
});
