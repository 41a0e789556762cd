/**
 * mend64k through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR (test/core/statement/mend64k.test.ts):
 * the review of kpi64. SMARTPARSE's KPI cell, SMARTCHECK's rewrite and Check goals read an audience's subscribers in k or M
 * as sign-ups (kpi64: Active customers, judged against the active-customers tab), subscribers on "our channel partners"
 * or « notre chaîne de salles de sport » as Active customers, traffic with a carrier named after it and visitors beside
 * an unnumbered edition or « reçu un financement » as Website traffic, a market valued before « le marché » as Revenue
 * (kpi64: no KPI, "names no tracked KPI", 75); the aimed growth's range and « d’ici 2026 » as Sales growth in both languages.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';
import { addSheet, harness } from './workbook/harness';

const LABELS: Record<string, { customers: string; growth: string; traffic: string; revenue: string; signups: string; goals: string; goal: string }> = {
  en_US: { customers: 'Active customers', growth: 'Sales growth', traffic: 'Website traffic', revenue: 'Revenue', signups: 'Sign-ups', goals: 'Goals', goal: 'Goal' },
  fr_FR: { customers: 'Clients actifs', growth: 'Croissance des ventes', traffic: 'Trafic du site', revenue: 'Chiffre d’affaires', signups: 'Inscriptions', goals: 'Objectifs', goal: 'Objectif' },
};

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTCHECK (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const labels = LABELS[locale];

  it('an audience’s subscribers in k or M are sign-ups (the sentence’s own word); with no audience, Active customers', () => {
    expect(cells('Reach 2.5M subscribers on YouTube by 2028.')).toEqual(['Subscribers', '', 2_500_000, '2028-12-31']);
    // (The cell names the sentence's own word where the subscribers are the goal's object, the catalog's label otherwise.)
    expect(cells('Notre chaîne YouTube vise 250k abonnés d’ici 2028.')).toEqual([labels.signups, '', 250_000, '2028-12-31']);
    expect(cells('Grow our podcast to 150k subscribers by 2028.')).toEqual(['Subscribers', '', 150_000, '2028-12-31']);
    expect(cells('L’opérateur vise 250k abonnés d’ici 2028.')).toEqual([labels.customers, '', 250_000, '2028-12-31']);
    expect(String(addon.call('SMARTCHECK', 'Reach 2.5M subscribers on YouTube by 2028.', AS_OF)).toLowerCase()).not.toContain(labels.customers.toLowerCase());
  });

  it('a channel that names no platform keeps Active customers; « chaîne YouTube » stays sign-ups', () => {
    expect(cells('Reach 30,000 subscribers through our channel partners by 2028.')).toEqual([labels.customers, '', 30_000, '2028-12-31']);
    expect(cells('Atteindre 30 000 abonnés dans notre chaîne de salles de sport d’ici 2028.')).toEqual([labels.customers, '', 30_000, '2028-12-31']);
    expect(cells('Atteindre 30 000 abonnés sur notre chaîne Twitch d’ici 2028.')).toEqual(['Abonnés', '', 30_000, '2028-12-31']);
  });

  it('a carrier named after the traffic, an unnumbered edition, « reçu » a grant: Website traffic; the carrier’s own traffic none', () => {
    expect(cells('Double our traffic by 2028; our customers are airlines and airports.')[0]).toBe(labels.traffic);
    expect(cells('Augmenter notre trafic de 30 % d’ici 2027 auprès des compagnies aériennes.')[0]).toBe(labels.traffic);
    expect(cells('Our team ships weekly; grow traffic by 20% by 2027.')[0]).toBe(labels.traffic);
    expect(cells('Notre maison d’édition veut doubler ses visiteurs d’ici 2028.')[0]).toBe(labels.traffic);
    expect(cells('Après avoir reçu un financement, nous voulons doubler nos visiteurs d’ici 2028.')[0]).toBe(labels.traffic);
    expect(cells('The port aims to double its traffic by 2030.')[0]).toBe('');
    expect(cells('Après sa 4e édition, le comité d’organisation veut dépasser les 6 000 visiteurs en 2027.')[0]).toBe('');
  });

  it('a market valued before « le marché » is Revenue; the aimed growth’s range and « d’ici » are Sales growth, the range’s lower bound its target', () => {
    expect(cells('Évalué à 54 milliards d’euros, le marché pourrait doubler d’ici 2030.')[0]).toBe(labels.revenue);
    expect(cells('Chiffré à 2 milliards de FCFA, le complexe doit ouvrir d’ici 2028.')[0]).toBe('');
    expect(cells('The firm posted $40 million in revenue in 2025 and targets growth of 12 to 15% in 2026.')).toEqual([labels.growth, '', 0.12, '2026-12-31']);
    expect(cells('Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % à 20 % en 2026.')).toEqual([labels.growth, '', 0.15, '2026-12-31']);
    expect(cells('Le cabinet a réalisé 8 M€ de chiffre d’affaires en 2025 et vise une croissance de 15 % d’ici 2026.')).toEqual([labels.growth, '', 0.15, '2026-12-31']);
  });
});

describe.each(['en_US', 'fr_FR'])('Check goals (%s)', (locale) => {
  const labels = LABELS[locale];
  const monthly = (value: (i: number) => number): unknown[][] => Array.from({ length: 24 }, (_, i) => [new Date(Date.UTC(2024, 10 + i, 1, 12)).toISOString().slice(0, 10), value(i)]);
  const GOALS = [
    'Notre chaîne YouTube vise 1,5 M d’abonnés d’ici 2028.',
    'Reach 2.5M subscribers on YouTube by 2028.',
    'Double our traffic by 2028; our customers are airlines and airports.',
    'Après avoir reçu un financement, nous voulons doubler nos visiteurs d’ici 2028.',
    'Évalué à 54 milliards d’euros, le marché pourrait doubler d’ici 2030.',
  ];

  it('judges an audience’s subscribers on the Sign-ups tab and keeps the KPI of the traffic, the visitors and the market', () => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    addSheet(h.emulator, labels.customers, [['Month', labels.customers], ...monthly((i) => 20_000 + 500 * i)]);
    addSheet(h.emulator, labels.signups, [['Month', labels.signups], ...monthly((i) => 3_000 + 50 * i)]);
    addSheet(h.emulator, labels.traffic, [['Month', 'Visitors'], ...monthly((i) => 30_000 + 800 * i)]);
    addSheet(h.emulator, labels.revenue, [['Month', labels.revenue], ...monthly((i) => 3_000_000 + 50_000 * i)]);
    const goals = addSheet(h.emulator, labels.goals, [['ID', labels.goal], ...GOALS.map((g, i) => [`G${i + 1}`, g])]);
    h.run('checkGoals');
    const rows = goals.getDataRange().getDisplayValues().slice(1) as string[][];
    // The realistic target offered comes from the Sign-ups tab's pace (127,000), not the active customers' (43,000).
    for (const row of rows.slice(0, 2)) expect(row).toContain('127000');
    // The traffic, the visitors and the market name their KPI: scored 93 and 85 as on main before kpi64, no "names no tracked KPI".
    expect(rows.slice(2).map((row) => row[2])).toEqual(['93', '93', '85']);
    for (const row of rows.slice(2)) expect(row.join(' ')).not.toMatch(/no tracked KPI|aucun KPI suivi/);
  });
});

describe('smartAnalyze: mend64k', () => {
  const analyze = bundleAnalyze();

  it('FR and EN: each finding’s wording and a near miss', () => {
    expect(analyze('Our newsletter wants 1.2M subscribers by 2028.', AS_OF)).toMatchObject({ kpi: 'signups', target: 1_200_000 });
    expect(analyze('Reach 30,000 subscribers to our Facebook Workplace plan by 2028.', AS_OF)).toMatchObject({ kpi: 'customers' });
    expect(analyze('Grow traffic by 30% in 2027 with our new airline clients.', AS_OF)).toMatchObject({ kpi: 'website_traffic' });
    expect(analyze('L’aéroport vise une hausse de 8 % de son trafic en 2027.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Double our visitors by 2028, targeting the region’s 2 million inhabitants.', AS_OF)).toMatchObject({ kpi: 'website_traffic' });
    expect(analyze('The town of 20,000 inhabitants hopes for 100,000 visitors in 2027.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Chiffré à 3 milliards de FCFA, le marché doit doubler d’ici 2030.', AS_OF)).toMatchObject({ kpi: 'revenue' });
    expect(analyze('The firm posted $40 million in revenue in 2025 and targets growth of 12% by 2026.', AS_OF)).toMatchObject({ kpi: 'sales_growth', target: 0.12 });
  });
});
