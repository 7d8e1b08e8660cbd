/** Lovasz hinge and Lovasz-softmax. */
export const lovaszLosses = [] as const;
