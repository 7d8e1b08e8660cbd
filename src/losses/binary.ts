/** Binary cross-entropy family: bce, bce-with-logits, multilabel-soft-margin. */
export const binaryLosses = [] as const;
