/**
 * The fixes5 review sentences through the BUILT bundle (dist/Code.js in a node:vm realm), as the CLI's smartAnalyze and
 * SMARTPARSE read them: no target level for a growth of revenue, no price as the target, a two-year fiscal year ending in
 * its second year, and no costs KPI for the customers' savings.
 */
import { loadAddon, type LoadedAddon } from '../../src/local/runtime';
import { createFakeAppsScript } from '../support/fakes';

const AS_OF = '2025-01-06';

function addon(locale = 'en_US'): LoadedAddon {
  return loadAddon(createFakeAppsScript({ spreadsheetLocale: locale }).globals);
}

function analyze(a: LoadedAddon, text: string): Record<string, unknown> {
  return JSON.parse(JSON.stringify(a.call<Record<string, unknown>>('smartAnalyze', text, AS_OF))) as Record<string, unknown>;
}

describe('review fixes through the bundle', () => {
  const a = addon();

  it('reads a percentage of growth in revenue as sales growth (rulings L1 and M1)', () => {
    // The lead's ruling M1 of 2026-12-06 (left53; fixtures README): English growth OF revenue or sales has growth as its
    // noun, as L1 made French, so "5% growth in revenue" is sales growth's level — no longer revenue's relative change.
    expect(analyze(a, 'Achieve 5% growth in revenue by Q4')).toMatchObject({ kpi: 'sales_growth', direction: 'increase', target: 0.05, change: null });
    // A verb of growth with revenue as its subject keeps R5's revenue with a change.
    expect(analyze(a, 'Revenue should grow 5% by Q4')).toMatchObject({ kpi: 'revenue', change: { value: 0.05, kind: 'relative' } });
    // The lead's ruling L1 of 2026-12-06 (left52; fixtures README): « une croissance de N % du CA » has growth as its noun,
    // so it is sales growth's level, as « une croissance des ventes de N % » (R5) — no longer revenue's change.
    expect(analyze(a, "Obtenir une croissance de 5 % du CA d'ici fin 2027")).toMatchObject({ kpi: 'sales_growth', target: 0.05, change: null, deadline: '2027-12-31' });
  });

  it('never takes a price per month as the target', () => {
    expect(analyze(a, 'We sell the $19.99/month plan: get 500 subscribers by June 2027')).toMatchObject({ target: 500, unit: 'count', deadline: '2027-06-30' });
  });

  it('ends a fiscal year written over two years in its second year', () => {
    expect(analyze(a, 'Reach $1M in revenue in FY 2026/2027')).toMatchObject({ kpi: 'revenue', deadline: '2027-12-31' });
    expect(analyze(a, "Atteindre 1 M€ de CA sur l'exercice 2026-2027")).toMatchObject({ target: 1_000_000, deadline: '2027-12-31' });
  });

  it('gives no KPI to the savings customers make', () => {
    expect(analyze(a, 'Help customers save $500 a year')).toMatchObject({ kpi: null, change: { value: 500, kind: 'absolute' } });
  });

  it('shows the growth of revenue as a sales-growth row in SMARTPARSE (ruling M1)', () => {
    const [row] = a.call<unknown[][]>('SMARTPARSE', 'Achieve 5% growth in revenue by Q4', AS_OF);
    expect(row.slice(0, 2)).toEqual(['Sales growth', 'increase']);
  });
});
