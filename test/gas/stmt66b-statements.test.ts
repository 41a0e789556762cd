/**
 * stmt66b through the BUILT bundle (dist/Code.js on the emulator): what `smartAnalyze` (the server function the CLI, the
 * sidebar and the statement eval call) reads for real63's classes (test/core/statement/stmt66b.test.ts), FR and EN — "to be
 * down" a range of basis points, "sustainable" no maintain, a year the goal is for or starts from no target; and SMARTPARSE's
 * cells (KPI, direction, baseline, target) as a sheet in each locale shows them.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartParser } from './smartparse';

describe('smartAnalyze: stmt66b classes', () => {
  const analyze = bundleAnalyze();

  it('"to be down 50 to 100 basis points", « une amélioration … de 20 à 40 points de base »: the change, its lower bound', () => {
    const en = analyze('Gross margin is expected to be down 50 to 100 basis points next year.', AS_OF);
    expect([en.direction, en.baseline, en.target, en.change]).toEqual(['decrease', null, null, { value: 0.005, kind: 'absolute' }]);
    const fr = analyze('Viser une amélioration de la marge brute de 20 à 40 points de base.', AS_OF);
    expect([fr.direction, fr.baseline, fr.target, fr.change]).toEqual(['increase', null, null, { value: 0.002, kind: 'absolute' }]);
    const moved = analyze('Increase the spread from 50 to 100 basis points.', AS_OF);
    expect([moved.baseline, moved.target]).toEqual([0.005, 0.01]);
  });

  it('"sustainable" says how: no maintain; "sustain" still holds', () => {
    expect(analyze("We can drive churn below 1%, it'll take time to do it in a way that's sustainable.", AS_OF).direction).toBe('decrease');
    expect(analyze('Sustain churn below 1%.', AS_OF).direction).toBe('maintain');
  });

  it('a year the goal is for or starts from is no target; a count per year stays', () => {
    expect(analyze('What we need to make 2027 a great year is to grow visitors by 10 percent.', AS_OF).target).toBeNull();
    const fr = analyze("Il veut économiser 350 millions d'euros à compter de 2027 grâce au plan.", AS_OF);
    expect([fr.target, fr.unit]).toEqual([null, 'currency']);
    expect(analyze('Sell 2000 a year.', AS_OF).target).toBe(2000);
  });
});

describe('SMARTPARSE: stmt66b classes, as a cell shows them', () => {
  const en = smartParser('en_US');
  const fr = smartParser('fr_FR');

  it('no baseline nor target from a basis-point range or a year; the direction of "down" and of "drive … below"', () => {
    expect(en('Gross margin is expected to be down 50 to 100 basis points next year.').slice(0, 4)).toEqual(['Gross margin', 'decrease', '', '']);
    expect(en('What we need to make 2027 a great year is to grow visitors by 10 percent.').slice(1, 4)).toEqual(['increase', '', '']);
    expect(fr("Il veut économiser 350 millions d'euros à compter de 2027 grâce au plan.").slice(1, 4)).toEqual(['réduire', '', '']);
    expect(en("We can drive churn below 1%, it'll take time to do it in a way that's sustainable.").slice(1, 4)).toEqual(['decrease', '', 0.01]);
  });
});
