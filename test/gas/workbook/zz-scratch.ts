import { addSheet, harness } from './harness';
const CAMPAIGNS = ['Newsletter', 'Spring promo', 'Newsletter', 'Retargeting'];
const rows: unknown[][] = [['Date', 'Campaign', 'Customers']];
for (let d = 0; d < 120; d++) {
  const date = new Date(Date.UTC(2026, 6, 1 + d)).toISOString().slice(0, 10);
  for (let k = 0; k < 3; k++) rows.push([date, CAMPAIGNS[(d + k) % 4], 20 + ((d * 7 + k * 3) % 11)]);
}
const h = harness({ spreadsheetLocale: 'en_US', userLocale: 'en' });
addSheet(h.emulator, 'Customers', rows);
const goal = process.argv[2] ?? 'Reach 80 customers by March 31, 2027';
const sheet = addSheet(h.emulator, 'Goals', [['Goal ID', 'Goal', 'KPI'], ['G1', goal, 'Customers']]);
h.run('checkGoals');
const v = sheet.getDataRange().getDisplayValues();
console.log(v[0].join(' | '));
console.log(v[1].join(' | '));
const ctx = h.run<any>('sidebarGetContext');
console.log(JSON.stringify(ctx.series.map((s: any) => [s.name, s.aggregation, s.latest])));
const two = rows.map((r) => [r[0], r[2]]);
const three = rows;
for (const [n, r] of [['two', two], ['three', three]] as const) {
  console.log(n, 'SMARTSCORE', h.run('SMARTSCORE', goal, r, '2026-11-26'));
  console.log(n, 'GOALVERDICT', h.run('GOALVERDICT', r, 80, '2027-03-31', '2026-11-26'));
  console.log(n, 'ACHIEVABILITY', h.run('ACHIEVABILITY', r, 80, '2027-03-31', '2026-11-26'));
}
