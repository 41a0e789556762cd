/**
 * Issue 11, "Verdicts that tell one story" (review14's open item 2): G4 of the example workbook ("Increase our
 * conversion rate by 10% each month") had its target written 3.56 % in the plan report (the Conversion tab's own
 * 0.00 % format) and 3.6 % in Check goals' notes ("Target 3.6%: 2.9% … × 1.1²", whose arithmetic then did not hold),
 * and G1's 30 % target read "30.0%" in the report. One rule now writes a rate on every surface — three significant
 * digits, at least one decimal (`rateDecimals`, core/format.ts) — as text (`formatRate`) and as a cell format showing
 * the same digits (`rateNumberFormat`): the report's cells, Check goals' suggested-target cells, the notes and the
 * wizard's suggested target show the same digits, through the built bundle, in English and French.
 */
import type { AssessResponse, SeriesSummary } from '../../src/core/api';
import { harness } from './workbook/harness';

const CASES = [
  ['en_US', 'en', 'Goals', 'SMART notes', 'Suggested target', /^Target (\S+): (\S+) in the last full period/, /Aim for (\S+) by December 31, 2026 instead\./],
  ['fr_FR', 'fr', 'Objectifs', 'Remarques SMART', 'Cible suggérée', /^Cible (\S+\u202f%)\u202f: (\S+\u202f%) sur la dernière période complète/, /Visez plutôt (\S+\u202f%) d’ici le 31 décembre 2026\./],
] as const;

describe.each(CASES)('a rate’s value shows the same digits on every surface (%s)', (locale, lang, goalsTab, notesHeader, suggestedHeader, targetNote, aimNote) => {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  h.run('checkGoals');
  h.run('menuGeneratePlanReport');
  const book = (h.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActiveSpreadsheet();
  const goalsSheet = book.getSheetByName(goalsTab)!;
  const goals = goalsSheet.getDataRange().getValues();
  const shownGoals = goalsSheet.getDataRange().getDisplayValues();
  const header = goals[0] as string[];
  const rowOf = (id: string): number => goals.findIndex((r) => r[0] === id);
  const notes = String(goals[rowOf('G4')][header.indexOf(notesHeader)]);
  const report = book.getSheets().find((s) => /^(SMART plan|Plan SMART) /.test(s.getName()))!;
  const shownReport = report.getDataRange().getDisplayValues();
  // The report's goals table: the first row whose ID is G4 and whose target column shows a number.
  const goalsTableRow = (id: string): string[] => shownReport.find((r) => r[0] === id && /\d/.test(r[5]))!;

  it('G4’s target: the report’s cell shows the digits of Check goals’ note (3.56 %, was 3.56 % against 3.6 %)', () => {
    const [, target, last] = notes.split('\n').map((line) => targetNote.exec(line)).find((m) => m) ?? [];
    expect(target).toBe(lang === 'en' ? '3.56%' : '3,56\u202f%');
    expect(last).toBe(lang === 'en' ? '2.94%' : '2,94\u202f%');
    expect(goalsTableRow('G4')[5]).toBe(target);
  });

  it('G4’s suggested target: the notes, Check goals’ own cell, the report and the wizard write the same digits', () => {
    const aim = aimNote.exec(notes)?.[1];
    expect(aim).toBe(lang === 'en' ? '3.4%' : '3,4\u202f%');
    expect(shownGoals[rowOf('G4')][header.indexOf(suggestedHeader)]).toBe(aim);
    // The report's achievability table: ID, goal, baseline, suggested target…
    const achievability = shownReport.filter((r) => r[0] === 'G4').find((r) => /\d/.test(r[3]) && !/\d/.test(r[5]));
    expect(achievability?.[3]).toBe(aim);
    const context = h.run<{ series: SeriesSummary[] }>('sidebarGetContext');
    const conversion = context.series.find((s) => s.kpiId === 'conversion_rate')!;
    const wizard = h.run<AssessResponse>('sidebarAssess', {
      seriesId: conversion.id, sheetName: conversion.sheetName, catalogId: conversion.kpiId, baseline: conversion.defaultBaseline, direction: 'increase', target: 0.0356, deadline: '2026-12-31', aggregation: null,
    });
    expect(wizard.suggestedTargetText).toBe(aim);
  });

  it('G1’s whole 30 % target is "30 %" in the report as in the sentence, not "30.0 %"', () => {
    expect(goalsTableRow('G1')[5]).toBe(lang === 'en' ? '30%' : '30\u202f%');
  });
});
