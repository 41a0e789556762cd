/** A report test's KPI tab: eighteen months of revenue, June 2025 to November 2026 (about +1.5 % a month), the last one 108,870 (review 21's workbook). */
export function revenueRows(header: string): Array<Array<string | number>> {
  const rows: Array<Array<string | number>> = [['Month', header]];
  for (let i = 0; i < 18; i++) rows.push([`${i < 7 ? 2025 : 2026}-${String(((5 + i) % 12) + 1).padStart(2, '0')}-01`, Math.round(84000 * 1.015 ** i)]);
  rows[18][1] = 108870;
  return rows;
}
