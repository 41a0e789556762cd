/**
 * surf52 (issue 11, e: "the formulas, Check goals, the wizard and the plan report must agree"), through the BUILT bundle on
 * the emulator, EN and FR. For every goal row of the two example workbooks, and of a workbook with a whole-dollar tab, a
 * cents tab, a rate tab and a scale tab: Check goals' verdict, chance and suggestion, the plan report's, GOALVERDICT's and
 * ACHIEVABILITY's given the sentence, and the wizard's live check (`sidebarAssess`, what the target step calls) for the
 * goals it can state — a level or a total with no Start ahead of today (it has no Start field: Add goal writes today) —
 * say one verdict, one chance to the shown digit and the same amount digits (suggestion, pace, bottom-up range).
 */
import type { AssessResponse, SidebarContext } from '../../../src/core/api';
import { chanceText } from '../../../src/core/achievability/verdict';
import { t } from '../../../src/core/messages';
import type { Direction, Lang, Verdict } from '../../../src/core/types';
import { createEmulator, loadXlsx, type Emulator } from '../../../src/local/emulator';
import { loadAddon } from '../../../src/local/runtime';
import { addSheet, monthlyRows, TODAY } from './harness';

const VERDICTS: Verdict[] = ['on-track', 'realistic', 'stretch', 'unrealistic'];
const spaced = (text: unknown): string => String(text).replace(/[\u00a0\u202f]/g, ' ');
/** Amounts as a text writes them ("$99,040", « 99 040 € »). */
const amounts = (text: string): string[] => spaced(text).match(/\$[\d,]+(?:\.\d+)?|\d[\d ]*(?:,\d+)? €/g)?.map((a) => a.trim()) ?? [];

interface Surfaces {
  lang: Lang;
  run<T>(name: string, ...args: unknown[]): T;
  book: GoogleAppsScript.Spreadsheet.Spreadsheet;
  goals: unknown[][];
  goalsShown: string[][];
  report: string[][];
  reportValues: unknown[][];
  context: SidebarContext;
}

function surfaces(emulator: Emulator, lang: Lang): Surfaces {
  const addon = loadAddon({ ...emulator.globals, __SMART_GOALS_TODAY__: TODAY });
  const run = <T,>(name: string, ...args: unknown[]): T => emulator.runExecution(() => addon.call<T>(name, ...args));
  const book = emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  run('checkGoals');
  const tab = book.getSheets()[0];
  run('menuGeneratePlanReport');
  const report = book.getSheets().find((s) => /SMART/.test(s.getName()) && s.getName() !== tab.getName())!;
  return { lang, run, book, goals: tab.getDataRange().getValues(), goalsShown: tab.getDataRange().getDisplayValues(), report: report.getDataRange().getDisplayValues(), reportValues: report.getDataRange().getValues(), context: run<SidebarContext>('sidebarGetContext') };
}

interface Row {
  id: string;
  statement: string;
  tab: string;
  verdict: Verdict;
  probability: number;
  suggested: string;
  notes: string;
  start: unknown;
  deadline: string;
  direction: Direction;
  baseline: number | null;
  aggregation: string;
}

/** Every judged goal row of the Goals tab (a verdict in its column), by the tab's own headers. */
function judgedRows(s: Surfaces): Row[] {
  const head = s.goals[0] as string[];
  const col = (...keys: string[]): number => head.findIndex((name) => keys.some((k) => name === t(s.lang, k as 'col.verdict')));
  const [id, goal, kpi, verdict, chance, suggested, notes, start, deadline, direction, baseline, aggregation] = [
    col('field.id'), col('field.statement'), col('field.kpi'), col('col.verdict'), col('col.probability'), col('col.suggestedTarget'), col('col.notes'), col('field.start'), col('field.deadline'), col('field.direction'), col('field.baseline'), col('field.aggregation'),
  ];
  return s.goals.slice(1).flatMap((cells, i) => {
    const word = String(cells[verdict]);
    const judged = VERDICTS.find((v) => t(s.lang, `verdict.${v}` as 'verdict.realistic') === word);
    if (!judged) return [];
    const shown = s.goalsShown[i + 1];
    const due = cells[deadline] instanceof Date ? (cells[deadline] as Date).toISOString().slice(0, 10) : '';
    // The Direction column, else the KPI's better side (the built workbook has none: churn is lowered).
    const lower = s.context.series.find((x) => x.sheetName === String(cells[kpi]))?.lowerIsBetter;
    const way = direction >= 0 ? (String(cells[direction]) === t(s.lang, 'direction.decrease') ? 'decrease' : 'increase') : lower ? 'decrease' : 'increase';
    return [{ id: String(cells[id]), statement: String(cells[goal]), tab: String(cells[kpi]), verdict: judged, probability: cells[chance] as number, suggested: spaced(shown[suggested]), notes: String(cells[notes]), start: cells[start], deadline: due, direction: way, baseline: typeof cells[baseline] === 'number' ? (cells[baseline] as number) : null, aggregation: String(cells[aggregation] ?? '') }];
  });
}

