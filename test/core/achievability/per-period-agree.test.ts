/**
 * One reading of a goal stated per period on a summed KPI for SMARTSCORE (`statementQuestion`, what its Achievable
 * criterion asks `assess`) and Check goals (`checkWorkbook`): the same probability and verdict for the same goal and
 * history, and the Start Check goals records is the window it judged ("by 1 June 2027" on monthly figures: 1–31 May).
 */
import { assess, statementQuestion } from '../../../src/core/achievability';
import { KPI_CATALOG, kpiById } from '../../../src/core/kpi/catalog';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { analyzeStatement } from '../../../src/core/statement';
import type { Lang } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/types';

const TODAY = '2026-11-26';
const MONTHLY = [41, 38, 44, 40, 37, 42, 39, 43, 40, 38, 41, 36, 39, 42, 40, 37, 38, 41, 39, 36, 38, 40, 37, 35];

function monthlyTab(): CellValue[][] {
  return [['Month', 'Leads'], ...MONTHLY.map((v, i): CellValue[] => [`${2024 + Math.floor((i + 11) / 12)}-${String(((i + 11) % 12) + 1).padStart(2, '0')}-01`, v])];
}

function weeklyTab(): CellValue[][] {
  const rows: CellValue[][] = [['Week', 'Leads']];
  for (let t = Date.UTC(2025, 0, 6), i = 0; t <= Date.UTC(2026, 10, 16); t += 7 * 86_400_000, i++) rows.push([new Date(t).toISOString().slice(0, 10), 8 + ((i * 7) % 4)]);
  return rows;
}

function check(lang: Lang, tab: CellValue[][], sentences: readonly string[]) {
  const headers = lang === 'fr' ? ['ID', 'Objectif', 'Indicateur'] : ['Goal ID', 'Goal', 'KPI'];
  const grids: SheetGrid[] = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [headers, ...sentences.map((s, i) => [`G${i + 1}`, s, 'Leads'])] },
    { name: 'Leads', values: tab },
  ];
  const model = buildWorkbookModel(grids, { lang, catalog: KPI_CATALOG });
  return { model, result: checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS }) };
}

const CASES: ReadonlyArray<[Lang, string, () => CellValue[][], string[]]> = [
  ['en', 'monthly', monthlyTab, [
    'Get 45 leads per month by June 2027',
    'Get 40 leads per month by 1 June 2027',
    'Increase leads by 5 per month by June 2027',
    'Increase leads by 1 per month by 1 June 2027',
    'Get 36 leads per month by 15 March 2027',
    'Get 38 leads per month',
    'Increase leads by 10% per month by June 2027',
    'Increase leads by 10 % per month',
  ]],
  ['fr', 'monthly', monthlyTab, [
    'Obtenir 45 leads par mois d’ici juin 2027',
    'Obtenir 40 leads par mois d’ici le 1er juin 2027',
    'Augmenter les leads de 5 par mois d’ici juin 2027',
    'Augmenter les leads de 1 par mois d’ici le 1er juin 2027',
    '+10 % par mois de prospects',
    'Augmenter les leads de 10 % par mois d’ici juin 2027',
  ]],
  ['en', 'weekly', weeklyTab, [
    'Get 11 leads per week by 31 March 2027',
    'Get 40 leads per month by 30 June 2027',
    'Get 40 leads per month by 1 June 2027',
    'Increase leads by 1 per week by 31 January 2027',
    'Increase leads by 5% per week by 31 January 2027',
  ]],
  ['fr', 'weekly', weeklyTab, [
    'Obtenir 11 leads par semaine d’ici le 31 mars 2027',
    'Augmenter les leads de 1 par semaine d’ici le 31 janvier 2027',
  ]],
];

describe.each(CASES)('SMARTSCORE’s question and Check goals’ judgement (%s, %s history)', (lang, _kind, tab, sentences) => {
  const { model, result } = check(lang, tab(), sentences);
  const history = model.series.find((s) => s.name === 'Leads')!.points;

  it.each(sentences.map((s, i) => [s, i + 2] as const))('%s', (sentence, row) => {
    const analysis = analyzeStatement(sentence, { asOf: TODAY, lang });
    const kpi = analysis.kpi ? kpiById(analysis.kpi) : undefined;
    const question = statementQuestion(analysis, history, TODAY, kpi, 1)!;
    expect(question).not.toBeNull();
    expect(question.perPeriod).toBe(true);
    const smart = assess({ ...question, today: TODAY, direction: analysis.direction, lowerIsBetter: kpi?.lowerIsBetter ?? null, policy: DEFAULT_SETTINGS.policy }, lang);
    const checked = result.assessments.get(row)!;
    expect(checked).toBeDefined();
    expect(checked.probability).not.toBeNull();
    expect(checked.probability).toBeCloseTo(smart.probability!, 10);
    expect(checked.verdict).toBe(smart.verdict);
  });
});

