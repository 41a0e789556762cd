/**
 * fixes65 (b), through the BUILT bundle on the emulator: "Increase weekly leads by 10 by June 30, 2027" on a MONTHLY
 * Leads tab added 10 to a month's total — the weekly change applied once to a monthly figure — where 10 more leads a
 * week is about 43.5 more a month (10 × 30.44 / 7: core/dates.ts PERIOD_DAYS). The change is converted to the tab's
 * period and the note says so; a relative change ("by 10 %") holds as it is, and a change stated in the tab's own
 * period is unchanged. Check goals and SMARTSCORE read it by one rule (per-period.ts `perPeriodReading`).
 */
import { addSheet, harness } from './workbook/harness';

/** 24 monthly totals to October 2026: 200, 205, 210… (the last full month, October 2026, is 210). */
const monthly = (): unknown[][] => [['Month', 'Leads'], ...Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 10 + i, 1)).toISOString().slice(0, 10), 200 + (i % 3) * 5])];

function notes(locale: string, goalsTab: string, headers: string[], sentences: string[]): string[] {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, locale.startsWith('fr') ? 'Prospects' : 'Leads', monthly());
  const goals = addSheet(h.emulator, goalsTab, [headers, ...sentences.map((s, i) => [`G${i + 1}`, s])]);
  h.run('checkGoals');
  const values = goals.getDataRange().getValues();
  const column = (values[0] as string[]).findIndex((x) => /^(?:SMART notes|Remarques SMART)$/.test(x));
  return values.slice(1).map((row) => String(row[column]));
}

describe('a weekly change on a monthly tab is converted to months', () => {
  it('English: +10 a week is +43.48 a month, said; 10 % and a monthly +43 are as stated', () => {
    const [weekly, percent, month] = notes('en_US', 'Goals', ['ID', 'Goal'], ['Increase weekly leads by 10 by June 30, 2027', 'Increase weekly leads by 10% by June 30, 2027', 'Increase monthly leads by 43 by June 30, 2027']);
    expect(weekly).toContain('+10 a week counts as +43.48 a month: the KPI is recorded by month.');
    expect(weekly).toMatch(/Target 254: 210 in the last full month \([^)]*\), \+43\.48 a month × 1/);
    expect(percent).toMatch(/Target 231: 210 in the last full period \([^)]*\) × 1\.1\./);
    expect(percent).not.toMatch(/counts as/);
    expect(month).toMatch(/Target 253: 210 in the last full month \([^)]*\), \+43 a month × 1/);
    expect(month).not.toMatch(/counts as/);
  });

  it('French: « +10 par semaine comptent pour +43,48 par mois »', () => {
    const [weekly] = notes('fr_FR', 'Objectifs', ['Réf', 'Objectif'], ['Augmenter les prospects hebdomadaires de 10 d’ici le 30 juin 2027']);
    expect(weekly).toContain('+10 par semaine comptent pour +43,48 par mois\u202f: le KPI est relevé par mois.');
    expect(weekly).toMatch(/Cible 254\u202f: 210 sur la dernière période complète/);
  });

  it('SMARTSCORE judges the same target as Check goals: 253 a month, not 220', () => {
    const h = harness({ spreadsheetLocale: 'en_US' });
    const history = monthly().slice(1);
    const score = (sentence: string): unknown => h.addon.call('SMARTSCORE', sentence, history, '2026-11-26');
    // The weekly change converted scores as the monthly +43.48 does, not as the monthly +10 it was read as.
    expect(score('Increase weekly leads by 10 by June 30, 2027')).toBe(score('Increase monthly leads by 43.48 by June 30, 2027'));
    expect(score('Increase weekly leads by 10 by June 30, 2027')).not.toBe(score('Increase monthly leads by 10 by June 30, 2027'));
  });
});
