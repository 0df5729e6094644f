/** Dates as a date input shows them (YYYY-MM-DD) and as the draft keeps them (start of that local day). */
import dayjs from 'dayjs';

/** A real calendar day, or undefined: dayjs alone would roll 2024-02-30 into March. */
export function parseDay(text: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = dayjs(text);
  return day.isValid() && day.format('YYYY-MM-DD') === text ? day.startOf('day').valueOf() : undefined;
}

export const formatDay = (time: number | undefined): string =>
  time === undefined ? '' : dayjs(time).format('YYYY-MM-DD');

export const startOfDay = (time: number): number => dayjs(time).startOf('day').valueOf();