/** The report's rows for a goal: [its Goals row, its Achievability row], by their first cell. */
function reportRows(s: Surfaces, id: string): { goal: string[]; achievability: string[]; target: unknown; deadline: unknown; bottomUp: string[] | undefined } {
  const rows = s.report.map((r, i) => ({ r, i })).filter(({ r }) => r[0] === id);
  const [goal, achievability, ...rest] = rows;
  const bottomUp = rest.find(({ r }) => /%/.test(r[2]) && amounts(r[3]).length === 1);
  return { goal: goal.r.map(spaced), achievability: achievability.r.map(spaced), target: s.reportValues[goal.i][5], deadline: s.reportValues[goal.i][6], bottomUp: bottomUp?.r.map(spaced) };
}

function agreeOn(name: string, build: () => Promise<Surfaces>): void {
  describe(name, () => {
    const ready = build();

    it('the report says each goal’s verdict, chance and suggestion as Check goals does', async () => {
      const s = await ready;
      const rows = judgedRows(s);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const { achievability } = reportRows(s, row.id);
        expect([row.id, achievability[5], achievability[4], achievability[3]]).toEqual([row.id, t(s.lang, `verdict.${row.verdict}` as 'verdict.realistic'), spaced(chanceText(row.probability, s.lang)).replace(/^(under|moins de) /, '<').replace(/^(over|plus de) /, '>'), row.suggested]);
      }
    });

    it('GOALVERDICT and ACHIEVABILITY given the sentence say the verdict and the chance to the shown digit', async () => {
      const s = await ready;
      for (const row of judgedRows(s)) {
        const history = s.book.getSheetByName(row.tab)!.getDataRange().getValues().map((r) => [r[0], r[1]]);
        const args = [history, '', '', TODAY, row.statement, row.aggregation, row.start instanceof Date ? row.start : ''];
        expect([row.id, s.run<string>('GOALVERDICT', ...args)]).toEqual([row.id, t(s.lang, `verdict.${row.verdict}` as 'verdict.realistic')]);
        expect([row.id, chanceText(s.run<number>('ACHIEVABILITY', ...args), s.lang)]).toEqual([row.id, chanceText(row.probability, s.lang)]);
      }
    });

    it('the report’s bottom-up range shows the digits of Check goals’ bottom-up line', async () => {
      const s = await ready;
      for (const row of judgedRows(s)) {
        const { bottomUp } = reportRows(s, row.id);
        if (!bottomUp) continue;
        const line = row.notes.split('\n').find((l) => /^(Bottom-up|Par les inducteurs)/.test(l)) ?? '';
        expect([row.id, ...amounts(line).slice(0, 2)]).toEqual([row.id, bottomUp[3], bottomUp[4]]);
      }
    });

    it('the wizard’s live check says the verdict, the chance, the suggestion and the pace of Check goals and the report', async () => {
      const s = await ready;
      const asked = judgedRows(s).filter((row) => !(row.start instanceof Date) || row.start.toISOString().slice(0, 10) <= TODAY);
      expect(asked.length).toBeGreaterThan(0);
      for (const row of asked) {
        const series = s.context.series.find((x) => x.sheetName === row.tab)!;
        const { goal, target, deadline } = reportRows(s, row.id);
        // The deadline the report shows (the Goals tab's, else the sentence's), as the wizard's date field sends it.
        const due = row.deadline || (deadline instanceof Date ? deadline.toISOString().slice(0, 10) : new Date(Date.UTC(1899, 11, 30) + Number(deadline) * 86400000).toISOString().slice(0, 10));
        const wizard = s.run<AssessResponse>('sidebarAssess', { seriesId: series.id, sheetName: row.tab, catalogId: series.kpiId, baseline: row.baseline ?? series.defaultBaseline, direction: row.direction, target, deadline: due, aggregation: null });
        expect([row.id, wizard.verdict, chanceText(wizard.probability ?? -1, s.lang), spaced(wizard.paceText ?? '')]).toEqual([row.id, row.verdict, chanceText(row.probability, s.lang), goal[4]]);
        if (row.suggested) expect([row.id, spaced(wizard.suggestedTargetText ?? '')]).toEqual([row.id, row.suggested]);
      }
    });

    // surf53 (h): the chart data, the quarterly split and the notes' milestones write a goal's numbers as its Goals row does.
    it('the chart data shows each goal’s target, and the split its milestones, as the Goals table and the notes write them', async () => {
      const s = await ready;
      for (const row of judgedRows(s)) {
        const { goal } = reportRows(s, row.id);
        const head = s.report.findIndex((r) => r.includes(t(s.lang, 'plan.chart.target', { id: row.id })));
        if (head >= 0) {
          const column = s.report[head].indexOf(t(s.lang, 'plan.chart.target', { id: row.id }));
          const end = s.report.findIndex((r, i) => i > head && r.every((x) => x === ''));
          const shown = s.report.slice(head + 1, end).map((r) => spaced(r[column])).filter((v) => v !== '');
          expect([row.id, [...new Set(shown)]]).toEqual([row.id, [goal[5]]]);
        }
        const path = row.notes.split('\n').find((l) => /(milestones|jalons)/.test(l));
        const split = s.report.find((r) => r[0] === row.id && /\p{L}/u.test(r[6]));
        if (path && split) expect([row.id, spaced(path).split(': ').at(-1)!.replace(/\.$/, '').split(' · ').map((q) => q.replace(/^\S+ /, ''))]).toEqual([row.id, split.slice(2, 6).filter((x) => x !== '').map(spaced)]);
      }
    });

    it('a goal not judged says its own reason on Check goals and in the report, a % goal on a scale its scale', async () => {
      const s = await ready;
      const head = s.goals[0] as string[];
      const [verdict, notes] = [head.indexOf(t(s.lang, 'col.verdict')), head.indexOf(t(s.lang, 'col.notes'))];
      const percentOnScale = s.goals.slice(1).filter((r) => /(90 ?%|90\u00a0%)/.test(String(r[1])));
      for (const r of percentOnScale) {
        expect([r[0], r[verdict]]).toEqual([r[0], '']);
        expect(spaced(r[notes])).toBe(spaced(t(s.lang, 'check.note.percentNotScore', { target: s.lang === 'fr' ? '90\u202f%' : '90%', top: 5 })));
        expect(s.report.flat().map(spaced).join(' ')).toContain(spaced(r[notes]).slice(0, 50));
      }
    });
  });
}

