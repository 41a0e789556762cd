/**
 * Review 24 (a revenue-ops lead in India on an en_IN sheet, a sales manager in Switzerland on a fr_CH one), through the
 * BUILT bundle: amounts typed the way those sheets write them ("₹2 crore", "50 lakh", "₹52,00,000", "CHF 1'350'000",
 * "480'000.50") are numbers in Target cells and formula arguments; English messages in an Indian locale write rupees
 * with "₹" and the lakh grouping an en_IN cell shows ("₹66,40,000", was "INR 6,640,000" beside a "₹66,40,000" cell); and
 * a goal stated in another currency than the tab its words link ("$20,000" beside rupees, « 45 000 € » beside francs:
 * both were "on track, >99 %") is not judged on that tab.
 */
import { addSheet, harness } from './workbook/harness';

describe('amounts typed the Indian and the Swiss way', () => {
  it('en_IN: rupee signs, lakh grouping, lakh and crore (and "L" for lakh) are read', () => {
    const h = harness({ spreadsheetLocale: 'en_IN' });
    const value = (text: string) => h.addon.call<number>('GOALPROGRESS', 0, 1, text);
    expect(value('₹2 crore')).toBe(20_000_000);
    expect(value('Rs. 1.5 Cr')).toBe(15_000_000);
    expect(value('50 lakh')).toBe(5_000_000);
    expect(value('₹45L')).toBe(4_500_000);
    expect(value('₹52,00,000')).toBe(5_200_000);
    expect(value('INR 5,00,000')).toBe(500_000);
    expect(() => value('₹5,0,000')).toThrow(/^Not a number/);
  });

  it('"L" is a lakh only in an Indian locale; the words are read everywhere', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    expect(() => h.addon.call('GOALPROGRESS', 0, 1, '45L')).toThrow(/^Not a number/);
    expect(h.addon.call('GOALPROGRESS', 0, 1, '2 crore')).toBe(20_000_000);
  });

  it('fr_CH: apostrophe groups read (with a decimal point or comma), French numbers still read; fr_FR keeps refusing them', () => {
    const h = harness({ spreadsheetLocale: 'fr_CH' });
    const value = (text: string) => h.addon.call<number>('GOALPROGRESS', 0, 1, text);
    expect(value("CHF 1'350'000")).toBe(1_350_000);
    expect(value('480’000.50')).toBe(480_000.5);
    expect(value("1'234,50")).toBe(1234.5);
    expect(value('4,3 %')).toBeCloseTo(0.043, 10);
    expect(value('1 234,5')).toBe(1234.5);
    expect(() => value("12'34")).toThrow(/^Nombre invalide/);
    const france = harness({ spreadsheetLocale: 'fr_FR' });
    expect(() => france.addon.call('GOALPROGRESS', 0, 1, "1'234,50")).toThrow(/^Nombre invalide/);
  });
});

function monthly(count: number, value: (i: number) => number): unknown[][] {
  return Array.from({ length: count }, (_, i) => [new Date(Date.UTC(2024, 11 + i, 1, 12)), value(i)]);
}

function checkedNotes(locale: string, tab: string, format: string, goals: unknown[][], history: unknown[][]): { notes: string[]; verdicts: string[]; header: unknown[] } {
  const h = harness({ spreadsheetLocale: locale, timeZone: locale === 'en_IN' ? 'Asia/Kolkata' : 'Europe/Zurich' });
  const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const sheet = ss.getActiveSheet();
  sheet.setName(locale.startsWith('fr') ? 'Objectifs' : 'Goals');
  sheet.getRange(1, 1, goals.length, goals[0].length).setValues(goals as string[][]);
  const kpi = addSheet(h.emulator, tab, [['Month', tab], ...history]);
  kpi.getRange(2, 2, history.length, 1).setNumberFormat(format);
  h.run('checkGoals');
  const values = sheet.getDataRange().getValues();
  const header = values[0];
  const column = (names: string[]) => header.findIndex((v) => names.includes(String(v)));
  const notes = values.slice(1).map((row) => String(row[column(['SMART notes', 'Remarques SMART'])]));
  const verdicts = values.slice(1).map((row) => String(row[column(['Verdict'])]));
  return { notes, verdicts, header };
}

