/**
 * `formula` (src/gas/functions/cells.ts) refuses an argument past a custom function's declared parameters, counted by
 * the implementation's `length`: each implementation must declare exactly the registry's parameters (no default value,
 * which would shorten `length`, no parameter the registry lacks), or the check would refuse a documented argument or let
 * an undocumented one through.
 */
import { CUSTOM_FUNCTIONS } from '../../../src/gas/registry';
import * as achievability from '../../../src/gas/functions/achievability';
import * as drivers from '../../../src/gas/functions/drivers';
import * as statement from '../../../src/gas/functions/statement';

const implementations: Record<string, unknown> = { ...achievability, ...drivers, ...statement };

describe('custom functions declare the registry’s parameters', () => {
  it.each(CUSTOM_FUNCTIONS.map((spec) => [spec.name, spec.params.length] as const))('%s takes %i arguments', (name, count) => {
    const implementation = implementations[name];
    expect(typeof implementation).toBe('function');
    expect((implementation as (...args: unknown[]) => unknown).length).toBe(count);
  });
});
