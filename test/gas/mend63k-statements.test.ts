/**
 * mend63k through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: kpi63's review mended
 * (test/core/statement/mend63k.test.ts) — SMARTPARSE's KPI cell and SMARTCHECK's rewrite read new subscribers after a base,
 * a newsletter's subscribers and a Substack's as sign-ups again, and a growth aimed at after another KPI, after an amount
 * read as its baseline or with a measure after it, as before kpi63; kpi63's own reading stays.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { addonIn, AS_OF, smartCells, smartParser } from './smartparse';

const LABELS: Record<string, { signups: string; customers: string; revenue: string; growth: string; deals: string; smart: string }> = {
  en_US: { signups: 'Sign-ups', customers: 'Active customers', revenue: 'Revenue', growth: 'Sales growth', deals: 'Deals closed', smart: 'SMART: ' },
  fr_FR: { signups: 'Inscriptions', customers: 'Clients actifs', revenue: 'Chiffre d’affaires', growth: 'Croissance des ventes', deals: 'Comptes conclus', smart: 'SMART\u202f: ' },
};

describe.each(['en_US', 'fr_FR'])('SMARTPARSE and SMARTCHECK (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));
  const addon = addonIn(locale);
  const labels = LABELS[locale];
  const check = (text: string): string => String(addon.call('SMARTCHECK', text, AS_OF));

  it('new subscribers after a base, and a newsletter’s or a Substack’s, are sign-ups again', () => {
    // (A sign-up KPI's cell names the sentence's own word when it is one: "Subscribers", « Abonnés ».)
    expect(cells('L’opérateur compte 2 millions d’abonnés et vise 150 000 nouveaux abonnés en 2027.')).toEqual([labels.signups, '', 150_000, '2027-12-31']);
    expect(cells('We have 45,000 subscribers and want 5,000 new subscribers by 2028.')[0]).toBe('Subscribers');
    expect(cells('Notre newsletter compte 1,2 million d’abonnés et nous voulons doubler nos abonnés d’ici 2028.')).toEqual([labels.signups, 1_200_000, 2_400_000, '2028-12-31']);
    expect(cells('Grow our Substack to 25,000 subscribers by 2028.')).toEqual(['Subscribers', '', 25_000, '2028-12-31']);
    expect(cells('Passer à 30 000 abonnés à notre lettre d’info d’ici 2028.')).toEqual(['Abonnés', '', 30_000, '2028-12-31']);
    expect(check('Our newsletter passed one million subscribers and we plan to double our subscribers by 2028.')).not.toContain(labels.customers.toLowerCase());
  });

  it('a growth aimed at after another KPI, or with a measure after it, keeps the reported KPI', () => {
    expect(cells('The firm hit 500 deals in 2025 and targets 12% growth in 2026.')[0]).toBe(labels.deals);
    expect(cells('The firm posted $40 million in revenue in 2025 and targets 12% growth in customers in 2026.')[0]).toBe(labels.revenue);
    expect(cells('Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance de sa marge en 2026.')[0]).toBe(labels.revenue);
  });

  it('an amount read as the growth’s baseline: Revenue and its 12 % change, the rewrite naming revenue', () => {
    expect(cells('The firm recorded $40 million in revenue in 2025 and expects 12% growth in 2026.')).toEqual([labels.revenue, 40_000_000, expect.closeTo(44_800_000, 2), '2026-12-31']);
    expect(check('The firm recorded $40 million in revenue in 2025 and expects 12% growth in 2026.')).toBe(locale === 'en_US' ? 'SMART: Increase revenue by 12% by December 31, 2026' : 'SMART\u202f: Augmenter le chiffre d’affaires de 12\u202f% d’ici le 31 décembre 2026');
  });

  it('kpi63’s reading stays: the report’s revenue, then the growth aimed at, rewritten as Sales growth', () => {
    expect(cells('The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.')).toEqual([labels.growth, '', 0.12, '2026-12-31']);
    expect(check('The firm posted $40 million in revenue in 2025 and targets 12% growth in 2026.').startsWith(labels.smart + (locale === 'en_US' ? 'Increase sales growth to 12%' : 'Augmenter la croissance des ventes à 12\u202f%'))).toBe(true);
  });
});

describe('smartAnalyze: mend63k', () => {
  const analyze = bundleAnalyze();

  it('FR and EN: sign-ups, the reported KPI, Revenue; kpi63’s near misses keep theirs', () => {
    expect(analyze('L’opérateur compte 2 millions d’abonnés et veut recruter 50 000 nouveaux abonnés en 2027.', AS_OF)).toMatchObject({ kpi: 'signups', target: 50_000 });
    expect(analyze('Our Twitch channel wants 20,000 subscribers by 2028.', AS_OF)).toMatchObject({ kpi: 'signups', target: 20_000 });
    expect(analyze('Our churn rose to 8% in 2025 and we target 12% growth in 2026.', AS_OF)).toMatchObject({ kpi: 'churn' });
    expect(analyze('Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance pour atteindre 13,2 M€ en 2026.', AS_OF)).toMatchObject({ kpi: 'revenue' });
    expect(analyze('Le quotidien régional veut franchir la barre des 45 000 abonnés d’ici 2028.', AS_OF)).toMatchObject({ kpi: 'customers', target: 45_000 });
    expect(analyze('Le cabinet a réalisé 12 M€ de chiffre d’affaires en 2025 et vise 10 % de croissance en 2026.', AS_OF)).toMatchObject({ kpi: 'sales_growth', target: 0.1 });
  });
});
