/**
 * One block per mechanism fixed after the held-out corpus
 * (test/fixtures/statements/holdout.jsonl) exposed it. Sentences here are
 * deliberately different from both corpora so the mechanism, not a
 * sentence, is under test.
 */
import { analyzeStatement, evaluateStatement } from '../../../src/core/statement';
import { findDirections } from '../../../src/core/statement/direction';
import { findKpis, pickKpi } from '../../../src/core/statement/kpi';
import { findQuantities } from '../../../src/core/statement/quantities';
import { fold } from '../../../src/core/statement/text';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';

const AS_OF = '2026-11-26';
const analyze = (text: string, asOf = AS_OF) => analyzeStatement(text, { asOf });

describe('multiplicative verbs with a factor in words', () => {
  it.each([
    ['multiplier par deux le nombre de rdv', 'increase', 1],
    ['multiplier par quatre les inscriptions', 'increase', 3],
    ['multiply outreach by three', 'increase', 2],
    ['diviser par trois le churn', 'decrease', 2 / 3],
  ])('%s', (text, cue, relativeChange) => {
    const [mention] = findDirections(fold(text));
    expect(mention.cue).toBe(cue);
    expect(mention.relativeChange).toBeCloseTo(relativeChange, 6);
  });

  it.each(['Slash CAC in half by next year.', 'Lower cancellations by half in 2027.', 'Abaisser le CAC de moitié en 2027.'])('"%s" halves', (text) => {
    const a = analyze(text);
    expect(a.direction).toBe('decrease');
    expect(a.change).toEqual({ value: 0.5, kind: 'relative' });
    expect(a.unit).toBe('percent');
  });
});

describe('bounds', () => {
  it('a bound written after the number is the target ("or more", "ou moins", "au maximum")', () => {
    expect(analyze('Keep net margin at 12% or higher in 2027.')).toMatchObject({ direction: 'maintain', target: 0.12, change: null });
    expect(analyze('Ramener le CAC à 90 € ou moins d’ici fin 2027.')).toMatchObject({ direction: 'decrease', target: 90, change: null, unit: 'currency' });
  });

  it('a trailing bound on a change bounds the change, not the level', () => {
    expect(analyze('Augmenter les inscriptions de 15 % au minimum en 2027.')).toMatchObject({ target: null, change: { value: 0.15, kind: 'relative' } });
  });

  it('threshold phrases ("sous le seuil de", "below the threshold of") and comparison signs', () => {
    expect(analyze('Faire passer le churn sous le seuil de 4 % au T3 2027.')).toMatchObject({ kpi: 'churn', direction: 'decrease', target: 0.04 });
    expect(analyze('Bring churn below the threshold of 5% in 2027.')).toMatchObject({ direction: 'decrease', target: 0.05 });
    expect(analyze('Win rate ≥ 25% by end of Q1.')).toMatchObject({ kpi: 'close_rate', direction: 'increase', target: 0.25 });
    expect(analyze('CAC < 300 € fin 2027.')).toMatchObject({ kpi: 'cac', direction: 'decrease', target: 300, unit: 'currency' });
  });

  it('a bound that qualifies the counted object is not the goal ("12 deals above €40k")', () => {
    expect(analyze('Close 12 deals above €40k in H1 2027.')).toMatchObject({ kpi: 'deals_closed', target: 12, unit: 'count' });
    expect(analyze('Conclure 4 contrats de plus de 100 k€ par trimestre.')).toMatchObject({ kpi: 'deals_closed', target: 4, unit: 'count', recurrence: 'quarter' });
  });

  it('a range may end on a bound ("de 6 % à moins de 4 %")', () => {
    expect(analyze('Baisser le churn de 6 % à moins de 4 % en 2027.')).toMatchObject({ baseline: 0.06, target: 0.04, change: null });
  });

  it('an explicitly signed level after "to" is the target ("NPS to +35")', () => {
    expect(analyze('Lift NPS to +35 by the end of 2027.')).toMatchObject({ kpi: 'nps', target: 35, change: null, unit: 'count' });
  });
});