describe('the Start Check goals records for a per-period goal is the window it judges', () => {
  it.each([
    ['en', monthlyTab, 'Get 40 leads per month by 1 June 2027', '2027-05-01'],
    ['en', monthlyTab, 'Increase leads by 1 per month by 1 June 2027', '2027-05-01'],
    ['fr', monthlyTab, 'Obtenir 40 leads par mois d’ici le 1er juin 2027', '2027-05-01'],
    ['en', monthlyTab, 'Get 45 leads per month by June 2027', '2027-06-01'],
    ['en', weeklyTab, 'Get 40 leads per month by 1 June 2027', '2027-05-02'],
    // Half a nominal month (15 days) by the 15th on monthly figures: March itself, as for 15 June; by the 14th, February,
    // the last month the deadline completes — whatever the month's length (L4: it was February for 15 March, March for 15 June).
    ['en', monthlyTab, 'Get 36 leads per month by 15 March 2027', '2027-03-01'],
    ['en', monthlyTab, 'Get 36 leads per month by 14 March 2027', '2027-02-01'],
    ['en', monthlyTab, 'Get 36 leads per month by 15 July 2027', '2027-07-01'],
    ['en', monthlyTab, 'Get 36 leads per month by 15 June 2027', '2027-06-01'],
  ] as const)('%s, %p: %s → %s', (lang, tab, sentence, start) => {
    const { result } = check(lang, tab(), [sentence]);
    expect(result.merged[0].start).toBe(start);
    expect(result.checks[0].start).toBe(start);
  });
});

describe('a relative change per period ("+10 % per month") compounds from the last full period to the deadline’s', () => {
  it.each([
    // The last full month is October 2026 (37 leads): November, under way on 26 November, is no full month even with
    // its row (M6). June 2027 is 8 months on, December 2.
    // A count's target whole as the goal needs it (review 32, core `countTarget`): 79.3 leads → 80, 21.8 fewer → 21.
    ['en', 'Increase leads by 10% per month by June 2027', 37 * 1.1 ** 8, '2027-06-01', 'Target 80: 37 in the last full period (1 October 2026 – 31 October 2026) × 1.1⁸.'],
    ['fr', 'Augmenter les leads de 10 % par mois d’ici juin 2027', 37 * 1.1 ** 8, '2027-06-01', 'Cible 80\u202f: 37 sur la dernière période complète (du 1er octobre 2026 au 31 octobre 2026) × 1,1⁸.'],
    ['en', 'Increase leads by 10 % per month', 37 * 1.1 ** 2, '2026-12-01', 'Target 45: 37 in the last full period (1 October 2026 – 31 October 2026) × 1.1²'],
    ['fr', '+10 % par mois de prospects', 37 * 1.1 ** 2, '2026-12-01', 'Cible 45\u202f: 37 sur la dernière période complète'],
    ['en', 'Reduce leads by 10% per month by March 2027', 37 * 0.9 ** 5, '2027-03-01', '× 0.9⁵.'],
  ] as const)('%s: %s', (lang, sentence, target, start, note) => {
    const { result } = check(lang, monthlyTab(), [sentence]);
    expect(result.checks[0].target).toBe(sentence.startsWith('Reduce') ? Math.floor(target) : Math.ceil(target));
    expect(result.checks[0].start).toBe(start);
    expect(result.checks[0].notes.join(' ')).toContain(note);
  });
});

describe('a Goals tab’s columns are data to the same reading', () => {
  it('a Deadline column on "Get 40 leads per month": judged and recorded as the sentence with that date', () => {
    const grids: SheetGrid[] = [
      { name: 'Goals', values: [['Goal ID', 'Goal', 'KPI', 'Deadline'], ['G1', 'Get 40 leads per month', 'Leads', '2027-06-01']] },
      { name: 'Leads', values: monthlyTab() },
    ];
    const model = buildWorkbookModel(grids, { lang: 'en', catalog: KPI_CATALOG });
    const result = checkWorkbook(model, { today: TODAY, lang: 'en', settings: DEFAULT_SETTINGS });
    expect(result.checks[0].start).toBe('2027-05-01');
    const history = model.series.find((s) => s.name === 'Leads')!.points;
    const analysis = analyzeStatement('Get 40 leads per month by 1 June 2027', { asOf: TODAY, lang: 'en' });
    const question = statementQuestion(analysis, history, TODAY, kpiById('leads'), 1)!;
    const smart = assess({ ...question, today: TODAY, direction: analysis.direction, lowerIsBetter: false, policy: DEFAULT_SETTINGS.policy }, 'en');
    expect(result.assessments.get(2)!.probability).toBeCloseTo(smart.probability!, 10);
    expect(result.assessments.get(2)!.verdict).toBe(smart.verdict);
  });
});
