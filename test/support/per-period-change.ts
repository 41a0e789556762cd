/**
 * "+N per period" as the tests read it: the deadline's windows (calendar periods, fiscal start 1), then the target they
 * give — null when either has no answer. Production composes the two inside `perPeriodReading`; the tests look at each.
 */
import { deadlineWindows, periodChangeTarget, type DeadlineWindows, type PeriodChangeTarget } from '../../src/core/achievability';
import type { Direction, IsoDate, KpiPoint, Period } from '../../src/core/types';

export function perPeriodChange(history: readonly KpiPoint[], period: Period, deadline: IsoDate, change: number, direction: Direction | null): { windows: DeadlineWindows; change: PeriodChangeTarget } | null {
  const windows = deadlineWindows(history, period, deadline, undefined, 1);
  const target = windows ? periodChangeTarget(windows, period, change, direction) : null;
  return windows && target ? { windows, change: target } : null;
}
