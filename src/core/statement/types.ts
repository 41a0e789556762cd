/** Public shapes of the statement analysis (see notes/contracts.md). */
import type { DateOrder, WeekStart } from '../dates';
import type { NumberLang } from '../numbers';
import type { KpiDefinition, LabelGrammar } from '../kpi/catalog';
import type { CriterionId, CriterionStatus, Direction, IsoDate, Lang, Period } from '../types';

/** A stated change: a magnitude; `direction` gives the sign. Relative: 0.1 = 10 %; absolute: in the KPI's unit (points as fractions). */
export interface GoalChange {
  value: number;
  kind: 'relative' | 'absolute';
}

export type StatementUnit = 'percent' | 'currency' | 'count' | 'days';

export interface StatementAnalysis {
  text: string;
  language: Lang;
  kpi: string | null;
  direction: Direction | null;
  baseline: number | null;
  target: number | null;
  change: GoalChange | null;
  unit: StatementUnit | null;
  /**
   * The unit of the baseline and the target when `unit` is a fraction only because the change is relative and the level
   * it leads to is written in another ("Double revenue to $2M": `unit` percent, by the fixtures' unit rule, the target an
   * amount of money): the messages show the level in it, never "200,000,000%".
   */
  levelUnit?: StatementUnit;
  /** ISO code when known. */
  currency: string | null;
  deadline: IsoDate | null;
  start: IsoDate | null;
  recurrence: Period | null;
  levers: string[];
  /**
   * "$550,000 annual revenue", "chiffre d'affaires annuel": no cadence of the goal (`recurrence` stays null), but the
   * period a summed KPI's amount is the total of; both surfaces judge it as that period's total (`withTotalPeriod`).
   */
  totalOver?: Period;
  /** A date the calendar does not have, as written ("31 June 2027"): reported by the time-bound check, never dropped silently. */
  impossibleDate?: string;
  /**
   * The deadline as written ("within 20 years" from 9990, "in 9000 years", "next quarter" from 31 December 9999) when it
   * falls after 31 December 9999, the last date a Sheets cell holds (core/dates.ts `LAST_DAY`): `deadline` is then null
   * and the time-bound check says why, on every surface.
   */
  pastLastDate?: string;
  /** A fiscal year written over two calendar years ("FY 2026/2027") while the fiscal year starts in January: the deadline is read as its second year's end, and the time-bound check says so. */
  ambiguousFiscalYear?: string;
  /** The verb's direction when the baseline and target say the other ("Increase … from 30% to 28%"): `direction` is the numbers', and the Specific check says so. */
  statedDirection?: Direction;
}

export interface CriterionResult {
  status: CriterionStatus;
  message: string;
  suggestion: string | null;
}

export interface SmartEvaluation extends StatementAnalysis {
  score: number;
  criteria: Record<CriterionId, CriterionResult>;
}

/** Judgements that need more than the sentence: KPI history → achievable; parent goal → relevant. */
export interface EvaluationContext {
  achievable?: CriterionResult;
  relevant?: CriterionResult;
  /**
   * The KPI the goal is set on, as the user chose it (the wizard's KPI card: "New accounts"): the Specific and
   * Relevant criteria name it when the sentence names the same catalog KPI, instead of the catalog's label
   * ("Deals closed"), so the review step says what the KPI step, the Goals tab and the report say.
   */
  chosenKpi?: { catalogId: string | null; name: string; grammar?: LabelGrammar };
}

export interface AnalyzeOptions {
  asOf: IsoDate;
  /** Language of messages; default: the statement's detected language. */
  lang?: Lang;
  /** KPI catalog to match against (e.g. the catalog extended with workbook KPIs); default: KPI_CATALOG. */
  catalog?: readonly KpiDefinition[];
  /** First month (1–12) of the fiscal year; default 1. Fiscal year N ends in calendar year N. */
  fiscalYearStartMonth?: number;
  /**
   * The spreadsheet locale's order of numeric dates (`localeDateOrder`): an English sentence's "by 12/03/2027" is
   * 12 March in en_GB, 3 December in en_US; a French sentence is always day first. Default: the sentence's language.
   */
  dateOrder?: DateOrder;
  /** The spreadsheet locale's first day of the week (`localeWeekStart`): "this week" on a US Sunday ends on Saturday. Default Monday. */
  weekStart?: WeekStart;
  /**
   * How the spreadsheet's locale reads numbers (`numberLang`, core/numbers.ts): in an Indian one ('in': en_IN, hi_IN…) a
   * bare "45 L" or "2 Cr" after a number is lakhs and crores, as its cells read them; elsewhere only beside the rupee.
   */
  numberLang?: NumberLang;
}
