/** Divergences between distributions: kl-div. */
export const divergenceLosses = [] as const;
