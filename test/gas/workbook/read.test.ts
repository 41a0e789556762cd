import { dateCellToIso, toCellValue } from '../../../src/gas/workbook/read';

describe('reading cells', () => {
  it('reads date cells as the day typed, even a few hours off in the script time zone', () => {
    expect(dateCellToIso(new Date(2027, 2, 31))).toBe('2027-03-31');
    // Midnight in a zone ahead of the script's shows as the evening before: still the 31st.
    expect(dateCellToIso(new Date(2027, 2, 30, 18))).toBe('2027-03-31');
    expect(dateCellToIso(new Date(2027, 2, 31, 6))).toBe('2027-03-31');
    expect(dateCellToIso(new Date(NaN))).toBeNull();
  });

  it('keeps numbers, text and booleans, and turns anything else into text', () => {
    expect(toCellValue(0.25)).toBe(0.25);
    expect(toCellValue('25 %')).toBe('25 %');
    expect(toCellValue(true)).toBe(true);
    expect(toCellValue(null)).toBe('');
    expect(toCellValue(undefined)).toBe('');
  });
});
