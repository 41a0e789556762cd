/**
 * Review 5, "verdicts and writes that do not hold together", through the BUILT bundle on the emulator, FR and EN.
 * F3: a goal whose deadline has passed has a verdict of its own (met / missed), not "insufficient data", is counted apart
 * in the plan report, and its Time-bound criterion is judged by the one core rule SMARTSCORE uses (already past: to improve).
 */
import { harness, addSheet, TODAY, type Harness } from './harness';

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
    expect(String(row[l.notes])).toMatch(locale === 'fr_FR' ? /Échéance dépassée \(30 juin 2026\)/ : /Deadline passed \(June 30, 2026\)/);
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

/** A fresh workbook: a goals tab and KPI tabs, typed as a user types them. */
function fresh(locale: Locale, goals: unknown[][], tabs: Record<string, unknown[][]>): { h: Harness; sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  for (const [name, rows] of Object.entries(tabs)) addSheet(h.emulator, name, rows);
  const sheet = addSheet(h.emulator, LANG[locale].goals, goals);
  return { h, sheet };
}

/** 20 weekly close rates of 24–26 % from 12 July 2026, the latest an odd row (`latest`). */
function closeRates(header: string, latest = 0.45): unknown[][] {
  const rows: unknown[][] = [['Week', header]];
  for (let i = 0; i < 20; i++) rows.push([new Date(Date.UTC(2026, 6, 12) + i * 7 * 86_400_000).toISOString().slice(0, 10), 0.24 + (i % 3) / 100]);
  rows[20][1] = latest;
  return rows;
}

describe.each([
  ['fr_FR', 'Taux de conclusion', 'Porter le taux de conclusion à 30 % d’ici fin décembre 2026', 'Porter le taux de conclusion à 30 % d’ici fin décembre 2027', /Jalons trimestriels proposés du niveau actuel \((20) %\) à la cible : T1 ([\d,]+) % · T2 ([\d,]+) % · T3 ([\d,]+) % · T4 30 %\./u, /répartition|T\d [\d,]+ %/],
  ['en_US', 'Close rate', 'Raise the close rate to 30% by end of December 2026', 'Raise the close rate to 30% by end of December 2027', /Proposed quarterly milestones from the current level \((20)%\) to the target: Q1 ([\d.]+)% · Q2 ([\d.]+)% · Q3 ([\d.]+)% · Q4 30%\./, /split|Q\d [\d.]+%/],
] as const)('F5 quarterly milestones of a rate goal (%s)', (locale, kpi, soon, nextYear, path, anySplit) => {
  const header = locale === 'fr_FR' ? ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Référence', 'Cible', 'Début', 'Échéance'] : ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline'];
  // The latest week an odd 20 %: the verdict starts there (core/achievability/baseline.ts), so the path does too (fixes44).
  const { h, sheet } = fresh(locale, [header, ['G1', soon, kpi, 'Emma', '', 0.3, '', '2026-12-31'], ['G2', nextYear, kpi, 'Emma', '', 0.3, '', '2027-12-31']], { [kpi]: closeRates(kpi, 0.2) });
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const notes = (id: string): string => String(rowOf(values, id)[LANG[locale].notes]).replace(/[\u202f\u00a0]/g, ' ');

  it('proposes no split when fewer than two quarters are left before the deadline', () => {
    expect(notes('G1')).not.toMatch(anySplit);
  });

  it('words a rate’s milestones as a path up from where its verdict starts (the latest value), quarters still ahead only', () => {
    const match = path.exec(notes('G2'));
    expect(match).not.toBeNull();
    const [level, ...steps] = match!.slice(1, 5).map((v) => Number(v.replace(',', '.')));
    expect(level).toBe(20);
    expect(steps[0]).toBeGreaterThan(level);
    expect(steps[0]).toBeLessThan(steps[1]);
    expect(steps[1]).toBeLessThan(steps[2]);
    expect(steps[2]).toBeLessThan(30);
    // Nor is the goal "already met" on that one odd row (F8.7's rule asks the forecast too).
    expect(notes('G2')).not.toMatch(/Already met|Déjà atteint/);
  });

  it('the plan report shows that start in its Baseline column: its row, its path and its verdict tell one story (fixes44)', () => {
    h.run('generatePlanReport');
    const rows = reportValues(h).filter((r) => r[0] === 'G2');
    // The verdict table (ID, goal, baseline, suggested target, probability, verdict, score): the latest value, 20 %.
    expect(rows.some((r) => r[2] === 0.2)).toBe(true);
  });

  it('near miss: an odd latest row already above the target gets no path (a level past its target), as its verdict starts there', () => {
    const odd = fresh(locale, [header, ['G2', nextYear, kpi, 'Emma', '', 0.3, '', '2027-12-31']], { [kpi]: closeRates(kpi, 0.45) });
    odd.h.run('checkGoals');
    expect(String(rowOf(odd.sheet.getDataRange().getValues(), 'G2')[LANG[locale].notes])).not.toMatch(anySplit);
  });
});

