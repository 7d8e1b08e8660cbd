/** PyTorch's margin losses over classes and pairs: multi-margin, multilabel-margin, margin-ranking, hinge-embedding. */
export const pairwiseMarginLosses = [] as const;
