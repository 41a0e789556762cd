/**
 * wk57 (audit57, finding 3), through the BUILT bundle on the emulator: the spreadsheet's locale, as
 * `getSpreadsheetLocale` gives it, decides what "this week" means. An en_US sheet's week runs Sunday–Saturday (CLDR
 * `firstDay`; Sheets' WEEKNUM/WEEKDAY count from Sunday by default), an fr_FR one's Monday–Sunday. On Sunday
 * 6 December 2026 "Book 45 meetings this week" in the US is due Saturday 12 December (it was due that very Sunday and
 * judged "Unrealistic … by December 6"); a week that does end today is said so, never judged.
 */
import type { SidebarContext } from '../../src/core/api';
import { bridged } from '../../src/local/script-run';
import { addDays } from '../../src/core/dates';
import { addSheet, harness } from './workbook/harness';

const SUNDAY = '2026-12-06';
const SATURDAY = '2026-12-05';
/** Weekly rows dated on Mondays, 15 June – 23 November 2026. */
const WEEKS = Array.from({ length: 24 }, (_, i) => addDays('2026-06-15', 7 * i));
/** A date cell as ISO (the bundle's Date is of another realm: no `instanceof Date`). */
const iso = (value: unknown): string => (Object.prototype.toString.call(value) === '[object Date]' ? (value as Date).toISOString().slice(0, 10) : String(value));

function sheet(locale: 'en_US' | 'fr_FR', today: string) {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale }, { __SMART_GOALS_TODAY__: today });
  const french = locale === 'fr_FR';
  const goal = french ? 'Décrocher 45 rendez-vous cette semaine' : 'Book 45 meetings this week';
  const smartParse = (text: string): string => iso(h.addon.call<unknown[][]>('SMARTPARSE', text, today)[0][4]);
  const checkGoals = (): { notes: string; probability: unknown; check: string } => {
    const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
    goals.setName(french ? 'Objectifs' : 'Goals');
    goals.getRange(1, 1, 2, 2).setValues([french ? ['ID', 'Objectif'] : ['Goal ID', 'Goal'], ['W1', goal]]);
    // Twenty weeks of meetings booked, about 40 a week: enough history for a forecast verdict.
    addSheet(h.emulator, french ? 'Rendez-vous' : 'Meetings booked', [[french ? 'Semaine' : 'Week', french ? 'Rendez-vous' : 'Meetings booked'], ...WEEKS.map((week, i) => [week, 38 + (i % 5)])]);
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const cell = (header: string): unknown => values[1][(values[0] as string[]).indexOf(header)];
    return { notes: String(cell(french ? 'Remarques SMART' : 'SMART notes')), probability: cell(french ? 'Probabilité' : 'Probability'), check: String(cell(french ? 'Contrôle' : 'Check')) };
  };
  const context = (): SidebarContext => h.emulator.runExecution(() => bridged(h.addon).call<SidebarContext>('sidebarGetContext'));
  return { h, goal, smartParse, checkGoals, context };
}

describe('SMARTPARSE and Check goals read "this week" in the locale’s week', () => {
  it.each([
    ['en_US', SUNDAY, '2026-12-12', '2026-12-19'],
    ['en_US', SATURDAY, SATURDAY, '2026-12-12'],
    ['fr_FR', SUNDAY, SUNDAY, '2026-12-13'],
    ['fr_FR', SATURDAY, SUNDAY, '2026-12-13'],
  ] as const)('%s on %s: this week ends %s, next week %s', (locale, today, thisWeek, nextWeek) => {
    const s = sheet(locale, today);
    expect(s.smartParse(s.goal)).toBe(thisWeek);
    expect(s.smartParse(locale === 'fr_FR' ? 'Décrocher 45 rendez-vous la semaine prochaine' : 'Book 45 meetings next week')).toBe(nextWeek);
    const checked = s.checkGoals();
    if (thisWeek === today) {
      // Due today: said, flagged, never a forecast verdict to a day already under way.
      // After the criterion's name the note starts lower case (« Temporel : échéance aujourd’hui … »).
      expect(checked.notes.toLowerCase()).toContain(locale === 'fr_FR' ? 'échéance aujourd’hui (6 décembre 2026)\u202f: la période nommée s’achève aujourd’hui.' : 'due today (december 5, 2026): the period named ends today.');
      expect(checked.notes).not.toMatch(/Unrealistic|Irréaliste/);
      expect(checked.probability).toBe('');
      expect(checked.check).toMatch(/⚠/);
    } else {
      expect(checked.notes).not.toMatch(/due today|chéance aujourd’hui/i);
      expect(typeof checked.probability).toBe('number');
    }
  });

  it('the wizard’s context carries the week start: Sunday (7) in en_US, Monday (1) in fr_FR', () => {
    expect(sheet('en_US', SUNDAY).context().weekStart).toBe(7);
    expect(sheet('fr_FR', SUNDAY).context().weekStart).toBe(1);
  });

  it('the CLI’s smartAnalyze, which has no spreadsheet, keeps ISO weeks (the fixtures’ reading)', () => {
    const s = sheet('en_US', SUNDAY);
    expect(s.h.addon.call<{ deadline: string }>('smartAnalyze', 'Book 45 meetings this week', SUNDAY).deadline).toBe(SUNDAY);
  });
});
