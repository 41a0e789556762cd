/**
 * Review 5, "verdicts and writes that do not hold together", through the BUILT bundle on the emulator, FR and EN.
 * F3: a goal whose deadline has passed has a verdict of its own (met / missed), not "insufficient data", is counted apart
 * in the plan report, and its Time-bound criterion is judged by the one core rule SMARTSCORE uses (already past: to improve).
 */
import { harness, TODAY, type Harness } from './harness';

type Grid = unknown[][];

const LANG = {
  fr_FR: { goals: 'Objectifs', verdict: 'Verdict', time: 'T – Temporel', score: 'Score SMART', flag: 'Contrôle', notes: 'Remarques SMART' },
  en_US: { goals: 'Goals', verdict: 'Verdict', time: 'T – Time-bound', score: 'SMART score', flag: 'Check', notes: 'SMART notes' },
} as const;
type Locale = keyof typeof LANG;

function example(locale: Locale): Harness {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  h.run('insertExampleWorkbook');
  return h;
}

function addRows(h: Harness, locale: Locale, rows: unknown[][]): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = h.emulator.spreadsheet.getSheetByName(LANG[locale].goals) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  const last = sheet.getLastRow();
  const width = Math.max(...rows.map((r) => r.length));
  sheet.getRange(last + 1, 1, rows.length, width).setValues(rows.map((r) => [...r, ...new Array(width - r.length).fill('')]) as string[][]);
  return sheet;
}

/** Cells of the row whose first cell is `id`, by header. */
function rowOf(values: Grid, id: string): Record<string, unknown> {
  const header = values[0] as string[];
  const row = values.find((r) => r[0] === id);
  if (!row) throw new Error(`no row ${id}`);
  return Object.fromEntries(header.map((name, i) => [name, row[i]]));
}

function reportValues(h: Harness): Grid {
  const sheet = h.emulator.spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()));
  if (!sheet) throw new Error('no report');
  return sheet.getDataRange().getValues();
}

describe.each([
  ['fr_FR', 'Atteindre 40 000 € de chiffre d’affaires mensuel d’ici fin juin 2026', 'Chiffre d’affaires', '40 000 €', '30/06/2026', 'échéance dépassée — atteinte', 'données insuffisantes'],
  ['en_US', 'Reach $40,000 monthly revenue by end of June 2026', 'Revenue', '$40,000', '6/30/2026', 'deadline passed — met', 'insufficient data'],
] as const)('F3 a passed deadline (%s)', (locale, sentence, kpi, target, deadline, passedMet, insufficient) => {
  const h = example(locale);
  const sheet = addRows(h, locale, [['P1', sentence, kpi, 'Emma', '', target, '', deadline]]);
  h.run('checkGoals');
  const row = rowOf(sheet.getDataRange().getValues(), 'P1');
  const l = LANG[locale];

  it('gets a verdict of its own, with its outcome, not "insufficient data"', () => {
    expect(row[l.verdict]).toBe(passedMet);
    expect(String(row[l.notes])).toMatch(locale === 'fr_FR' ? /Échéance dépassée \(30 juin 2026\)/ : /Deadline passed \(30 June 2026\)/);
  });

  it('is judged Time-bound like SMARTSCORE judges it (already past), with the same score', () => {
    expect(row[l.time]).not.toBe('OK');
    expect(row[l.score]).toBe(h.addon.call('SMARTSCORE', sentence, null, TODAY));
  });

  it('is counted apart in the plan report, not under "insufficient data"', () => {
    h.run('generatePlanReport');
    const cells = reportValues(h).flat().map(String);
    expect(cells).toContain(passedMet);
    expect(cells).not.toContain(insufficient);
  });
});
