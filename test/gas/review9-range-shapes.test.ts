/**
 * review9 F4, through the BUILT bundle: a column of targets against a row of deadlines — ACHIEVABILITY(h, A2:A4, B1:D1) —
 * gave blanks past the first cell. Ranges are now broadcast as Sheets' array arithmetic broadcasts them (a range of one
 * row or one column repeated along the other, a single cell shared: docs/ARCHITECTURE.md, "Range arguments"), and ranges
 * of sizes that do not fit fail the call with one localized message instead of silent blanks.
 */
import { harness, TODAY } from './workbook/harness';

const history: unknown[][] = [['Week', 'Leads']];
for (let i = 0; i < 40; i++) history.push([new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), 100 + (i % 5) + i]);

describe('range arguments of different shapes', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const targets = [[150], [160], [170]];
  const deadlines = [['2027-03-31', '2027-06-30', '2027-12-31']];

  it('a column of targets against a row of deadlines gives the grid of every pair', () => {
    const grid = h.run<unknown[][]>('ACHIEVABILITY', history, targets, deadlines, TODAY);
    expect(grid).toHaveLength(3);
    grid.forEach((row, r) => {
      expect(row).toHaveLength(3);
      row.forEach((cell, c) => expect(cell).toBe(h.run('ACHIEVABILITY', history, targets[r][0], deadlines[0][c], TODAY)));
    });
    expect(h.run<unknown[][]>('GOALVERDICT', history, targets, deadlines, TODAY)[2][0]).toBe(h.run('GOALVERDICT', history, 170, '2027-03-31', TODAY));
  });

  it('a row of deadlines alone, and one cell shared, as before', () => {
    expect(h.run('REALISTICTARGET', history, deadlines, TODAY)).toEqual([deadlines[0].map((d) => h.run('REALISTICTARGET', history, d, TODAY))]);
    expect(h.run('ACHIEVABILITY', history, targets, '2027-06-30', TODAY)).toEqual(targets.map(([t]) => [h.run('ACHIEVABILITY', history, t, '2027-06-30', TODAY)]));
  });

  it('columns of the same length still pair row by row (blank target → blank result)', () => {
    const answer = h.run<unknown[][]>('ACHIEVABILITY', history, [[150], [''], [170]], [['2027-03-31'], ['2027-06-30'], ['2027-12-31']], TODAY);
    expect(answer.map((row) => row.length)).toEqual([1, 1, 1]);
    expect(answer[1][0]).toBe('');
    expect(answer[2][0]).toBe(h.run('ACHIEVABILITY', history, 170, '2027-12-31', TODAY));
  });

  it.each([
    ['en_US', 'Ranges of different sizes (rows × columns: 3 × 1, 2 × 1): use one size, or one row, column or cell.'],
    ['fr_FR', 'Plages de tailles différentes (lignes × colonnes\u202f: 3 × 1, 2 × 1)\u202f: utilisez une même taille, ou une ligne, une colonne ou une cellule.'],
  ])('%s: ranges that do not fit fail with one localized message', (locale, message) => {
    const l = harness({ spreadsheetLocale: locale });
    expect(() => l.run('ACHIEVABILITY', history, targets, [['2027-03-31'], ['2027-06-30']], TODAY)).toThrow(message);
    expect(() => l.run('REQUIREDPACE', [[100], [110], [120]], 150, TODAY, [['2027-03-31'], ['2027-06-30']])).toThrow(message);
  });
});
