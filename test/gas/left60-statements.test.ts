/**
 * left60 through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees in SMARTPARSE's row
 * (KPI, baseline, target, deadline) for the leftovers read by left60 (test/core/statement/left60.test.ts) — the count money
 * is raised from is no figure (D2 keeps its target), a purpose stating a figure after a means with none is the goal, a cap
 * on advertising money is costs, « fin du trimestre fiscal 2027 » ends that year, a plan's ending year is no count, « tendre
 * vers 200 clients » is a level of customers.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartCells, smartParser } from './smartparse';

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const cells = smartCells(smartParser(locale));

  it('money raised from 20 investors: no KPI, no baseline, the raise its target (D2)', () => {
    expect(cells('Raise $5M from 20 investors by 2027.')).toEqual(['', '', 5_000_000, '2027-12-31']);
    expect(cells("Lever un financement de 2 M€ auprès de 15 investisseurs d'ici 2027.")).toEqual(['', '', 2_000_000, '2027-12-31']);
  });

  it('a purpose stating a figure after a means with none; « fin du trimestre fiscal 2027 »', () => {
    // AS_OF is 5 December 2026.
    expect(cells('Reduce churn to raise retention to 95% by 2027.').slice(2)).toEqual([0.95, '2027-12-31']);
    expect(cells("Signer 20 contrats d'ici la fin du trimestre fiscal 2027.").slice(2)).toEqual([20, '2027-12-31']);
    expect(cells('Our five-year plan, concluded in 2025, aims to reach 300 stores.')[2]).toBe(300);
  });
});

describe('smartAnalyze: left60', () => {
  const analyze = bundleAnalyze();

  it('a raise before a purpose stating a change: the purpose is the goal', () => {
    expect(analyze('Raise funding of $5M in 2027 to grow revenue by 30%.', AS_OF)).toMatchObject({ kpi: 'revenue', direction: 'increase', target: null, change: { value: 0.3, kind: 'relative' } });
  });

  it('a means on churn before a purpose on renewal rates: retention, increase, 92 %', () => {
    expect(analyze('Cut churn to improve renewal rates to 92%.', AS_OF)).toMatchObject({ kpi: 'retention', direction: 'increase', target: 0.92 });
  });

  it('a cap on advertising money is costs; « tendre vers 200 clients » is customers', () => {
    expect(analyze('Ne pas investir plus de 300 000 € dans la publicité.', AS_OF)).toMatchObject({ kpi: 'costs', direction: 'decrease', target: 300_000 });
    expect(analyze('Nous tendons vers plus de 200 clients.', AS_OF)).toMatchObject({ kpi: 'customers', target: 200 });
  });
});
