/**
 * A change on a summed KPI without a baseline ("Increase leads by 10% by June 2027"): the total to the deadline against
 * as many periods just before (core/achievability/per-period.ts `previousWindowTotal`), read so by Check goals and
 * SMARTSCORE alike (`statementQuestion`). Monthly rows dated the 1st, today 26 November 2026: the forecast adds December
 * to June (7 months), so the reference is the 7 months May – November 2026 — the window of days ending at the last row
 * held 8 rows (31 March – 1 November), and SMARTSCORE judged one month's level instead (100 against Check goals' 85).
 */
import { addSheet, harness, TODAY } from './harness';

const leads = (): unknown[][] => {
  const rows: unknown[][] = [['Month', 'Leads']];
  for (let i = 0; i < 23; i++) rows.push([`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, 380 + ((i * 13) % 40)]);
  return rows;
};
const MAY_TO_NOVEMBER = leads().slice(-7).reduce((sum: number, row) => sum + (row[1] as number), 0);

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Increase leads by 10% by June 2027', `Compared with ${MAY_TO_NOVEMBER.toLocaleString('en-US')} from May 1, 2026 to November 30, 2026`, 'SMART score', 'SMART notes'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Augmenter les leads de 10 % d’ici juin 2027', `Comparé à ${MAY_TO_NOVEMBER.toLocaleString('fr-FR').replace(/\s/g, '\u202f')} du 1er mai 2026 au 30 novembre 2026`, 'Score SMART', 'Remarques SMART'],
])('a relative change on a summed KPI (%s)', (locale, headers, sentence, note, scoreHeader, notesHeader) => {
  const h = harness({ spreadsheetLocale: locale });
  const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
  goals.getRange(1, 1, 2, 3).setValues([headers, ['G1', sentence, 'Leads']]);
  addSheet(h.emulator, 'Leads', leads());
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const at = (header: string): unknown => values[1][(values[0] as string[]).indexOf(header)];

  it('is compared with as many months as the forecast adds (7: May – November)', () => {
    expect(String(at(notesHeader))).toContain(note);
  });

  it('SMARTSCORE judges the same total against the same reference', () => {
    expect(typeof at(scoreHeader)).toBe('number');
    expect(h.addon.call('SMARTSCORE', sentence, leads(), TODAY)).toBe(at(scoreHeader));
  });
});
