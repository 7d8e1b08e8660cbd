/** Pair and triplet embedding losses: contrastive, triplet-margin, triplet with a distance, cosine-embedding, cosine-similarity. */
export const embeddingLosses = [] as const;
