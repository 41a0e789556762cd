/**
 * surf62 (b), through Check goals on the built bundle, EN and FR: "Keep churned customers under 60" was read as a total by
 * Check goals in English — the monthly churned customers summed to the deadline, "unrealistic … Aim for 266" — and not in
 * French, where « Garder les clients perdus sous 60 » read customers retained, "increase" (« en bonne voie » for that
 * reason, and « Augmenter les clients perdus à 60 » suggested without a deadline). A count fewer is better kept under a
 * figure is a level each period stays under, churn in both languages, unless the sentence asks for a total.
 */
import { t } from '../../../src/core/messages';
import { addDays } from '../../../src/core/dates';
import { addSheet, harness, monthlyRows } from './harness';

/** Churned customers a month, 52 down to 41 over two years (the last month 41). */
const COUNTS = Array.from({ length: 24 }, (_, i) => 52 - Math.floor(i / 2));

/** Churned customers a week, 9 to 11, 60 weeks to 23 November 2026: about 43 a month. */
const WEEKLY = [['Week', 'Churned customers'], ...Array.from({ length: 60 }, (_, i) => [addDays('2025-09-29', 7 * i), 9 + (i % 3)])];

type Row = Record<string, string>;
function checked(locale: 'en_US' | 'fr_FR', tab: string, goal: string, rows: unknown[][] = monthlyRows(tab, COUNTS)): Row {
  const lang = locale === 'fr_FR' ? 'fr' : 'en';
  const h = harness({ spreadsheetLocale: locale, userLocale: lang });
  addSheet(h.emulator, tab, rows);
  const goals = addSheet(h.emulator, lang === 'fr' ? 'Objectifs' : 'Goals', [lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['ID', 'Goal', 'KPI'], ['G1', goal, tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  return { verdict: row[head.indexOf(t(lang, 'col.verdict'))], notes: row[head.indexOf(t(lang, 'col.notes'))], probability: row[head.indexOf(t(lang, 'col.probability'))].replace(/[\u00a0\u202f]/g, ' ') };
}

const EN = { locale: 'en_US', tab: 'Churned customers' } as const;
const FR = { locale: 'fr_FR', tab: 'Clients perdus' } as const;

describe('surf62 (b): a count fewer is better kept under a figure is a level, in English as in French', () => {
  it.each([
    [EN, 'Keep churned customers under 60 through June 30, 2027'],
    [EN, 'Keep churned customers under 60 by June 30, 2027'],
    [FR, 'Garder les clients perdus sous 60 jusqu’au 30 juin 2027'],
    [FR, 'Maintenir les clients perdus sous 60 jusqu’au 30 juin 2027'],
  ] as const)('%o: %s — each month under 60 at about 41: on track, no total to aim for', (c, goal) => {
    const row = checked(c.locale, c.tab, goal);
    expect([row.verdict, row.probability]).toEqual(c.locale === 'fr_FR' ? ['en bonne voie', '>99 %'] : ['on track', '>99%']);
    expect(row.notes).not.toMatch(/266|Aim for|Visez/);
  });

  it.each([
    [EN, 'Keep churned customers under 30 through June 30, 2027', ['unrealistic', '<1%'], 'Aim for 35 by June 30, 2027'],
    [FR, 'Garder les clients perdus sous 30 jusqu’au 30 juin 2027', ['irréaliste', '<1 %'], 'Visez plutôt 35 d’ici le 30 juin 2027'],
  ] as const)('%o: %s — a ceiling below the months’ level (41) is judged as one, the same in both languages', (c, goal, verdict, aim) => {
    const row = checked(c.locale, c.tab, goal);
    expect([row.verdict, row.probability]).toEqual(verdict);
    expect(row.notes).toContain(aim);
  });

  it('French with no deadline: the rewording keeps the level (« Maintenir … à 60 »), never « Augmenter les clients perdus »', () => {
    const row = checked(FR.locale, FR.tab, 'Garder les clients perdus sous 60');
    expect(row.notes).not.toContain('Augmenter');
    expect(row.notes).toContain('Maintenir les clients perdus à 60');
  });

  it.each([
    [EN, 'Keep churned customers under 200 in total through June 30, 2027'],
    [FR, 'Garder les clients perdus sous 200 au total jusqu’au 30 juin 2027'],
  ] as const)('near miss %o: %s — a total asked in words stays a total (about 41 a month to June: more than 200)', (c, goal) => {
    // As a level each month under 200 would be certain; summed from today (26 November 2026) to June 30 it is not
    // (mend62f: the verdict asserted, not only "not >99 %").
    const row = checked(c.locale, c.tab, goal);
    expect([row.verdict, row.probability]).toEqual(c.locale === 'fr_FR' ? ['irréaliste', '<1 %'] : ['unrealistic', '<1%']);
  });

  it.each([
    [EN, 'Keep churned customers under 30 per month through June 30, 2027'],
    [FR, 'Garder les clients perdus sous 30 par mois jusqu’au 30 juin 2027'],
  ] as const)('near miss %o: %s — a cadence stated on a weekly tab keeps the month’s total (about 43), not a week’s level (about 10)', (c, goal) => {
    const row = checked(c.locale, c.tab, goal, WEEKLY.map((r, i) => (i === 0 ? [r[0], c.tab] : r)));
    expect(row.verdict).not.toBe('');
    expect(row.probability).not.toMatch(/^>99/);
  });
});