describe('levels of a named KPI after an indefinite article', () => {
  it('"obtenir un taux de X de N %" is a level whatever the verb', () => {
    expect(analyze('Décrocher un taux de réussite de 40 % au T2 2027.')).toMatchObject({ kpi: 'close_rate', target: 0.4, change: null });
  });
  it('with a definite article it stays a change', () => {
    expect(analyze('Augmenter le taux de réussite de 10 % au T2 2027.')).toMatchObject({ target: null, change: { value: 0.1, kind: 'relative' } });
  });
});

describe('ranges share the unit written once', () => {
  it.each([
    ['Faire passer le CA de 900 à 1 100 k€ en 2027.', 900000, 1100000, 'currency'],
    ['Grow ARR from 2.5M to 3M dollars in 2027.', 2500000, 3000000, 'currency'],
    ['Faire baisser le churn de 6 à 4 % en 2027.', 0.06, 0.04, 'percent'],
  ])('%s', (text, baseline, target, unit) => {
    expect(analyze(text)).toMatchObject({ baseline, target, unit });
  });

  it('records the scale word of every quantity', () => {
    expect(findQuantities(fold('1.2m to 250 k€'), 'en').map((q) => q.scale)).toEqual([1e6, 1e3]);
  });
});

describe('KPI compounds', () => {
  const pick = (text: string) => {
    const folded = fold(text);
    const isRate = (id: string) => KPI_CATALOG.find((k) => k.id === id)?.unit === 'percent';
    return pickKpi(findKpis(folded, text), [], folded, isRate)?.id ?? null;
  };
  it('a generic word is not the head of a compound ("meeting bookings")', () => {
    expect(pick('Increase meeting bookings by 10%')).toBe('meetings');
  });
  it('a rate named after a count is still the head ("lead to customer conversion")', () => {
    expect(pick('Improve the lead to customer conversion rate')).toBe('conversion_rate');
  });
  it('a rate named first heads a French compound ("taux de conversion MQL → SQL")', () => {
    expect(pick('Porter le taux de conversion SQL en clients à 25 %')).toBe('conversion_rate');
  });
  it('a plural KPI word reads singular before a measure noun', () => {
    expect(analyze('Grow registration volume by 20% in Q1 2027.').kpi).toBe('signups');
    expect(analyze('Increase appointment count to 90 next month.').kpi).toBe('meetings');
  });
  it('cold-call and renewal vocabulary', () => {
    expect(analyze('Faire 60 appels à froid par jour.').kpi).toBe('prospecting');
    expect(analyze('Porter le taux de renouvellement à 85 % en 2027.').kpi).toBe('retention');
  });
  it('a KPI word qualifying a measure the catalog does not track names no KPI', () => {
    expect(analyze('Cut lead response time to 1 hour.').kpi).toBeNull();
    expect(analyze('Réduire le délai de paiement des clients à 30 jours.').kpi).toBeNull();
    expect(analyze('Réduire le CAC payback à 12 mois.').kpi).toBeNull();
  });
  // Issue 11: the number of active customers is the `customers` level; customers won stay `deals_closed`.
  it('the number of customers is the customer base ("nombre de clients")', () => {
    expect(analyze('Augmenter le nombre de clients actifs de 10 % en 2027.').kpi).toBe('customers');
    expect(analyze('Augmenter le nombre de clients de 10 % en 2027.').kpi).toBe('customers');
    expect(analyze('Signer 10 nouveaux clients en 2027.').kpi).toBe('deals_closed');
  });
});

describe('direction verbs', () => {
  it('shorten / raccourcir decrease', () => {
    expect(analyze('Raccourcir le cycle de vente de 10 jours en 2027.')).toMatchObject({ direction: 'decrease', change: { value: 10, kind: 'absolute' }, unit: 'days' });
    expect(analyze('Shorten time to close to 40 days by Q2 2027.')).toMatchObject({ direction: 'decrease', target: 40 });
  });
  it('"push X up N %" is a relative change', () => {
    expect(analyze('Push bookings up 12% in Q2 2027.')).toMatchObject({ direction: 'increase', target: null, change: { value: 0.12, kind: 'relative' } });
  });
});

