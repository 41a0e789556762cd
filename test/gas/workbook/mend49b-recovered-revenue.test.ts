/**
 * surf49's "revenue lost then recovered is revenue" narrowed to what it was meant for (mend49b), through the built bundle
 * on the emulator, EN and FR. surf49 (1) made a recovered-loss tab compete with a plain Revenue tab, so "Increase revenue
 * to $70,000 by June 30, 2027" lost its verdict to "“Revenue” is on 2 tabs (Revenue, Recovered lost revenue)"; (2) took any
 * "recover", « récupéré », "excl", "hors" beside a loss word as a recovery, so "Lost revenue not recovered", « CA perdu
 * non récupéré », "Lost revenue (excl. VAT)" became revenue: a revenue goal was judged on the losses ("unrealistic"
 * 0.001) where it had found no KPI tab. A recovered tab answers only goals naming the recovery now, and only a loss that
 * IS recovered is revenue.
 */
import { addSheet, harness, monthlyRows } from './harness';

/** Monthly revenue, 50,000 to about 69,000. */
const REVENUE = Array.from({ length: 24 }, (_, i) => 50_000 + i * 800 + (i % 3) * 300);
/** Monthly revenue recovered (or lost), about 4,000 to 4,200. */
const SMALL = Array.from({ length: 24 }, (_, i) => 4_000 + ((i * 7) % 5) * 50);

const EN = { locale: 'en_US', lang: 'en', goalsTab: 'Goals', head: ['Goal ID', 'Goal', 'KPI'], probability: 'Probability', verdict: 'Verdict', notes: 'SMART notes', onTabs: /is on 2 tabs/, noTab: /No KPI tab found/ } as const;
const FR = { locale: 'fr_FR', lang: 'fr', goalsTab: 'Objectifs', head: ['ID', 'Objectif', 'Indicateur'], probability: 'Probabilité', verdict: 'Verdict', notes: 'Remarques SMART', onTabs: /est sur 2\u00a0onglets/, noTab: /Aucun onglet d’indicateur/ } as const;
type Columns = typeof EN | typeof FR;

/** Check goals over the given tabs (name → rows) and goal sentences: each row's probability, verdict and notes. */
function checked(c: Columns, tabs: Record<string, unknown[][]>, sentences: readonly string[]): { probability: unknown; verdict: unknown; notes: string }[] {
  const h = harness({ spreadsheetLocale: c.locale, userLocale: c.lang });
  for (const [name, rows] of Object.entries(tabs)) addSheet(h.emulator, name, rows);
  const sheet = addSheet(h.emulator, c.goalsTab, [[...c.head], ...sentences.map((s, i) => [`G${i + 1}`, s, ''])]);
  h.run('checkGoals');
  const [head, ...rows] = sheet.getDataRange().getValues() as unknown[][];
  const at = (row: unknown[], name: string): unknown => row[(head as string[]).indexOf(name)];
  return rows.map((row) => ({ probability: at(row, c.probability), verdict: at(row, c.verdict), notes: String(at(row, c.notes)) }));
}

/** A tab of one named column over months. */
const tab = (column: string, values: readonly number[]): unknown[][] => monthlyRows(column, values);

describe('a plain revenue goal beside a recovered-loss tab keeps its verdict (mend49b, 1)', () => {
  it.each([
    ['Revenue', 'Recovered lost revenue', 'Recovered lost revenue'],
    ['Sales', 'Win-back', 'Revenue won back from churned customers'],
  ])('a “%s | Revenue” tab beside “%s | %s”: judged on the revenue tab, no “on 2 tabs”', (revenueTab, name, column) => {
    const [level, growth] = checked(EN, { [revenueTab]: tab('Revenue', REVENUE), [name]: tab(column, SMALL) }, ['Increase revenue to $70,000 by June 30, 2027', 'Grow revenue by 10% by June 30, 2027']);
    for (const row of [level, growth]) {
      expect(row.notes).not.toMatch(EN.onTabs);
      expect(typeof row.probability).toBe('number');
    }
    // On the revenue tab, about $69,000 a month: $70,000 is within reach, not "unrealistic" as on a ~$4,000 tab.
    expect(level.probability as number).toBeGreaterThan(0.5);
  });

  it('FR: « Augmenter le chiffre d’affaires à 70 000 € » beside « CA perdu récupéré » is judged on « CA »', () => {
    const [row] = checked(FR, { CA: tab('CA', REVENUE), 'CA perdu récupéré': tab('CA perdu récupéré', SMALL) }, ['Augmenter le chiffre d’affaires à 70 000 € d’ici le 30 juin 2027']);
    expect(row.notes).not.toMatch(FR.onTabs);
    expect(row.probability as number).toBeGreaterThan(0.5);
  });

  it('near miss (passes before too): a goal naming the recovery is still judged on the recovered tab, not the revenue one', () => {
    const [recover, recovered] = checked(EN, { Revenue: tab('Revenue', REVENUE), 'Recovered lost revenue': tab('Recovered lost revenue', SMALL) }, ['Recover $6,000 of lost revenue by June 30, 2027', 'Increase recovered lost revenue to $6,000 by June 30, 2027']);
    for (const row of [recover, recovered]) {
      expect(row.notes).not.toMatch(EN.onTabs);
      // $6,000 a month from ~$4,100: unrealistic on the recovered tab (on the $69,000 revenue tab it would be met).
      expect(row.probability as number).toBeLessThan(0.05);
    }
  });
});

describe('a loss that is not recovered is no revenue (mend49b, 2)', () => {
  it.each(['Lost revenue not recovered', 'Lost revenue (excl. VAT)', 'Lost revenue excl. refunds', 'Lost revenue (recoverable)', 'Lost revenue - recovery in progress'])(
    '“%s” alone: “Increase revenue to $6,000” finds no KPI tab (it was judged on the losses)',
    (column) => {
      const [row] = checked(EN, { 'Lost revenue': tab(column, SMALL) }, ['Increase revenue to $6,000 by June 30, 2027']);
      expect(row.notes).toMatch(EN.noTab);
      expect(row.probability).toBe('');
    },
  );

  it.each(['CA perdu non récupéré', 'CA perdu hors taxes', 'Pertes de CA'])('« %s » seul : « Augmenter le chiffre d’affaires à 6 000 € » ne trouve aucun onglet', (column) => {
    const [row] = checked(FR, { 'CA perdu': tab(column, SMALL) }, ['Augmenter le chiffre d’affaires à 6 000 € d’ici le 30 juin 2027']);
    expect(row.notes).toMatch(FR.noTab);
    expect(row.probability).toBe('');
  });

  it('“Revenue” beside “Lost revenue (excl. VAT)”: “Increase revenue to $70,000” is judged on Revenue, not ambiguous', () => {
    const [row] = checked(EN, { Revenue: tab('Revenue', REVENUE), 'Lost revenue': tab('Lost revenue (excl. VAT)', SMALL) }, ['Increase revenue to $70,000 by June 30, 2027']);
    expect(row.notes).not.toMatch(EN.onTabs);
    expect(row.probability as number).toBeGreaterThan(0.5);
  });

  it('near miss (passes before too): “Revenue (excl. lost deals)” is still revenue, a level', () => {
    const [row] = checked(EN, { Revenue: tab('Revenue (excl. lost deals)', SMALL) }, ['Increase revenue to $6,000 by June 30, 2027']);
    expect(row.notes).not.toMatch(EN.noTab);
    expect(row.probability as number).toBeLessThan(0.05);
  });
});
