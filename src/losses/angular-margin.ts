/** Angular/metric-learning margins: arcface, circle. */
export const angularMarginLosses = [] as const;
