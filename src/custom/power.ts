/**
 * x^k for the exponents worth writing out: products instead of Math.pow (several times
 * faster in a hot loop) and sqrt for halves. Both back ends use these forms, so a kernel
 * gives the same bits whether it runs as generated source or as closures.
 */
export interface PowerForm {
  readonly evaluate: (x: number) => number;
  readonly emit: (x: string) => string;
}

const FORMS = new Map<number, PowerForm>([
  [2, { evaluate: (x) => x * x, emit: (x) => `(${x} * ${x})` }],
  [3, { evaluate: (x) => x * x * x, emit: (x) => `(${x} * ${x} * ${x})` }],
  [-1, { evaluate: (x) => 1 / x, emit: (x) => `(1 / ${x})` }],
  [-2, { evaluate: (x) => 1 / (x * x), emit: (x) => `(1 / (${x} * ${x}))` }],
  [0.5, { evaluate: Math.sqrt, emit: (x) => `Math.sqrt(${x})` }],
  [-0.5, { evaluate: (x) => 1 / Math.sqrt(x), emit: (x) => `(1 / Math.sqrt(${x}))` }],
]);

/** The special form of x^exponent, or null for Math.pow. */
export function powerForm(exponent: number): PowerForm | null {
  return FORMS.get(exponent) ?? null;
}
