/**
 * A customers log by segment, shared by the "one story" tests (story47, surf48): three rows a day from 1 July to
 * 18 November 2026, each a segment's customers (20 to 30). With CAMPAIGNS a campaign comes twice on some days (no
 * snapshot by segment: customers served); with COUNTRIES each country comes once a date (snapshots: a level).
 */
export const CAMPAIGNS = ['Newsletter', 'Spring promo', 'Newsletter', 'Retargeting'];
export const COUNTRIES = ['FR', 'DE', 'US'];

export function campaignLog(headers: readonly string[], label: (day: number, k: number) => string): unknown[][] {
  const rows: unknown[][] = [[...headers]];
  for (let day = 0; day < 141; day++) {
    const date = new Date(Date.UTC(2026, 6, 1 + day)).toISOString().slice(0, 10);
    for (let k = 0; k < 3; k++) rows.push([date, label(day, k), 20 + ((day * 7 + k * 3) % 11)]);
  }
  return rows;
}
