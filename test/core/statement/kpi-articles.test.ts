/**
 * Review 5, F4: the article before every catalog KPI in the example rewrites (SMARTCHECK, Check goals' notes, the
 * report's recommendations) comes from the grammar stored with its label, not from a guess on the spelling
 * (« l’inscriptions », « le part de marché », « le commerciaux », "customer satisfaction (csat)" were guessed).
 */
import { KPI_CATALOG, type KpiDefinition } from '../../../src/core/kpi/catalog';
import { analyzeStatement, exampleRewrite, kpiPhrase } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';
import { isMessageKey } from '../../../src/core/messages';

/** Every catalog KPI, written by hand: a KPI added to the catalog without its line here fails the walk below. */
const EXPECTED: Record<string, { en: string; fr: string }> = {
  revenue: { en: 'revenue', fr: 'le chiffre d’affaires' },
  sales_growth: { en: 'sales growth', fr: 'la croissance des ventes' },
  gross_margin: { en: 'the gross margin', fr: 'la marge brute' },
  net_margin: { en: 'the net margin', fr: 'la marge nette' },
  signups: { en: 'sign-ups', fr: 'les inscriptions' },
  retention: { en: 'retention', fr: 'la fidélisation' },
  churn: { en: 'churn', fr: 'l’attrition' },
  cac: { en: 'the customer acquisition cost', fr: 'le coût d’acquisition client' },
  prospecting: { en: 'prospecting activity', fr: 'l’activité de prospection' },
  funnel_throughput: { en: 'the funnel throughput', fr: 'le débit de l’entonnoir' },
  conversion_rate: { en: 'the conversion rate', fr: 'le taux de conversion' },
  close_rate: { en: 'the close rate', fr: 'le taux de conclusion' },
  deals_closed: { en: 'deals closed', fr: 'les comptes conclus' },
  leads: { en: 'qualified leads', fr: 'les prospects qualifiés' },
  meetings: { en: 'meetings booked', fr: 'les rendez-vous' },
  average_deal_size: { en: 'the average deal size', fr: 'le panier moyen' },
  nps: { en: 'the NPS', fr: 'le NPS' },
  csat: { en: 'customer satisfaction (CSAT)', fr: 'la satisfaction client (CSAT)' },
  market_share: { en: 'market share', fr: 'la part de marché' },
  profit: { en: 'profit', fr: 'le bénéfice' },
  costs: { en: 'operating costs', fr: 'les coûts d’exploitation' },
  pipeline_value: { en: 'the pipeline value', fr: 'la valeur du pipeline' },
  customers: { en: 'active customers', fr: 'les clients actifs' },
  website_traffic: { en: 'website traffic', fr: 'le trafic du site' },
  quota_attainment: { en: 'quota attainment', fr: 'l’atteinte des quotas' },
  sales_reps: { en: 'sales reps', fr: 'les commerciaux' },
};

const ACRONYM = /\b[A-Z]{2,}\b/g;
const FR_VOWEL = /^[aeiouyhâàéèêîôû]/i;

/** What a French reader would flag in a sentence: a missing elision or contraction, a wrong article. */
function frenchSlips(sentence: string): string[] {
  const slips: string[] = [];
  for (const m of sentence.matchAll(/\b(le|la|de|que|ne) ([aeiouyâàéèêîôû][\p{L}]*)/giu)) slips.push(`no elision: ${m[0]}`);
  for (const m of sentence.matchAll(/\b(?:de|à) (?:le|les) /gi)) slips.push(`no contraction (du/des/au/aux): ${m[0]}`);
  for (const m of sentence.matchAll(/\bl’(\p{L}+)s\b/giu)) slips.push(`elided plural: ${m[0]}`);
  return slips;
}

