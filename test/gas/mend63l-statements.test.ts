/**
 * mend63l through the BUILT bundle (dist/Code.js on the emulator), en_US and fr_FR: what a user sees after the review of
 * left63 (test/core/statement/mend63l.test.ts). Check goals on a Revenue tab: a means removing something that is no KPI
 * ("Eliminate manual data entry", « Supprimer les remises ») leaves the revenue goal an increase — the same suggestion and
 * milestones as the goal alone (left63 proposed falling milestones, "Aim for $48,200") —, and a start at the end of Q1
 * proposes no Q1 milestone (left63 started it on 1 January). SMARTPARSE's row (KPI, direction, baseline, target) for the
 * sustained growth, the count done after "we've" and the goal after it.
 */
import { addSheet, GOALS_TAB, harness, MONTHLY_REVENUE, monthlyRows, type GoalsLocale } from './workbook/harness';
import { bundleAnalyze } from '../../src/local/eval/statement';
import { AS_OF, smartParser } from './smartparse';

const SENTENCES: Record<GoalsLocale, readonly string[]> = {
  en_US: [
    'Grow revenue 10% by 2027.',
    'Eliminate manual data entry and grow revenue 10% by 2027.',
    'We will not lay off anyone and will grow revenue 10% by 2027.',
    'From the end of Q1 2027, grow revenue 10% by December 31, 2027.',
    'From Q1 2027, grow revenue 10% by December 31, 2027.',
  ],
  fr_FR: [
    "Augmenter le chiffre d'affaires de 10 % d'ici 2027.",
    "Supprimer les remises et augmenter le chiffre d'affaires de 10 % d'ici 2027.",
    "Éliminer la saisie manuelle et augmenter le chiffre d'affaires de 10 % d'ici 2027.",
    "À partir de la fin du T1 2027, augmenter le chiffre d'affaires de 10 % d'ici le 31 décembre 2027.",
    "Dès le T1 2027, augmenter le chiffre d'affaires de 10 % d'ici le 31 décembre 2027.",
  ],
};

describe.each(['en_US', 'fr_FR'] as const)('Check goals (%s) on a Revenue tab', (locale) => {
  const fr = locale === 'fr_FR';
  const tab = GOALS_TAB[locale];
  const h = harness({ spreadsheetLocale: locale, userLocale: locale.slice(0, 2) });
  addSheet(h.emulator, 'Revenue', monthlyRows('Revenue', MONTHLY_REVENUE));
  const sheet = addSheet(h.emulator, tab.goals, [tab.cols, ...SENTENCES[locale].map((s, i) => [`R${i}`, s, 'Revenue', 'Emma', '', '', '', ''])]);
  h.run('checkGoals');
  const values = sheet.getDataRange().getDisplayValues();
  const cell = (row: number, en: string, french: string): string => values[row + 1][values[0].indexOf(fr ? french : en)];
  const notes = (row: number): string => cell(row, 'SMART notes', 'Remarques SMART');
  const suggested = (row: number): string => cell(row, 'Suggested target', 'Cible suggérée');

  it('a means removing no KPI leaves the revenue goal rising: the suggestion and milestones of the goal alone', () => {
    expect(notes(0)).toMatch(fr ? /Jalons trimestriels/ : /quarterly milestones/);
    for (const row of [1, 2]) {
      expect(suggested(row)).toBe(suggested(0));
      expect(notes(row)).toBe(notes(0));
    }
  });

  it('a start at the end of Q1 proposes no Q1 milestone; a start at Q1 itself keeps its quarters (left63)', () => {
    expect(notes(3)).not.toMatch(fr ? /T1 \d/ : /Q1 \$/);
    expect(notes(4)).toMatch(fr ? /T1 \d/ : /Q1 \$/);
  });
});

describe.each(['en_US', 'fr_FR'])('SMARTPARSE (%s)', (locale) => {
  const parse = smartParser(locale);
  // KPI, direction, baseline, target.
  const cells = (text: string): unknown[] => parse(text).slice(0, 4);

  it('a sustained growth keeps its KPI and direction whatever its deadline, « Soutenir » as "Sustain"', () => {
    const sustained = cells('Sustain our growth through 2027.');
    expect(sustained[0]).not.toBe('');
    expect(sustained[1]).not.toBe('');
    for (const text of ['Sustain our growth through Q3 2027.', 'Sustain our growth until June 30, 2027.', 'Soutenir notre croissance en 2027.', "Soutenir notre croissance jusqu'au 30 juin 2027.", "Soutenir notre croissance d'ici le T3 2027."]) {
      expect(cells(text)).toEqual(sustained);
    }
  });

  it("a count done after \"we've\" is the baseline; « goal / objectif N » after it the target", () => {
    expect(cells("We've already opened 8 stores").slice(2)).toEqual([8, '']);
    expect(cells('We’ve already opened 8 stores').slice(2)).toEqual([8, '']);
    expect(cells('We have already signed 40 clients this year; goal 100.').slice(2)).toEqual([40, 100]);
    expect(cells('Nous avons déjà signé 40 clients cette année ; objectif 100.').slice(2)).toEqual([40, 100]);
  });

  it('« Éliminer le churn » falls as "Eliminate churn" does', () => {
    // The KPI cell names the sentence's own word for it (« Attrition » in French), the direction cell the reading.
    expect(cells("Éliminer le churn d'ici 2027.")[0]).not.toBe('');
    expect(cells("Éliminer le churn d'ici 2027.")[1]).toBe(cells('Eliminate churn by 2027.')[1]);
    expect(cells('Eliminate churn by 2027.')[1]).toBe(cells('Reduce churn by 2027.')[1]);
  });
});

describe('smartAnalyze through the bundle: mend63l', () => {
  const analyze = bundleAnalyze();

  it('the direction of a goal after a removal means (the start shows in Check goals above)', () => {
    expect(analyze('Eliminate discounts and raise our average deal size to $50k by 2027.', AS_OF)).toMatchObject({ kpi: 'average_deal_size', direction: 'increase', target: 50_000 });
    expect(analyze("Supprimer les remises et porter le panier moyen à 50 k€ d'ici 2027.", AS_OF)).toMatchObject({ kpi: 'average_deal_size', direction: 'increase', target: 50_000 });
    expect(analyze('Eliminate churn and grow revenue 10% by 2027.', AS_OF)).toMatchObject({ kpi: 'churn', direction: 'decrease' });
  });
});
