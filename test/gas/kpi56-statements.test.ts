/**
 * kpi56 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's KPI cell for the classes
 * test/core/statement/kpi56.test.ts pins. An economy's growth names no KPI (it read sales growth); a goal of customers
 * counted in millions is the base (it read won deals); a generic sales word with its own figure before the next item's
 * comma names the goal (it read the next item's profit).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Active customers'],
  ['fr_FR', 'Chiffre d’affaires', 'Clients actifs'],
])('SMARTPARSE (%s)', (locale, revenue, customers) => {
  const cells = smartCells(smartParser(locale));

  it("an economy's growth names no KPI", () => {
    expect(cells('The government targets GDP growth of 6% a year until 2030.')[0]).toBe('');
    expect(cells('Le gouvernement table sur un taux de croissance économique de 4,5 % en 2027.')[0]).toBe('');
  });

  it('a goal of customers counted in millions is the base', () => {
    expect(cells('The company has set a target of 2 million customers by 2027.')[0]).toBe(customers);
  });

  it("a generic sales word with its own figure names the goal, not the next item's measure", () => {
    expect(cells('The sales target for 2027 is $2 billion, operating income $300 million.')[0]).toBe(revenue);
  });
});
