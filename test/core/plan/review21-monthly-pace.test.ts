/**
 * Review 21, finding 4: the plan report's required pace for « Atteindre 120 000 € de CA mensuel d'ici fin mars » was
 * « 120 000 € par mois » — the target again — beside a baseline of 108 870 €. For an amount of money per period to
 * reach, the pace is how much the period's figure must rise per period, from its latest full period to the target by
 * the deadline, counted from today as REQUIREDPACE(baseline, target, TODAY(), deadline, "month") counts it. A count per
 * period ("800 calls per month") keeps its own amount per period (review 13, finding 22).
 */
import { requiredPace } from '../../../src/core/achievability/pace';
import { KPI_CATALOG } from '../../../src/core/kpi/catalog';
import { buildPlanReport } from '../../../src/core/plan';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Lang } from '../../../src/core/types';
import { checkWorkbook } from '../../../src/core/workbook/check';
import { buildWorkbookModel } from '../../../src/core/workbook/model';
import { revenueRows } from './monthly-revenue';

const TODAY = '2026-12-03';


const CASES = {
  fr: { header: 'CA (€)', goal: "Atteindre 120 000 € de CA mensuel d'ici fin mars", format: '#,##0 "€"', pace: /^\+2\u202f8\d\d(,\d\d)?\u00a0€ \(\+2,\d\u202f%\) par mois$/ },
  en: { header: 'Revenue', goal: 'Reach $120,000 in monthly revenue by end of March', format: '"$"#,##0', pace: /^\+\$2,8\d\d(\.\d\d)? \(\+2\.\d%\) per month$/ },
} as const;

describe.each(['fr', 'en'] as const)('a monthly amount to reach, in the %s report', (lang: Lang) => {
  const { header, goal, format, pace } = CASES[lang];
  const sheets = [
    { name: lang === 'fr' ? 'Objectifs' : 'Goals', values: [['ID', lang === 'fr' ? 'Objectif' : 'Goal'], ['G1', goal]] },
    { name: 'CA', values: revenueRows(header), formats: revenueRows(header).map((_, r) => ['', r === 0 ? '' : format]) },
  ];
  const model = buildWorkbookModel(sheets, { lang, catalog: KPI_CATALOG, ...(lang === 'en' ? { dateOrder: 'mdy' as const } : {}) });
  const check = checkWorkbook(model, { today: TODAY, lang, settings: DEFAULT_SETTINGS });
  const plan = buildPlanReport({ model, check, settings: DEFAULT_SETTINGS, today: TODAY, lang });
  const g1 = check.checks[0];

  it('gives the monthly figure’s rise per month, not the target again', () => {
    expect(plan.paceText.get(g1.row)).toMatch(pace);
  });

  it('agrees with REQUIREDPACE on the same goal (baseline, target, today, deadline, "month")', () => {
    const formula = requiredPace(108870, 120000, TODAY, '2027-03-31', 'month');
    expect(g1.requiredPace?.perPeriod).toBeCloseTo(formula.absolute, 6);
    expect(g1.requiredPace?.perPeriodRelative).toBeCloseTo(formula.relative!, 9);
    expect(g1.requiredPace?.period).toBe('month');
  });
});
