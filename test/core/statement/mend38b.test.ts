/**
 * mend38b, a reviewer's read of today's merged statement rules (main 79d95ef3 against e2be7e49), in English and French.
 * Each block holds the sentences a rule of today's took from a reading it had before, then near misses the rule was
 * written for, which must keep today's reading:
 * (1) costs that money covers or raises (kpi37) not across a verb of cutting;
 * (2) a quoted one-word name after a number (stmt38, « 100 % santé ») only for a percentage;
 * (3) « annonce … et vise » (stmt38) not when an aim is announced (« annonce un objectif de … »);
 * (4) the bare years num32 added (compared, after "in the", before « avec ») never 2000, and « avec » after a preposition only;
 * (5) quarters listed by number keep their year; a year over two reads and says its fiscal year as "FY" does, and two years
 *     not consecutive are the first one (stmt38);
 * (6) an opening condition the speaker reaches ("If we reach $2M …") is the goal, not the hiring it leads to (num32); advice to
 *     "you" and "reach out" stay conditions.
 */
import { analyzeStatement } from '../../../src/core/statement';
import type { AnalyzeOptions } from '../../../src/core/statement';

const read = (text: string, options: Partial<AnalyzeOptions> = {}) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04', ...options });
  return { kpi: a.kpi, direction: a.direction, target: a.target, change: a.change, unit: a.unit, deadline: a.deadline, ambiguousFiscalYear: a.ambiguousFiscalYear };
};

describe('(1) the costs cut after money raised are the goal', () => {
  it.each([
    ['Fund the new office and cut operating costs by 15% in 2027', { kpi: 'costs', direction: 'decrease', change: { value: 0.15, kind: 'relative' } }],
    ['Raise prices and reduce costs by 10% by 2027', { kpi: 'costs', change: { value: 0.1, kind: 'relative' } }],
    ['Raise capital and lower costs by 8% in 2027', { kpi: 'costs' }],
    ['Lever des fonds et réduire les coûts de 10 % d’ici 2027', { kpi: 'costs', direction: 'decrease', change: { value: 0.1, kind: 'relative' } }],
    ['Financer le bureau et baisser les coûts de 15 % en 2027', { kpi: 'costs', direction: 'decrease' }],
  ])('%s', (text, expected) => {
    expect(read(text)).toMatchObject({ deadline: '2027-12-31', ...expected });
  });

  it.each([
    ['Launch an informative and successful Kickstarter campaign to raise up to 100% of production costs.'],
    ['Charge $10 more per delivery to cover mileage and other costs by 2027'],
    ['Augmenter le prix de 10 € pour couvrir les frais et autres coûts d’ici 2027'],
  ])('near miss, costs money pays for are still no KPI: %s', (text) => {
    expect(read(text).kpi).not.toBe('costs');
  });
});

describe('(2) a count quoted with its noun is the goal’s number', () => {
  it.each([
    ['Reach "500 customers" by 2027.', 500],
    ['Sign “40 contracts” in 2027', 40],
    ['Atteindre « 500 clients » d’ici 2027', 500],
    ['Signer « 40 contrats » en 2027', 40],
  ])('%s', (text, target) => {
    expect(read(text)).toMatchObject({ target, unit: 'count', deadline: '2027-12-31' });
  });

  it.each([
    ['Le léger déficit, dû principalement à l’instauration du « 100 % santé » par l’Etat, se redresse, et nous espérons être à l’équilibre en 2025.'],
    ['Atteindre l’équilibre en 2027 malgré le « 100 % santé ».'],
  ])('near miss, a percentage naming a reform is still no figure: %s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'profit', target: null });
  });
});

