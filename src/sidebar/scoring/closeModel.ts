/** Which periods the boss is offered to close: the previous and the current one, unless closed already. Pure. */
import { periodOf, periodSpan } from '../../core/scoring/periods';
import type { ScoringSettings } from '../../core/scoring/settings';

export function closablePeriods(
  current: string,
  closed: readonly string[],
  settings: ScoringSettings,
): string[] {
  const span = periodSpan(current, settings.utcOffsetMinutes);
  const previous = span ? periodOf(span.start - 1, settings.period, settings.utcOffsetMinutes) : undefined;
  return [previous, current].filter((p): p is string => p !== undefined && !closed.includes(p));
}
