/** Connectionist temporal classification. */
export const ctcLosses = [] as const;