describe.each([
  ['fr_FR', 'Porter le taux de conclusion à 30 % d’ici fin mars 2027', 'Taux de conclusion', /^Même objectif que la ligne (\d+)\.$/m, '⚠ À revoir'],
  ['en_US', 'Raise the close rate to 30% by end of March 2027', 'Close rate', /^Same goal as row (\d+)\.$/m, '⚠ Review'],
] as const)('F6 Check goals notes an exact duplicate row (%s)', (locale, sentence, kpi, note, review) => {
  const h = example(locale);
  const sheet = addRows(h, locale, [
    ['D1', sentence, kpi, 'Emma', '', 0.3, '', '2027-03-31'],
    ['D2', sentence, kpi, 'Emma', '', 0.3, '', '2027-03-31'],
  ]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const l = LANG[locale];

  it('on the later row, naming the first; the first row says nothing of it', () => {
    const first = rowOf(values, 'D1');
    const second = rowOf(values, 'D2');
    const match = note.exec(String(second[l.notes]));
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBe(values.findIndex((r) => r[0] === 'D1') + 1);
    expect(second[l.flag]).toBe(review);
    expect(String(first[l.notes])).not.toMatch(note);
  });
});

describe.each([
  ['fr_FR', 'Porter le taux de conclusion à 27 % d’ici fin mars 2027', 'Taux de conclusion', 'Des pourcentages saisis en nombres entiers (27) ont été lus comme des pourcentages (27\u202f%).', 'lus comme des pourcentages'],
  ['en_US', 'Raise the close rate to 27% by end of March 2027', 'Close rate', 'Percent values typed as whole numbers (27) were read as percentages (27%).', 'read as percentages'],
] as const)('F8.1 the rescale note (%s)', (locale, sentence, kpi, note, words) => {
  const h = example(locale);
  const sheet = addRows(h, locale, [['P4', sentence, kpi, 'Emma', '', 27, '', '2027-03-31']]);
  h.run('checkGoals');
  const row = rowOf(sheet.getDataRange().getValues(), 'P4');

  it('names the cell’s own value', () => {
    expect(String(row[LANG[locale].notes]).split('\n')).toContain(note);
  });

  it('is information: not a reason to flag the row, not a problem in the plan report', () => {
    expect(row[LANG[locale].flag]).not.toMatch(/⚠/);
    h.run('generatePlanReport');
    expect(reportValues(h).flat().filter((cell) => String(cell).includes(words))).toEqual([]);
  });
});

describe.each([
  ['fr_FR', 'Remarque libre sous le tableau : revoir en janvier', 'Atteindre 60 nouveaux clients d’ici fin juin 2027', /Ligne (\d+)\u202f: texte sous le tableau, lu comme une remarque, pas un objectif\./g],
  ['en_US', 'Free remark under the table: review in January', 'Win 60 new accounts by end of June 2027', /Row (\d+): text under the table, read as a remark, not a goal\./g],
] as const)('F8.2 free text under the table (%s)', (locale, remark, goal, said) => {
  const h = example(locale);
  const sheet = h.emulator.spreadsheet.getSheetByName(LANG[locale].goals) as unknown as GoogleAppsScript.Spreadsheet.Sheet;
  const last = sheet.getLastRow();
  // A blank row, the remark alone in the Goal column; a blank row, a goal sentence alone (it has a number: still a goal).
  sheet.getRange(last + 2, 2).setValue(remark);
  sheet.getRange(last + 4, 2).setValue(goal);
  const summary = h.run<{ message: string; checked: number }>('checkGoals');
  const values = sheet.getDataRange().getValues();
  const score = (row: number): unknown => values[row - 1][(values[0] as string[]).indexOf(LANG[locale].score)];

  it('is skipped as a remark, said once in the run’s summary; a sentence with a number stays a goal', () => {
    expect(score(last + 2)).toBe('');
    expect([...summary.message.matchAll(said)].map((m) => Number(m[1]))).toEqual([last + 2]);
    expect(typeof score(last + 4)).toBe('number');
  });
});

describe.each([
  ['fr_FR', 'Taux de conclusion', 'Porter le taux de conclusion à 30 % d’ici fin mars 2027', 'Plusieurs lignes de l’onglet «\u202fTaux de conclusion\u202f» sont datées du 22 novembre 2026\u202f: Vérifier les objectifs retient la dernière (les formules en font la moyenne).'],
  ['en_US', 'Close rate', 'Raise the close rate to 30% by end of March 2027', 'Several rows of the “Close rate” tab are dated November 22, 2026: Check goals uses the last one (the formulas average them).'],
] as const)('F8.3 a date given twice in a KPI tab (%s)', (locale, kpi, sentence, note) => {
  const header = locale === 'fr_FR' ? ['ID', 'Objectif', 'Indicateur', 'Responsable', 'Référence', 'Cible', 'Début', 'Échéance'] : ['Goal ID', 'Goal', 'KPI', 'Owner', 'Baseline', 'Target', 'Start', 'Deadline'];
  const rates = closeRates(kpi);
  rates[20][1] = 0.25;
  // A "correction" row below the table, on the latest date already there (22 November 2026).
  rates.push([rates[20][0], 0.45]);
  const { h, sheet } = fresh(locale, [header, ['R1', sentence, kpi, 'Emma', '', 0.3, '', '2027-03-31']], { [kpi]: rates });
  h.run('checkGoals');

  it('is said in the goal’s notes, naming the date and the rule used', () => {
    expect(rates[20][0]).toBe('2026-11-22');
    expect(String(rowOf(sheet.getDataRange().getValues(), 'R1')[LANG[locale].notes]).split('\n')).toContain(note);
  });
});

describe.each([
  ['fr_FR', 'Un taux est compris entre 0 et 100\u202f%\u202f: vérifiez la cible.'],
  ['en_US', 'A rate is between 0 and 100%: check the target.'],
] as const)('F8.7 GOALVERDICT on a rate target outside 0–100 %% (%s)', (locale, message) => {
  const h = harness({ spreadsheetLocale: locale });
  const history = closeRates('Close rate').slice(1, 20);

  it('says a rate is between 0 and 100 %, not "unrealistic" (a custom function\'s error, as its other bad inputs)', () => {
    for (const target of [-1, 5]) expect(() => h.addon.call('GOALVERDICT', history, target, '2027-03-31', TODAY)).toThrow(message);
    expect(typeof h.addon.call('GOALVERDICT', history, 0.26, '2027-03-31', TODAY)).toBe('string');
  });
});
