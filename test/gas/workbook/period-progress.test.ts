/**
 * Per-period goals through the BUILT bundle (core/series/period.ts `windowTotals`, read by both surfaces through
 * `perPeriodReading`): a period that ends after today is never the "last full" one, even with its row in the history
 * (monthly leads dated the 1st, today 26 November: October is the last full month), and Check goals and SMARTSCORE judge a
 * window under way alike (they gave 93 and 85); a weekly history counts into a month pro rata of the days its rows
 * cover (16 October – 15 November holds five Sundays: 5 × ~99 was 20 % above a typical month of ~430). FR and EN.
 */
import { harness, addSheet, TODAY } from './harness';

const monthly = (): unknown[][] => {
  const rows: unknown[][] = [['Month', 'Leads']];
  for (let i = 0; i < 23; i++) rows.push([`${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`, 380 + ((i * 13) % 40)]);
  return rows;
};
/** Weekly leads on Sundays from 5 January 2025 to 22 November 2026, 95–103 a week. */
const weekly = (): unknown[][] => {
  const rows: unknown[][] = [['Week', 'Leads']];
  for (let i = 0, t = Date.UTC(2025, 0, 5); i < 99; i++, t += 7 * 86_400_000) rows.push([new Date(t).toISOString().slice(0, 10), 95 + ((i * 5) % 9)]);
  return rows;
};

const LANGS = [
  { locale: 'en_US', headers: ['Goal ID', 'Goal', 'KPI'], score: 'SMART score', notes: 'SMART notes' },
  { locale: 'fr_FR', headers: ['ID', 'Objectif', 'Indicateur'], score: 'Score SMART', notes: 'Remarques SMART' },
];

function check(locale: string, sentences: readonly string[], tab: unknown[][]) {
  const lang = LANGS.find((l) => l.locale === locale)!;
  const h = harness({ spreadsheetLocale: locale });
  const goals = (h.emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getActiveSheet();
  goals.getRange(1, 1, sentences.length + 1, 3).setValues([lang.headers, ...sentences.map((s, i) => [`G${i + 1}`, s, 'Leads'])]);
  addSheet(h.emulator, 'Leads', tab);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const at = (row: number, header: string): unknown => values[row][(values[0] as string[]).indexOf(header)];
  return sentences.map((s, i) => ({ score: at(i + 1, lang.score), notes: String(at(i + 1, lang.notes)), smart: h.addon.call('SMARTSCORE', s, tab, TODAY) }));
}

describe.each([
  ['en_US', 'Get 450 leads per month by 1 December 2026', 'Increase leads by 5 per month by June 2027', 'in the last full month (October 1, 2026 – October 31, 2026), +5 a month × 8', 'November 1, 2026 – November 30, 2026), +5'],
  ['fr_FR', 'Obtenir 450 leads par mois d’ici le 1er décembre 2026', 'Augmenter les leads de 5 par mois d’ici juin 2027', 'sur la dernière période complète (du 1er octobre 2026 au 31 octobre 2026), +5 par mois × 8', 'au 30 novembre 2026), +5'],
])('a month under way is no full month (%s, monthly history)', (locale, underWay, change, octoberNote, novemberNote) => {
  const [first, second] = check(locale, [underWay, change], monthly());

  it('"450 a month by 1 December": November, under way, is judged alike by Check goals and SMARTSCORE', () => {
    expect(typeof first.score).toBe('number');
    expect(first.smart).toBe(first.score);
  });

  it('"+5 a month by June": counted from October, the last month over by today', () => {
    expect(second.notes).toContain(octoberNote);
    expect(second.notes).not.toContain(novemberNote);
    expect(second.smart).toBe(second.score);
  });
});

describe.each([
  ['en_US', 'Increase leads by 5 per month by 15 June 2027', /Target (\d+): (\d+) in the last full month \(October 16, 2026 – November 15, 2026\)/],
  ['fr_FR', 'Augmenter les leads de 5 par mois d’ici le 15 juin 2027', /Cible (\d+)\u202f: (\d+) sur la dernière période complète \(du 16 octobre 2026 au 15 novembre 2026\)/],
])('a weekly history counted into months pro rata (%s)', (locale, sentence, pattern) => {
  const [result] = check(locale, [sentence], weekly());

  it('the base month holds 31/7 weeks of ~99 leads (~440), not five Sundays’ rows (~495)', () => {
    const match = pattern.exec(result.notes);
    expect(match).not.toBeNull();
    const base = Number(match![2]);
    expect(base).toBeGreaterThan(425);
    expect(base).toBeLessThan(450);
    expect(Number(match![1])).toBe(base + 35);
    expect(result.smart).toBe(result.score);
  });
});

describe('a per-period goal whose deadline has passed, on a weekly history (en_US)', () => {
  const [result] = check('en_US', ['Get 420 leads per month by 31 October 2026'], weekly());

  it('reads October as its reading summed it: 31/7 weeks (~440, met), not its four Sundays’ rows (~396, missed)', () => {
    const match = /Deadline passed \(October 31, 2026\): the KPI was at (\d+(?:\.\d+)?) for a target of 420 \((met|missed)\)/.exec(result.notes);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThan(425);
    expect(Number(match![1])).toBeLessThan(450);
    expect(match![2]).toBe('met');
  });
});
