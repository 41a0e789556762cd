/**
 * left48, through the BUILT bundle (dist/Code.js on the emulator): what a user sees of the five classes the sixth session
 * left. SMARTPARSE's row (KPI, direction, baseline, target — the target computed from the baseline when a change is
 * stated — and the deadline) in en_US and fr_FR: "Operating costs are expected to decline 8% to $2.3 million" aims at
 * $2.3 million (it showed 8 %); "We have 25 stores and want to hire 10 sales reps" has no baseline (it showed 25 → 10, a
 * decrease); "the first half of next fiscal year" is due at that half's end (it showed the year's), under the Settings'
 * fiscal start too; « d'ici une quinzaine de mois » and "within a dozen months" are due 15 and 12 months on (no deadline).
 * A restated change noun (« soit une baisse de 20 à 30 % ») changes no SMARTPARSE cell, so it is read through
 * `smartAnalyze`, the server function the CLI and the statement eval call. Near misses beside each keep their rows.
 */
import { bundleAnalyze } from '../../src/local/eval/statement';
import { harness, type Harness } from './workbook/harness';

const AS_OF = '2026-12-05';

function sheet(locale: string, fiscalYearStartMonth?: number): Harness {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  if (fiscalYearStartMonth) h.run('sidebarSaveSettings', { fiscalYearStartMonth });
  return h;
}

/** SMARTPARSE's KPI, direction, baseline and target cells ('' for a blank), then the deadline as an ISO date ('' for none). */
function parse(h: Harness, sentence: string): [string, string, number | '', number | '', string] {
  const row = h.addon.call<unknown[][]>('SMARTPARSE', sentence, AS_OF)[0];
  // (The bundle's Date comes from another realm: no `instanceof` here.)
  const cell = row[4] as { toISOString?: () => string };
  const deadline = typeof cell.toISOString === 'function' ? cell.toISOString().slice(0, 10) : String(row[4]);
  return [row[0], row[1], row[2], row[3], deadline] as [string, string, number | '', number | '', string];
}

describe.each([
  ['en_US', 'Sales reps', 'Revenue', 'increase', 'decrease'],
  ['fr_FR', 'Commerciaux', 'Chiffre d’affaires', 'augmenter', 'réduire'],
])('SMARTPARSE (%s)', (locale, reps, revenue, up, down) => {
  const h = sheet(locale);

  it('a verb of change, a percentage, "to" and an amount aim at the amount; a move between percentages stays a move', () => {
    // (A costs KPI is shown in the sentence's own words: "Operating costs", « Coûts d'exploitation ».)
    expect(parse(h, 'Operating costs are expected to decline 8% to $2.3 million by 2027').slice(1, 4)).toEqual([down, '', 2300000]);
    expect(parse(h, 'Revenue is expected to rise 12% to $3.4 billion by 2027').slice(0, 4)).toEqual([revenue, up, '', 3400000000]);
    expect(parse(h, "Les coûts d'exploitation devraient baisser de 8 % à 2,3 millions d'euros d'ici 2027").slice(1, 4)).toEqual([down, '', 2300000]);
    expect(parse(h, 'Push churn 8% to 5% by 2027').slice(2, 4)).toEqual([0.08, 0.05]);
  });

  it('a held count of another noun is no baseline of the reps hired; more of the same noun still is', () => {
    expect(parse(h, 'We have 25 stores and want to hire 10 sales reps by 2027').slice(0, 4)).toEqual([reps, up, '', 10]);
    expect(parse(h, 'Nous avons 25 magasins et voulons recruter 10 commerciaux d’ici 2027').slice(0, 4)).toEqual([reps, up, '', 10]);
    expect(parse(h, 'We have 20 reps and want to reach 25 sales reps by 2027').slice(0, 4)).toEqual([reps, up, 20, 25]);
  });

  it('a half of the next fiscal year ends with that half; the whole next fiscal year with the year', () => {
    expect(parse(h, 'Reach $5M in revenue by the first half of next fiscal year')[4]).toBe('2027-06-30');
    expect(parse(h, 'Atteindre 5 M€ de chiffre d’affaires au premier semestre du prochain exercice')[4]).toBe('2027-06-30');
    expect(parse(h, 'Reach $5M in revenue by the end of this fiscal, which began April 1')[4]).toBe('2027-03-31');
    expect(parse(h, 'Reach $5M by next fiscal year')[4]).toBe('2027-12-31');
  });

  it('approximate counted durations are that many periods from today; "a few" gives none', () => {
    expect(parse(h, 'Atteindre 5 M€ de chiffre d’affaires d’ici une quinzaine de mois')[4]).toBe('2028-03-05');
    expect(parse(h, 'Reach $5M in revenue within a dozen months')[4]).toBe('2027-12-05');
    expect(parse(h, 'Signer 10 contrats d’ici une vingtaine de jours')[4]).toBe('2026-12-25');
    expect(parse(h, 'Sign 10 deals within a few months')[4]).toBe('');
  });
});

describe('SMARTPARSE under an April fiscal start saved in Settings', () => {
  const h = sheet('en_IN', 4);

  it('the first half of next fiscal year is April to September 2027; the year itself ends in March 2028', () => {
    expect(parse(h, 'Reach $5M in revenue by the first half of next fiscal year')[4]).toBe('2027-09-30');
    expect(parse(h, 'Reach $5M by next fiscal year')[4]).toBe('2028-03-31');
  });
});

describe('smartAnalyze: every noun of change restated after a level of another kind', () => {
  const analyze = bundleAnalyze();

  it('« soit une baisse de 20 à 30 % » and ", i.e. an increase of 20 to 30%" after 10 to 12 stores are ∓20 %, target 10', () => {
    const fall = analyze('Atteindre 10 à 12 magasins, soit une baisse de 20 à 30 %', AS_OF);
    expect([fall.target, fall.change, fall.direction]).toEqual([10, { value: 0.2, kind: 'relative' }, 'decrease']);
    const rise = analyze('Reach 10 to 12 stores by 2027, i.e. an increase of 20 to 30%', AS_OF);
    expect([rise.target, rise.change, rise.direction]).toEqual([10, { value: 0.2, kind: 'relative' }, 'increase']);
  });

  it('near misses: a forecast growth and a comparison with a past year restate, no change', () => {
    expect(analyze("Atteindre 2 M€ de chiffre d'affaires, soit une croissance attendue de 5 %", AS_OF).change).toBeNull();
    expect(analyze('Atteindre 10 à 12 magasins, soit une croissance de 20 à 30 % par rapport à 2026', AS_OF).change).toBeNull();
  });
});
