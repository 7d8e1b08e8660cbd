/** Likelihood-based regression: poisson-nll, gaussian-nll. */
export const likelihoodLosses = [] as const;
