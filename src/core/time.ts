/** Durations in epoch milliseconds: the one definition core, services, screens and tests share. */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
