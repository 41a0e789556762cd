/**
 * Issue 11, "Verdicts that tell one story" (story47, b and c), through the built bundle on the emulator.
 *
 * (c) Money with a fractional part kept its whole units only: "Reach an average deal size of $6.25" said "Target stated:
 * $6." (« 6 € »), SMARTCHECK's rewrite said "from $6 to $6", and the plan report's target cell "$6". Sheets' currency
 * format shows cents ("$6.25", "$6.50"); a whole amount keeps none ("$6", never "$6.00").
 * (b) "Double our stores to 40": a level reached by a relative change is in its own unit in the messages since the lead's
 * levelUnit, but the plan report's target cell still took the change's percentage ("4000%"); and the CLI's `analyze`
 * printed "unit percent" beside a target of 2,000,000 with nothing saying the target is money.
 */
import { addSheet, harness, monthlyRows } from './workbook/harness';

type Criteria = Record<string, { message: string; suggestion: string | null }>;
const NBSP = '\u00a0';
const NNBSP = '\u202f';

function analyze(locale: string, text: string): { criteria: Criteria; unit: string | null; levelUnit?: string | null } {
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  return h.run('smartAnalyze', text, '2026-11-26');
}

describe('money keeps its cents in the messages (c)', () => {
  it.each([
    ['en_US', 'Reach an average deal size of $6.25 by June 30, 2027', 'Target stated: $6.25.'],
    ['en_US', 'Reach an average deal size of $6.5 by June 30, 2027', 'Target stated: $6.50.'],
    ['en_US', 'Increase average deal size by $0.50 by June 30, 2027', 'Change stated: $0.50.'],
    ['fr_FR', 'Atteindre un panier moyen de 6,25 € d’ici le 30 juin 2027', `Cible indiquée${NNBSP}: 6,25${NBSP}€.`],
    ['fr_FR', 'Augmenter le panier moyen de 0,5 € d’ici le 30 juin 2027', `Variation indiquée${NNBSP}: 0,50${NBSP}€.`],
    ['fr_CA', 'Atteindre un panier moyen de 6,25 $ d’ici le 30 juin 2027', `Cible indiquée${NNBSP}: 6,25${NBSP}$.`],
  ])('%s: %s → %s', (locale, text, measurable) => {
    expect(analyze(locale, text).criteria.measurable.message).toBe(measurable);
  });

  it.each([
    ['en_US', 'Reach an average deal size of $6 by June 30, 2027', 'Target stated: $6.'],
    ['en_US', 'Reach revenue of $6,000.00 by June 30, 2027', 'Target stated: $6,000.'],
    ['fr_FR', 'Atteindre un panier moyen de 6 € d’ici le 30 juin 2027', `Cible indiquée${NNBSP}: 6${NBSP}€.`],
  ])('near miss: a whole amount shows no cents (%s: %s)', (locale, text, measurable) => {
    expect(analyze(locale, text).criteria.measurable.message).toBe(measurable);
  });

  it.each([
    ['en_US', 'Raise average deal size from $5.75 to $6.25 by June 30, 2027', 'from $5.75 to $6.25'],
    ['fr_FR', 'Faire passer le panier moyen de 5,75 € à 6,25 €', `de 5,75${NBSP}€ à 6,25${NBSP}€`],
  ])('SMARTCHECK’s rewrite keeps the baseline’s and the target’s cents (%s)', (locale, text, said) => {
    const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
    expect(h.run<string>('SMARTCHECK', text)).toContain(said);
  });
});