describe('recurrence adverbs after the KPI', () => {
  it('English cadence adverbs after the metric are the goal’s cadence', () => {
    expect(analyze('Book 6 demos weekly.').recurrence).toBe('week');
    expect(analyze('Send 40 prospecting emails daily.').recurrence).toBe('day');
  });
  it('before the metric they still name it', () => {
    expect(analyze('Reduce monthly churn to 2% by Q2 2027.').recurrence).toBeNull();
  });
});

describe('deadlines', () => {
  it.each([
    ['Atteindre 30 démos pendant le mois de février.', '2027-02-28'],
    ['Porter la marge brute à 45 % d’ici le 30.06.2027.', '2027-06-30'],
    ['Keep churn under 3% for the rest of the quarter.', '2026-12-31'],
    ['Maintenir le NPS au-dessus de 40 pendant le reste de l’année.', '2026-12-31'],
    ['Objectif 2028 : 8 M€ de CA.', '2028-12-31'],
    ['Close 4 deals within a fortnight.', '2026-12-10'],
    ['Obtenir 20 RDV sous quinzaine.', '2026-12-10'],
  ])('%s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });
  it('a goal year is never the target', () => {
    expect(analyze('Objectif 2028 : 8 M€ de CA.').target).toBe(8000000);
  });
});

describe('levers and ranks', () => {
  it('"avec" introduces a French lever whose numbers stay out of the goal', () => {
    expect(analyze('Signer 25 nouveaux comptes en 2027 avec 3 commerciaux supplémentaires.')).toMatchObject({ target: 25, change: null, levers: ['3 commerciaux supplémentaires'] });
  });
  it('"#1" is a rank, not a number', () => {
    expect(analyze('Become the #1 vendor in the region by 2028.').target).toBeNull();
  });
  it('percent values carry no binary noise', () => {
    expect(analyze('Porter le taux de conversion à 2,3 % en 2027.').target).toBe(0.023);
  });
});

describe('minus signs and compact notations', () => {
  it('a minus sign states a decrease ("-15 % de CAC", "Churn: −1 pt")', () => {
    expect(analyze('-15 % de CAC d’ici fin 2027.')).toMatchObject({ kpi: 'cac', direction: 'decrease', change: { value: 0.15, kind: 'relative' }, target: null });
    expect(analyze('Churn: −1 pt by end of Q3.')).toMatchObject({ direction: 'decrease', change: { value: 0.01, kind: 'absolute' } });
  });
  it('hyphens inside words and ranges are not minus signs', () => {
    expect(analyze('Send 300 e-mails de prospection par semaine.').change).toBeNull();
  });
  it('a colon after a year names the goal period ("MRR 2027 : +8 %")', () => {
    expect(analyze('MRR 2027 : +8 %.')).toMatchObject({ kpi: 'revenue', change: { value: 0.08, kind: 'relative' }, target: null, deadline: '2027-12-31', language: 'fr' });
  });
});

describe('side constraints', () => {
  it('"while keeping X under N" is neither the goal nor a lever', () => {
    expect(analyze('Grow new logos by 25% in 2027 while keeping CAC below $400.')).toMatchObject({ kpi: 'deals_closed', target: null, change: { value: 0.25, kind: 'relative' }, unit: 'percent', levers: [] });
  });
  it('"tout en maintenant …" ends a lever list', () => {
    expect(analyze('Augmenter le CA de 8 % grâce au upsell, tout en maintenant le churn sous 3 %.')).toMatchObject({ kpi: 'revenue', target: null, levers: ['upsell'] });
  });
});

describe('fractions in words', () => {
  it.each(['Cut CAC by a third in 2027.', 'Baisser le CAC d’un tiers en 2027.'])('"%s" is a relative change of one third', (text) => {
    const a = analyze(text);
    expect(a.direction).toBe('decrease');
    expect(a.change?.kind).toBe('relative');
    expect(a.change?.value).toBeCloseTo(1 / 3, 6);
  });
});

describe('cadence adjectives that qualify a level', () => {
  it('after a level or before a non-goal noun they are no recurrence', () => {
    expect(analyze('Ramener l’attrition sous 1,5 % mensuel d’ici fin 2027.').recurrence).toBeNull();
    expect(analyze('Reach a weekly run-rate of 40 demos by Q2 2027.').recurrence).toBeNull();
  });
  it('before a goal noun or as an adverb they are the cadence', () => {
    expect(analyze('Set a monthly target of 40 demos.').recurrence).toBe('month');
    expect(analyze('Grow MRR 4% monthly through upsells.').recurrence).toBe('month');
  });
  it('a customer base is the customers level (issue 11)', () => {
    expect(analyze('Grow the customer base by 15% in 2027.').kpi).toBe('customers');
  });
});

describe('French lever connectors', () => {
  it.each([
    ['Augmenter les inscriptions de 20 % à travers un jeu concours.', ['un jeu concours']],
    ['Réduire le churn de 10 % au travers de revues trimestrielles.', ['revues trimestrielles']],
  ])('%s', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });
});

