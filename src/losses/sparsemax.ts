/** Sparsemax (Fenchel-Young) losses. */
export const sparsemaxLosses = [] as const;
