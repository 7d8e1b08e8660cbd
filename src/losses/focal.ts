/** Focal losses: sigmoid-focal, softmax-focal, Keras binary and categorical focal. */
export const focalLosses = [] as const;
