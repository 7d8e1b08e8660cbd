/** Binary and categorical margin losses: hinge, squared-hinge, categorical-hinge, soft-margin, perceptron, multiclass hinge/perceptron. */
export const marginLosses = [] as const;
