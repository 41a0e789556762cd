/** trim29: a date cell's month names come from the one table `MONTH_WORDS` (and "aou" for août), as they did from the cells' own list. */
import { cellDate } from '../../../src/core/workbook/cells';

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['jan', 'janv', 'january', 'janvier', 'Janvier'],
  ['feb', 'fev', 'fevr', 'february', 'fevrier', 'févr', 'Février'],
  ['mar', 'mars', 'march'],
  ['apr', 'avr', 'april', 'avril'],
  ['may', 'mai'],
  ['jun', 'juin', 'june'],
  ['jul', 'juil', 'july', 'juillet'],
  ['aug', 'aou', 'aout', 'août', 'august'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre', 'déc', 'décembre'],
];

describe('month names in date cells', () => {
  it.each(MONTHS.flatMap((names, i) => names.map((name) => [name, i + 1] as const)))('reads %s as month %i', (name, month) => {
    const mm = String(month).padStart(2, '0');
    expect(cellDate(`15 ${name} 2027`, 'fr')).toBe(`2027-${mm}-15`);
    expect(cellDate(`${name} 15, 2027`, 'en')).toBe(`2027-${mm}-15`);
    expect(cellDate(`${name} 2027`, 'en')).toBe(`2027-${mm}-01`);
    expect(cellDate(`${name} 2027`, 'en', { periodEnd: true })?.slice(0, 7)).toBe(`2027-${mm}`);
  });

  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'sam'])('reads no month in %s', (word) => {
    expect(cellDate(`15 ${word} 2027`, 'en')).toBeNull();
    expect(cellDate(`${word} 2027`, 'en')).toBeNull();
  });
});
