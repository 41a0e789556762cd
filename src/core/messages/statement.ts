/** Messages of the statement domain (English is the reference; French must match its keys). */
export const en = {} as const;

export const fr: Record<keyof typeof en, string> = {};
