/** Batch contrastive losses: nt-xent, supervised contrastive. */
export const selfSupervisedLosses = [] as const;
