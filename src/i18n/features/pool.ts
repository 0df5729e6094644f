/** Texts of the pool feature; en must have the same keys as zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
