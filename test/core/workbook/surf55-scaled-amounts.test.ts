/**
 * surf55 (S8): amounts of a column shown in thousands or millions ("k€", "M$"), FR and EN —
 * - written with every significant digit: below the scale's unit, in the next smaller scale down to the currency itself
 *   ("$0.0042M" is "$4.2k": it was "$0M"), never in a scale of the column that would hide them;
 * - with the decimals they have, up to two, never padded to cents (« 432,4 k€ », "Q4 €452.5k": they read « 432,40 k€ »);
 * - a Target or Baseline cell showing an amount with its mark or multiplier as TEXT ("470 k€" typed, or a formula's
 *   ="470 k€") is 470 k€ beside "CA (k€)", as a sentence's "470 k€" is (it was 470,000 k€); a bare number is the column's.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { formatCurrency, withAmountDecimals } from '../../../src/core/format';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { mergeGoal } from '../../../src/core/workbook/check';
import { readGoalRows } from '../../../src/core/workbook/goals';
import { detectKpiSeries } from '../../../src/core/workbook/kpis';
import type { CellValue, GoalColumns, SheetGrid } from '../../../src/core/workbook/types';
import { useCurrency } from '../../../src/core/currency-marks';

const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('surf55: a scaled amount keeps its significant digits (below the scale’s unit: the next smaller scale)', () => {
  it.each([
    [0.0042, 'en', 'M$', '$4.2k'], [0.0042, 'fr', 'M€', '4,2 k€'],
    [0.42, 'en', 'M$', '$420k'], [0.5, 'fr', 'G€', '500 M€'], [0.25, 'en', 'G€', '€250M'],
    [0.042, 'en', 'k$', '$42'], [0.0425, 'fr', 'k€', '42,50 €'], [-0.003, 'en', 'M$', '-$3k'], [0.0000042, 'en', 'M$', '$4.20'],
    [0.0042, 'en', 'MUSD', '$4.2k'], [0.0042, 'fr', 'kEUR', '4,20 €'],
  ] as const)('%s in %s on a %s column → %s', (value, lang, mark, text) => {
    const previous = useCurrency(lang === 'fr' ? 'EUR' : 'USD');
    try {
      expect(plain(formatCurrency(value, lang, mark))).toBe(text);
    } finally {
      useCurrency(previous);
    }
  });

  it('zero and amounts of one unit or more keep the column’s scale', () => {
    expect(formatCurrency(0, 'en', 'k€')).toBe('€0k');
    expect(formatCurrency(1, 'en', 'M$')).toBe('$1M');
    expect(plain(formatCurrency(999.6, 'fr', 'k€'))).toBe('999,6 k€');
  });

  it('a stated amount below the unit keeps the digits typed, three fewer decimals per scale down', () => {
    expect(formatCurrency(0.00425, 'en', 'M$', 5)).toBe('$4.25k');
    expect(plain(formatCurrency(0.0425, 'fr', 'k€', 4))).toBe('42,50 €');
  });
});

describe('surf55: a scaled amount shows the decimals it has, up to two, not padded to cents', () => {
  it.each([
    [432.4, 'fr', 'k€', '432,4 k€'], [452.5, 'en', 'k€', '€452.5k'], [1.5, 'en', 'M$', '$1.5M'], [1.234, 'en', 'M$', '$1.23M'],
    [2.5, 'fr', 'G€', '2,5 Md€'], [452, 'en', 'k€', '€452k'], [1.25, 'fr', 'M€', '1,25 M€'],
  ] as const)('%s in %s on %s → %s', (value, lang, mark, text) => {
    expect(plain(formatCurrency(value, lang, mark))).toBe(text);
    // On a tab showing cents too: no ",00" / ".00" added to a scaled amount.
    expect(plain(withAmountDecimals(2, () => formatCurrency(value, lang, mark)))).toBe(text);
  });

  it('a whole-unit tab rounds a scaled amount to its unit, as its cells show it', () => {
    expect(withAmountDecimals(0, () => formatCurrency(452.5, 'en', 'k€'))).toBe('€453k');
    expect(plain(withAmountDecimals(0, () => formatCurrency(432.4, 'fr', 'k€')))).toBe('432 k€');
  });

  it('a yen or FCFA column in millions keeps its decimals: they are thousands of its units, no cents', () => {
    expect(formatCurrency(1.5, 'en', 'M¥')).toBe('¥1.5M');
  });

  it('an amount in the currency itself still shows its cents padded ("$12.50", « 12,50 € »)', () => {
    expect(formatCurrency(12.5, 'en', 'USD')).toBe('$12.50');
    expect(plain(formatCurrency(12.5, 'fr', 'EUR'))).toBe('12,50 €');
  });
});

const COLUMNS: GoalColumns = { headerRow: 0, width: 5, extra: [], owned: [], fields: { id: 0, statement: 1, kpi: 2, target: 3, deadline: 4 } };

function scaledTab(header: string, unit = 1): SheetGrid {
  const rows: CellValue[][] = [['Month', header]];
  for (let i = 0; i < 24; i++) rows.push([`${2024 + Math.floor(i / 12)}-${String(1 + (i % 12)).padStart(2, '0')}-01`, (380 + i * 2 + (i % 3) * 3) * unit]);
  return { name: header, values: rows };
}

describe.each([
  { lang: 'en' as const, header: 'Revenue (k$)', mark: 'k$', goal: 'Reach our revenue target by December 31, 2027', typed: ['470 k$', '$470k', '$470,000', '470'], other: '$470,000,000' },
  { lang: 'fr' as const, header: 'CA (k€)', mark: 'k€', goal: 'Atteindre notre objectif de CA d’ici le 31 décembre 2027', typed: ['470 k€', '470k€', '470 000 €', '470'], other: '470 000 000 €' },
])('surf55: a Target cell’s text with a mark or a multiplier on a $header column', (c) => {
  const series = detectKpiSeries(scaledTab(c.header), c.lang, KPI_CATALOG);
  const merged = (target: CellValue) => {
    const [goal] = readGoalRows([['ID', 'Goal', 'KPI', 'Target', 'Deadline'], ['G1', c.goal, c.header, target, '2027-12-31']], COLUMNS, c.lang);
    return mergeGoal(goal, series, { today: '2026-11-26', lang: c.lang, settings: DEFAULT_SETTINGS });
  };

  it('the column is shown in its scale', () => expect(series[0].currency).toBe(c.mark));

  it.each(c.typed.map((text) => [text]))('Target %s → 470 in the column’s unit, said as the typed target', (text) => {
    const m = merged(text);
    expect(m.series?.name).toBe(c.header);
    expect(m.target).toBe(470);
    expect(m.goal.target).toBe(470);
    expect(m.scaleDisagrees).toBeUndefined();
  });

  it('a bare number typed in the cell is the column’s already (470 stays 470)', () => {
    expect(merged(470).target).toBe(470);
  });

  it('an amount typed a thousand times the column’s level once converted is compared as converted (no guess)', () => {
    expect(merged(c.other).target).toBe(470_000);
  });

  it('on a column whose values are whole amounts despite its header, the typed amount is read as written, and said', () => {
    const whole = detectKpiSeries(scaledTab(c.header, 1000), c.lang, KPI_CATALOG);
    const [goal] = readGoalRows([['ID', 'Goal', 'KPI', 'Target', 'Deadline'], ['G1', c.goal, c.header, c.typed[2], '2027-12-31']], COLUMNS, c.lang);
    const m = mergeGoal(goal, whole, { today: '2026-11-26', lang: c.lang, settings: DEFAULT_SETTINGS });
    expect(m.target).toBe(470_000);
    expect(m.scaleDisagrees).toBe(c.mark);
  });
});
