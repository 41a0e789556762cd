/**
 * =BOTTOMUP() and Check goals plan with the same saved Settings, through the
 * BUILT bundle on the emulator, in English and French: on the example's sales
 * goal (G5) planned as "Revenue = Sales reps × Revenue per rep", the function
 * given the same driver histories gives Check goals' bottom-up chance, under
 * the default team plan and under a saved one whose planned hires move the
 * headcount; its "capacity" reading is Check goals' capacity line. The
 * function runs in AuthMode.CUSTOM_FUNCTION (Properties may be read there:
 * developers.google.com/apps-script/guides/sheets/functions, "Use Apps Script
 * services").
 */
import type { SettingsView } from '../../src/core/api';
import { formatValue } from '../../src/core/format';
import { t } from '../../src/core/messages';
import type { Lang } from '../../src/core/types';
import { bridged } from '../../src/local/script-run';
import { addSheet, harness, TODAY, type Harness } from './workbook/harness';
import { chanceForCell } from '../../src/core/achievability';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const PER_REP: Record<Lang, string> = { en: 'Revenue per rep', fr: 'CA par commercial' };
const TARGET = 170_000;

interface Book {
  h: Harness;
  ss: Spreadsheet;
  lang: Lang;
  /** Month, reps, revenue per rep: the driver table a formula user would point BOTTOMUP at. */
  table: unknown[][];
  deadline: Date;
}

function book(lang: Lang): Book {
  const h = harness(lang === 'fr' ? { spreadsheetLocale: 'fr_FR', userLocale: 'fr' } : { spreadsheetLocale: 'en_US', userLocale: 'en' });
  h.run('insertExampleWorkbook');
  const ss = h.emulator.spreadsheet as unknown as Spreadsheet;
  const sheet = (key: Parameters<typeof t>[1]) => ss.getSheetByName(t(lang, key)) as Sheet;
  const sales = sheet('example.sheet.sales').getDataRange().getValues();
  const team = sheet('example.sheet.team').getDataRange().getValues();
  const repsOn = new Map(team.slice(1).map((r) => [(r[0] as Date).getTime(), r[1] as number]));
  const month = t(lang, 'example.header.month');
  const reps = t(lang, 'example.header.reps');
  // Revenue per rep on the months both tabs have: revenue = reps × revenue per rep, exactly.
  const rows = sales.slice(1).flatMap((r) => {
    const headcount = repsOn.get((r[0] as Date).getTime());
    return headcount ? [[r[0], headcount, (r[1] as number) / headcount]] : [];
  });
  expect(rows.length).toBeGreaterThan(12);
  addSheet(h.emulator, PER_REP[lang], [[month, PER_REP[lang]], ...rows.map((r) => [r[0], r[2]])]);
  // The Drivers tab plans revenue through the team: the tree now has a headcount driver.
  const drivers = sheet('example.sheet.drivers');
  const formula = `${t(lang, 'example.header.revenue')} = ${reps} × ${PER_REP[lang]}`;
  drivers.getRange(3, 1).setValue(formula);
  const goals = sheet('example.sheet.goals');
  const values = goals.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === 'G5');
  goals.getRange(row + 1, 6).setValue(TARGET);
  return { h, ss, lang, table: [[month, reps, PER_REP[lang]], ...rows], deadline: values[row][7] as Date };
}

/** G5's bottom-up chance (the owned column's value) and notes after Check goals. */
function checked(b: Book): { chance: number; notes: string } {
  b.h.run('checkGoals');
  const values = b.ss.getSheetByName(t(b.lang, 'example.sheet.goals'))!.getDataRange().getValues();
  const header = values[0].map(String);
  const g5 = values.find((r) => r[0] === 'G5')!;
  const chance = g5[header.indexOf(t(b.lang, 'col.bottomUp'))];
  expect(typeof chance).toBe('number');
  return { chance: chance as number, notes: String(g5[header.length - 1]) };
}

function bottomUp(b: Book, reading?: string): number {
  b.h.emulator.setAuthMode('CUSTOM_FUNCTION');
  try {
    return b.h.run<number>('BOTTOMUP', TARGET, b.deadline, b.table, TODAY, '', '', reading ?? '');
  } finally {
    b.h.emulator.setAuthMode('FULL');
  }
}

describe.each(['en', 'fr'] as const)('BOTTOMUP and Check goals agree under a saved team plan (%s)', (lang) => {
  const b = book(lang);
  const sidebar = bridged(b.h.addon);
  const before = checked(b);
  const functionBefore = bottomUp(b);
  const capacityBefore = bottomUp(b, lang === 'fr' ? 'capacité' : 'capacity');
  const settings = b.h.emulator.runExecution(() => sidebar.call<SettingsView>('sidebarGetSettings'));
  const plan = { ramp: [0.5, 1], hires: [{ date: '2027-01-15', count: 3 }], coverageThreshold: 1.2 };
  b.h.emulator.runExecution(() => sidebar.call('sidebarSaveSettings', { ...settings, plan }));
  const after = checked(b);
  const functionAfter = bottomUp(b);
  const capacityAfter = bottomUp(b, 'CAPACITY');

  it('plans G5 with the headcount tree', () => {
    expect(before.notes).toContain(t(lang, 'example.header.reps'));
    expect(before.chance).toBeGreaterThan(0);
    expect(before.chance).toBeLessThan(1);
  });

  it('gives the same chance as Check goals under the default team plan', () => {
    // To a tenth of a percent in a cell (fixes56, core `chanceForCell`).
    expect(functionBefore).toBe(chanceForCell(before.chance));
  });

  it('gives the same chance under saved planned hires, which raise it; both say the reading includes them', () => {
    expect(after.chance).toBeGreaterThan(before.chance);
    expect(functionAfter).toBe(chanceForCell(after.chance));
    expect(after.notes).toContain(t(lang, 'drivers.trust.planned-change'));
    expect(before.notes).not.toContain(t(lang, 'drivers.trust.planned-change'));
  });

  it('reads Check goals’ capacity line with the planned hires', () => {
    const currency = lang === 'fr' ? 'EUR' : 'USD';
    expect(capacityAfter).toBeGreaterThan(capacityBefore);
    expect(before.notes).toContain(`= ${formatValue(capacityBefore, 'currency', lang, currency)}`);
    expect(after.notes).toContain(`= ${formatValue(capacityAfter, 'currency', lang, currency)}`);
  });
});
