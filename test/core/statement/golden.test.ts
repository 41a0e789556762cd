/**
 * Golden analyses of whole statements, including the source article's own
 * examples, and the scoring rules (weights, unknown = half credit, a SMART
 * rewrite always scores above its vague version).
 */
import { analyzeStatement, evaluateStatement, impliedTarget, type StatementAnalysis } from '../../../src/core/statement';

const AS_OF = '2026-11-26';

function fields(text: string, asOf = AS_OF): Omit<StatementAnalysis, 'text' | 'currency' | 'start'> {
  const { text: _t, currency: _c, start: _s, ...rest } = analyzeStatement(text, { asOf });
  return rest;
}

describe('the article’s examples', () => {
  it('churn: the 10 % belongs to a lever, not to the goal', () => {
    expect(
      fields(
        "Réduire notre taux d'attrition/de désabonnement des clients de 45 % à 20 % au cours du prochain trimestre grâce à des essais prolongés, des réductions sur les adhésions et une augmentation de 10 % du personnel du service client.",
      ),
    ).toEqual({
      language: 'fr',
      kpi: 'churn',
      direction: 'decrease',
      baseline: 0.45,
      target: 0.2,
      change: null,
      unit: 'percent',
      deadline: '2027-03-31',
      recurrence: null,
      levers: ['des essais prolongés', 'des réductions sur les adhésions', 'une augmentation de 10 % du personnel du service client'],
    });
  });

  it('conversion rates +10 % each month: a relative change with a monthly cadence', () => {
    expect(fields('augmenter les taux de conversion de 10 % chaque mois')).toEqual({
      language: 'fr',
      kpi: 'conversion_rate',
      direction: 'increase',
      baseline: null,
      target: null,
      change: { value: 0.1, kind: 'relative' },
      unit: 'percent',
      deadline: null,
      recurrence: 'month',
      levers: [],
    });
  });

  it('25 % more sales by the end of Q2', () => {
    expect(fields("atteindre 25 % de ventes supplémentaires d'ici la fin du deuxième trimestre")).toEqual({
      language: 'fr',
      kpi: 'revenue',
      direction: 'increase',
      baseline: null,
      target: null,
      change: { value: 0.25, kind: 'relative' },
      unit: 'percent',
      deadline: '2027-06-30',
      recurrence: null,
      levers: [],
    });
  });

  it('close rate: 30 % next week after ~25 % over three weeks', () => {
    expect(fields('Nos taux de conclusion ont été d’environ 25 % en moyenne au cours des trois dernières semaines : viser 30 % la semaine suivante.')).toMatchObject({
      kpi: 'close_rate',
      direction: 'increase',
      baseline: 0.25,
      target: 0.3,
      unit: 'percent',
      deadline: '2026-12-06',
    });
    expect(fields('Set a 30% close rate target for next week.')).toMatchObject({ kpi: 'close_rate', target: 0.3, deadline: '2026-12-06', direction: 'increase' });
  });

  it('close X accounts by the end of the year', () => {
    expect(fields("Fermer 40 comptes d'ici la fin de l'année.")).toMatchObject({ kpi: 'deals_closed', direction: 'increase', target: 40, unit: 'count', deadline: '2026-12-31' });
  });
});

