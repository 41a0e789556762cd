import type { GoalDraft } from '../../src/core/api';
import { analyzeStatement } from '../../src/core/statement';
import { generateSentence, kpiPhrase, withFrenchA } from '../../src/sidebar/sentence';
import { emptyDraft, targetPeriods } from '../../src/sidebar/steps';
import { draftPeriod } from '../../src/core/api';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

function closeRateDraft(overrides: Partial<GoalDraft> = {}): GoalDraft {
  return {
    ...emptyDraft(),
    kpi: { seriesId: 'Close rate!Close rate', catalogId: 'close_rate', name: 'Close rate', grammar: 'm the', unit: 'percent', aggregation: 'level', lowerIsBetter: false },
    baseline: 0.25,
    target: 0.3,
    deadline: '2026-12-06',
    ...overrides,
  };
}

describe('kpiPhrase', () => {
  it('puts an English article and lower-cases common nouns', () => {
    // With the grammar the server sends with a catalog label (core/kpi/catalog.ts), as SMARTCHECK writes it.
    expect(kpiPhrase('Close rate', 'en', 'm the')).toBe('the close rate');
    expect(kpiPhrase('Revenue', 'en', 'm')).toBe('revenue');
    // A name of the user's own: no "the" (mass and plural nouns: "demo calls").
    expect(kpiPhrase('Demo calls', 'en')).toBe('demo calls');
  });
  it('keeps acronyms as they are', () => {
    expect(kpiPhrase('NPS', 'en', 'm the')).toBe('the NPS');
    expect(kpiPhrase('CAC', 'fr')).toBe('le CAC');
  });
  it('chooses the French article from the first word', () => {
    expect(kpiPhrase('Taux de conclusion', 'fr')).toBe('le taux de conclusion');
    expect(kpiPhrase('Marge brute', 'fr')).toBe('la marge brute');
    expect(kpiPhrase('Attrition', 'fr')).toBe('l’attrition');
    expect(kpiPhrase('Inscriptions', 'fr')).toBe('les inscriptions');
    expect(kpiPhrase('Part de marché', 'fr', 'f')).toBe('la part de marché');
    expect(kpiPhrase('Commerciaux', 'fr', 'mpl')).toBe('les commerciaux');
    expect(kpiPhrase('Devis signés', 'fr')).toBe('les devis signés');
  });
});

