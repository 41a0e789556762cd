/**
 * mend65k: kpi65's review (docs/MEASUREMENTS.md, mend65k), each finding's class in FR and EN with near misses:
 * 1. a rewrite in the other language keeps the sentence's words when the catalog lists them in that language too (MRR,
 *    ARR, EBITDA, CAC, win rate: « Augmenter le MRR », "Increase EBITDA"), with that language's article (« l’ARR »); words
 *    of one language only take the catalog's label (kpi65: « le bénéfice » for "earnings"); the wizard's example names the
 *    card chosen when it is the sentence's catalog KPI, as its Specific line does.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { analyzeStatement, evaluateStatement, exampleRewrite, ownWordsKpi } from '../../../src/core/statement';

const AS_OF = '2026-12-05';
const kpi = (id: string) => KPI_CATALOG.find((k) => k.id === id)!;
/** The rewrite of `text` in `lang` with the KPI named as SMARTCHECK names it. */
const rewrite = (text: string, id: string, lang: 'en' | 'fr'): string => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return exampleRewrite(a, ownWordsKpi(a, kpi(id), undefined, lang) ?? kpi(id), lang, AS_OF);
};

describe('1. words both languages list stay in the other language’s rewrite', () => {
  it.each([
    ['Grow MRR to $1M in 2027.', 'revenue', /^Augmenter le MRR à 1\s000\s000\s\$/],
    ['Increase EBITDA to $2M in 2027.', 'profit', /^Augmenter l’EBITDA à 2\s000\s000\s\$/],
    ['Grow ARR to $10M in 2027.', 'revenue', /^Augmenter l’ARR à 10\s000\s000\s\$/],
  ])('fr: %s', (text, id, expected) => expect(rewrite(text, id, 'fr')).toMatch(expected));

  it.each([
    ['Augmenter l’EBITDA à 2 M€ en 2027.', 'profit', /^Increase EBITDA to €2,000,000/],
    ['Augmenter le win rate à 30 % en 2027.', 'close_rate', /^Increase the win rate to 30%/],
    ['Réduire le CAC à 200 € en 2027.', 'cac', /^Reduce the CAC to €200/],
  ])('en: %s', (text, id, expected) => expect(rewrite(text, id, 'en')).toMatch(expected));

  it('near misses: words of one language only still take the catalog’s label (kpi65)', () => {
    expect(rewrite('Grow earnings by 10% in 2027.', 'profit', 'fr')).toMatch(/^Augmenter le bénéfice de 10/);
    expect(rewrite('Améliorer le taux de transformation de 2 points en 2027.', 'conversion_rate', 'en')).toContain('the conversion rate');
    expect(rewrite('Grow MRR to $1M in 2027.', 'revenue', 'en')).toMatch(/^Increase MRR to \$1,000,000/);
    expect(rewrite('Augmenter le MRR à 1 M€ en 2027.', 'revenue', 'fr')).toMatch(/^Augmenter le MRR à 1\s000\s000\s€/);
  });

  it('the wizard’s example names the card chosen when it is the sentence’s catalog KPI, as Specific does', () => {
    const e = evaluateStatement('Grow sales to $1M', { asOf: AS_OF, lang: 'fr', context: { chosenKpi: { catalogId: 'revenue', name: 'MRR' } } });
    expect(e.criteria.specific.message).toContain('(MRR)');
    expect(e.criteria.timeBound.suggestion).toContain('Augmenter le MRR à 1');
    const en = evaluateStatement('Augmenter les ventes à 1 M€', { asOf: AS_OF, lang: 'en', context: { chosenKpi: { catalogId: 'revenue', name: 'MRR' } } });
    expect(en.criteria.timeBound.suggestion).toContain('Increase MRR to');
    // A card for another KPI is no name for this one: the sentence's KPI.
    const other = evaluateStatement('Grow sales to $1M', { asOf: AS_OF, lang: 'fr', context: { chosenKpi: { catalogId: 'profit', name: 'Marge' } } });
    expect(other.criteria.timeBound.suggestion).not.toContain('Marge');
  });
});
