/**
 * mend38a, a read-only review of 2026-12-04's merged statement rules (main 79d95ef3 against e2be7e49), in English and French:
 * (1) a bare range "X to Y" is an estimate (its lower bound the target) only when something says so: a counted thing after
 *     it ("of sales", "in commissions", "stores", "bp"), a verb of producing or expecting before it, a level kept; never a
 *     fall. stmt38's "unit at both ends" and num32's "no change verb" rules read every plain move as an estimate ("Push
 *     churn 8% to 5%" became "Increase churn to 8%");
 * (2) a number after "Today," is the current level only when a verb of having or being states it (« nous en sommes à 39
 *     magasins », "Today we have 40 clients"), not one inside a with/« avec » clause nor the subject's count ("Today, 3
 *     reps close 40 deals a month").
 * (1b) the older French rule reading « X à Y » with no « de » as an estimate skips a fall too.
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04' });
  return { direction: a.direction, baseline: a.baseline, target: a.target, change: a.change };
};

describe('(1) a bare range is a move unless something makes it an estimate', () => {
  it.each([
    ['Push churn 8% to 5% by end of 2027.', 'decrease', 0.08, 0.05],
    ['Churn should drop 8% to 5%.', 'decrease', 0.08, 0.05],
    ['Churn must fall 8% to 5% in 2027.', 'decrease', 0.08, 0.05],
    ['Revenue should rise $400,000 to $600,000.', 'increase', 400000, 600000],
    ['Sales must climb 10% to 15%.', 'increase', 0.1, 0.15],
    ['Sales must climb 10% to 15% this year.', 'increase', 0.1, 0.15],
    ['Sales must climb 10% to 15% in June 2027.', 'increase', 0.1, 0.15],
    ['Move our close rate 20% to 30%.', 'increase', 0.2, 0.3],
    ['Shift our close rate 20% to 30%.', 'increase', 0.2, 0.3],
    ['Bump retention 80% to 90%.', 'increase', 0.8, 0.9],
    ['Scale ARR $1M to $1.5M.', 'increase', 1000000, 1500000],
    ['Our win rate should go 20% to 30%.', 'increase', 0.2, 0.3],
    ['Take sales $400,000 to $600,000 by December 2026.', 'increase', 400000, 600000],
    ['Bring sales $400,000 to $600,000 by December 2026.', 'increase', 400000, 600000],
    ['Conversion rate 1.5% to 2.5% by June 2027.', 'increase', 0.015, 0.025],
    ['Conversion rate — 1.5% to 2.5% by June 2027.', 'increase', 0.015, 0.025],
    ['Conversion rate (1.5% to 2.5%) by June 2027.', 'increase', 0.015, 0.025],
    ['Sales $1M to $1.5M.', 'increase', 1000000, 1500000],
    ['Target: revenue $1M to $1.5M.', 'increase', 1000000, 1500000],
  ])('%s', (text, direction, baseline, target) => {
    expect(read(text)).toMatchObject({ direction, baseline, target });
  });

  it.each([
    // today's gains, kept (real37 l.3, real36 l.54, real31, real25, real29, real32), and variants
    ['The regular smaller Alarm-Security Businesses need a Person who can produce that $400,000 to $600,000 of sales per year.', 400000],
    ['Our agents close $400,000 to $600,000 of sales per year.', 400000],
    ['Reps should produce $400,000 to $600,000 each year.', 400000],
    ['But research shows that any business should plan to lose 15 percent to 20 percent of their customers every year.', 0.15],
    ['Well-run firms have $500,000 to $700,000 in commissions per producer.', 500000],
    ['Hit $1M to $1.5M in revenue by 2027.', 1000000],
    ['Open 10 to 12 stores by 2027.', 10],
    ['Aim for 20 to 25 deals a month.', 20],
    ['Gross margin up 300 to 350 bp to 41-42%.', 300],
    ['Hiring them was a chance to become a $7 to $8 million organization.', 7000000],
    ['Others are projecting sales totals dropping another 15% to 20%, on average.', 0.15],
    ['Nous souhaitons conserver un rythme de 4 à 5 nouvelles créations en franchise chaque année.', 4],
    ['Ouvrir 10 à 12 magasins d’ici 2027.', 10],
  ])('near-miss, an estimate stays one: %s', (text, target) => {
    expect(read(text)).toMatchObject({ baseline: null, target });
  });

  it.each([
    ['Conversion rate: 1.5% to 2.5% by June 2027.', 0.015, 0.025],
    ['First-time course creators going 0 to $10K revenue in 90 days', 0, 10000],
    ['Grow MRR from $10,000 to $12,000 by June.', 10000, 12000],
    ['Faire baisser le churn de 6 à 4 % en 2027.', 0.06, 0.04],
    ['Faire passer le chiffre d’affaires de 400 000 € à 600 000 € d’ici fin 2027.', 400000, 600000],
  ])('near-miss, a move stays one: %s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ baseline, target });
  });
});

describe('(1b) a French bare range « X à Y » that falls is a move too', () => {
  it.each([
    ['Faire passer le churn 8 % à 5 % d’ici fin 2027.', 0.08, 0.05],
    ['Le churn doit baisser 8 % à 5 %.', 0.08, 0.05],
    ['Réduire les délais de paiement 60 à 45 jours en 2027.', 60, 45],
  ])('%s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ direction: 'decrease', baseline, target });
  });

  it.each([
    ['Viser 15 à 20 % de croissance.', 0.15],
    ['Ouvrir 10 à 15 nouvelles franchises d’ici 2027.', 10],
  ])('near-miss, a rising one stays an estimate: %s', (text, target) => {
    expect(read(text)).toMatchObject({ baseline: null, target });
  });
});

describe('(2) "Today," makes a level current only through a verb of having or being', () => {
  it.each([
    ['Today, with 3 reps, we want to reach 60 deals a month by June 2027.', null, 60],
    ['Today, with 2 stores, we aim for 500 customers a month by end of 2027.', null, 500],
    // Never 3; since aim41 the stated clause's 40 is the baseline of the later clause's bare aim (it was null).
    ['Aujourd’hui, 3 commerciaux signent 40 ventes par mois ; nous visons 60 d’ici juin 2027.', 40, 60],
  ])('%s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ baseline, target });
  });

  it('Today, 3 reps close 40 deals a month; we want 60 by June 2027.', () => {
    expect(read('Today, 3 reps close 40 deals a month; we want 60 by June 2027.').baseline).not.toBe(3);
  });

  it.each([
    ['Today we have 40 clients and we want 60 by June 2027.', 40, 60],
    ['Today, we are at 40 clients; we want 60 by June 2027.', 40, 60],
    ['Aujourd’hui, avec 3 agences, nous visons 60 clients par mois d’ici fin 2027.', null, 60],
    ['Aujourd’hui, nous en sommes à 39 magasins, on en sera à 40 en fin d’année.', 39, 40],
    ['Aujourd’hui, le groupe est international à 50 %, d’ici à 10 ans il le sera à 75 %.', 0.5, 0.75],
  ])('near-miss: %s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ baseline, target });
  });
});
