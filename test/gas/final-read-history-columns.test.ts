/**
 * Final read of 2026-12-04, through the BUILT bundle on the emulator: review 30 made the formulas pick a wider history's
 * one column of numbers (a deals log: date, customer, amount) and refused a range with several, so a "Date | Actual |
 * Target" range — read by its second column since the first release — answered "The history must be …". Of several
 * columns of numbers the first is read again, as before; the log's text column is still passed over.
 */
import { harness } from './workbook/harness';

const AS_OF = '2026-11-26';

function actualTargetRows(): unknown[][] {
  const rows: unknown[][] = [['Month', 'Actual', 'Target']];
  for (let i = 0; i < 24; i++) {
    const month = `${2024 + Math.floor((i + 10) / 12)}-${String(((i + 10) % 12) + 1).padStart(2, '0')}-01`;
    rows.push([month, 100 + i * 2 + (i % 3), 200]);
  }
  return rows;
}

describe.each([['en_US'], ['fr_FR']] as const)('%s: a history with an actual and a target column', (locale) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });

  it('is read by its first column of numbers, as its two first columns are', () => {
    const rows = actualTargetRows();
    const two = rows.map((row) => row.slice(0, 2));
    const rise = locale === 'en_US' ? 'increase' : 'hausse';
    // The verdict is a word ("on track", « réaliste »…), not the shape error.
    expect(h.run<string>('GOALVERDICT', rows, 160, '2027-06-30', AS_OF, rise)).toMatch(/^[a-zé ]+$/);
    expect(typeof h.run<unknown>('ACHIEVABILITY', rows, 160, '2027-06-30', AS_OF, rise)).toBe('number');
    for (const fn of ['GOALVERDICT', 'ACHIEVABILITY']) {
      expect(h.run<unknown>(fn, rows, 160, '2027-06-30', AS_OF, rise)).toEqual(h.run<unknown>(fn, two, 160, '2027-06-30', AS_OF, rise));
    }
    expect(h.run<unknown>('REALISTICTARGET', rows, '2027-06-30', AS_OF, rise)).toEqual(h.run<unknown>('REALISTICTARGET', two, '2027-06-30', AS_OF, rise));
  });
});

describe('a history whose first column of numbers is ids or the aim (second final read)', () => {
  const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
  const actual = actualTargetRows();
  const two = actual.map((row) => row.slice(0, 2));
  const verdict = (range: unknown[][]): unknown => h.run('ACHIEVABILITY', range, 160, '2027-06-30', AS_OF, 'increase');

  it('"Date | Target | Actual" is judged on its actuals', () => {
    expect(verdict(actual.map((row) => [row[0], row[2], row[1]]))).toEqual(verdict(two));
  });

  it('"Date | Order # | Customer | Amount" is judged on its amounts, not its order numbers', () => {
    const orders = actual.map((row, i) => [row[0], i === 0 ? 'Order #' : 10230 + i, i === 0 ? 'Customer' : `Customer ${i}`, row[1]]);
    expect(verdict(orders)).toEqual(verdict(two));
    // Without a header, consecutive numbers are still ids.
    expect(verdict(orders.slice(1))).toEqual(verdict(two.slice(1)));
  });
});

