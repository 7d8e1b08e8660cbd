/** Entropic optimal transport: sinkhorn. */
export const sinkhornLosses = [] as const;