describe('other whole analyses', () => {
  it('money ranges, levers after "by + -ing"', () => {
    expect(fields('Increase MRR from $80,000 to $100,000 by June 30, 2027 by adding two account executives and launching a referral program.')).toEqual({
      language: 'en',
      kpi: 'revenue',
      direction: 'increase',
      baseline: 80000,
      target: 100000,
      change: null,
      unit: 'currency',
      deadline: '2027-06-30',
      recurrence: null,
      levers: ['adding two account executives', 'launching a referral program'],
    });
    expect(analyzeStatement('Augmenter le CA de 1 200 000 € à 2,5 M€ d’ici le 31/03/2027', { asOf: AS_OF }).currency).toBe('EUR');
  });

  it('absolute changes, NPS points, halving', () => {
    expect(fields('Increase sign-ups by 500 sign-ups next month')).toMatchObject({ change: { value: 500, kind: 'absolute' }, unit: 'count', deadline: '2026-12-31' });
    expect(fields('Increase customer retention by 5 percentage points in H1 2027')).toMatchObject({ change: { value: 0.05, kind: 'absolute' }, unit: 'percent' });
    expect(fields('Improve NPS by 10 points next quarter.')).toMatchObject({ kpi: 'nps', change: { value: 10, kind: 'absolute' }, unit: 'count' });
    expect(fields('Halve CAC within 12 months.')).toMatchObject({ kpi: 'cac', direction: 'decrease', change: { value: 0.5, kind: 'relative' }, unit: 'percent', deadline: '2027-11-26' });
  });

  it('bounds are targets; a start is not a deadline', () => {
    expect(fields('Keep churn below 2% every month')).toMatchObject({ direction: 'maintain', target: 0.02, recurrence: 'month', deadline: null });
    const started = analyzeStatement('Starting next Monday, each SDR books 5 meetings a day.', { asOf: AS_OF });
    expect(started).toMatchObject({ kpi: 'meetings', target: 5, recurrence: 'day', deadline: null, start: '2026-11-30' });
  });

  it('"monthly churn" names a metric, not a cadence', () => {
    expect(fields('Lower monthly churn from 3.5% to 2.5% within six months through proactive health checks.')).toMatchObject({
      recurrence: null,
      deadline: '2027-05-26',
      levers: ['proactive health checks'],
    });
  });

  it('reads spelled-out counts, and "sept" as seven unless a date cue precedes it', () => {
    expect(fields("Signer sept nouveaux comptes d'ici la fin de l'année.")).toMatchObject({ kpi: 'deals_closed', target: 7, deadline: '2026-12-31' });
    expect(fields('Close ten deals next month.')).toMatchObject({ target: 10, deadline: '2026-12-31' });
    expect(fields("Conclure 20 affaires d'ici le 15 sept 2027.")).toMatchObject({ target: 20, deadline: '2027-09-15' });
  });

  it('never takes a year for a goal number', () => {
    expect(fields("Augmenter les ventes de 10 % pour l'exercice fiscal 2027.")).toMatchObject({ target: null, change: { value: 0.1, kind: 'relative' }, deadline: '2027-12-31' });
    expect(fields('Reach 2000 sign-ups by June.')).toMatchObject({ target: 2000, deadline: '2027-06-30' });
  });

  it('never takes an observation window for a goal number', () => {
    expect(fields('Our win rate was 20% over the last 3 weeks; raise it to 25% next month.')).toMatchObject({ baseline: 0.2, target: 0.25, deadline: '2026-12-31' });
    expect(fields('Sur les 30 derniers jours nous avons fait 40 démos : passer à 50 démos par mois.')).toMatchObject({ target: 50, recurrence: 'month' });
  });

  it('survives odd input without throwing', () => {
    for (const text of ['', '   ', '🚀🚀🚀', '<script>alert(1)</script>', 'x'.repeat(10_000), '%%%', '1/2/3/4/5', 'İstanbul sales +10%']) {
      expect(() => evaluateStatement(text, { asOf: AS_OF })).not.toThrow();
    }
  });

  it('refuses an invalid as-of date', () => {
    expect(() => analyzeStatement('Increase revenue', { asOf: '2026-13-01' })).toThrow(RangeError);
  });
});

