/**
 * A customers log by campaign whose rows are labelled by ids typed as numbers (101–103) under other headers people give
 * the campaign — "Source", "Team", "Promo", « Produit », « Équipe » — is read as the same log labelled by names (mend49b,
 * issue 11 a's close variants): only `SEGMENT_HEADER`'s words were labels, so the ids became a KPI column and customers
 * a level. Through the built bundle on the emulator.
 */
import { addSheet, harness } from './harness';
import { CAMPAIGNS, campaignLog } from './campaign-log';

const IDS: Record<string, number> = { Newsletter: 101, 'Spring promo': 102, Retargeting: 103 };

function chance(locale: 'en_US' | 'fr_FR', headers: string[], ids: boolean): unknown {
  const fr = locale === 'fr_FR';
  const h = harness({ spreadsheetLocale: locale, userLocale: fr ? 'fr' : 'en' });
  const served = (day: number, k: number): string => CAMPAIGNS[(day + k) % 4];
  const tab = fr ? 'Clients' : 'Customers';
  addSheet(h.emulator, tab, campaignLog(headers, served).map((row, r) => (r > 0 && ids ? [row[0], IDS[row[1] as string], row[2]] : row)));
  const sheet = addSheet(h.emulator, fr ? 'Objectifs' : 'Goals', [fr ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'], ['G1', fr ? 'Atteindre 80 clients d’ici le 31 mars 2027' : 'Reach 80 customers by March 31, 2027', tab]]);
  h.run('checkGoals');
  const [head, row] = sheet.getDataRange().getValues() as unknown[][];
  return row[(head as string[]).findIndex((name) => /^Probabilit/.test(name))];
}

describe('campaign ids under other label headers read as the names', () => {
  it.each([
    ['en_US', 'Source', 'Customers'],
    ['en_US', 'Team', 'Customers'],
    ['en_US', 'Promo', 'Customers'],
    ['fr_FR', 'Produit', 'Clients'],
    ['fr_FR', 'Équipe', 'Clients'],
    // surf50: an ad platform's segment in two words (the space is no id mark).
    ['en_US', 'Ad set', 'Customers'],
    ['fr_FR', 'Ad set', 'Clients'],
    ['en_US', 'Ad group', 'Customers'],
  ] as const)('%s “%s | %s”: Check goals’ probability with ids 101–103 is the names’', (locale, label, value) => {
    const named = chance(locale, ['Date', label, value], false);
    expect(typeof named).toBe('number');
    expect(chance(locale, ['Date', label, value], true)).toBeCloseTo(named as number, 3);
  });
});
