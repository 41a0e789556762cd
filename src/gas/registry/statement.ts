import type { CustomFunctionSpec } from './types';

/** Custom functions of goal-statement analysis (SMARTSCORE, SMARTCHECK, SMARTPARSE). */
export const STATEMENT_FUNCTIONS: readonly CustomFunctionSpec[] = [];
