/**
 * Goal-statement analysis (FR/EN): what a sentence states (KPI, direction,
 * baseline, target, change, unit, deadline, cadence, levers) and how it
 * fares on the SMART criteria. Pure: the as-of date is always a parameter.
 */
export type { AnalyzeOptions, CriterionResult, EvaluationContext, GoalChange, SmartEvaluation, StatementAnalysis, StatementUnit } from './types';
export { analyzeStatement, MAX_ANALYZED_LENGTH } from './analyze';
export { criterionStatuses, evaluateStatement, impliedTarget, judge, scoreAlone, scoreOf, exampleRewrite, kpiPhrase, ownWordsKpi, namesKpi, formatAmount, formatChange, CRITERION_WEIGHTS, STATUS_CREDIT } from './evaluate';
export { checkLine } from './check';
export { goalSentence } from './goal-arguments';