describe('criteria and score', () => {
  const score = (text: string) => evaluateStatement(text, { asOf: AS_OF }).score;

  it('scores a SMART rewrite above its vague version', () => {
    const pairs: Array<[string, string]> = [
      ['Être meilleur.', 'Augmenter le taux de conversion de 2 % à 3 % d’ici le 31 mars 2027.'],
      ['Improve the funnel.', 'Increase pipeline by 20% by the end of Q1 2027.'],
      ['Augmenter le chiffre d’affaires.', 'Augmenter le chiffre d’affaires de 10 % d’ici la fin de l’année.'],
      ['Increase revenue by 10%.', 'Increase revenue by 10% by June 30, 2027.'],
      ['Send more prospecting emails.', 'Send 200 prospecting emails per week.'],
    ];
    for (const [vague, smart] of pairs) expect(score(smart)).toBeGreaterThan(score(vague));
  });

  it('weighs S, M, T 25 each, A 15, R 10 and counts unknown as half', () => {
    expect(score('Raise our close rate to 30% next week')).toBe(93); // 25+25+25+7.5+10
    expect(score('Être meilleur')).toBe(13); // 7.5 + 5
    const withContext = evaluateStatement('Raise our close rate to 30% next week', {
      asOf: AS_OF,
      context: { achievable: { status: 'fail', message: 'unrealistic', suggestion: 'aim for 27%' } },
    });
    expect(withContext.score).toBe(85);
    expect(withContext.criteria.achievable.suggestion).toBe('aim for 27%');
  });

  it('explains what is missing with a concrete, localized fix', () => {
    const en = evaluateStatement('Increase revenue by 10%', { asOf: AS_OF });
    expect(en.criteria.timeBound).toEqual({
      status: 'fail',
      message: 'No deadline and no cadence.',
      suggestion: 'Add a deadline, e.g. “Increase revenue by 10% by 31 March 2027”.',
    });
    const fr = evaluateStatement('Réduire le churn', { asOf: AS_OF });
    expect(fr.criteria.measurable.status).toBe('fail');
    expect(fr.criteria.measurable.suggestion).toMatch(/^Ajoutez un chiffre, par ex\. «\u202fRéduire le churn de .* d’ici le 31 mars 2027\u202f»\.$/); // Review 7 (K8): the user's words
    expect(fr.criteria.achievable.status).toBe('unknown');
    expect(fr.criteria.relevant.status).toBe('pass');
    const english = evaluateStatement('Réduire le churn', { asOf: AS_OF, lang: 'en' });
    expect(english.criteria.measurable.message).toBe('No target level and no quantified change.');
  });

  it('warns on a deadline already past', () => {
    const e = evaluateStatement('Increase revenue by 10% by June 30, 2026', { asOf: AS_OF });
    expect(e.criteria.timeBound.status).toBe('warn');
  });

  it('fails Specific for vague words and passes it for a KPI with a direction', () => {
    expect(evaluateStatement('Do better', { asOf: AS_OF }).criteria.specific.status).toBe('fail');
    expect(evaluateStatement('Improve the funnel', { asOf: AS_OF }).criteria.specific.status).toBe('pass');
    expect(evaluateStatement('Revenue', { asOf: AS_OF }).criteria.specific.status).toBe('warn');
  });
});

describe('impliedTarget', () => {
  const analysis = (text: string) => analyzeStatement(text, { asOf: AS_OF });
  it('returns the stated target, or the baseline moved by the change', () => {
    expect(impliedTarget(analysis('Raise the close rate to 30%'), 0.25)).toBe(0.3);
    expect(impliedTarget(analysis('Increase revenue by 10%'), 1000)).toBeCloseTo(1100, 9);
    expect(impliedTarget(analysis('Cut CAC by 20%'), 500)).toBeCloseTo(400, 9);
    expect(impliedTarget(analysis('Halve CAC'), 500)).toBeCloseTo(250, 9);
    expect(impliedTarget(analysis('Double sign-ups'), 300)).toBeCloseTo(600, 9);
    expect(impliedTarget(analysis('Increase win rate by 5 points'), 0.2)).toBeCloseTo(0.25, 9);
    expect(impliedTarget(analysis('Increase revenue by 10%'), null)).toBeNull();
    expect(impliedTarget(analysis('Increase revenue'), 1000)).toBeNull();
  });
});