describe('"with" levers and the numbers after them', () => {
  it('a number inside the means keeps the clause a lever', () => {
    expect(analyze('Grow ARR by 15% with cross-sells and a price rise of 4%.').levers).toEqual(['cross-sells', 'a price rise of 4%']);
  });
  it('a goal number after the clause makes it a segment, not a lever', () => {
    expect(analyze('Grow bookings with enterprise accounts by 12% in 2027.')).toMatchObject({ levers: [], change: { value: 0.12, kind: 'relative' } });
  });
});

describe('number formats', () => {
  it('Swiss apostrophe grouping', () => {
    expect(findQuantities(fold("1'500'000 chf"), 'fr')[0]).toMatchObject({ value: 1500000, kind: 'money', currency: 'CHF' });
  });
  it('a count with one separator and three digits is grouped in either locale', () => {
    expect(analyze('Reach 3.200 newsletter subscribers in 2027.').target).toBe(3200);
    expect(analyze('Atteindre 3,200 inscriptions en 2027.').target).toBe(3200);
    expect(analyze('Atteindre 4.500 € de panier moyen en 2027.').target).toBe(4500);
  });
  it('decimals stay decimals for rates and for leading zeros', () => {
    expect(analyze('Porter le taux de conversion à 2,500 % en 2027.').target).toBe(0.025);
    expect(findQuantities(fold('0,125'), 'fr')[0].value).toBe(0.125);
  });
});

describe('two goals in one sentence', () => {
  it('the first goal keeps its own numbers and KPI; the deadline is shared', () => {
    expect(analyze('Grow ARR by 12% and cut CAC to $250 by the end of 2027.')).toMatchObject({
      kpi: 'revenue',
      direction: 'increase',
      target: null,
      change: { value: 0.12, kind: 'relative' },
      deadline: '2027-12-31',
    });
    expect(analyze('Ramener le churn à 2 % puis augmenter le NPS de 10 points en 2027.')).toMatchObject({ kpi: 'churn', target: 0.02, change: null });
  });
  it('two verbs on one object stay one goal', () => {
    expect(analyze('Maintenir et augmenter le NPS au-dessus de 50 en 2027.')).toMatchObject({ kpi: 'nps', target: 50 });
  });
});

describe('fiscal and calendar years', () => {
  it.each([
    ['Grow ARR 8% next FY.', '2027-12-31'],
    ['Augmenter le CA de 5 % sur l’année fiscale prochaine.', '2027-12-31'],
    ['Reach $3M ARR by the end of calendar year 2028.', '2028-12-31'],
  ])('%s', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });
});

describe('manager vocabulary', () => {
  it.each([
    ['Faire grossir le pipe de 15 % en 2027.', 'funnel_throughput', 'increase'],
    ['Créer 150 opportunités au T1 2027.', 'funnel_throughput', 'increase'],
    ['Porter le taux de conv à 4 % en 2027.', 'conversion_rate', 'increase'],
    ['Atteindre un taux de gain de 30 % en 2027.', 'close_rate', 'increase'],
    ['Augmenter le nombre de signatures de 10 % en 2027.', 'deals_closed', 'increase'],
    ['Augmenter les renouvellements de 5 % en 2027.', 'retention', 'increase'],
    ['Porter le taux de satisfaction à 90 % en 2027.', 'csat', 'increase'],
    ['Porter la rentabilité nette à 11 % en 2027.', 'net_margin', 'increase'],
    ['Grow new subscriptions by 10% in 2027.', 'signups', 'increase'],
  ])('%s', (text, kpi, direction) => {
    expect(analyze(text)).toMatchObject({ kpi, direction });
  });
  it('cost per lead is not a catalog KPI, quality leads are leads', () => {
    expect(analyze('Baisser le coût par lead à 35 € en 2027.').kpi).toBeNull();
    expect(analyze('Generate 40 quality leads per week.').kpi).toBe('leads');
  });
});

