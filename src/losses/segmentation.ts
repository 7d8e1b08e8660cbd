/** Overlap losses: dice, tversky, generalized dice. */
export const segmentationLosses = [] as const;
