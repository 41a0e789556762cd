/**
 * kpi56 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: SMARTPARSE's KPI cell for the classes
 * test/core/statement/kpi56.test.ts pins. An economy's growth names no KPI (it read sales growth); a goal of customers
 * counted in millions is the base (it read won deals). mend56k: a state that is not the aim's subject leaves the firm's
 * growth, and kpi56's "a generic sales word with its own figure names the goal" is reverted (it took past sales levels).
 */
import { smartCells, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'Active customers', 'Sales growth', 'Gross margin'],
  ['fr_FR', 'Chiffre d’affaires', 'Clients actifs', 'Croissance des ventes', 'Marge brute'],
])('SMARTPARSE (%s)', (locale, revenue, customers, salesGrowth, grossMargin) => {
  const cells = smartCells(smartParser(locale));

  it("an economy's growth names no KPI", () => {
    expect(cells('The government targets GDP growth of 6% a year until 2030.')[0]).toBe('');
    expect(cells('Le gouvernement table sur un taux de croissance économique de 4,5 % en 2027.')[0]).toBe('');
  });

  it('a goal of customers counted in millions is the base', () => {
    expect(cells('The company has set a target of 2 million customers by 2027.')[0]).toBe(customers);
  });

  it("a state named as another noun's owner leaves the firm's growth (mend56k)", () => {
    expect(cells("The country's largest retailer targets 8% growth in 2027.")[0]).toBe(salesGrowth);
    expect(cells("Malgré l'état du marché, nous visons une croissance de 10 % en 2027.")[0]).toBe(salesGrowth);
  });

  it('a past sales level does not take the next goal item (mend56k: kpi56 rule L reverted)', () => {
    expect(cells('Sales hit $2 million in 2026, and gross margin should reach 45% by 2027.')[0]).toBe(grossMargin);
    expect(cells('Le groupe prévoit des ventes en hausse de 4 à 6 %, avec un Ebitda en progression de 10 %.')[0]).toBe(revenue);
  });
});
