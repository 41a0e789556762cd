/**
 * mend55f, the review of surf55, FR and EN, on a scaled column whose values are in its unit (« CA (k€) », "Revenue (k$)",
 * 24 months at 380…450, latest 432):
 * 1. the column's values decide its scale: "470 €" / "$470" typed in Target is 0.47 k€ (a target far below the level),
 *    with no scaleDisagrees note — that note only where the column's values look whole (its factor and more);
 * 2. a Target cell in another currency ("500 k$" beside « CA (k€) », "€500k" beside "Revenue (k$)") is set aside as
 *    otherCurrency, as the same amount in a sentence, the reason naming the mark written;
 * 3–4. formatCurrency decides the smaller scale on the rounded amount and keeps the decimals asked for;
 * 5. amounts typed with long runs of spaces, digits and spaces are read in linear time (one way to match each character).
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { formatCurrency } from '../../../src/core/format';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook, mergeGoal } from '../../../src/core/workbook/check';
import { readGoalRows } from '../../../src/core/workbook/goals';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue, GoalColumns, SheetGrid } from '../../../src/core/workbook/types';
import { useCurrency } from '../../../src/core/currency-marks';
import { parseCellNumber, parseLocaleNumber, writtenUnit } from '../../../src/core/numbers';
import { parseUnitInput } from '../../../src/sidebar/values';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');
const COLUMNS: GoalColumns = { headerRow: 0, width: 5, extra: [], owned: [], fields: { id: 0, statement: 1, kpi: 2, target: 3, deadline: 4 } };

function scaledTab(header: string, unit = 1): SheetGrid {
  const rows: CellValue[][] = [['Month', header]];
  for (let i = 0; i < 24; i++) rows.push([`${2024 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-01`, (380 + i * 2 + (i % 3) * 3) * unit]);
  return { name: header, values: rows };
}

const CASES = [
  { lang: 'en' as const, currency: 'USD', header: 'Revenue (k$)', goal: 'Reach our revenue target by December 31, 2027', plainTyped: ['$470', '470 USD'], sentence: 'Reach $470k in revenue by December 31, 2027', other: ['€500k', '500 k€'], otherMark: '€' },
  { lang: 'fr' as const, currency: 'EUR', header: 'CA (k€)', goal: 'Atteindre notre objectif de CA d’ici le 31 décembre 2027', plainTyped: ['470 €', '470 EUR'], sentence: 'Atteindre 470 k€ de CA d’ici le 31 décembre 2027', other: ['500 k$', '$500k'], otherMark: '$' },
];

describe.each(CASES)('mend55f: amounts typed in a Target cell beside $header (values in its unit)', (c) => {
  let previous: ReturnType<typeof useCurrency>;
  beforeAll(() => (previous = useCurrency(c.currency)));
  afterAll(() => useCurrency(previous));
  const options = { today: '2026-11-26', lang: c.lang, settings: DEFAULT_SETTINGS };
  const rows = (statement: string, target: CellValue): CellValue[][] => [['ID', 'Goal', 'KPI', 'Target', 'Deadline'], ['G1', statement, c.header, target, '2027-12-31']];
  const merged = (target: CellValue, statement = c.goal, unit = 1) => {
    const [goal] = readGoalRows(rows(statement, target), COLUMNS, c.lang);
    return mergeGoal(goal, detectKpiSeries(scaledTab(c.header, unit), c.lang, KPI_CATALOG), options);
  };
  const checked = (target: CellValue, statement = c.goal) =>
    checkWorkbook({ goals: readGoalRows(rows(statement, target), COLUMNS, c.lang), series: detectKpiSeries(scaledTab(c.header), c.lang, KPI_CATALOG) } as never, options).checks[0];

  it.each(c.plainTyped.map((text) => [text]))('1. %s is the whole currency, converted to the column’s unit (0.47), no scaleDisagrees', (text) => {
    const m = merged(text);
    expect(m.series?.name).toBe(c.header);
    expect(m.target).toBe(0.47);
    expect(m.scaleDisagrees).toBeUndefined();
  });

  it('1. a sentence’s 470 k$ / k€ on the column is 470, no note', () => {
    const m = merged('', c.sentence);
    expect(m.target).toBe(470);
    expect(m.scaleDisagrees).toBeUndefined();
  });

  it('1. the note stays where the column’s values look whole (a thousand times its unit)', () => {
    const m = merged(c.lang === 'fr' ? '470 000 €' : '$470,000', c.goal, 1000);
    expect(m.target).toBe(470_000);
    expect(m.scaleDisagrees).toBeDefined();
  });

  it('1. Check goals: no “values look whole” note, the level written in the column’s scale', () => {
    const check = checked(c.plainTyped[0]);
    const notes = plain(check.notes.join(' '));
    expect(notes).not.toMatch(/look whole|semblent entières|paraissent/i);
    expect(notes).not.toMatch(/432 €|\(\$432\)/);
  });

  it.each(c.other.map((text) => [text]))('2. %s, another currency, is set aside (otherCurrency), as in a sentence', (text) => {
    const m = merged(text);
    expect(m.series).toBeNull();
    expect(m.setAside?.reason).toBe('otherCurrency');
    const check = checked(text);
    expect(check.verdict).toBeNull();
    expect(plain(check.notes.join(' '))).toContain(c.lang === 'fr' ? `L’objectif est en ${c.otherMark}` : `The goal is in ${c.otherMark}`);
  });
});

describe('mend55f: formatCurrency on a scaled column', () => {
  beforeAll(() => useCurrency('USD'));
  afterAll(() => useCurrency(null));
  it.each([
    [0.9999996, 'en', 'M$', undefined, '$1M'], [0.9999996, 'fr', 'M€', undefined, '1 M€'], [0.996, 'en', 'k$', undefined, '$1k'], [0.994, 'fr', 'k€', undefined, '994 €'],
    [0.0042, 'en', 'M$', 2, '$4.2k'], [0.0042, 'fr', 'M€', 2, '4,2 k€'], [0.00425, 'en', 'M$', 5, '$4.25k'],
  ] as const)('3–4. %s in %s on %s (%s decimals) → %s', (value, lang, mark, decimals, text) => {
    expect(plain(formatCurrency(value, lang, mark, decimals))).toBe(text);
  });
});

describe('mend55f: long runs of spaces are read in linear time (the AMOUNT regex has one way per character)', () => {
  const spaces = '1' + ' '.repeat(50_000) + 'x';
  const digitsAndSpaces = '1 '.repeat(25_000) + 'x';
  it.each([
    ['50,000 spaces', spaces],
    ['50,000 digits and spaces', digitsAndSpaces],
    ['a minus and 50,000 spaces', '-' + ' '.repeat(50_000) + 'x'],
  ])('%s then a letter: no number, no amount, no field value (EN and FR)', (_name, text) => {
    expect(writtenUnit(text)).toBeNull();
    expect(parseCellNumber(text, 'fr')).toBeNull();
    expect(parseCellNumber(text, 'en')).toBeNull();
    expect(parseLocaleNumber(text, 'fr')).toBeNull();
    expect(parseUnitInput(text, 'currency', 'fr', 'k€')).toBeNull();
    expect(parseUnitInput(text, 'currency', 'en', 'k$')).toBeNull();
  });
  it('a run of spaces inside an amount still reads it', () => {
    expect(parseCellNumber('1' + ' '.repeat(5_000) + '500 €', 'fr')).toBe(1500);
    expect(writtenUnit('470' + ' '.repeat(5_000) + 'k€')).toBe('amount');
    expect(parseCellNumber('4' + ' 000'.repeat(3), 'fr')).toBe(4e9);
  });
});