describe('generateSentence', () => {
  const revenue = (currency: string | null): GoalDraft => ({
    ...emptyDraft(),
    kpi: { seriesId: 'Revenue!Revenue', catalogId: 'revenue', name: 'Revenue', grammar: 'm', unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency },
    baseline: 158500,
    target: 180000,
    deadline: '2027-03-31',
  });

  it('writes amounts in the currency the KPI column shows', () => {
    expect(generateSentence(revenue('$'), 'en')).toBe('Increase revenue from $158,500 to $180,000 by 31 March 2027.');
    // French: narrow no-break spaces between thousands, a no-break space before the sign (as Intl's fr-FR writes it).
    expect(generateSentence({ ...revenue('$'), kpi: { ...revenue('$').kpi!, name: 'Chiffre d’affaires' } }, 'fr')).toBe(`Augmenter le chiffre d’affaires de 158\u202f500${NBSP}$ à 180\u202f000${NBSP}$ d’ici le 31 mars 2027.`);
    expect(generateSentence(revenue('€'), 'en')).toBe('Increase revenue from €158,500 to €180,000 by 31 March 2027.');
    expect(generateSentence({ ...revenue('€'), kpi: { ...revenue('€').kpi!, name: 'Chiffre d’affaires' } }, 'fr')).toBe(`Augmenter le chiffre d’affaires de 158\u202f500${NBSP}€ à 180\u202f000${NBSP}€ d’ici le 31 mars 2027.`);
    expect(generateSentence(revenue('GBP'), 'en')).toBe('Increase revenue from £158,500 to £180,000 by 31 March 2027.');
  });

  it('writes no currency sign when none is known (never a made-up €)', () => {
    expect(generateSentence(revenue(null), 'en')).toBe('Increase revenue from 158,500 to 180,000 by 31 March 2027.');
    expect(generateSentence({ ...revenue(null), kpi: { ...revenue(null).kpi!, currency: undefined } }, 'fr')).not.toMatch(/€/);
  });

  it('writes the article’s close-rate goal in English', () => {
    expect(generateSentence(closeRateDraft(), 'en')).toBe('Increase the close rate from 25% to 30% by 6 December 2026.');
  });

  it('writes it in French with French number and date formats', () => {
    const draft = closeRateDraft({ kpi: { seriesId: 'x', catalogId: 'close_rate', name: 'Taux de conclusion', unit: 'percent', aggregation: 'level', lowerIsBetter: false } });
    expect(generateSentence(draft, 'fr')).toBe(`Augmenter le taux de conclusion de 25${NNBSP}% à 30${NNBSP}% d’ici le 6 décembre 2026.`);
  });

  it('adds levers and the owner', () => {
    const sentence = generateSentence(closeRateDraft({ levers: 'weekly deal reviews.', owner: 'Alice' }), 'en');
    expect(sentence).toBe('Increase the close rate from 25% to 30% by 6 December 2026, through weekly deal reviews (owner: Alice).');
    const french = generateSentence(closeRateDraft({ levers: 'des revues hebdomadaires', owner: 'Alice' }), 'fr');
    expect(french).toContain(' grâce à des revues hebdomadaires (responsable\u202f: Alice).');
  });

  it('contracts « à » before le and les, as French writes it', () => {
    expect(withFrenchA('les essais plus longs')).toBe('aux essais plus longs');
    expect(withFrenchA('Le support renforcé')).toBe('au support renforcé');
    expect(withFrenchA('la relance des devis')).toBe('à la relance des devis');
    expect(withFrenchA('l’appui du support')).toBe('à l’appui du support');
    expect(withFrenchA('des remises')).toBe('à des remises');
    // Words that only start like an article are not one.
    expect(withFrenchA('lettres de relance')).toBe('à lettres de relance');
    const french = generateSentence(closeRateDraft({ levers: 'les revues hebdomadaires', owner: 'Alice' }), 'fr');
    expect(french).toContain(' grâce aux revues hebdomadaires (responsable\u202f: Alice).');
  });

  // The article's worked example as the wizard writes it: the analyzer reads the three levers, and the owner's
  // parenthesis is not part of the last one (it was: "10% more support staff (owner: Alice)").
  it.each([
    ['en', 'Churn', 'longer trials, discounts, 10% more support staff', 'Reduce churn from 45% to 20% by 31 March 2027, through longer trials, discounts, 10% more support staff (owner: Alice).', ['longer trials', 'discounts', '10% more support staff']],
    ['fr', 'Attrition', 'des essais plus longs, des remises, 10 % de support en plus', 'Réduire l’attrition de 45\u202f% à 20\u202f% d’ici le 31 mars 2027 grâce à des essais plus longs, des remises, 10 % de support en plus (responsable\u202f: Alice).', ['essais plus longs', 'remises', '10 % de support en plus']],
  ] as const)('%s: the churn goal’s levers are read back without the owner', (lang, name, levers, text, expected) => {
    const churn = closeRateDraft({ kpi: { seriesId: null, catalogId: 'churn', name, grammar: 'f elide', unit: 'percent', aggregation: 'level', lowerIsBetter: true }, direction: 'decrease', baseline: 0.45, target: 0.2, deadline: '2027-03-31', levers, owner: 'Alice' });
    const sentence = generateSentence(churn, lang);
    expect(sentence).toBe(text);
    const analysis = analyzeStatement(sentence, { asOf: '2026-12-02' });
    expect(analysis.levers.map((lever) => lever.replace(/^(?:des|les)\s+/, ''))).toEqual(expected);
    expect(analysis.target).toBe(0.2);
    expect(analysis.baseline).toBe(0.45);
    expect(analysis.deadline).toBe('2027-03-31');
  });

  it('resolves a change against the baseline', () => {
    const draft = closeRateDraft({ targetMode: 'change', target: null, change: { value: 0.05, kind: 'absolute' } });
    expect(generateSentence(draft, 'en')).toContain('to 30%');
    const relative = closeRateDraft({ targetMode: 'change', target: null, change: { value: 0.2, kind: 'relative' } });
    expect(generateSentence(relative, 'en')).toContain('to 30%');
  });

  it('uses "reduce" for a decrease and "reach" for totals', () => {
    const churn = closeRateDraft({ kpi: { seriesId: null, catalogId: 'churn', name: 'Churn', grammar: 'f elide', unit: 'percent', aggregation: 'level', lowerIsBetter: true }, direction: 'decrease', baseline: 0.45, target: 0.2, deadline: '2027-03-31' });
    expect(generateSentence(churn, 'en')).toBe('Reduce churn from 45% to 20% by 31 March 2027.');
    const accounts = closeRateDraft({ kpi: { seriesId: null, catalogId: 'deals_closed', name: 'New accounts', unit: 'count', aggregation: 'total', lowerIsBetter: false }, baseline: null, target: 120, deadline: '2026-12-31' });
    expect(generateSentence(accounts, 'en')).toBe('Reach 120 new accounts by 31 December 2026.');
  });

  it('is empty until KPI, target and deadline are known', () => {
    expect(generateSentence(emptyDraft(), 'en')).toBe('');
    expect(generateSentence(closeRateDraft({ deadline: null }), 'en')).toBe('');
    expect(generateSentence(closeRateDraft({ target: null }), 'en')).toBe('');
  });

  it('keeps markup-looking text as plain characters (the DOM inserts it with textContent)', () => {
    const sentence = generateSentence(closeRateDraft({ owner: '<img src=x onerror=alert(1)>' }), 'en');
    expect(sentence).toContain('(owner: <img src=x onerror=alert(1)>)');
  });
});

