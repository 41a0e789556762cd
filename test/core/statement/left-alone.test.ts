/**
 * Real-world goal sentences the earlier rounds misread and left alone (issue 11, the last closing note's list), each fixed
 * by a general rule in the statement pipeline and checked on the sentence, on other FR/EN ways a sales manager writes it,
 * and on near-misses that keep their reading.
 */
import { analyzeStatement } from '../../../src/core/statement';

const AS_OF = '2026-11-26';
const analyze = (text: string) => analyzeStatement(text, { asOf: AS_OF });

describe('L1: a percentage OF a past period or a baseline is a factor of it (a relative change), not a level', () => {
  it.each([
    ['Grow revenue to 120% of last year', 'revenue', 'increase', 0.2],
    ['Atteindre 120 % du CA de l’an dernier', 'revenue', 'increase', 0.2],
    ['Porter le chiffre d’affaires à 115 % de celui de l’année dernière d’ici fin 2027', 'revenue', 'increase', 0.15],
    ['Increase bookings to 130% of the previous quarter', 'revenue', 'increase', 0.3],
    ['Augmenter les ventes à 110 % de N-1', 'revenue', 'increase', 0.1],
    ['Grow revenue to 120% of 2026 revenue', 'revenue', 'increase', 0.2],
    ['Bring costs down to 80% of last year’s costs', 'costs', 'decrease', 0.2],
    ['Ramener les coûts à 90 % de ceux de l’an passé', 'costs', 'decrease', 0.1],
  ])('%s → %s %s by %d (relative)', (text, kpi, direction, value) => {
    expect(analyze(text)).toMatchObject({ kpi, direction, target: null, baseline: null, change: { value, kind: 'relative' }, unit: 'percent' });
  });

  it('keeps a share of a quota, a goal or a market a level', () => {
    expect(analyze('Reach 120% of quota')).toMatchObject({ kpi: 'quota_attainment', target: 1.2, change: null });
    expect(analyze('Reach 120% of last year’s quota')).toMatchObject({ kpi: 'quota_attainment', target: 1.2, change: null });
    expect(analyze('Atteindre 110 % de l’objectif de vente')).toMatchObject({ target: 1.1, change: null });
    expect(analyze('Reach 40% of the market')).toMatchObject({ kpi: 'market_share', target: 0.4, change: null });
  });

  it('keeps a channel’s share of a year’s revenue a share (a year may be ahead: only above 100 % is it a factor)', () => {
    expect(analyze('Réaliser 30 % du CA sur le web')).toMatchObject({ kpi: null, target: 0.3, change: null });
    expect(analyze('Que le web fasse 30 % du CA de 2027')).toMatchObject({ kpi: null, target: 0.3, change: null });
  });
});