describe('counts of something else', () => {
  it('a bare count of another noun in a money or rate goal is not the goal’s number', () => {
    expect(analyze('Augmenter le CA de 12 % sur les entreprises de plus de 500 salariés en 2027.')).toMatchObject({ target: null, change: { value: 0.12, kind: 'relative' }, unit: 'percent' });
    expect(analyze('Grow bookings from the top 50 accounts by 20% in 2027.')).toMatchObject({ target: null, change: { value: 0.2, kind: 'relative' } });
  });
  it('a count of the KPI itself stays the goal’s number', () => {
    expect(analyze('Sign 12 new accounts in Q1 2027.').target).toBe(12);
  });
  it('lost customers are churn', () => {
    expect(analyze('Réduire le nombre de clients perdus de 40 à 25 par trimestre.')).toMatchObject({ kpi: 'churn', direction: 'decrease', baseline: 40, target: 25, unit: 'count' });
  });
});

describe('a direction verb on an untracked measure', () => {
  it('states a direction without a KPI', () => {
    expect(analyze('Increase lead response rate.')).toMatchObject({ kpi: null, direction: 'increase' });
    expect(analyze('Réduire le délai de livraison.')).toMatchObject({ kpi: null, direction: 'decrease' });
  });
  it('vague wording still has none', () => {
    expect(analyze('Grow!').direction).toBeNull();
    // Issue 11: a clear verb on an object the catalog does not track states a direction ("Grow our business").
    expect(analyze('Improve our image.').direction).toBe('increase');
    expect(analyze('Progresser cette année.').direction).toBeNull();
  });
});

describe('judging a direction without a KPI', () => {
  it('fails Specific with a message that does not deny the direction', () => {
    // "costs" became a catalog KPI (issue 11): complaints are still untracked.
    const evaluation = evaluateStatement('Reduce complaints.', { asOf: AS_OF, lang: 'en' });
    expect(evaluation.criteria.specific.status).toBe('fail');
    expect(evaluation.criteria.specific.message).toMatch(/no tracked KPI/);
  });
});

describe('modal and intransitive phrasings', () => {
  it.each([
    ['Le CA doit progresser de 9 % en 2027.', 'increase', null, { value: 0.09, kind: 'relative' }],
    ['CAC needs to go down to $300 by Q2 2027.', 'decrease', 300, null],
    ['Churn should fall below 2.5% by Q3 2027.', 'decrease', 0.025, null],
    ['Le churn ne doit pas dépasser 3 % par mois.', 'decrease', 0.03, null],
  ])('%s', (text, direction, target, change) => {
    expect(analyze(text)).toMatchObject({ direction, target, change });
  });
  it('"by fall" is a season, not a decrease', () => {
    expect(analyze('Book 60 demos by fall.').direction).toBe('increase');
  });
  it('a bound on a change stays a change ("by at least 8 %", "d’au moins 8 %")', () => {
    expect(analyze('Grow ARR by at least 8% in 2027.')).toMatchObject({ target: null, change: { value: 0.08, kind: 'relative' } });
    expect(analyze('Augmenter les inscriptions d’au moins 8 % en 2027.')).toMatchObject({ target: null, change: { value: 0.08, kind: 'relative' } });
  });
});

describe('side numbers in parentheses', () => {
  it('a comparison year is not an amount', () => {
    expect(analyze('Grow bookings by 15% in 2027 (vs. 2026).')).toMatchObject({ target: null, change: { value: 0.15, kind: 'relative' } });
  });
  it('a lone "from X" is the baseline', () => {
    expect(analyze('Grow ARR by 20% (from $2M) by Q4 2027.')).toMatchObject({ baseline: 2000000, target: null });
  });
});