agreeOn('examples/sales-goals.xlsx (en)', async () => surfaces(await loadXlsx('examples/sales-goals.xlsx'), 'en'));
agreeOn('examples/objectifs-commerciaux.xlsx (fr)', async () => surfaces(await loadXlsx('examples/objectifs-commerciaux.xlsx'), 'fr'));

/** Monthly series with cents: an order value near 1,400–1,470, churn near 5 %, a 1–5 satisfaction score. */
const ORDER_VALUE = Array.from({ length: 24 }, (_, i) => Math.round((1400 + i * 2.5 + (i % 3) * 4.13) * 100) / 100);
const CHURN = Array.from({ length: 24 }, (_, i) => Math.round((0.05 - i * 0.0005 + (i % 4) * 0.001) * 10000) / 10000);
const CSAT = Array.from({ length: 24 }, (_, i) => Math.round((3.9 + (i % 5) * 0.05 + i * 0.004) * 100) / 100);

const BUILT = [
  // surf53: a cents tab's annual goal (its notes' milestones) and a % goal on the scale tab, the last two rows.
  { locale: 'en_US', lang: 'en' as const, tabs: ['Order value', 'Basket', 'Churn', 'CSAT score'], goals: ['Increase order value to $1,600.50 by June 30, 2027', 'Increase basket to $1,490 by June 30, 2027', 'Reduce churn to 3.5% by June 30, 2027', 'Raise CSAT score to 4.6 by June 30, 2027', 'Increase basket to $1,600 by December 31, 2027', 'Raise CSAT score to 90% by June 30, 2027'] },
  { locale: 'fr_FR', lang: 'fr' as const, tabs: ['Valeur de commande', 'Panier', 'Attrition', 'Score de satisfaction'], goals: ['Porter la valeur de commande à 1 600,50 € d’ici le 30 juin 2027', 'Porter le panier à 1 490 € d’ici le 30 juin 2027', 'Réduire l’attrition à 3,5 % d’ici le 30 juin 2027', 'Porter le score de satisfaction à 4,6 d’ici le 30 juin 2027', 'Porter le panier à 1 600 € d’ici le 31 décembre 2027', 'Porter le score de satisfaction à 90 % d’ici le 30 juin 2027'] },
];

for (const c of BUILT) {
  agreeOn(`a workbook with a whole-dollar, a cents, a rate and a scale tab (${c.locale})`, async () => {
    const emulator = createEmulator({ spreadsheetLocale: c.locale, userLocale: c.lang });
    const money = c.lang === 'fr' ? ['#,##0 "€"', '#,##0.00 "€"'] : ['"$"#,##0', '"$"#,##0.00'];
    [ORDER_VALUE, ORDER_VALUE, CHURN, CSAT].forEach((values, i) => {
      const sheet = addSheet(emulator, c.tabs[i], monthlyRows(c.tabs[i], values));
      sheet.getRange(2, 2, 24, 1).setNumberFormat(i < 2 ? money[i] : i === 2 ? '0.0%' : '0.0');
    });
    const head = c.lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['ID', 'Goal', 'KPI'];
    const goals = (emulator.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet).getSheets()[0];
    goals.setName(c.lang === 'fr' ? 'Objectifs' : 'Goals');
    goals.getRange(1, 1, c.goals.length + 1, 3).setValues([head, ...c.goals.map((goal, i) => [`B${i + 1}`, goal, c.tabs[[0, 1, 2, 3, 1, 3][i]]])]);
    return surfaces(emulator, c.lang);
  });
}
