/**
 * kpi46: the KPI field's misses on the opened sets classified by structure (docs/MEASUREMENTS.md, "The KPI field's misses
 * by structure"). The one class whose form recurs in 3+ sets and that one rule reads: sales summed over many sellers —
 * exports, many buyers' spending — named by their value (the fixtures README's ruling (b)): given in money, or multiplied,
 * they are `revenue`. Sentences written for the class (not the sets' lines), EN and FR, each read none before; near misses
 * whose reading must not move: exports as a share, in tonnes, as a channel, exporters counted, an average per firm, a
 * firm's own spending.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2025-01-06';
const read = (text: string) => {
  const a = analyzeStatement(text, { asOf: AS_OF });
  return [a.kpi, a.target, a.unit];
};

describe('exports or many buyers’ spending given in money are sales (revenue)', () => {
  it.each([
    ['The wine industry aims to lift its exports to $3 billion by 2030.', ['revenue', 3e9, 'currency']],
    ['We target $500 million in exports next year.', ['revenue', 5e8, 'currency']],
    ['Tourism officials set a goal of $12 billion in tourist spending by 2030.', ['revenue', 1.2e10, 'currency']],
    ['Consumer spending on organic food is forecast to reach €8 billion by 2027.', ['revenue', 8e9, 'currency']],
    ['La filière veut porter ses exportations à 2 milliards d’euros d’ici 2030.', ['revenue', 2e9, 'currency']],
    ['Le secteur vise 300 millions d’euros d’exportations en 2027.', ['revenue', 3e8, 'currency']],
    ['La filière table sur 1,5 milliard d’euros d’exportations en 2028.', ['revenue', 1.5e9, 'currency']],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe('exports multiplied, with no unit, are sales growing by that multiple', () => {
  it.each([
    ['The region wants to double its furniture exports by 2028.'],
    ['Le gouvernement vise à tripler les exportations de fromages d’ici 2028.'],
  ])('%s', (text) => {
    const a = analyzeStatement(text, { asOf: AS_OF });
    expect([a.kpi, a.direction]).toEqual(['revenue', 'increase']);
  });
});

describe('near misses: the noun alone, a share, a volume, exporters or a firm’s spending name no sales', () => {
  it.each([
    ['Exports should reach 2 million tonnes by 2030.', [null, 2e6, 'count']],
    ['Les exportations de vin devraient atteindre 500 000 tonnes en 2027.', [null, 500000, 'count']],
    ['Nos exportations doivent atteindre 40 % de la production d’ici 2027.', [null, 0.4, 'percent']],
    ['We want to conquer export markets next year.', [null, null, null]],
    ['Double the number of exporters by 2030.', [null, null, 'percent']],
    ['Doubler le nombre d’entreprises exportatrices d’ici 2030.', [null, null, 'percent']],
    ['Nous voulons une augmentation des exportations vers l’Asie.', [null, null, null]],
    ['We plan to cut spending by $2 million this year.', ['costs', null, 'currency']],
    [
      'L’objectif est de recruter 20 personnes et de créer une société d’export, puis de réaliser 3 millions d’euros de chiffre d’affaires.',
      [null, 20, 'count'],
    ],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
