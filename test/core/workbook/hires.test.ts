/**
 * The Goals tab's optional Planned hires column: recognized by its header in
 * French or English, read in either language (a count, a count with a date,
 * several parts), an unreadable cell noted on its row without stopping the
 * run, and the goal's hires added to the Settings' ones for its capacity.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { findGoalColumns } from '../../../src/core/workbook/headers';
import { parseGoalHires } from '../../../src/core/workbook/hires';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { goalHires } from '../../../src/core/workbook/plans';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-11-26';

describe('parseGoalHires', () => {
  it('reads a number as hires at the goal’s start', () => {
    expect(parseGoalHires(2, 'en')).toEqual([{ count: 2, date: null }]);
    expect(parseGoalHires('+3', 'fr')).toEqual([{ count: 3, date: null }]);
    expect(parseGoalHires('2 reps', 'en')).toEqual([{ count: 2, date: null }]);
    expect(parseGoalHires('', 'en')).toEqual([]);
    expect(parseGoalHires(null, 'en')).toEqual([]);
  });

  it('reads quarters and fiscal years by the Settings’ fiscal year (fixes63)', () => {
    expect(parseGoalHires('2 in Q1 2027', 'en', undefined, 4)).toEqual([{ count: 2, date: '2026-04-01' }]);
    expect(parseGoalHires('2 en T3 2027', 'fr', undefined, 4)).toEqual([{ count: 2, date: '2026-10-01' }]);
    expect(parseGoalHires('1 in FY28', 'en', undefined, 4)).toEqual([{ count: 1, date: '2027-04-01' }]);
    expect(parseGoalHires('2 in Q1 2027', 'en', undefined, 1)).toEqual([{ count: 2, date: '2027-01-01' }]);
  });

  it('reads counts with dates, in English and French, periods meaning their first day', () => {
    expect(parseGoalHires('2 in 2027-02', 'en')).toEqual([{ count: 2, date: '2027-02-01' }]);
    expect(parseGoalHires('+1 février 2027', 'fr')).toEqual([{ count: 1, date: '2027-02-01' }]);
    expect(parseGoalHires('1 embauche à partir du 15/03/2027', 'fr')).toEqual([{ count: 1, date: '2027-03-15' }]);
    expect(parseGoalHires('1 hire on 3/15/2027', 'en')).toEqual([{ count: 1, date: '2027-03-15' }]);
    expect(parseGoalHires('2 new reps starting in Q3 2027', 'en')).toEqual([{ count: 2, date: '2027-07-01' }]);
    expect(parseGoalHires('3 commerciaux dès mars 2027', 'fr')).toEqual([{ count: 3, date: '2027-03-01' }]);
    expect(parseGoalHires('-1 en juin 2027', 'fr')).toEqual([{ count: -1, date: '2027-06-01' }]);
  });

  it('reads several parts: ";", "and"/"et", or a comma before another count', () => {
    expect(parseGoalHires('2 in Feb 2027; 1 in June 2027', 'en')).toEqual([
      { count: 2, date: '2027-02-01' },
      { count: 1, date: '2027-06-01' },
    ]);
    expect(parseGoalHires('2 en février 2027 et 1 en juin 2027', 'fr')).toHaveLength(2);
    expect(parseGoalHires('2 on February 1, 2027, 1 in March 2027', 'en')).toEqual([
      { count: 2, date: '2027-02-01' },
      { count: 1, date: '2027-03-01' },
    ]);
  });

  it('refuses what it cannot read instead of guessing', () => {
    for (const bad of ['some', '2 soon', '0', '1.5', 2.5, 0, 5000, '2027-02-01', 'in February', '2 in Smarch 2027', true]) expect([bad, parseGoalHires(bad as CellValue, 'en')]).toEqual([bad, null]);
  });
});

describe('the Planned hires column', () => {
  it('is recognized by its header in either language, next to the usual columns', () => {
    expect(findGoalColumns([['Goal', 'Deadline', 'Planned hires']])?.fields.hires).toBe(2);
    expect(findGoalColumns([['Objectif', 'Échéance', 'Embauches prévues']])?.fields.hires).toBe(2);
    expect(findGoalColumns([['Objectif', 'Recrutements', 'Responsable']])?.fields).toMatchObject({ statement: 0, hires: 1, owner: 2 });
    expect(findGoalColumns([['Goal', 'Owner', 'Target']])?.fields.hires).toBeUndefined();
  });

  /** The example with its sales goal given a cumulative target and a Planned hires column. */
  function model(lang: Lang, hires: CellValue) {
    const example = buildExampleWorkbook(lang, TODAY);
    const grids: SheetGrid[] = example.sheets.map((s) => ({ name: s.name, values: s.rows.map((r) => [...r]) }));
    const goals = grids[0].values;
    goals[0].push(lang === 'fr' ? 'Embauches prévues' : 'Planned hires');
    for (const row of goals.slice(1)) row.push(row[0] === 'G5' ? hires : '');
    const g5 = goals.find((r) => r[0] === 'G5') as CellValue[];
    g5[5] = 150000;
    g5[10] = lang === 'fr' ? 'cumul' : 'total';
    return buildWorkbookModel(grids, { lang, catalog: KPI_CATALOG });
  }
  const capacityReps = (note: string | undefined) => Number(/([\d.,]+) (?:ramped reps|commerciaux opérationnels)/.exec(note ?? '')?.[1].replace(',', '.'));
  const g5Notes = (lang: Lang, hires: CellValue, settings: Settings = DEFAULT_SETTINGS) =>
    checkWorkbook(model(lang, hires), { today: TODAY, lang, settings, catalog: KPI_CATALOG }).checks.find((c) => c.id === 'G5')?.notes ?? [];

  it('adds the goal’s hires to its capacity, on top of the Settings’ hires', () => {
    const none = capacityReps(g5Notes('en', '').find((n) => n.startsWith('Capacity')));
    const own = capacityReps(g5Notes('en', '4 in 2026-12').find((n) => n.startsWith('Capacity')));
    expect(own).toBeGreaterThan(none + 2);
    const withSettings = { ...DEFAULT_SETTINGS, plan: { ...DEFAULT_SETTINGS.plan, hires: [{ date: '2026-12-01', count: 4 }] } };
    const both = capacityReps(g5Notes('en', '4 in 2026-12', withSettings).find((n) => n.startsWith('Capacity')));
    // The note rounds to a tenth of a rep.
    expect(Math.abs(both - (own + (own - none)))).toBeLessThanOrEqual(0.15);
    const fr = capacityReps(g5Notes('fr', '4 en décembre 2026').find((n) => n.startsWith('Capacité')));
    expect(fr).toBe(own);
  });

  it('notes an unreadable cell on its row (localized) and goes on', () => {
    const en = g5Notes('en', 'lots of people');
    expect(en).toContain('Planned hires: "lots of people" is not a number of hires with an optional date (e.g. "2 in 2027-02" or "1 on 15 March 2027; 2 in Q3 2027"); ignored.');
    expect(en.some((n) => n.startsWith('Capacity'))).toBe(true);
    const fr = g5Notes('fr', 'beaucoup');
    expect(fr[0]).toBe('Embauches prévues\u202f: «\u202fbeaucoup\u202f» n’est pas un nombre d’embauches avec une date facultative (par exemple «\u202f+1 février 2027\u202f» ou «\u202f1 le 15/03/2027\u202f; 2 en T3 2027\u202f»)\u202f; ignoré.');
  });

  it('starts a count without a date at the goal’s start, or today once the goal has started', () => {
    const settings = DEFAULT_SETTINGS;
    const goal = (start: string | null) => ({ goal: { hires: [{ count: 2, date: null }] } as never, start });
    expect(goalHires(goal('2027-04-01'), { today: TODAY, settings })).toEqual([{ date: '2027-04-01', count: 2 }]);
    expect(goalHires(goal('2026-01-01'), { today: TODAY, settings })).toEqual([{ date: TODAY, count: 2 }]);
    expect(goalHires(goal(null), { today: TODAY, settings })).toEqual([{ date: TODAY, count: 2 }]);
  });
});
