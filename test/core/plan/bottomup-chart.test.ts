/**
 * The Bottom-up check's chart (issue 13): per goal, the 80 % range of each
 * reading as a share of the goal's target, at most MAX_BOTTOM_UP_CHART_GOALS
 * goals (the lowest bottom-up chances), taking one of the report's chart slots.
 */
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { BOTTOM_UP_CHART_MAX_RATIO, MAX_BOTTOM_UP_CHART_GOALS, MAX_CHARTS, buildBottomUpChart, buildPlanReport, layoutPlanReport } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildExampleWorkbook } from '../../../src/core/workbook/example';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { GoalCheck } from '../../../src/core/workbook/types';
import type { Lang } from '../../../src/core/types';

const TODAY = '2026-11-26';

function goal(row: number, target: number, bu: { p: number; low: number; high: number }, td: { low: number; high: number } | null): GoalCheck {
  return {
    row,
    id: `G${row}`,
    target,
    bottomUp: { tree: 't', probability: bu.p, low: bu.low, high: bu.high, topDown: td ? 0.5 : null, topDownLow: td?.low ?? null, topDownHigh: td?.high ?? null, trust: 'agree', trustText: '', gap: null, biggestGap: null },
  } as unknown as GoalCheck;
}

describe('buildBottomUpChart', () => {
  it('gives each reading’s range as a share of the target, in sheet order', () => {
    const chart = buildBottomUpChart([goal(3, 200, { p: 0.4, low: 150, high: 250 }, { low: 100, high: 180 }), goal(2, 10, { p: 0.9, low: 9, high: 14 }, null)]);
    expect(chart).toEqual({
      bars: [
        { id: 'G2', reading: 'bottomUp', low: 0.9, high: 1.4 },
        { id: 'G3', reading: 'bottomUp', low: 0.75, high: 1.25 },
        { id: 'G3', reading: 'topDown', low: 0.5, high: 0.9 },
      ],
      shown: 2,
      total: 2,
      clipped: false,
    });
  });

  it('keeps the lowest bottom-up chances when there are too many goals, and clips absurd ranges', () => {
    const many = Array.from({ length: 20 }, (_, i) => goal(i + 2, 100, { p: i / 20, low: 50, high: i === 0 ? 10_000 : 120 }, { low: -50, high: 110 }));
    const chart = buildBottomUpChart(many);
    expect(chart?.shown).toBe(MAX_BOTTOM_UP_CHART_GOALS);
    expect(chart?.total).toBe(20);
    expect(new Set(chart?.bars.map((b) => b.id))).toEqual(new Set(many.slice(0, MAX_BOTTOM_UP_CHART_GOALS).map((g) => g.id)));
    expect(chart?.clipped).toBe(true);
    expect(Math.max(...(chart?.bars ?? []).map((b) => b.high))).toBe(BOTTOM_UP_CHART_MAX_RATIO);
    expect(Math.min(...(chart?.bars ?? []).map((b) => b.low))).toBe(0);
  });

  it('leaves out goals without a positive target, and gives null without any', () => {
    expect(buildBottomUpChart([goal(2, 0, { p: 0.5, low: 1, high: 2 }, null)])).toBeNull();
    expect(buildBottomUpChart([{ row: 2, id: 'G2', target: 10 } as unknown as GoalCheck])).toBeNull();
  });
});

