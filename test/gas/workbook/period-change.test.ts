/**
 * A change PER PERIOD on a summed KPI ("Increase leads by 5 per month by June 2027") and an amount per period with a
 * mid-period deadline ("30 leads per month by 15 June 2027"), through the BUILT bundle: Check goals and SMARTSCORE judge
 * the deadline's window against the same target and say which.
 */
import { harness, addSheet, monthlyRows, MONTHLY_LEADS } from './harness';

const LEADS = MONTHLY_LEADS;

const monthly = monthlyRows;

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Increase leads by 5 per month by June 2027', 'Increase leads by 1 per month by June 2027', 'Probability', 'SMART notes', 'Suggested target',
    'Target 77: 37 in the last full month (October 1, 2026 – October 31, 2026), +5 a month × 8 to the deadline’s month.'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Augmenter les leads de 5 par mois d’ici juin 2027', 'Augmenter les leads de 1 par mois d’ici juin 2027', 'Probabilité', 'Remarques SMART', 'Cible suggérée',
    'Cible 77\u202f: 37 sur la dernière période complète (du 1er octobre 2026 au 31 octobre 2026), +5 par mois × 8 jusqu’à la période de l’échéance.'],
])('a change per month on a summed KPI (%s)', (locale, headers, five, one, probabilityHeader, notesHeader, suggestedHeader, changeNote) => {
  const h = harness({ spreadsheetLocale: locale });
  const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const goals = spreadsheet.getActiveSheet();
  goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
  goals.getRange(1, 1, 3, 3).setValues([headers, ['G1', five, 'Leads'], ['G2', one, 'Leads']]);
  addSheet(h.emulator, 'Leads', monthly('Leads', LEADS));
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (name: string): number => (values[0] as string[]).indexOf(name);

  it('judges June 2027 alone against the last full month (October: November is under way) + 5 × 8 = 77: out of reach of a ~38-a-month history', () => {
    const p = values[1][column(probabilityHeader)] as number;
    expect(typeof p).toBe('number');
    expect(p).toBeLessThan(0.05);
    // Read as the seven months' total + 5 it was about a coin toss.
    const suggested = values[1][column(suggestedHeader)] as number;
    expect(suggested).toBeGreaterThan(30);
    expect(suggested).toBeLessThan(77);
  });

  it('+1 a month (35 + 7 = 42 in June) is within the history’s range: a real chance', () => {
    const p = values[2][column(probabilityHeader)] as number;
    expect(p).toBeGreaterThan(0.05);
    expect(p).toBeLessThan(0.8);
  });

  it('says the target and how it was worked out, in the sheet’s language', () => {
    expect(String(values[1][column(notesHeader)])).toContain(changeNote);
  });

  it('SMARTSCORE reads it the same way: +5 a month scores below +1 a month on the same history (before, both were +5 or +1 once)', () => {
    const history = monthly('Leads', LEADS).slice(1);
    const score = (text: string): number => h.addon.call<number>('SMARTSCORE', text, history, '2026-11-26');
    expect(score(five)).toBeLessThan(score(one));
    // And the same as the goal stated with the level Check goals judges it against.
    const level = locale === 'fr_FR' ? 'Atteindre 77 leads par mois d’ici juin 2027' : 'Get 77 leads per month by June 2027';
    expect(score(five)).toBeLessThanOrEqual(score(level));
  });
});

describe.each([
  ['en_US', ['Goal ID', 'Goal', 'KPI'], 'Get 95 leads per month by 15 June 2027', 'Increase leads by 2 per month by 15 June 2027', 'SMART notes',
    'Per month: judged on May 16, 2027 – June 15, 2027 alone',
    'Per month: judged on June 1, 2027 – June 30, 2027 alone, the calendar month holding the deadline (June 15, 2027): the KPI is recorded by month, so a month ending on June 15, 2027 cannot be measured.'],
  ['fr_FR', ['ID', 'Objectif', 'Indicateur'], 'Obtenir 95 leads par mois d’ici le 15 juin 2027', 'Augmenter les leads de 2 par mois d’ici le 15 juin 2027', 'Remarques SMART',
    'Par mois\u202f: jugé sur la période du 16 mai 2027 au 15 juin 2027 seule',
    'Par mois\u202f: jugé sur la période civile du 1er juin 2027 au 30 juin 2027 seule, celle qui contient l’échéance du 15 juin 2027\u202f: le KPI est relevé par mois, une période se terminant le 15 juin 2027 ne peut donc pas être mesurée.'],
])('a per-month goal with a mid-month deadline (%s)', (locale, headers, amount, change, notesHeader, anchoredNote, calendarNote) => {
  const run = (tab: unknown[][]) => {
    const h = harness({ spreadsheetLocale: locale });
    const spreadsheet = h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
    const goals = spreadsheet.getActiveSheet();
    goals.setName(locale === 'fr_FR' ? 'Objectifs' : 'Goals');
    goals.getRange(1, 1, 3, 3).setValues([headers, ['G1', amount, 'Leads'], ['G2', change, 'Leads']]);
    addSheet(h.emulator, 'Leads', tab);
    h.run('checkGoals');
    const values = goals.getDataRange().getValues();
    const notes = (values[0] as string[]).indexOf(notesHeader);
    return [String(values[1][notes]), String(values[2][notes])];
  };

  it('over a daily history: the month ending on the deadline (16 May – 15 June), every past month anchored the same way', () => {
    // Daily leads, 2–4 a day (about 90 a month), from 10 May to 25 November 2026.
    const daily: unknown[][] = [['Date', 'Leads']];
    for (let i = 0; i < 200; i++) daily.push([new Date(Date.UTC(2026, 4, 10 + i)).toISOString().slice(0, 10), 2 + (i % 3)]);
    const [first, second] = run(daily);
    expect(first).toContain(anchoredNote);
    expect(second).toContain(anchoredNote);
  });

  it('over a monthly history: the calendar month holding the deadline, and the note says why', () => {
    const [first, second] = run(monthly('Leads', LEADS));
    expect(first).toContain(calendarNote);
    expect(second).toContain(calendarNote);
  });
});