describe('(3) an aim announced is no result announced', () => {
  it.each([
    ['Le groupe annonce un objectif de 2 M€ de chiffre d’affaires et vise 15 % de marge en 2027.', 2_000_000],
    ['La société annonce une cible de 5 M€ de chiffre d’affaires et vise 10 % de marge en 2027.', 5_000_000],
  ])('%s', (text, target) => {
    expect(read(text)).toMatchObject({ kpi: 'revenue', target, unit: 'currency' });
  });

  it.each([
    ['Acme annonce un chiffre d’affaires de 2 M€ et vise 3 M€ en 2027.', { kpi: 'revenue', target: 3_000_000 }],
    ['Acme annonce un chiffre d’affaires de 2 M€, en baisse, mais compte ouvrir 3 agences en 2027.', { target: 3, unit: 'count' }],
  ])('near miss, results announced are still what happened: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('(4) 2000 compared or after "in the" is a count; « avec » needs its preposition', () => {
  it.each([
    ['Atteindre un nombre d’abonnés supérieur à 2000.', 2000],
    ['Win business in the 2000 biggest accounts', 2000],
    ['Win deals in the 2000 largest accounts by 2027', 2000],
    ['Notre objectif : 2030 avec nos partenaires.', 2030],
    ['Notre cible : 2025 avec nos distributeurs.', 2025],
    ['Target: 2030 with our resellers.', 2030],
  ])('%s', (text, target) => {
    expect(read(text)).toMatchObject({ target, unit: 'count' });
  });

  it.each([
    ['Sell 40 booths at the 2027 trade show.', { target: 40 }],
    ['Le commerce alimentaire prévoit lui aussi un regain d’activité plus fort que ses 199 ouvertures de 2015 avec 512 projets visés pour 2016.', { target: 199 }],
    ['Gagner un million de nuitées supplémentaires en 2027, une progression légèrement supérieure à 2010.', { target: null, change: { value: 1_000_000, kind: 'absolute' } }],
  ])('near miss, a year is still no number: %s', (text, expected) => {
    expect(read(text)).toMatchObject(expected);
  });
});

describe('(5) quarters by number and years over two', () => {
  it.each([
    ['Sell 30 units in quarters 3 and 4 of 2027.', '2027-12-31'],
    ['Sell 30 units in quarters 3 & 4 of 2027', '2027-12-31'],
    ['Vendre 30 unités aux trimestres 3 et 4 de 2027.', '2027-12-31'],
    ['Reach 500 customers by 2027/29', '2027-12-31'],
    ['Atteindre 500 clients d’ici 2027/29', '2027-12-31'],
  ])('%s', (text, deadline) => {
    expect(read(text)).toMatchObject({ target: text.includes('500') ? 500 : 30, deadline });
  });

  it.each([
    ['Sell 30 units in quarters 3 & 4.', '2026-12-31'],
    ['Vendre 30 unités aux trimestres 3 et 4.', '2026-12-31'],
  ])('near miss, quarters with no year are this year’s: %s', (text, deadline) => {
    expect(read(text)).toMatchObject({ target: 30, deadline });
  });

  it.each([
    ['Augmenter le CA de 10 % pour 2026/27', '2026/27'],
    ['Increase revenue by 10% for 2026/27', '2026/27'],
  ])('a year over two with a January fiscal start is said as ambiguous: %s', (text, said) => {
    expect(read(text, { fiscalYearStartMonth: 1 })).toMatchObject({ deadline: '2027-12-31', ambiguousFiscalYear: said });
  });

  it('near miss, as "FY 2026/27" already was', () => {
    expect(read('Increase revenue by 10% for FY 2026/27', { fiscalYearStartMonth: 1 })).toMatchObject({ deadline: '2027-12-31', ambiguousFiscalYear: 'FY 2026/27' });
  });

  it.each([['Augmenter le CA de 10 % pour 2026/27'], ['Reach 500 customers by 2027/29']])('near miss, nothing to say: %s', (text) => {
    expect(read(text, { fiscalYearStartMonth: 4 }).ambiguousFiscalYear).toBeUndefined();
    expect(read('Reach 500 customers by 2027/29', { fiscalYearStartMonth: 1 }).ambiguousFiscalYear).toBeUndefined();
  });
});

describe('(6) an opening condition the speaker reaches is the goal', () => {
  it.each([
    ['If we reach $2M in 2027, we will hire 3 reps.'],
    ['If we reach $2M in revenue in 2027, we will hire 3 more reps.'],
    ['Si nous atteignons 2 M€ en 2027, nous embaucherons 3 commerciaux'],
    ['Si nous atteignons 2 M€ de chiffre d’affaires en 2027, nous recruterons 3 commerciaux.'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'revenue', target: 2_000_000, unit: 'currency', deadline: '2027-12-31' });
  });

  it('Si nous atteignons 500 k€ en 2027, nous ouvrirons 2 magasins.', () => {
    expect(read('Si nous atteignons 500 k€ en 2027, nous ouvrirons 2 magasins.')).toMatchObject({ target: 500_000, unit: 'currency', deadline: '2027-12-31' });
  });

  it.each([
    ['If we close 10 deals in January, reach 40 by March.', 40],
    ['If the average commission is 14%, then your sales goal needs to be $669,642', 669_642],
    ['If you reach 100 calls a week, you will book 10 meetings.', 10],
    ['If we reach out to 50 prospects a week, then we will close 5 deals.', 5],
    ['Si vous atteignez 100 appels par semaine, vous décrocherez 10 rendez-vous.', 10],
  ])('near miss, a fact the goal is computed from is still no goal: %s', (text, target) => {
    expect(read(text).target).toBe(target);
  });
});