describe('more cadence phrasings', () => {
  it.each([
    ['Grow ARR 25% per annum.', 'year'],
    ['Grow ARR 25% p.a.', 'year'],
    ['Augmenter l’ARR de 25 % l’an.', 'year'],
    ['Send 30 emails every working day.', 'day'],
    ['Book 20 demos monthly per AE.', 'month'],
  ])('%s', (text, recurrence) => {
    expect(analyze(text).recurrence).toBe(recurrence);
  });
  it('"faire N appels" is an attainment with a direction', () => {
    expect(analyze('Faire 70 appels par jour.')).toMatchObject({ kpi: 'prospecting', direction: 'increase', target: 70 });
  });
});

describe('franglais', () => {
  it('the opening verb shows the writer’s language', () => {
    expect(analyze('Booster le pipeline de 20 % by end of Q2.').language).toBe('fr');
    expect(analyze('Closer 10 deals d’ici fin décembre.')).toMatchObject({ language: 'fr', kpi: 'deals_closed', direction: 'increase', target: 10 });
  });
});

describe('mechanisms exposed by the blind2 corpus and its probes', () => {
  it.each([
    ['Conclure 30 ventes d’ici la fin du mois de janvier 2027.', 30],
    ['Make 50 sales this month.', 50],
    ['Réaliser 120 nouvelles ventes par mois.', 120],
  ])('"%s": counted sales are won deals, a count', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.unit).toBe('count');
    expect(a.target).toBe(target);
  });

  it.each([
    ['Atteindre 25 % de ventes supplémentaires.', 'percent'],
    ['Générer 300 000 € de ventes.', 'currency'],
    ['Increase 2026 sales by 10%.', 'percent'],
  ])('"%s": an amount, a rate or a year before "sales" stays revenue', (text, unit) => {
    const a = analyze(text);
    expect(a.kpi).toBe('revenue');
    expect(a.unit).toBe(unit);
  });

  it.each([
    ['Réduire l’attrition client de 15 % en un an.', '2027-11-26'],
    ['Doubler les démos dans un an.', '2027-11-26'],
    ['Signer 20 comptes d’ici un an.', '2027-11-26'],
  ])('"%s": a one-year duration ("un an", singular) is a deadline', (text, deadline) => {
    expect(analyze(text).deadline).toBe(deadline);
  });

  it.each([
    ['Passer 40 appels à froid quotidiennement.', 'day'],
    ['Augmenter les inscriptions de 5 % mensuellement.', 'month'],
    ['Réaliser 10 démos hebdomadairement.', 'week'],
  ])('"%s": a French -ment adverb after the metric is the goal’s cadence', (text, recurrence) => {
    expect(analyze(text).recurrence).toBe(recurrence);
  });

  it.each([
    ['Close 5 deals worth more than $50k by the end of the quarter.', 5],
    ['Win 12 contracts worth more than €20k.', 12],
  ])('"%s": "more than" bounding the counted object is not "N more"', (text, target) => {
    const a = analyze(text);
    expect(a.target).toBe(target);
    expect(a.change).toBeNull();
  });

  it('still reads "N more" as an absolute change', () => {
    expect(analyze('Get 20 more deals.').change).toEqual({ value: 20, kind: 'absolute' });
  });

  it.each([
    ['Grow our subscriber base from 8,000 to 12,000 by Q3 2027.', 'signups'],
    ['Grow our subscriber list by 500.', 'signups'],
    ['Lower acquisition cost to less than $200 per customer by Q2 2027.', 'cac'],
    ['Reduce the cost of acquisition by 10%.', 'cac'],
  ])('"%s" names %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });

  it.each([
    'Augmenter les ventes de 12 % par rapport à 2026 d’ici la fin de 2027.',
    'Atteindre 30 démos d’ici la fin de 2027.',
  ])('"%s": "la fin de 2027" ends that year', (text) => {
    expect(analyze(text).deadline).toBe('2027-12-31');
  });

  it.each([
    ['Schedule 25 discovery calls per week with new prospects.', []],
    ['Book 20 demos with decision makers by year end.', []],
    ['Grow revenue with new customers through referrals.', ['referrals']],
    ['Augmenter le CA de 10 % avec les clients existants grâce à des offres groupées.', ['des offres groupées']],
    ['Increase revenue by 10% with customer success plans.', ['customer success plans']],
  ])('"%s": "with/avec" + the people the goal is reached with is a segment, not a lever', (text, levers) => {
    expect(analyze(text).levers).toEqual(levers);
  });

  it.each([
    ['Fidéliser davantage nos clients.', 'retention', null],
    ['Fidéliser 90 % de nos clients d’ici la fin de l’année.', 'retention', 0.9],
    ['Retain 95% of our customers in 2027.', 'retention', 0.95],
    ['Prospecter davantage.', 'prospecting', null],
  ])('"%s": a verb naming its KPI gives the KPI, its better direction and a level', (text, kpi, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe(kpi);
    expect(a.direction).toBe('increase');
    expect(a.target).toBe(target);
    expect(a.change).toBeNull();
  });

  it('lets a KPI named as a noun win over a verb naming one', () => {
    const a = analyze('Réduire le churn en fidélisant les clients.');
    expect(a.kpi).toBe('churn');
    expect(a.direction).toBe('decrease');
    expect(a.levers).toEqual(['fidélisant les clients']);
  });

  it('still reads a French cadence adjective after the metric as part of its name', () => {
    expect(analyze('Réduire le churn mensuel de 3 % à 2 %.').recurrence).toBeNull();
  });
});

