/**
 * mend62l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees after the review of
 * left62 (test/core/statement/mend62l.test.ts). SMARTPARSE's row (KPI, baseline, target, deadline) for each finding, and
 * Check goals on a workbook with a Website traffic tab and a Pipeline tab: an online shop's visitors are judged against the
 * traffic tab again (left62 left them with no KPI, "✓ OK", in en_US; fr_FR's row was judged on left62 too and is pinned
 * here), and money invested is no start of the pipeline doubled.
 */
import { addSheet, harness } from './workbook/harness';
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it("an online shop's visitors are its website's; a physical store's are footfall", () => {
    // AS_OF is 5 December 2026. The KPI cell names the sentence's own word for it ("Visitors", « visiteurs »).
    expect(cells('Increase visitors to our Shopify store to 60,000 a month by June 2027.')).toEqual(['Visitors', '', 60_000, '2027-06-30']);
    expect(cells("Doubler les visiteurs de notre e-boutique d'ici juin 2027.")[0]).toMatch(/^visiteurs$/i);
    expect(cells("Augmenter de 15 % les visiteurs de l'agence d'ici 2027.")[0]).toMatch(/^visiteurs$/i);
    expect(cells('Grow visitors to our flagship store by 20% in 2027.')[0]).toBe('');
    expect(cells("Augmenter les visiteurs de notre magasin de 10 % d'ici 2027.")[0]).toBe('');
  });

  it('money invested is no baseline of another amount doubled; an ad spend doubled keeps it', () => {
    expect(cells('We invest $50k in tools to double the deal amount by 2028.')[1]).toBe('');
    expect(cells("Investir 2 M€ pour doubler notre enveloppe commerciale d'ici 2028.")[1]).toBe('');
    expect(cells('We spend $40k a month on ads and aim to double our ad spend by 2028.')[1]).toBe(40_000);
  });

  it('dates: a start before "or even", a company\'s dateline, "year-end 2028", « voir le doubler »', () => {
    expect(cells('Starting in Q1 2027, grow revenue by 20%, or even double it by Q4 2027.')[3]).toBe('2027-12-31');
    expect(cells('NEW YORK, June 30 — The team at Acme Corp aims to reach 500 customers.')[3]).toBe('');
    expect(cells("PARIS, 30 juin — L'équipe de Renault vise 500 000 ventes.")[3]).toBe('');
    expect(cells('EMEA, 30 juin — Notre équipe vise 500 nouveaux clients.')[3]).toBe('2027-06-30');
    expect(cells('Reach $5M in revenue by year-end 2028.').slice(2)).toEqual([5_000_000, '2028-12-31']);
    expect(cells("Augmenter le chiffre d'affaires de 50 % en 2027, voir le doubler d'ici 2030.")[3]).toBe('2027-12-31');
  });

  it('sales after a funding-like word are revenue; goods closed are deals; an ad spend doubled for revenue is its means', () => {
    const revenue = cells('Increase the close rate to bring in $10M in fundraising software sales by 2027.');
    expect(revenue[0]).toBe(cells('Increase conversion to bring in $10M.')[0]);
    expect(revenue[0]).not.toBe('');
    expect(cells('Increase conversion to bring in a $10M fundraising round.')[0]).toBe('');
    expect(cells('Make reps close 500 cars by June 2027.')[0]).toBe(cells('Sell 500 cars by June 2027.')[0]);
    expect(cells('Build 5,000 cars a year.')[0]).toBe('');
    // P2: the ad spend doubled is the means, revenue the goal.
    expect(cells('Double our ad spend to grow revenue 30% by 2027.')[0]).toBe(cells('Grow revenue 30% by 2027.')[0]);
  });
});

/** Monthly values from November 2024, two years. */
function monthly(count: number, value: (i: number) => number): unknown[][] {
  return Array.from({ length: count }, (_, i) => [new Date(Date.UTC(2024, 10 + i, 1, 12)).toISOString().slice(0, 10), value(i)]);
}

describe.each(['en_US', 'fr_FR'])('Check goals (%s): the traffic tab judges the Shopify goal again', (locale) => {
  const fr = locale === 'fr_FR';
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, fr ? 'Trafic du site' : 'Website traffic', [['Month', fr ? 'Visiteurs' : 'Visitors'], ...monthly(24, (i) => 30_000 + 800 * i)]);
  addSheet(h.emulator, 'Pipeline', [['Month', 'Pipeline amount'], ...monthly(24, (i) => 900_000 + 20_000 * i)]);
  const goals = addSheet(h.emulator, fr ? 'Objectifs' : 'Goals', [
    ['ID', fr ? 'Objectif' : 'Goal'],
    ['V1', fr ? "Augmenter les visiteurs de notre boutique Shopify à 60 000 par mois d'ici juin 2027." : 'Increase visitors to our Shopify store to 60,000 a month by June 2027.'],
    ['P1', 'We invest $40k a month in marketing and want to double our pipeline amount by 2028.'],
  ]);
  h.run('checkGoals');
  const values = goals.getDataRange().getDisplayValues();
  const column = (en: string, french: string): number => values[0].indexOf(fr ? french : en);

  it('the visitors goal has a verdict and a suggested target from the tab (about 54,800 a month)', () => {
    const row = values[1];
    expect(row[column('Verdict', 'Verdict')]).toBe(fr ? 'irréaliste' : 'unrealistic');
    expect(Number(row[column('Suggested target', 'Cible suggérée')])).toBeGreaterThan(50_000);
    expect(row[column('SMART notes', 'Remarques SMART')]).not.toMatch(/no tracked KPI|aucun indicateur suivi/);
  });

  it('the money invested is no start of the pipeline doubled: judged, not "far from the latest value"', () => {
    const row = values[2];
    expect(row[column('Verdict', 'Verdict')]).not.toBe('');
    expect(row[column('SMART notes', 'Remarques SMART')]).not.toMatch(/\$40,000|40 000/);
  });
});

describe('smartAnalyze: mend62l', () => {
  const analyze = bundleAnalyze();

  it("the KPI of an online shop's visitors, of sales after a funding-like word, of goods closed", () => {
    expect(analyze('Increase visitors to our Shopify store to 60,000 a month by June 2027.', AS_OF)).toMatchObject({ kpi: 'website_traffic', target: 60_000 });
    expect(analyze("Augmenter les visiteurs de notre boutique Shopify à 60 000 par mois d'ici juin 2027.", AS_OF)).toMatchObject({ kpi: 'website_traffic', target: 60_000 });
    expect(analyze('Increase visitors to our physical store to 5,000 a month.', AS_OF)).toMatchObject({ kpi: null });
    expect(analyze('Increase the close rate to bring in $10M in fundraising software sales by 2027.', AS_OF)).toMatchObject({ kpi: 'revenue', target: 10_000_000 });
    expect(analyze('Make reps close 500 cars by June 2027.', AS_OF)).toMatchObject({ kpi: 'deals_closed', target: 500 });
  });

  it('baselines, ranges and the deadline after « voire »', () => {
    expect(analyze('We invest $40k a month in marketing and want to double our pipeline amount by 2028.', AS_OF)).toMatchObject({ kpi: 'pipeline_value', baseline: null, change: { value: 1, kind: 'relative' } });
    expect(analyze("Augmenter le CA de 25 voire 30 % d'ici 2027.", AS_OF)).toMatchObject({ change: { value: 0.25, kind: 'relative' }, unit: 'percent' });
    expect(analyze('Starting in Q1 2027, grow revenue by 20%, or even double it by Q4 2027.', AS_OF)).toMatchObject({ deadline: '2027-12-31' });
  });
});
