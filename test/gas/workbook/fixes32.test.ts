/**
 * Content findings of review 10 (fixes32), through the BUILT add-on (dist/Code.js) on the emulator where they are what
 * users read, and on core where the rule lives.
 */
import { t } from '../../../src/core/messages';
import { translator } from '../../../src/core/messages/translate';
import { harness } from './harness';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The example workbook's plan report, as displayed. */
function exampleReport(locale: string, lang: string): string[][] {
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  h.run('insertExampleWorkbook');
  const { sheetName } = h.run<{ sheetName: string }>('generatePlanReport');
  return (h.emulator.spreadsheet.getSheetByName(sheetName) as Sheet).getDataRange().getDisplayValues();
}

const reports = new Map<string, string[][]>();
function report(locale: 'fr_FR' | 'en_US'): string[][] {
  if (!reports.has(locale)) reports.set(locale, exampleReport(locale, locale.slice(0, 2)));
  return reports.get(locale) as string[][];
}

/** The rows of one goal's block in the Recommendations section. */
function recommendation(values: string[][], heading: string, id: string): string[][] {
  const start = values.findIndex((r) => r[0] === heading);
  const first = values.findIndex((r, i) => i > start && r[0] === id);
  // The goal's row, then its Problem and Fix rows.
  return values.slice(first + 1, first + 3);
}

describe('K1 (F1): a French clause after a colon keeps goal IDs and names as typed', () => {
  const tr = translator({ en: { m: '{c}: {x}' }, fr: { m: '{c}\u00a0: {x!}' } });
  it.each([
    ['Seulement 2 points', 'seulement 2 points'],
    ['S-Q1, S-Q2 totalisent 104', 'S-Q1, S-Q2 totalisent 104'],
    ['G1 dépasse', 'G1 dépasse'],
    ['KPI inconnu', 'KPI inconnu'],
    ['Équipe Nord dépasse', 'équipe Nord dépasse'],
  ])('fr: « %s » → « %s »', (text, clause) => {
    expect(tr('fr', 'm', { c: 'Pertinent', x: text })).toBe(`Pertinent\u00a0: ${clause}`);
  });
  it('the caller keeps a value that starts with a name (« Équipe Nord »); English is never changed', () => {
    expect(tr('fr', 'm', { c: 'Pertinent', x: 'Équipe Nord dépasse' }, ['x'])).toBe('Pertinent\u00a0: Équipe Nord dépasse');
    expect(tr('en', 'm', { c: 'Relevant', x: 'Only 2 points' })).toBe('Relevant: Only 2 points');
    expect(t('fr', 'check.note.criterion', { criterion: 'Pertinent', text: 'Équipe Nord dépasse' }, ['text'])).toBe('Pertinent\u00a0: Équipe Nord dépasse');
  });

  it.each([
    ['fr_FR', 'Recommandations', 'Pertinent\u00a0: S-Q1, S-Q2, S-Q3, S-Q4 (T1–T4) totalisent'],
    ['en_US', 'Recommendations', 'Relevant: S-Q1, S-Q2, S-Q3, S-Q4 (Q1–Q4) sum to'],
  ] as const)('%s report: the sum mismatch of S is said once, its IDs upper-case', (locale, heading, start) => {
    const rows = recommendation(report(locale), heading, 'S');
    const problem = rows[0][1];
    expect(rows[1][0]).toMatch(/^(Correction|Fix)$/);
    expect(problem.startsWith(start)).toBe(true);
    // Was said twice: the lower-cased copy (« s-Q1 ») no longer matched the alignment issue.
    expect(problem.split('S-Q4').length - 1).toBe(1);
    expect(problem).not.toMatch(/s-Q1/);
  });
});
