/**
 * tidy34, through the BUILT bundle on the emulator: BOTTOMUP read each driver column by itself (two columns, rows of one
 * date averaged), so a deals log (several deals a date) was a series of each day's average deal, not the weekly totals
 * GOALVERDICT, SMARTSCORE and Check goals read the same log in. Each column is now read by core `historyRange`, the
 * formulas' one reader: the log's three columns answer as its date and amount columns, and as its weeks' totals do.
 */
import { harness, seeded } from './workbook/harness';

const AS_OF = '2026-11-26';

/** Two years of deals, none to three on each working day (so many dates hold several rows). */
function dealsLog(header: readonly string[]): unknown[][] {
  const random = seeded(11);
  const rows: unknown[][] = [[...header]];
  for (let d = new Date(Date.UTC(2024, 10, 4)); d <= new Date(Date.UTC(2026, 10, 24)); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() === 0 || d.getUTCDay() === 6) continue;
    for (let k = Math.floor(random() * 3); k > 0; k--) rows.push([d.toISOString().slice(0, 10), `Customer ${rows.length}`, Math.round((6000 + random() * 14000) / 50) * 50]);
  }
  return rows;
}

/** The log's totals per week (weeks start on Monday; a week without a deal is 0), the week of `AS_OF` still running and left out. */
function weeklyTotals(log: unknown[][], header: string): unknown[][] {
  const monday = (iso: string): number => {
    const t = Date.parse(`${iso}T00:00:00Z`);
    return t - ((new Date(t).getUTCDay() + 6) % 7) * 86_400_000;
  };
  const weeks = new Map<number, number>();
  for (const [date, , amount] of log.slice(1)) weeks.set(monday(String(date)), (weeks.get(monday(String(date))) ?? 0) + Number(amount));
  const rows: unknown[][] = [[log[0][0], header]];
  const keys = [...weeks.keys()].sort((a, b) => a - b);
  for (let w = keys[0]; w < monday(AS_OF); w += 7 * 86_400_000) rows.push([new Date(w).toISOString().slice(0, 10), weeks.get(w) ?? 0]);
  return rows;
}

describe.each([
  ['en_US', ['Close date', 'Customer', 'Amount']],
  ['fr_FR', ['Date de signature', 'Client', 'Montant']],
] as const)('%s: BOTTOMUP over a deals log', (locale, header) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  const log = dealsLog(header);
  const two = log.map((row) => [row[0], row[2]]);
  const weeks = weeklyTotals(log, header[2]);
  const chance = (target: number, table: unknown[][]): number => h.run<number>('BOTTOMUP', target, '2027-03-31', table, AS_OF);

  it('reads the log per week, as its weekly totals read: three columns as its date and amount columns', () => {
    // About €60,000 a week: €1.0M by the end of March 2027 (18 weeks) is within reach, €1.6M hardly.
    const targets = [600_000, 1_000_000, 1_300_000, 1_600_000];
    const odds = targets.map((target) => chance(target, log));
    for (const [i, target] of targets.entries()) {
      expect(odds[i]).toBe(chance(target, two));
      expect(odds[i]).toBe(chance(target, weeks));
    }
    expect(odds[0]).toBeGreaterThan(0.9);
    expect(odds[3]).toBeLessThan(0.1);
    expect(odds[1]).toBeGreaterThan(odds[2]);
  });
});