describe('the chart in the plan report (example workbook)', () => {
  for (const lang of ['en', 'fr'] as Lang[]) {
    it(`draws range bars whose parts add up to each range, in the charts area near the top (${lang})`, () => {
      const example = buildExampleWorkbook(lang, TODAY);
      const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang, catalog: KPI_CATALOG });
      const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
      const report = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
      expect(report.bottomUpChart?.bars.length).toBeGreaterThanOrEqual(1);
      const layout = layoutPlanReport(report);
      expect(layout.charts.length).toBeLessThanOrEqual(MAX_CHARTS);
      const spec = layout.charts.find((c) => c.kind === 'rangeBar');
      expect(spec?.title).toBe(lang === 'fr' ? 'Global ou par les inducteurs\u202f: fourchettes à 80\u202f% en part de chaque cible' : 'Top-down vs bottom-up: 80% ranges as a share of each target');
      // In the charts area before the goals table, whatever the number of goals (LibreOffice clamps far anchors: chartArea).
      const section = layout.sections.find((s) => s.key === 'charts')?.row ?? Infinity;
      const next = Math.min(...layout.sections.filter((s) => s.row > section).map((s) => s.row));
      expect(spec!.anchor.row).toBeGreaterThan(section);
      expect(spec!.anchor.row).toBeLessThan(next);
      // The data block: label, base, then the two parts of one reading; base + parts = the range's high end.
      const block = layout.blocks.find((b) => b.row === spec!.range.row);
      expect(block?.values.length).toBe(spec!.range.numRows);
      const bars = report.bottomUpChart!.bars;
      block!.values.slice(1).forEach((row, i) => {
        const [, base, ...parts] = row as Array<number | ''>;
        const sum = (base as number) + parts.reduce<number>((s, v) => s + (v === '' ? 0 : v), 0);
        expect(sum).toBeCloseTo(bars[i].high, 2);
        expect(base).toBeCloseTo(bars[i].low, 2);
        // One reading's parts: the other reading's cells are blank.
        expect(parts.filter((v) => v !== '').length).toBeGreaterThanOrEqual(1);
        expect(parts.filter((v) => v !== '').length).toBeLessThanOrEqual(2);
      });
      // fixes39: a part no bar has (here no range reaches its target: both "above target" columns are all 0) is left out,
      // or its name would stand in the legend over nothing; the base stays, white and out of the legend.
      const header = block!.values[0] as string[];
      expect(header).toHaveLength(4);
      for (let c = 2; c < header.length; c++) expect([header[c], block!.values.slice(1).some((row) => typeof row[c] === 'number' && row[c] !== 0)]).toEqual([header[c], true]);
      expect(spec!.colors).toEqual(['#ffffff', '#a1c2fa', '#dadce0']);
      expect(spec!.range.numColumns).toBe(4);
      // French typography: « 40 % », a narrow no-break space before the sign.
      const percent = lang === 'fr' ? '0"\u202f"%' : '0%';
      expect(block?.formats?.[1]).toEqual(['@', percent, percent, percent]);
    });
  }
});

describe('the report prints the team plan it used', () => {
  it('ramp, planned hires and coverage threshold, in each language', () => {
    const example = buildExampleWorkbook('en', TODAY);
    const model = buildWorkbookModel(example.sheets.map((s) => ({ name: s.name, values: s.rows })), { lang: 'en', catalog: KPI_CATALOG });
    const settings = { ...DEFAULT_SETTINGS, plan: { ramp: [0.5, 1], hires: [{ date: '2027-02-01', count: 2 }, { date: '2027-06-01', count: -1 }], coverageThreshold: 1.25, capacityThreshold: 1.3, salesCycleDays: 60 } };
    const check = checkWorkbook(model, { today: TODAY, lang: 'en', settings });
    const lines = (lang: Lang) => buildPlanReport({ model, check, settings, today: TODAY, lang }).settingsLines.slice(-5);
    // fixes55: each value says what it does, in a sales manager's words ("1.3×" alone read as a configuration dump).
    expect(lines('en')).toEqual([
      ['New reps’ share of full productivity, by month', '50% / 100%'],
      ['Planned hires', '+2 on 1 February 2027; -1 on 1 June 2027'],
      ['Healthy pipeline coverage', '1.25× the target left (pipeline × win rate)'],
      ['Healthy capacity', '1.3× the target (reps × productivity)'],
      ['Sales cycle', '60 days'],
    ]);
    expect(lines('fr')).toEqual([
      ['Nouveaux commerciaux, part d’un confirmé par mois', '50\u202f% / 100\u202f%'],
      ['Embauches prévues', '+2 le 1er février 2027\u202f; -1 le 1er juin 2027'],
      ['Couverture saine du pipeline', '1,25× la cible restante (pipeline × taux de gain)'],
      ['Capacité saine', '1,3× la cible (commerciaux × productivité)'],
      ['Cycle de vente', '60\u00a0jours'],
    ]);
    // The language and the Goals tab read, named; the stretch allowance said with what it does.
    const all = (lang: Lang) => buildPlanReport({ model, check, settings, today: TODAY, lang }).settingsLines;
    expect(all('en').slice(1, 6)).toEqual([
      ['Language', 'English (the spreadsheet’s)'],
      ['Stretch allowance', '20% past the forecast’s high end is still a stretch'],
      ['The best level ever reached counts as achievable', 'yes'],
      ['Fiscal year starts in', 'January'],
      ['Goals tab', 'Goals'],
    ]);
    expect(all('fr').slice(1, 6)).toEqual([
      ['Langue', 'français (celle du classeur)'],
      ['Marge d’ambition', '20\u202f% au-delà du haut de la prévision reste «\u202fambitieux\u202f»'],
      ['Le meilleur niveau déjà atteint compte comme atteignable', 'oui'],
      ['Début de l’exercice', 'janvier'],
      ['Onglet des objectifs', 'Goals'],
    ]);
    // A language chosen in Settings is named without "the spreadsheet's".
    expect(buildPlanReport({ model, check, settings: { ...settings, language: 'fr' }, today: TODAY, lang: 'fr' }).settingsLines[1]).toEqual(['Langue', 'français']);
  });
});