describe('French past participles after the metric (blind3 probes)', () => {
  it.each([
    ['Augmenter le nombre de démos réalisées de 10 par semaine.', 'meetings', 'week'],
    ["Augmenter le nombre d'appels effectués de 20 par jour.", 'prospecting', 'day'],
    ['Augmenter les rendez-vous planifiés de 5 par semaine.', 'meetings', 'week'],
  ] as const)('"%s": the participle qualifies the noun, the change verb keeps the delta', (text, kpi, recurrence) => {
    const a = analyze(text);
    expect(a.kpi).toBe(kpi);
    expect(a.direction).toBe('increase');
    expect(a.target).toBeNull();
    expect(a.change?.kind).toBe('absolute');
    expect(a.recurrence).toBe(recurrence);
  });

  it('still reads the infinitive as an attainment verb', () => {
    const a = analyze('Réaliser 30 démos par semaine.');
    expect(a.target).toBe(30);
    expect(a.change).toBeNull();
  });
});

describe('KPI synonyms found by blind3 probes', () => {
  it.each([
    ["Réduire le taux de perte de clients à 5 % d'ici l'exercice 2027.", 'churn'],
    ['Increase the average selling price by 5% in 2027.', 'average_deal_size'],
    ['Augmenter le prix de vente moyen de 5 %.', 'average_deal_size'],
    ['Hausser le taux de réabonnement à 85 % d’ici fin 2027.', 'retention'],
  ])('%s → %s', (text, kpi) => {
    expect(analyze(text).kpi).toBe(kpi);
  });
});

describe('a compared level and its period (blind3 probes)', () => {
  it.each([
    ['Augmenter le CA à 4,5 M€ contre 3,8 M€ en 2026.', 3800000, 4500000, null],
    ['Atteindre 2 M€ de CA en 2027 contre 1,6 M€ en 2026.', 1600000, 2000000, '2027-12-31'],
    ['Grow revenue to $5M in 2027 vs $4M in 2026.', 4000000, 5000000, '2027-12-31'],
    ['Increase ARR to $2M, up from $1.5M in 2026.', 1500000, 2000000, null],
    ['Reach a 30% win rate versus 22% today.', 0.22, 0.3, null],
  ] as const)('"%s": the compared level is the baseline and its period is not the deadline', (text, baseline, target, deadline) => {
    const a = analyze(text);
    expect(a.baseline).toBeCloseTo(baseline, 9);
    expect(a.target).toBeCloseTo(target, 9);
    expect(a.deadline).toBe(deadline);
  });

  it('keeps a deadline that follows a compared level', () => {
    expect(analyze("Ramener le churn à 3 % contre 5 % d'ici fin mars.").deadline).toBe('2027-03-31');
    expect(analyze('Reduce churn from 5% by the end of Q1.').deadline).toBe('2027-03-31');
  });
});