describe('Check goals in an Indian sheet', () => {
  const history = monthly(24, (i) => 4_000_000 + 40_000 * i + (i % 3) * 150_000);
  it('reads "₹2 crore" and "50 lakh" in the Target column and writes rupees with their sign', () => {
    const { notes } = checkedNotes('en_IN', 'Revenue', '[$₹-4009]#,##,##0', [
      ['ID', 'Goal', 'KPI', 'Target'],
      ['G1', 'Grow monthly revenue by March 31, 2027', 'Revenue', '₹2 crore'],
      ['G2', 'Grow monthly revenue by March 31, 2027', 'Revenue', '50 lakh'],
    ], history);
    expect(notes[0]).not.toMatch(/not a number/);
    expect(notes[1]).not.toMatch(/not a number/);
    // The unrealistic 2-crore month gets a suggestion in rupees (never "INR 6,640,000"), in lakh groups since fmt63
    // ("₹58,20,000", was "₹5,820,000"), which reads back as written.
    expect(notes[0]).toMatch(/Aim for ₹\d{1,2},\d\d,\d{3} by/);
    expect(notes.join('\n')).not.toMatch(/INR/);
    const suggestion = /Aim for (₹[\d,]+) by/.exec(notes[0])?.[1] ?? '';
    const h = harness({ spreadsheetLocale: 'en_IN' });
    const parsed = h.addon.call<unknown[][]>('SMARTPARSE', `Increase revenue to ${suggestion} by March 31, 2027`, '2026-12-03');
    expect(parsed[0][3]).toBe(Number(suggestion.replace(/[₹,]/g, '')));
  });

  it('the plan report\'s axis names rupees for a column Sheets formats "[$₹-4009]…" (it said "Revenue ($)": the bracket\'s "$")', () => {
    const h = harness({ spreadsheetLocale: 'en_IN', timeZone: 'Asia/Kolkata' });
    const ss = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    ss.getActiveSheet().setName('Goals');
    ss.getActiveSheet().getRange(1, 1, 2, 3).setValues([['ID', 'Goal', 'KPI'], ['G1', 'Grow monthly revenue to ₹60,00,000 by March 31, 2027', 'Revenue']]);
    addSheet(h.emulator, 'Revenue', [['Month', 'Revenue'], ...history]).getRange(2, 2, history.length, 1).setNumberFormat('[$₹-4009]#,##,##0');
    h.run('generatePlanReport');
    const titles = h.emulator.context.model.sheets.flatMap((sheet) => sheet.charts.map((chart) => chart.options['vAxis.title']));
    expect(titles).toContain('Revenue (₹)');
  });

  it('a goal in dollars is not judged on a rupee tab its words link (it was "on track, >99 %")', () => {
    const { notes, verdicts } = checkedNotes('en_IN', 'Revenue', '[$₹-4009]#,##,##0', [
      ['ID', 'Goal'],
      ['G1', 'A sales representative is expected to generate $20,000 in revenue from new customer acquisitions within the next quarter.'],
      ['G2', 'Grow monthly revenue to ₹50,00,000 by March 31, 2027'],
    ], history);
    expect(notes[0]).toContain('The goal is in $, the KPI tab in ₹: nothing is converted. State the goal in the tab’s currency.');
    expect(verdicts[0]).toBe('');
    expect(verdicts[1]).not.toBe('');
  });
});

describe('Check goals in a Swiss French sheet', () => {
  const history = monthly(24, (i) => 400_000 + 3_000 * i + (i % 4) * 20_000 + 0.5);
  it('reads "CHF 1\'350\'000" in the Target column; a goal in euros is not judged on a tab in francs', () => {
    const { notes, verdicts } = checkedNotes('fr_CH', "Chiffre d'affaires", '#,##0.00" CHF"', [
      ['Réf', 'Objectif', 'Indicateur', 'Cible'],
      ['M1', "Porter le chiffre d'affaires mensuel d'ici le 31.03.2027", "Chiffre d'affaires", "CHF 1'350'000"],
      ['E1', 'Réaliser 45 000€ de CA sur le mois de janvier, soit 6 ventes avec un panier moyen de 7 500€.', '', ''],
    ], history);
    expect(notes[0]).not.toMatch(/n’est pas un nombre/);
    expect(notes[0]).toMatch(/Visez plutôt \d{3}\u202f\d{3}\u00a0CHF/);
    expect(notes[1]).toContain('L’objectif est en €, l’onglet KPI en CHF\u202f: rien n’est converti. Indiquez l’objectif dans la devise de l’onglet.');
    expect(verdicts[1]).toBe('');
  });
});
