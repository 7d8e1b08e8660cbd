/** Relative/log-scale regression errors: msle, mape. */
export const relativeErrorLosses = [] as const;
