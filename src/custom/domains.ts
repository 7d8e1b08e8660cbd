import type { InputDomain } from '../core/define-loss.js';
import { badElement } from '../core/errors.js';
import type { IntTensor, Tensor } from '../core/tensor.js';
import { inUnitInterval } from '../core/validate.js';
import type { Layout } from './schedule.js';

/**
 * Input domains of custom losses: enforced on every call like the built-ins' (a probability
 * outside [0, 1] is a LossError naming the element), drawn from by the registration checks
 * and the worked example, and pushed to their extremes by the finiteness check.
 */

const DOMAIN_TESTS: Partial<Record<InputDomain, { readonly accept: (x: number) => boolean; readonly expectation: string }>> = {
  probability: { accept: inUnitInterval, expectation: 'in [0, 1]' },
  positive: { accept: (x) => x > 0, expectation: '> 0' },
  'non-negative': { accept: (x) => x >= 0, expectation: '>= 0' },
  'log-probability': { accept: (x) => x <= 0, expectation: '<= 0 (a log-probability)' },
  label: { accept: (x) => x === 0 || x === 1, expectation: '0 or 1' },
};

/** Throws LossError('domain') naming the first element outside the input's domain. */
export function requireDomain(loss: string, name: string, domain: InputDomain, tensor: Tensor | IntTensor, classes: number): void {
  const { data, shape } = tensor;
  if (domain === 'index') {
    for (let i = 0; i < data.length; i++) {
      const t = data[i]!;
      if (!(Number.isInteger(t) && t >= 0 && t < classes)) throw badElement(loss, name, `a class index in [0, ${classes})`, t, i, shape);
    }
    return;
  }
  const test = DOMAIN_TESTS[domain];
  if (!test) return;
  for (let i = 0; i < data.length; i++) {
    if (!test.accept(data[i]!)) throw badElement(loss, name, test.expectation, data[i]!, i, shape);
  }
}

/** A random value of a domain, away from its edges (for gradient checks and examples). */
export function drawFromDomain(domain: InputDomain, random: () => number, classes: number): number {
  switch (domain) {
    case 'real': return 4 * random() - 2;
    case 'logit': return 6 * random() - 3;
    case 'probability': return 0.05 + 0.9 * random();
    case 'log-probability': return Math.log(0.05 + 0.9 * random());
    case 'positive': return 0.1 + 2.9 * random();
    case 'non-negative': return 0.1 + 2.9 * random();
    case 'label': return random() < 0.5 ? 0 : 1;
    case 'index': return Math.floor(random() * classes);
  }
}

/**
 * The values a finiteness check tries for a differentiable input: far out for unbounded
 * domains, the exact edges for bounded ones (as the contract suite does for the built-ins).
 */
export function extremesOf(domain: InputDomain): readonly number[] {
  switch (domain) {
    case 'real': case 'logit': return [-1e4, 1e4];
    case 'probability': return [0, 1];
    case 'log-probability': return [-1e4, 0];
    case 'positive': return [1e-300, 1e4];
    case 'non-negative': return [0, 1e4];
    case 'label': return [0, 1];
    case 'index': return [];
  }
}

/** The shape of an input for `rows` rows of `classes` classes. */
export function shapeFor(layout: Layout, rows: number, classes: number): number[] {
  switch (layout) {
    case 'element': case 'row': case 'index': return [rows];
    case 'class': return [rows, classes];
    case 'class-vector': return [classes];
  }
}
