/**
 * mend37s, the second final read of today's statement rules (main 11c7c19d against 24d46b48), in English and French:
 * (1) num31/mend36's later aimed level is not a ceiling ("but we target no more than 10%") nor a level on the KPI's worse
 *     side of the latest one: the move read first stays the goal;
 * (2) "but" introduces the goal only for a first-person aim (we, our team, nous, on, notre équipe) or no subject, not
 *     another party's ("but they aim for 35%");
 * (3) "expected to about $2M", « estimé à environ 2 M€ »: a forecast, not the level aimed at "to about" (mend36);
 * (4) a sold count a preposition takes (« la casse sur les 10 000 bouteilles vendues ») and booths or stands taken at shows
 *     ("Get 3 booths at trade shows", a cost) name no KPI (kpi36).
 */
import { analyzeStatement } from '../../../src/core/statement';

const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: '2026-12-04' });
  return { kpi: a.kpi, direction: a.direction, baseline: a.baseline, target: a.target, change: a.change, deadline: a.deadline };
};

describe('(1) a ceiling or a worse level after "but" is not the goal', () => {
  it.each([
    ['Churn fell from 12% to 9% in 2026, but we target no more than 10% by end of 2027'],
    ['Churn fell from 12% to 9% in 2026, but we aim for below 10% by end of 2027'],
    ['Le churn est passé de 12 % à 9 %, mais on espère ne pas dépasser 10 % d’ici fin 2027'],
    ['Le churn est passé de 12 % à 9 %, mais nous visons moins de 10 % d’ici fin 2027'],
    ['Churn fell from 12% to 9% in 2026, but we target 10% by end of 2027'],
    ['Le churn est passé de 12 % à 9 %, mais nous visons 10 % d’ici fin 2027'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'churn', direction: 'decrease', baseline: 0.12, target: 0.09 });
  });

  it.each([
    ['Churn fell from 12% to 9% in 2026, but we target 7% by end of 2027'],
    ['Le churn est passé de 12 % à 9 %, mais nous visons 7 % d’ici fin 2027'],
  ])('near-miss, a better level is still the goal: %s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'churn', direction: 'decrease', baseline: 0.09, target: 0.07, deadline: '2027-12-31' });
  });
});

describe('(2) only a first-person aim after "but" is the goal', () => {
  it.each([
    ['Close rate went from 20% to 25% in 2026, but they aim for 35% by end of 2027', 0.2, 0.25],
    ['Le taux de closing est passé de 20 % à 25 % en 2026, mais ils visent 35 % d’ici fin 2027', 0.2, 0.25],
    ['Revenue went from $2M to $2.5M in 2026, but they target $3M by end of 2027', 2000000, 2500000],
    ['Le CA est passé de 2 M€ à 2,5 M€ en 2026, mais ils visent 3 M€ d’ici fin 2027', 2000000, 2500000],
  ])('%s', (text, baseline, target) => {
    expect(read(text)).toMatchObject({ baseline, target });
  });

  it.each([
    ['Close rate went from 20% to 25% in 2026, but we aim for 35% by end of 2027'],
    ['Close rate went from 20% to 25% in 2026, but our team aims for 35% by end of 2027'],
    ['Le taux de closing est passé de 20 % à 25 % en 2026, mais on vise 35 % d’ici fin 2027'],
    ['Le taux de closing est passé de 20 % à 25 % en 2026, mais notre équipe vise 35 % d’ici fin 2027'],
  ])('near-miss, the speaker aims: %s', (text) => {
    expect(read(text)).toMatchObject({ baseline: 0.25, target: 0.35, deadline: '2027-12-31' });
  });
});

describe('(3) a forecast "to about" is not the target', () => {
  it.each([
    ['Increase revenue, expected to about $2M this year, to $2.5M by end of 2027'],
    ['Increase revenue, projected to around $2M this year, to $2.5M by end of 2027'],
    ['Augmenter le CA, estimé à environ 2 M€ cette année, à 2,5 M€ d’ici fin 2027'],
    ['Augmenter le CA, qui devrait s’établir à environ 2 M€ cette année, à 2,5 M€ d’ici fin 2027'],
  ])('%s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'revenue', target: 2500000, deadline: '2027-12-31' });
  });

  it.each([
    ['Increase revenue to about $2.5M by end of 2027'],
    ['Augmenter le CA à environ 2,5 M€ d’ici fin 2027'],
  ])('near-miss, an aimed "to about" stays the target: %s', (text) => {
    expect(read(text)).toMatchObject({ kpi: 'revenue', target: 2500000, change: null, deadline: '2027-12-31' });
  });
});

describe('(4) a sold count under a preposition, booths taken at shows: no KPI', () => {
  it.each([
    ['Réduire la casse sur les 10 000 bouteilles vendues chaque mois de 30 % d’ici 2027'],
    ['Réduire de 20 % les retours sur les 5 000 produits vendus en ligne'],
    ['Cut breakage on the 10,000 bottles sold each month by 30% by 2027'],
    ['Get 3 booths at industry trade shows to generate leads by June 2027'],
    ['Obtenir 4 stands sur les salons professionnels pour générer des leads'],
  ])('%s', (text) => {
    expect(read(text).kpi).toBeNull();
  });

  it.each([
    ['Vendre 10 000 bouteilles d’ici 2027'],
    ['10 000 exemplaires vendus d’ici fin 2027'],
    ['Sell 40 booths at the 2027 trade show'],
    ['Recruit 100 healthcare-related booths.'],
    ['Obtain 10 sponsors for the 2027 summit'],
    ['Recruter 50 exposants sur le salon 2027'],
  ])('near-miss, a seller’s count stays deals won: %s', (text) => {
    expect(read(text).kpi).toBe('deals_closed');
  });
});
