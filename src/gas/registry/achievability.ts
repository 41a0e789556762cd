import type { CustomFunctionSpec } from './types';

/** Custom functions of KPI-history achievability (ACHIEVABILITY, GOALVERDICT, …). */
export const ACHIEVABILITY_FUNCTIONS: readonly CustomFunctionSpec[] = [];
