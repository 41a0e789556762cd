/**
 * Goal sentences reviewers saw misread (fixes16). Each class is fixed by a general rule and checked here on sentences
 * written for the class, FR and EN, none of them in a fixture set, with near-misses that must keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { AnalyzeOptions } from '../../../src/core/statement';

const AS_OF = '2026-11-26';
const analyze = (text: string, options: Partial<AnalyzeOptions> = {}) => analyzeStatement(text, { asOf: AS_OF, ...options });

describe('S1: a floor not to fall below is a level to hold, its bound the target', () => {
  it.each([
    ['Ne pas descendre sous 20 % de marge', 'net_margin', 0.2],
    ['never fall below 30 % close rate', 'close_rate', 0.3],
    ['Ne jamais passer sous la barre des 90 % de rétention.', 'retention', 0.9],
    ['Don’t let our win rate drop below 25% this year.', 'close_rate', 0.25],
    ['We must never go below 90% retention.', 'retention', 0.9],
    ['Le taux de marge ne doit jamais tomber en dessous de 30 %.', 'net_margin', 0.3],
    ['Ne pas laisser le taux de closing descendre sous 25 % en 2027.', 'close_rate', 0.25],
    ['Our NPS should not fall under 40.', 'nps', 40],
    ['Never drop under 50 meetings per month.', 'meetings', 50],
    ['Ne plus passer sous les 500 000 € de CA mensuel.', 'revenue', 500_000],
  ])('%s → %s, maintain, target %p', (text, kpi, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe(kpi);
    expect(a.direction).toBe('maintain');
    expect(a.target).toBe(target);
    expect(a.baseline).toBeNull();
    expect(a.change).toBeNull();
  });

  it('keeps keep/maintain verbs with their bound (already the written rule)', () => {
    for (const [text, target] of [
      ['Keep churn below 5 %', 0.05],
      ['maintenir le taux de conversion au-dessus de 25 %', 0.25],
      ['Garder le churn sous 3 % en 2027.', 0.03],
      ['Stay above 40% gross margin.', 0.4],
    ] as const) {
      const a = analyze(text);
      expect([text, a.direction, a.target]).toEqual([text, 'maintain', target]);
    }
  });

  it('keeps the written "must not exceed" ceiling a decrease, and decrease verbs with a bound', () => {
    for (const [text, kpi, target] of [
      ['ne pas dépasser 50 000 € de coûts', 'costs', 50_000],
      ['Le churn ne doit pas dépasser 3 %.', 'churn', 0.03],
      ['Churn must not exceed 2% this quarter.', 'churn', 0.02],
      ['Reduce churn below 5 %', 'churn', 0.05],
      ['Réduire le churn sous 3 %', 'churn', 0.03],
      ['Ne pas réduire le budget marketing, mais baisser le CAC sous 300 €.', 'cac', 300],
    ] as const) {
      const a = analyze(text);
      expect([text, a.kpi, a.direction, a.target]).toEqual([text, kpi, 'decrease', target]);
    }
  });

  it('reads a negated move between two levels by its numbers, not as a floor', () => {
    const a = analyze('Il ne faut pas passer de 20 % à 10 % de marge.');
    expect(a.direction).toBe('decrease');
    expect([a.baseline, a.target]).toEqual([0.2, 0.1]);
  });
});

describe('S2: dashed numeric dates are deadlines, in the slash dates’ day/month order', () => {
  it.each([
    ['Close 20 deals by 04-05-2027', {}, '2027-04-05'],
    ['Close 20 deals by 04-05-2027', { dateOrder: 'dmy' as const }, '2027-05-04'],
    ['Close 20 deals by 31-03-2027', {}, '2027-03-31'],
    ['Signer 30 contrats avant le 30-06-2027', {}, '2027-06-30'],
    ['Atteindre 1 M€ de CA d’ici le 31-12-2026', {}, '2026-12-31'],
    ['Réaliser 40 rendez-vous d’ici le 04-05-2027', { dateOrder: 'mdy' as const }, '2027-05-04'],
    ['Grow revenue 10% by 4-5-27', {}, '2027-04-05'],
    ['Increase MRR by 5% by 12-31-2027', { dateOrder: 'dmy' as const }, '2027-12-31'],
    ['Reach 40 demos due 2027-03-31', {}, '2027-03-31'],
  ])('%s (%j) → %s, its numbers no goal number', (text, options, deadline) => {
    const a = analyze(text, options);
    expect(a.deadline).toBe(deadline);
    expect(a.impossibleDate).toBeUndefined();
    expect(a.change === null || a.change.kind === 'relative').toBe(true);
  });

  it('keeps the goal’s own numbers beside a dashed date', () => {
    expect(analyze('Close 20 deals by 04-05-2027').target).toBe(20);
    expect(analyze('Increase MRR by 5% by 12-31-2027').change).toEqual({ value: 0.05, kind: 'relative' });
    expect(analyze('Atteindre 1 M€ de CA d’ici le 31-12-2026').target).toBe(1_000_000);
  });

  it.each(['Close 20 deals by 30-02-2027', 'Signer 30 contrats avant le 31-04-2027'])('%s: a day the calendar does not have is flagged, no deadline', (text) => {
    const a = analyze(text);
    expect(a.deadline).toBeNull();
    expect(a.impossibleDate).toBe(text.slice(-10));
    expect(a.target).toBe(Number(/\d+/.exec(text)?.[0]));
  });

  it('near-misses: ranges, grouped numbers and a count beside a slash date keep their reading', () => {
    expect(analyze('Open 3-4 stores in 2027').deadline).toBe('2027-12-31');
    expect(analyze('Faire 1 200 300 € de CA en 2027').target).toBe(1_200_300);
    const slash = analyze('By 04/05/2027 20 new deals.');
    expect([slash.deadline, slash.target]).toEqual(['2027-04-05', 20]);
    const range = analyze('Passer de 1 200 000 € à 1 500 000 € d’ici 2027');
    expect([range.baseline, range.target, range.deadline]).toEqual([1_200_000, 1_500_000, '2027-12-31']);
  });
});

describe('S3: a percentage of one’s goal, quota or plan is quota attainment, the percentage its target', () => {
  it.each([
    ['Atteindre 110 % de l’objectif de vente', 1.1],
    ['hit 120% of target', 1.2],
    ['réaliser 105 % de son objectif commercial', 1.05],
    ['Faire 115 % de l’objectif annuel', 1.15],
    ['Achieve 105% of plan this quarter', 1.05],
    ['Réaliser 105 % du plan commercial en 2027', 1.05],
    ['Atteindre 110 % de l’objectif de chiffre d’affaires', 1.1],
    ['Hit 110% of our sales goal by year end', 1.1],
    ['Atteindre 95 % de nos objectifs de vente chaque mois', 0.95],
    ['Our goal is 110% of quota for Q1', 1.1],
  ])('%s → quota_attainment %p', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('quota_attainment');
    expect(a.direction).toBe('increase');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('percent');
    expect(a.change).toBeNull();
  });

  it('near-misses: target accounts, a goal given a count, a share of last year or of the market keep their reading', () => {
    expect(analyze('Reach 80% of target accounts').kpi).not.toBe('quota_attainment');
    const counted = analyze('Reach 50% of our goal of 100 deals');
    expect([counted.kpi, counted.target]).toEqual(['deals_closed', 100]);
    const lastYear = analyze('Grow revenue to 120% of last year');
    expect([lastYear.kpi, lastYear.change]).toEqual(['revenue', { value: 0.2, kind: 'relative' }]);
    expect(analyze('Reach 30% of the market').kpi).toBe('market_share');
    expect(analyze('Increase revenue by 10% of target').kpi).toBe('revenue');
  });
});

describe('S4: opportunities or deals a closing verb acts on — a counted base gives won deals, a bare share the close rate', () => {
  it.each([
    ['Close 40% of the 50 open opportunities', 20],
    ['Close 40 % of the 50 open opportunities in Q1', 20],
    ['Convertir 25 % des 80 opportunités ouvertes d’ici fin mars', 20],
    ['Close half of the 60 opportunities in our pipeline by Q2', 30],
    ['Win 30% of the 100 deals in pipeline', 30],
    ['Gagner 20 % des 150 affaires en cours en 2027', 30],
    ['Win 1 in 4 of our 80 open deals this quarter', 20],
    ['Close 10 opportunities this month', 10],
  ])('%s → deals_closed, %d deals', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('deals_closed');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('count');
    expect(a.change).toBeNull();
  });

  it.each([
    ['Close 40% of opportunities', 0.4],
    ['Win 30% of deals this quarter', 0.3],
    ['Win 30% of the deals in pipeline', 0.3],
    ['Convertir 30 % des opportunités en 2027', 0.3],
    ['Close 1 in 4 opportunities this quarter', 0.25],
  ])('%s → close_rate %p', (text, target) => {
    const a = analyze(text);
    expect(a.kpi).toBe('close_rate');
    expect(a.target).toBe(target);
    expect(a.unit).toBe('percent');
    expect(a.change).toBeNull();
  });

  it('near-misses: opportunities created, a named rate, counted deals keep their reading', () => {
    expect(analyze('Generate 50 new opportunities per month').kpi).toBe('funnel_throughput');
    expect(analyze('Increase opportunities by 20%').kpi).toBe('funnel_throughput');
    const rate = analyze('Increase the closing rate on opportunities to 30%');
    expect([rate.kpi, rate.target]).toEqual(['close_rate', 0.3]);
    expect(analyze('Augmenter le taux de transformation des opportunités à 25 %').kpi).toBe('conversion_rate');
    const deals = analyze('Remporter 12 affaires d’ici fin juin');
    expect([deals.kpi, deals.target]).toEqual(['deals_closed', 12]);
    expect(analyze('Un devis sur deux transformé en commande').kpi).toBe('close_rate');
  });
});

describe('S5: a level the subject has or had, then its aim: baseline in the first clause, target in the second', () => {
  it.each([
    ['We opened 12 stores in 2025 and aim for 20 in 2027', 12, 20, '2027-12-31'],
    ['nous avons 8 agences et visons 12 d’ici 2026', 8, 12, '2026-12-31'],
    ['from 300 customers last year to 500 by 2027', 300, 500, '2027-12-31'],
    ['We have 300 customers today and want 500 by 2027', 300, 500, '2027-12-31'],
    ['Nous comptons 40 clients et voulons en avoir 60 d’ici fin 2027', 40, 60, '2027-12-31'],
    ['We closed 80 deals in 2026 and target 100 in 2027', 80, 100, '2027-12-31'],
    ['Nous avons réalisé 1,2 M€ de CA en 2025 et visons 1,5 M€ en 2027', 1_200_000, 1_500_000, '2027-12-31'],
    ['We made $1.2M in revenue in 2025 and aim for $1.5M in 2027', 1_200_000, 1_500_000, '2027-12-31'],
    ['Our close rate is 25% and we aim for 30% next quarter', 0.25, 0.3, '2027-03-31'],
    ['Le taux de churn est de 6 % et nous visons 4 % d’ici fin 2027', 0.06, 0.04, '2027-12-31'],
  ])('%s → %p → %p by %s', (text, baseline, target, deadline) => {
    const a = analyze(text);
    expect([a.baseline, a.target, a.deadline]).toEqual([baseline, target, deadline]);
    expect(a.change).toBeNull();
    expect(a.direction).toBe(target > baseline ? 'increase' : 'decrease');
  });

  it('near-misses: two goals, a level per deadline, a range with its periods keep their reading', () => {
    const two = analyze('Increase revenue by 10% and reduce churn to 3% by year end');
    expect([two.kpi, two.change, two.target, two.deadline]).toEqual(['revenue', { value: 0.1, kind: 'relative' }, null, '2026-12-31']);
    const range = analyze('Passer de 45 % en mars à 20 % en juin');
    expect([range.baseline, range.target, range.deadline]).toEqual([0.45, 0.2, '2027-06-30']);
    const past = analyze('I sold 500 cars last year, so I want to sell at least 525 cars this year');
    expect([past.baseline, past.target]).toEqual([500, 525]);
    const goalsOnly = analyze('Signer 20 nouveaux clients et atteindre 500 000 € de CA en 2027');
    expect(goalsOnly.baseline).toBeNull();
  });
});

describe('S6 (real19’s written ceiling): "ne doit … plus de N" is the "must not exceed" decrease, its bound the target', () => {
  it.each([
    ['Au grand minimum, aucun fournisseur ne doit représenter plus de 30 % de nos achats.', 0.3],
    ['Aucun commercial ne doit avoir plus de 20 % de remises.', 0.2],
    ['Le churn ne doit pas être plus de 3 %.', 0.03],
    ['Je ne veux plus de clients perdus : churn sous 2 %.', 0.02],
  ])('%s → decrease, target %p', (text, target) => {
    const a = analyze(text);
    expect(a.direction).toBe('decrease');
    expect(a.target).toBe(target);
  });

  it('near-misses: "plus de" without negation, "pas seulement plus de" keep an increase', () => {
    expect(analyze('Générer plus de 50 000 € de CA par mois.').direction).toBe('increase');
    expect(analyze('Nous devons générer plus de 50 000 € de CA par mois.').direction).toBe('increase');
    expect(analyze('Nous ne voulons pas seulement plus de leads, mais de meilleurs leads.').direction).toBe('increase');
  });
});