describe('the article before each catalog KPI', () => {
  it('has a hand-written expectation for every catalog KPI', () => {
    expect(KPI_CATALOG.map((k) => k.id).filter((id) => !(id in EXPECTED))).toEqual([]);
  });

  it.each(KPI_CATALOG.map((k) => [k.id, k] as const))('%s', (_id, kpi: KpiDefinition) => {
    for (const lang of ['en', 'fr'] as Lang[]) {
      const phrase = kpiPhrase(kpi, lang);
      expect(phrase).toBe(EXPECTED[kpi.id][lang]);
      // Acronyms stay upper-case ("CSAT", "NPS").
      for (const acronym of kpi.label[lang].match(ACRONYM) ?? []) expect(phrase).toContain(acronym);
    }
    const fr = kpiPhrase(kpi, 'fr');
    const grammar = kpi.label.grammar;
    expect(grammar).toBeDefined();
    const plural = grammar!.includes('pl');
    // l’ only in the singular and only before a vowel or mute h; les in the plural; la/le by gender otherwise.
    if (plural) expect(fr.startsWith('les ')).toBe(true);
    else if (fr.startsWith('l’')) expect(FR_VOWEL.test(kpi.label.fr)).toBe(true);
    else expect(fr.startsWith(grammar!.startsWith('f') ? 'la ' : 'le ')).toBe(true);
    if (!plural && FR_VOWEL.test(kpi.label.fr) && !/^h/i.test(kpi.label.fr)) expect(fr.startsWith('l’')).toBe(true);
  });

  it.each(KPI_CATALOG.map((k) => [k.id, k] as const))('%s: example rewrites read as French and keep acronyms', (_id, kpi: KpiDefinition) => {
    const base = analyzeStatement('x', { asOf: '2026-11-26', lang: 'fr' });
    const cases = [
      { ...base, direction: 'increase' as const },
      { ...base, direction: 'decrease' as const, change: { kind: 'relative' as const, value: 0.08 } },
      { ...base, direction: 'increase' as const, target: 12 },
      { ...base, direction: 'maintain' as const, target: 80 },
      { ...base, direction: 'increase' as const, baseline: 8, target: 11, recurrence: 'week' as const },
    ];
    // A count of won events raised to a number is said with its own verb, without the article (fixes50).
    const wonVerb = isMessageKey(`statement.example.won.${kpi.id}`);
    for (const analysis of cases) {
      const won = wonVerb && analysis.direction === 'increase' && analysis.target !== null && analysis.baseline === null;
      const fr = exampleRewrite(analysis, kpi, 'fr', '2026-11-26');
      if (won) expect(fr).toMatch(/^(?:Conclure|Décrocher|Générer|Obtenir) 12 \p{L}/u);
      else expect(fr).toContain(EXPECTED[kpi.id].fr);
      expect(frenchSlips(fr)).toEqual([]);
      const en = exampleRewrite(analysis, kpi, 'en', '2026-11-26');
      if (won) expect(en).toMatch(/^(?:Close|Book|Generate|Get) 12 [a-z]/);
      else expect(en).toContain(EXPECTED[kpi.id].en);
      for (const acronym of kpi.label.en.match(ACRONYM) ?? []) expect(en).toContain(acronym);
    }
  });

  it('guesses a workbook KPI without stored grammar from its spelling, plural before elision', () => {
    const own = (fr: string, en = fr): KpiDefinition => ({ id: 'own', label: { en, fr }, synonyms: { en: [], fr: [] }, unit: 'count', lowerIsBetter: false, aggregation: 'total' });
    expect(kpiPhrase(own('Inscriptions'), 'fr')).toBe('les inscriptions');
    expect(kpiPhrase(own('Part de marché'), 'fr')).toBe('la part de marché');
    expect(kpiPhrase(own('Taux de clic'), 'fr')).toBe('le taux de clic');
    expect(kpiPhrase(own('Abandon de panier'), 'fr')).toBe('l’abandon de panier');
    expect(kpiPhrase(own('Tickets résolus (SLA)', 'Tickets solved (SLA)'), 'en')).toBe('tickets solved (SLA)');
  });
});