describe.each([
  { locale: 'en_US', goals: 'Goals', tab: 'Average deal size', head: ['Goal ID', 'Goal', 'KPI'], cents: 'Reach an average deal size of $6.25 by June 30, 2027', stores: 'Double our stores to 40 by 2028', shown: '$6.25' },
  { locale: 'fr_FR', goals: 'Objectifs', tab: 'Panier moyen', head: ['ID', 'Objectif', 'Indicateur'], cents: 'Atteindre un panier moyen de 6,25 € d’ici le 30 juin 2027', stores: 'Doubler nos magasins à 40 d’ici 2028', shown: `6,25${NBSP}€` },
])('the plan report writes a goal’s target as its notes say it ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.locale.slice(0, 2) });
  addSheet(h.emulator, c.goals, [c.head, ['G1', c.cents, ''], ['G2', c.stores, '']]);
  h.run('checkGoals');
  h.run('menuGeneratePlanReport');
  const report = h.emulator.spreadsheet.getSheets().find((s) => /^(SMART plan|Plan SMART)/.test(s.getName()))!;
  const shown = report.getDataRange().getDisplayValues();
  // The goals table: the first row of each goal's ID whose target column holds a value.
  const targetOf = (id: string, statement: string): string => shown.find((row) => row[0] === id && row[1].startsWith(statement))![5];

  it('an amount with cents keeps them (b: "$6")', () => {
    expect(targetOf('G1', c.cents)).toBe(c.shown);
  });

  it('a level reached by doubling is the count stated, not a percentage of itself ("4000%")', () => {
    expect(targetOf('G2', c.stores)).toBe('40');
  });
});

describe.each([
  { locale: 'en_US', tab: 'Average deal size', format: '$#,##0.00', goal: 'Reach an average deal size of $9.75 by June 30, 2027', suggested: 'Suggested target', notes: 'SMART notes' },
  { locale: 'fr_FR', tab: 'Panier moyen', format: '#,##0.00 €', goal: 'Atteindre un panier moyen de 9,75 € d’ici le 30 juin 2027', suggested: 'Cible suggérée', notes: 'Remarques SMART' },
])('Check goals writes a suggested amount with cents as its note says it ($locale)', (c) => {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.locale.slice(0, 2) });
  // Monthly average deal sizes of about $5.40 to $6.00, in a currency format with cents.
  const values = Array.from({ length: 24 }, (_, i) => Math.round((5.4 + i * 0.02 + (i % 3) * 0.07) * 100) / 100);
  addSheet(h.emulator, c.tab, monthlyRows(c.tab, values)).getRange(2, 2, 24, 1).setNumberFormat(c.format);
  const goals = addSheet(h.emulator, 'Goals', [['Goal ID', 'Goal', 'KPI'], ['G1', c.goal, c.tab]]);
  h.run('checkGoals');
  const [head, row] = goals.getDataRange().getDisplayValues();
  // The user's format puts its own space before € (a plain one here); the notes write a no-break space.
  const spaced = (text: string): string => text.replace(/[\s\u00a0\u202f]/g, ' ');
  const suggested = spaced(row[head.indexOf(c.suggested)]);

  it('the cell shows cents, not a whole amount ("$6.00" beside "Aim for $6.21")', () => {
    expect(suggested).toMatch(/^\$?6[.,]\d\d( €)?$/);
    expect(suggested).not.toMatch(/[.,]00/);
  });

  it('the note names the amount the cell shows', () => {
    expect(spaced(row[head.indexOf(c.notes)])).toContain(suggested);
  });
});

describe('the CLI’s analysis says the target’s own unit beside the change’s (b)', () => {
  it('"Double revenue to $2M by 2028": unit percent (the change), levelUnit currency', () => {
    expect(analyze('en_US', 'Double revenue to $2M by 2028 ')).toEqual(expect.objectContaining({ unit: 'percent', levelUnit: 'currency' }));
  });

  it('« Doubler nos magasins à 40 d’ici 2028 »: levelUnit count', () => {
    expect(analyze('fr_FR', 'Doubler nos magasins à 40 d’ici 2028')).toEqual(expect.objectContaining({ unit: 'percent', levelUnit: 'count' }));
  });

  it('near miss: "Increase revenue by 10% by 2028" has no level: levelUnit null', () => {
    expect(analyze('en_US', 'Increase revenue by 10% by 2028')).toEqual(expect.objectContaining({ unit: 'percent', levelUnit: null }));
  });
});
