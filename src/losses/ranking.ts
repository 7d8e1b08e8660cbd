/** Listwise ranking: ranking-softmax. */
export const rankingLosses = [] as const;
