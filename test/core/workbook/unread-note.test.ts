/** The rows a KPI tab leaves out, listed with the workbook catalog's own conjunction (`kpi.unread.and`), not the drivers'. */
import { t } from '../../../src/core/messages';
import { unreadNote } from '../../../src/core/workbook/kpis';

const unread = (rows: number[], count = rows.length) => ({ dates: { count, rows }, values: { count: 0, rows: [] } });

describe('unreadNote', () => {
  it.each([
    ['en', [14, 22], 'Tab “Revenue”: 2 dates could not be read (rows 14 and 22) and were left out.'],
    ['fr', [14, 22, 40], 'Onglet «\u202fRevenue\u202f»\u202f: 3 dates illisibles (lignes 14, 22 et 40), laissées de côté.'],
    ['en', [7], 'Tab “Revenue”: 1 date could not be read (row 7) and was left out.'],
  ] as const)('%s: %p', (lang, rows, text) => {
    expect(unreadNote('Revenue', unread([...rows]), lang)).toBe(text);
  });

  it('the conjunction is the workbook catalog’s entry in each language', () => {
    expect(t('en', 'kpi.unread.and')).toBe(' and ');
    expect(t('fr', 'kpi.unread.and')).toBe(' et ');
    expect(unreadNote('R', unread([3, 5, 8, 9, 11, 12], 9), 'fr')).toContain('(lignes 3, 5, 8, 9, 11…)');
  });
});
