/**
 * fixes63, item 2: the quarterly milestones Check goals and the report propose split a year's path evenly by quarter
 * count — a level rising from today (26 November 2026) to 31 December 2027 got a quarter of the gap by 31 March, though
 * 125 of the 400 days are gone by then — and a total with no seasonal history got four equal quarters of 90, 91 and 92
 * days. They now follow the days in each quarter (the KPI's seasonal share where its history gives one), and a fiscal
 * year's quarters the Settings' fiscal start.
 */
import { addSheet, harness } from './harness';

/** Ten weeks of a flat 25 % close rate and of 20 deals a week: too short for any seasonal share. */
function weekly(value: number): unknown[][] {
  return Array.from({ length: 10 }, (_, i) => [new Date(Date.UTC(2026, 8, 14 + 7 * i)).toISOString().slice(0, 10), value]);
}

function notesOf(rows: unknown[][], fiscalStart?: number): string[] {
  const h = harness({ spreadsheetLocale: 'en_US', timeZone: 'Europe/Paris' });
  if (fiscalStart) h.run('sidebarSaveSettings', { fiscalYearStartMonth: fiscalStart });
  addSheet(h.emulator, 'Close rate', [['Week', 'Close rate'], ...weekly(0.25)]);
  addSheet(h.emulator, 'Deals', [['Week', 'Deals closed'], ...weekly(20)]);
  const goals = addSheet(h.emulator, 'Goals', [['ID', 'Goal', 'KPI', 'Baseline', 'Target', 'Start', 'Deadline'], ...rows]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const notes = values[0].indexOf('SMART notes');
  return values.slice(1).map((row) => String(row[notes]));
}

const numbers = (text: string): number[] => [...text.matchAll(/Q\d(?: \d{4})? ([\d,.]+)/g)].map((m) => Number(m[1].replace(/,/g, '')));

describe('quarterly milestones by the days in each quarter', () => {
  it('a level’s path reaches each quarter’s end in proportion to the days gone since today', () => {
    const [note] = notesOf([['G1', 'Raise the close rate to 35% by December 31, 2027', 'Close rate', '', '', '', '']]);
    const path = /Proposed quarterly milestones from the current level \(25%\) to the target: (.*)\./.exec(note);
    expect(path).not.toBeNull();
    // 125, 216 and 308 of the 400 days from 26 November 2026 to 31 December 2027: 25 % + 10 points × each share.
    expect(numbers(path![1])).toEqual([28.1, 30.4, 32.7, 35]);
  });

  it('a total with no seasonal history is shared by days (90, 91, 92 and 92 of 365), its parts adding up', () => {
    const [note] = notesOf([['G1', 'Close 1000 deals in 2027', 'Deals', '', 1000, '2027-01-01', '2027-12-31']]);
    const split = /No seasonal history for this KPI: quarterly split by days (.*)\./.exec(note);
    expect(split).not.toBeNull();
    expect(numbers(split![1])).toEqual([247, 249, 252, 252]);
  });

  it('a fiscal year from April is split into its own quarters, by their days (91, 92, 92 and 91 of 366)', () => {
    const [note] = notesOf([['G1', 'Close 1000 deals in FY28', 'Deals', '', 1000, '2027-04-01', '2028-03-31']], 4);
    const split = /quarterly split by days (.*)\./.exec(note);
    expect(split).not.toBeNull();
    expect(split![1]).toMatch(/^Q1 2028 /);
    expect(numbers(split![1])).toEqual([249, 251, 251, 249]);
  });
});