describe('a total per period on a tab of weekly figures (fixes49)', () => {
  const revenue = (overrides: Partial<GoalDraft> = {}): GoalDraft => ({
    ...emptyDraft(),
    kpi: { seriesId: 'Sales!Revenue', catalogId: 'revenue', name: 'Revenue', grammar: 'm', unit: 'currency', aggregation: 'level', lowerIsBetter: false, currency: 'EUR' },
    baseline: 47_500,
    target: 250_000,
    targetPeriod: 'month',
    deadline: '2027-06-30',
    ...overrides,
  });

  it('offers the longer periods of an amount or a count, its own too when it is added up, never for a rate', () => {
    expect(targetPeriods(revenue().kpi, 'week')).toEqual(['month', 'quarter', 'year']);
    expect(targetPeriods({ ...revenue().kpi!, aggregation: 'total' }, 'week')).toEqual(['week', 'month', 'quarter', 'year']);
    expect(targetPeriods({ ...revenue().kpi!, unit: 'count' }, 'month')).toEqual(['quarter', 'year']);
    expect(targetPeriods(closeRateDraft().kpi, 'week')).toEqual([]);
    expect(targetPeriods({ ...revenue().kpi!, seriesId: null }, 'week')).toEqual([]);
    expect(targetPeriods(revenue().kpi, null)).toEqual([]);
  });

  it('never for a stock or an average read as a level: pipeline value, CAC, average deal size, customers, reps (review 29)', () => {
    for (const catalogId of ['pipeline_value', 'cac', 'average_deal_size', 'customers', 'sales_reps']) {
      expect(targetPeriods({ ...revenue().kpi!, catalogId }, 'week')).toEqual([]);
      // Unless the user says, in the baseline step, that the tab adds up over time.
      expect(targetPeriods({ ...revenue().kpi!, catalogId, aggregation: 'total' }, 'week')).toEqual(['week', 'month', 'quarter', 'year']);
    }
    expect(targetPeriods({ ...revenue().kpi!, catalogId: 'costs' }, 'month')).toEqual(['quarter', 'year']);
  });

  it('is a level to reach, up or down: a change, a level to hold or a KPI without a tab has none', () => {
    expect(draftPeriod(revenue())).toBe('month');
    expect(draftPeriod(revenue({ targetMode: 'change' }))).toBeNull();
    // fixes51: "costs down to €50,000 per month" is one month's total too; « Keep … at €50,000 per month » reads with no target.
    expect(draftPeriod(revenue({ direction: 'decrease' }))).toBe('month');
    expect(draftPeriod(revenue({ direction: 'maintain' }))).toBeNull();
    expect(draftPeriod(revenue({ kpi: { ...revenue().kpi!, seriesId: null } }))).toBeNull();
  });

  it('writes "per month" / « par mois », which the analyzer reads as one month’s total (EN and FR)', () => {
    const en = generateSentence(revenue(), 'en');
    const fr = generateSentence(revenue({ kpi: { ...revenue().kpi!, name: 'Chiffre d’affaires' } }), 'fr');
    expect(en).toMatch(/^Reach €250,000 revenue per month by (June 30, 2027|30 June 2027)\.$/);
    expect(fr).toBe(`Atteindre 250${NNBSP}000${NBSP}€ chiffre d’affaires par mois d’ici le 30 juin 2027.`);
    for (const [text, lang] of [[en, 'en'], [fr, 'fr']] as const) {
      const analysis = analyzeStatement(text, { asOf: '2026-11-26', lang });
      expect([analysis.kpi, analysis.target, analysis.deadline, analysis.recurrence ?? analysis.totalOver]).toEqual(['revenue', 250_000, '2027-06-30', 'month']);
    }
    // Without the period, the sentence is the level's as before.
    expect(generateSentence(revenue({ targetPeriod: null }), 'en')).not.toMatch(/per month/);
  });

  it('writes a decrease per month the analyzer reads back as one (EN and FR)', () => {
    const costs = (lang: 'en' | 'fr') => revenue({ kpi: { ...revenue().kpi!, catalogId: null, name: lang === 'fr' ? 'Coûts' : 'Costs', grammar: undefined, lowerIsBetter: true }, direction: 'decrease', target: 50_000, baseline: 62_000 });
    const en = generateSentence(costs('en'), 'en');
    const fr = generateSentence(costs('fr'), 'fr');
    expect(en).toMatch(/^Reduce costs to €50,000 per month by (June 30, 2027|30 June 2027)\.$/);
    expect(fr).toBe(`Réduire les coûts à 50${NNBSP}000${NBSP}€ par mois d’ici le 30 juin 2027.`);
    for (const [text, lang] of [[en, 'en'], [fr, 'fr']] as const) {
      const analysis = analyzeStatement(text, { asOf: '2026-11-26', lang });
      expect([analysis.target, analysis.direction, analysis.deadline, analysis.recurrence, analysis.baseline]).toEqual([50_000, 'decrease', '2027-06-30', 'month', null]);
    }
  });
});
