/**
 * mend49a, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of left49's rules narrowed
 * (test/core/statement/mend49a.test.ts). SMARTPARSE's row [kpi, direction, baseline, target, deadline, cadence] in en_US and
 * fr_FR: a firm's own goal before ", but we want" keeps its direction and figures (it showed maintain); "from more than 100
 * to 150" moves from 100 (it showed a target of 100 and no baseline); ", reaching 200 new customers" is no revenue target
 * (it showed 200); a goal noun inside the measure keeps its baseline (it showed none); a revision's own figure lets no
 * second goal's cadence leak (it showed month); a straddling money range keeps its lower bound's sign (it showed 1,000,000).
 * Near misses beside each keep left49's rows.
 */
import { smartParser } from './smartparse';

describe.each([
  ['en_US', 'Revenue', 'increase', 'decrease'],
  ['fr_FR', 'Chiffre d’affaires', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, revenue, up, down) => {
  const parse = smartParser(locale);
  /** KPI, direction, baseline and target cells, then the cadence. */
  const cells = (sentence: string): unknown[] => {
    const row = parse(sentence);
    return [row[0], row[1], row[2], row[3], row[5]];
  };

  it('a firm’s own goal before ", but we want": its direction and change; a market’s forecast stays context', () => {
    expect(cells('Increase revenue 10% by fall 2027, but we want to keep costs flat').slice(0, 4)).toEqual([revenue, up, '', '']);
    expect(cells('Improve win rate from 20% to 25% and reduce declines, but we want to keep cycle time under 30 days').slice(1, 4)).toEqual([up, 0.2, 0.25]);
    expect(cells('The market will decline 3% next year, but we want to grow our sales 10%').slice(0, 2)).toEqual([revenue, up]);
  });

  it('"from more than X to Y", « de moins de X à Y »: a move from X', () => {
    expect(cells('Increase MRR from more than $10k to $15k').slice(2, 4)).toEqual([10_000, 15_000]);
    expect(cells('Passer de moins de 50 à 80 leads par mois').slice(1, 4)).toEqual([up, 50, 80]);
    expect(cells('Ne pas perdre plus de 2 à 3 clients par an').slice(1, 4)).toEqual([down, '', 2]);
  });

  it('", reaching" another measure is no target; the same measure is', () => {
    expect(cells('Increase sales by 15%, reaching 200 new customers by June 2027').slice(0, 4)).toEqual([revenue, up, '', '']);
    expect(cells('Revenue should jump 30% in 2027, reaching $5M').slice(0, 4)).toEqual([revenue, up, '', 5_000_000]);
  });

  it('a goal or a forecast noun inside the measure keeps its baseline; a target revised has none', () => {
    expect(cells('Cut missed goals from 10 to 5 per quarter').slice(2, 4)).toEqual([10, 5]);
    expect(cells("Réduire l'erreur de prévision de 15 % à 5 %").slice(2, 4)).toEqual([0.15, 0.05]);
    expect(cells('The company raises its revenue goal from $5M to $6M').slice(2, 4)).toEqual(['', 6_000_000]);
  });

  it('a revision with its own figure lets no second goal’s cadence leak', () => {
    expect(cells('Relever notre objectif de NPS à 50 et viser 20 recommandations par mois').slice(3)).toEqual([50, '']);
  });

  it('a straddling money range keeps its lower bound’s sign', () => {
    expect(cells('Target net income in the range of -$1M to $2M')[3]).toBe(-1_000_000);
  });
});
