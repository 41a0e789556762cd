/**
 * An amount per period on a summed KPI ("45 leads per month by June 2027") through the BUILT bundle: Check goals
 * judges the deadline's month alone, not the sum of every month until then (which read the goal as "45 in seven
 * months" and called it certain, or a decrease "30 per month" as "unrealistic, aim for 229").
 */
import { harness, addSheet, monthlyRows, MONTHLY_LEADS } from './harness';

const LEADS = MONTHLY_LEADS;

const monthly = monthlyRows;

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Get 45 leads per month by June 2027', 'Get 45 leads by June 2027', 'Increase leads by 10% per month', 'Probability', 'SMART notes', 'Per month: judged on'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Obtenir 45 leads par mois d’ici juin 2027', 'Obtenir 45 leads d’ici juin 2027', 'Augmenter les leads de 10 % par mois', 'Probabilité', 'Remarques SMART', 'Par mois\u202f: jugé sur la période du'],
])('per-period amounts on a summed KPI (%s)', (locale, headers, perMonth, overall, relative, probabilityHeader, notesHeader, windowNote) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 4, 3).setValues([headers, ['G1', perMonth, 'Leads'], ['G2', overall, 'Leads'], ['G3', relative, 'Leads']]);
  addSheet(h.emulator, 'Leads', monthly('Leads', LEADS));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('judges "45 per month by June" on June alone: a stretch over a ~38-a-month history, not a certainty', () => {
    const p = values[1][column(probabilityHeader)] as number;
    expect(typeof p).toBe('number');
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.6);
    // The same 45 as a total by June is reached within the first two months: certain.
    expect(values[2][column(probabilityHeader)] as number).toBeGreaterThan(0.95);
  });

  it('says which window it judged, in the sheet’s language', () => {
    expect(String(values[1][column(notesHeader)])).toContain(windowNote);
    expect(String(values[2][column(notesHeader)])).not.toContain(windowNote);
  });

  // Changed on purpose (fixes6, item 3): "+10 % per month" was read as the next window's total against the same length
  // of time before it; it now means each month 10 % above the one before, judged on the next month alone like SMARTSCORE.
  it('judges a relative change per period on the next month: the last full month × 1.1', () => {
    const notes = String(values[3][column(notesHeader)]);
    expect(notes).toContain(windowNote);
    // November, under way on 26 November, is no full period (M6): October's 37, two months before December.
    expect(notes).toContain(locale === 'fr_FR' ? '37 sur la dernière période complète (du 1er octobre 2026 au 31 octobre 2026) × 1,1²' : '37 in the last full period (October 1, 2026 – October 31, 2026) × 1.1²');
  });
});

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Get 3 leads a day by June 2027', 'Book 40 meetings a week by June 2027', 'Probability', 'SMART notes', 'Per day: judged on', 'Per week: the KPI is recorded by month, so the goal is judged as about 174 a month.'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Obtenir 3 leads par jour d’ici juin 2027', 'Décrocher 40 rendez-vous par semaine d’ici juin 2027', 'Probabilité', 'Remarques SMART', 'Par jour\u202f: jugé sur la période du', 'Par semaine\u202f: le KPI est relevé par mois, l’objectif est donc jugé comme environ 174 par mois.'],
])('per-period amounts finer or coarser than the history (%s)', (locale, headers, perDay, perWeek, probabilityHeader, notesHeader, dayNote, weekNote) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 3, 3).setValues([headers, ['G1', perDay, 'Leads'], ['G2', perWeek, 'Meetings']]);
  // Daily leads, 2–4 a day, over the last 200 days before 26 November 2026; monthly meetings, about 160 a month.
  const daily: unknown[][] = [['Date', 'Leads']];
  for (let i = 0; i < 200; i++) daily.push([new Date(Date.UTC(2026, 4, 10 + i)).toISOString().slice(0, 10), 2 + (i % 3)]);
  addSheet(h.emulator, 'Leads', daily);
  addSheet(h.emulator, 'Meetings', monthly('Meetings', LEADS.map((v) => v * 4)));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('judges "3 leads a day" on one day: about the share of days with 3 or more, not a certainty', () => {
    const p = values[1][column(probabilityHeader)] as number;
    expect(p).toBeGreaterThan(0.2);
    expect(p).toBeLessThan(0.95);
    expect(String(values[1][column(notesHeader)])).toContain(dayNote);
  });

  it('judges "40 meetings a week" on a monthly history as its monthly equivalent, and says so', () => {
    const p = values[2][column(probabilityHeader)] as number;
    expect(p).toBeGreaterThan(0.01);
    expect(p).toBeLessThan(0.9);
    expect(String(values[2][column(notesHeader)])).toContain(weekNote);
  });
});

describe('a decrease to an amount on a summed KPI', () => {
  const h = harness({ spreadsheetLocale: 'en_US' });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName('Goals');
  goals.getRange(1, 1, 2, 3).setValues([['Goal ID', 'Goal', 'KPI'], ['G1', 'Reduce costs to $4,800 by June 2027', 'Costs']]);
  addSheet(h.emulator, 'Costs', monthly('Costs', LEADS.map((v) => v * 130)));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('is what one month must come to by the deadline (a running total only grows): June 2027 alone', () => {
    // Monthly costs of about $4,550–5,700: $4,800 in June is plausible, not "aim for $35,500".
    const p = values[1][column('Probability')] as number;
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.95);
    expect(String(values[1][column('SMART notes')])).toContain('Per month: judged on June 1, 2027 – June 30, 2027 alone');
    const suggested = values[1][column('Suggested target')];
    if (typeof suggested === 'number') expect(suggested).toBeLessThan(10_000);
  });
});
