/** Softmax cross-entropy family: cross-entropy, nll, categorical-cross-entropy, poly1, generalized cross-entropy. */
export const crossEntropyLosses = [] as const;
