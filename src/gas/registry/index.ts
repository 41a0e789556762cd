/**
 * The one registry of custom functions. Adding a function = one entry here
 * (in its domain file) + its implementation exported from `src/gas/index.ts`
 * under the same name; the build refuses anything else.
 */
import { ACHIEVABILITY_FUNCTIONS } from './achievability';
import { DRIVER_FUNCTIONS } from './drivers';
import { STATEMENT_FUNCTIONS } from './statement';
import type { CustomFunctionSpec } from './types';

export type { CustomFunctionSpec, CustomFunctionExample, ParamSpec, LocalizedText } from './types';

export const CUSTOM_FUNCTIONS: readonly CustomFunctionSpec[] = [...STATEMENT_FUNCTIONS, ...ACHIEVABILITY_FUNCTIONS, ...DRIVER_FUNCTIONS];
