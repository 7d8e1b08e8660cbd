/** Optimal transport: wasserstein-1d, energy distance, exact EMD. */
export const transportLosses = [] as const;
