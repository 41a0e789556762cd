/**
 * left52, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of the lead's rulings of 2026-12-06 on the
 * tenth session's leftovers (test/core/statement/left52.test.ts). SMARTPARSE's row [kpi, direction, baseline, target,
 * deadline, cadence] in en_US and fr_FR, as of the helper's as_of (2026-12-05). Each class read otherwise on main's bundle; a
 * near miss beside each keeps its row.
 */
import { isoDay, smartParser } from './smartparse';

describe.each([
  ['en_US', 'Sales growth', 'Revenue', 'Market share', 'increase', 'decrease'],
  ['fr_FR', 'Croissance des ventes', 'Chiffre d’affaires', 'Part de marché', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, salesGrowth, revenue, marketShare, up, down) => {
  const parse = smartParser(locale);
  /** KPI, direction, baseline and target cells, the deadline as YYYY-MM-DD, then the cadence. */
  const cells = (sentence: string): unknown[] => {
    const row = parse(sentence);
    return [row[0], row[1], row[2], row[3], isoDay(row[4]), row[5]];
  };

  it('L1: « N % de croissance du CA » is sales growth at N %', () => {
    expect(cells('10 % de croissance du CA en 2027')).toEqual([salesGrowth, up, '', 0.1, '2027-12-31', '']);
    // A verb of growth keeps revenue with a change (no target cell).
    expect(cells("Le CA devrait croître de 10 % d'ici 2027").slice(1, 4)).toEqual([up, '', '']);
  });

  it('L2: money raised toward a goal, French like English — baseline raised, target the goal', () => {
    expect(cells("L'association a collecté 9 200 $ sur un objectif de 20 000 $")).toEqual(['', up, 9200, 20_000, '', '']);
    expect(cells('45 000 € récoltés sur les 100 000 € visés').slice(0, 4)).toEqual(['', up, 45_000, 100_000]);
    expect(cells('The charity has raised $9,200 towards its $20,000 goal').slice(0, 4)).toEqual(['', up, 9200, 20_000]);
  });

  it('L3: a past context opening the sentence gives nothing of the goal', () => {
    expect(cells('After a 6% CAGR in revenue since 2020, cut churn to 4% by 2027').slice(1)).toEqual([down, '', 0.04, '2027-12-31', '']);
    expect(cells('Following three years of 10% growth, we aim to reduce churn to 5%').slice(1)).toEqual([down, '', 0.05, '', '']);
  });

  it('L4: an expectation before "so" / « donc » — the consequence is the goal', () => {
    expect(cells('We expect costs to rise 5% next year, so reduce operating costs to $1M by 2027').slice(1)).toEqual([down, '', 1_000_000, '2027-12-31', '']);
    expect(cells("Nous anticipons une hausse de 5 % des coûts ; il faut donc ramener les coûts d'exploitation à 1 M€ d'ici 2027").slice(1)).toEqual([down, '', 1_000_000, '2027-12-31', '']);
  });

  it('L5: « dépenser » a budget: its amount, no direction', () => {
    expect(cells('Dépenser 200 000 € en publicité pour soutenir le lancement').slice(1, 4)).toEqual(['', '', 200_000]);
    expect(cells('Réduire les dépenses à 200 000 €').slice(1, 4)).toEqual([down, '', 200_000]);
  });

  it('L6: on track inside a with-clause, a bounded growth to a level, what was gathered before a need', () => {
    expect(cells('It won an award, with the company on track to more than double global sales to $4.5 billion by 2025.')).toEqual([revenue, up, '', 4_500_000_000, '2025-12-31', '']);
    expect(cells('over 21% growth in revenue to ₹8,200 crore by 2027')).toEqual([revenue, up, '', 82_000_000_000, '2027-12-31', '']);
    expect(cells("La filière a recueilli, lors de la dernière récolte, 230.000 tonnes de cannes, alors qu'elle a besoin de 300.000 tonnes.").slice(0, 4)).toEqual(['', up, 230_000, 300_000]);
  });

  it('KPI class: a share of a market or of a whole is market share', () => {
    expect(cells("Achieve 15% of India's two-wheeler tyre market by 2023")).toEqual([marketShare, up, '', 0.15, '2023-12-31', '']);
    expect(cells('La part de logements modulaires dans le neuf atteindra 12 % en 2025').slice(1, 5)).toEqual([up, '', 0.12, '2025-12-31']);
    expect(cells("Porter la part des ventes à l'export à 40 % d'ici 2027")[0]).toBe('');
  });

  // mend52c: left52's readers narrowed; each of these read otherwise on main's bundle after left52.
  it('mend52c (1, 2): a part of the firm’s own things or of its sales from a market is no market share', () => {
    expect(cells("Porter la part du numérique à 40 % des ventes d'ici 2027")).toEqual(['', up, '', 0.4, '2027-12-31', '']);
    expect(cells("Réduire la part des retours à 5 % d'ici 2027")).toEqual(['', down, '', 0.05, '2027-12-31', '']);
    expect(cells('Get 25% of sales from the US market by 2027')).toEqual(['', up, '', 0.25, '2027-12-31', '']);
    expect(cells("Réaliser 30 % du CA sur le marché allemand d'ici 2027")).toEqual(['', up, '', 0.3, '2027-12-31', '']);
    // A transport mode's part stays a market share.
    expect(cells("Doubler la part du ferroviaire dans les marchandises transportées d'ici 2030")[0]).toBe(marketShare);
  });

  it('mend52c (3): "we expect to grow revenue" is the firm’s own goal', () => {
    expect(cells('We expect to grow revenue 20% in 2027 so we need to hire 3 sales reps').slice(0, 5)).toEqual([revenue, up, '', '', '2027-12-31']);
    expect(cells('Our CRM project should lift sales 10%, so hire 2 sales reps by June 2027').slice(0, 5)).toEqual([revenue, up, '', '', '2027-06-30']);
  });

  it('mend52c (4): L1 beside a verb of obtaining or a budget; L2 more French wordings; L3 a counted KPI', () => {
    expect(cells("Obtenir 15 % de croissance des ventes d'ici 2027")).toEqual([salesGrowth, up, '', 0.15, '2027-12-31', '']);
    expect(cells('Réaliser 10 % de croissance du CA en 2027 avec un budget marketing de 50 000 €').slice(0, 5)).toEqual([salesGrowth, up, '', 0.1, '2027-12-31']);
    expect(cells('45 000 € ont été récoltés sur les 100 000 € visés').slice(0, 4)).toEqual(['', up, 45_000, 100_000]);
    expect(cells('La campagne a permis de collecter 9 200 € sur un objectif de 20 000 €').slice(0, 4)).toEqual(['', up, 9200, 20_000]);
    expect(cells("L'association a collecté à ce jour 9 200 $ sur un objectif de 20 000 $").slice(0, 4)).toEqual(['', up, 9200, 20_000]);
    expect(cells('After 15% growth to 800 customers this year, reach 1,000 customers by June 2027').slice(1, 5)).toEqual([up, '', 1000, '2027-06-30']);
    expect(cells('Sales rose 8% last year, with the company on track to more than double sales to $4.5 billion by 2025').slice(0, 5)).toEqual([revenue, up, '', 4_500_000_000, '2025-12-31']);
  });
});
