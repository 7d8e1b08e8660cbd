import { afterEach, describe, expect, it } from 'vitest';
import {
  defineCustomLoss, getLoss, hasLoss, isCustomLoss, listLosses, LossError, registerLoss, unregisterLoss, type DualOps, type Tensor,
} from '../../src/index.js';
import { compareLosses } from '../../src/compare/index.js';

/**
 * defineCustomLoss and the registry: what a custom loss looks like from outside, the checks
 * it passes at definition, the errors it raises on bad input, and its use by name.
 */
const values = (t: unknown) => Array.from((t as Tensor).data);

describe('a formula loss', () => {
  const loss = defineCustomLoss({
    name: 'asymmetric-l1', formula: 'where(input < target, under, 1) * abs(input - target)', options: { under: { default: 3, min: 0 } }, task: 'regression',
  });

  it('is a loss entry with its formula, simplified form, gradient and checks', () => {
    expect(isCustomLoss(loss)).toBe(true);
    expect(loss.family).toBe('regression');
    expect(loss.formula).toBe('where(input < target, under, 1) * abs(input - target)');
    expect(loss.custom.gradients.input).toBe('sign(input - target) * where(input < target, under, 1)');
    expect(loss.custom.layouts).toEqual({ input: 'element', target: 'element' });
    expect(loss.custom.checks.compared).toBeGreaterThan(5);
    expect(loss.custom.warnings).toEqual([]);
    expect(loss.training).toEqual([{ task: 'regression', link: 'identity', target: 'value' }]);
    expect(loss.options.under).toMatchObject({ kind: 'number', default: 3, min: 0 });
  });

  it('computes every reduction and call form', () => {
    const none = loss.call([1, 3], [2, 2], { reduction: 'none' });
    expect(values(none)).toEqual([3, 1]);
    expect(loss.call([1, 3], [2, 2])).toBe(2);
    expect(loss.call([1, 3], [2, 2], { reduction: 'sum', under: 1 })).toBe(2);
    const grad = new Float64Array(2);
    expect(loss.valueAndGrad(Float64Array.of(1, 3), [2, 2], grad, { reduction: 'sum' })).toBe(4);
    expect(Array.from(grad)).toEqual([-3, 1]);
  });

  it('keeps float32 in, float32 out', () => {
    const result = loss.evaluate({ input: Float32Array.of(1, 3), target: Float32Array.of(2, 2) }, { reduction: 'none' }, { grad: true });
    expect(result.dtype).toBe('float32');
    expect((result.value as Tensor).data).toBeInstanceOf(Float32Array);
    expect(result.grads.input!.data).toBeInstanceOf(Float32Array);
  });

  it('weights elements by sampleWeight as Keras does (mean still divides by the count)', () => {
    const weighted = loss.evaluate({ input: [1, 3], target: [2, 2], sampleWeight: [2, 0.5] }, { reduction: 'none' }, { grad: true });
    expect(values(weighted.value)).toEqual([6, 0.5]);
    expect(values(weighted.grads.input)).toEqual([-6, 0.5]);
    expect(loss.call([1, 3], [2, 2], { sampleWeight: [2, 0.5] })).toBe(3.25);
  });

  it('raises typed errors naming the argument on bad input', () => {
    expect(() => loss.call([1, 2, 3], [1, 2])).toThrow(/asymmetric-l1: 'target' has shape \[2\] but 'input' has shape \[3\]/);
    expect(() => loss.call([1, NaN], [1, 2])).toThrow(/asymmetric-l1: 'input' must be finite/);
    expect(() => loss.call([1, 2], [1, 2], { under: -1 })).toThrow(/'under' must be >= 0, received -1/);
    expect(() => loss.call([1, 2], [1, 2], { over: 1 })).toThrow(/unknown option 'over'/);
    expect(() => loss.call([1, 2], [1, 2], { sampleWeight: [1, -1] })).toThrow(/'sampleWeight' must be >= 0, found -1 at index \[1\]/);
  });
});

describe('non-finite inputs', () => {
  it('are named whether the kernel scans them (where hides them) or the value reveals them', () => {
    const mse = defineCustomLoss({ name: 'plain-mse', formula: '(input - target)^2' });
    expect(mse.custom.compiled?.revealsNonFinite).toBe(true);
    expect(() => mse.call([1, NaN], [1, 2])).toThrow(/plain-mse: 'input' must be finite, found NaN at index \[1\]/);
    expect(() => mse.call([1, 2], [Infinity, 2], { reduction: 'none' })).toThrow(/plain-mse: 'target' must be finite/);
    const clipped = defineCustomLoss({ name: 'clipped', formula: 'min(abs(input - target), 1)' });
    expect(clipped.custom.compiled?.revealsNonFinite).toBe(false);
    expect(() => clipped.call([1, Infinity], [1, 2])).toThrow(/clipped: 'input' must be finite, found Infinity at index \[1\]/);
  });
});

describe('non-finite results from finite inputs', () => {
  it('are a LossError naming the element and the subexpression that breaks', () => {
    const root = defineCustomLoss({ name: 'root-error', formula: 'sqrt(abs(input - target))' });
    expect(() => root.evaluate({ input: [1, 2], target: [1, 0] }, {}, { grad: true })).toThrow(
      /^root-error: the gradient with respect to 'input' is NaN at element 0 \(finite inputs\): in the gradient for input, 1 \/ sqrt\(abs\(input - target\)\) = Infinity/,
    );
    expect(root.call([1, 2], [1, 0])).toBeCloseTo(Math.SQRT1_2, 15);
    const naive = defineCustomLoss({ name: 'exp-error', formula: 'exp(input) - input * target' });
    expect(() => naive.call([1, 800], [0, 0])).toThrow(/^exp-error: the value is Infinity at element 1 \(finite inputs\): in the value, exp\(input\) = Infinity \(arguments 800\)$/);
    const rows = defineCustomLoss({ name: 'row-error', formula: 'log(sum_c(input)) - input[target]' });
    expect(() => rows.call([[1, 2], [-3, 1]], [0, 1])).toThrow(/^row-error: the value is NaN at row 1 \(finite inputs\): in the value, log\(sum_c\(input\)\) = NaN \(arguments -2\)$/);
  });
});

describe('domains by task', () => {
  it('enforces probability targets for binary losses', () => {
    const bce = defineCustomLoss({ name: 'my-bce', formula: '(1 - target) * input + softplus(-input)', task: 'binary' });
    expect(bce.inputs.map((i) => i.domain)).toEqual(['logit', 'probability', 'non-negative']);
    expect(() => bce.call([0.5, 1], [1, 1.5])).toThrow(/my-bce: 'target' must be in \[0, 1\], found 1.5 at index \[1\]/);
    expect(() => bce.call([0.5, 1], [1, 0])).not.toThrow();
  });

  it('enforces class indices for class-axis losses, and shapes by layout', () => {
    const ce = defineCustomLoss({ name: 'my-ce', formula: 'logsumexp_c(input) - input[target]' });
    expect(ce.custom.layouts).toEqual({ input: 'class', target: 'index' });
    expect(ce.inputs[1]).toMatchObject({ kind: 'int', domain: 'index' });
    expect(() => ce.call([[1, 2, 3]], [3])).toThrow(/my-ce: 'target' must be a class index in \[0, 3\), found 3 at index \[0\]/);
    expect(() => ce.call([[1, 2, 3]], [0, 1])).toThrow(/my-ce: 'target' has shape \[2\] but 'input' has shape \[1, 3\] \(expected target shape \[1\]\)/);
    expect(ce.call([[1, 2, 3], [0, 0, 0]], [2, 1], { reduction: 'sum' })).toBeCloseTo(getLoss('cross-entropy').evaluate({ input: [[1, 2, 3], [0, 0, 0]], target: [2, 1] }, { reduction: 'sum' }).value as number, 14);
  });

  it('class-vector inputs hold one value per class (class weights)', () => {
    const weighted = defineCustomLoss({
      name: 'weighted-ce', formula: '-weight[target] * log_softmax_c(input)[target]',
      inputs: ['input', 'target', { name: 'weight', layout: 'class-vector', domain: 'non-negative' }],
    });
    const logits = [[1, 2, 3], [0.5, -1, 2], [3, 0, 0]];
    const targets = [2, 0, 1];
    const weight = [0.2, 1, 3];
    const mine = weighted.evaluate({ input: logits, target: targets, weight }, { reduction: 'sum' }, { grad: true });
    const builtin = getLoss('cross-entropy').evaluate({ input: logits, target: targets }, { reduction: 'sum', weight }, { grad: true });
    expect(mine.value).toBeCloseTo(builtin.value as number, 14);
    values(mine.grads.input).forEach((g, i) => expect(g).toBeCloseTo(values(builtin.grads.input)[i]!, 14));
    expect(() => weighted.call(logits, targets, [1, 1])).toThrow(/'weight' has shape \[2\] .* \(expected weight shape \[3\]\)/);
  });
});

describe('definition errors', () => {
  it.each([
    [{ name: 'a' }, /give exactly one of 'formula'/],
    [{ name: 'a', formula: 'x', fn: () => 0 }, /give exactly one of 'formula'/],
    [{ name: 'a', formula: 'abs(input - target))^1.5' }, /^a: unexpected '\)' at column 20/],
    [{ name: 'a', formula: 'target^2' }, /does not use its differentiable input 'input'/],
    [{ name: 'a', formula: 'softmax_c(input)' }, /one value per class; a loss needs one value per row/],
    [{ name: 'a', formula: 'input[target] + target' }, /'target' holds class indices: use it as x\[target\]/],
    [{ name: 'a', formula: '(input - target)^2', task: 'multiclass' }, /a multiclass loss needs a class axis/],
    [{ name: 'a', formula: '-log_softmax_c(input)[target]', task: 'regression' }, /a class-axis formula trains multiclass models, not regression/],
    [{ name: 'a', formula: 'input * k' }, /unknown name 'k' at column 9/],
    [{ name: 'a', formula: 'input', options: { k: Infinity } }, /needs a finite default number/],
    [{ name: 'a', fn: (x: number, t: number, w: number, z: number, ops: unknown, o: unknown) => x + t + w + z + Number(ops) + Number(o) }, /'fn' takes 6 parameters but the loss has 2 inputs/],
  ])('%o', (definition, pattern) => {
    expect(() => defineCustomLoss(definition as never)).toThrow(pattern);
  });

  it('a function that drops the derivative fails the gradient check, naming why', () => {
    expect(() => defineCustomLoss({ name: 'lossy', fn: (x: number, t: number) => Math.exp(x) - t })).toThrow(
      /lossy: gradient check failed at input = .*: d\/dinput\[0\] is 0 but the central difference gives .* \(inside fn, JavaScript operators and Math\.\* drop the derivative/,
    );
  });
});

describe('registration warnings', () => {
  it('name the subexpression that overflows at extreme inputs', () => {
    const seen: string[] = [];
    const naive = defineCustomLoss({ name: 'naive-poisson', formula: 'exp(input) - input * target', onWarning: (w) => seen.push(w) });
    expect(naive.custom.warnings).toEqual(seen);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^naive-poisson: value Infinity at input = 10000, target = .*: in the value, exp\(input\) = Infinity \(arguments 10000\)$/);
  });

  it('name the subexpression that fails at a sample point of the declared domains', () => {
    const logged = defineCustomLoss({ name: 'log-error', formula: 'log(input) - log(target)', task: 'regression' });
    expect(logged.custom.warnings[0]).toMatch(/^log-error: value NaN at the sample point input = -[\d.]+, target = [-\d.]+: in the value, log\(input\) = NaN \(arguments -[\d.]+\)$/);
    const positive = defineCustomLoss({ name: 'log-error-positive', formula: 'log(input) - log(target)', inputs: [{ name: 'input', domain: 'positive' }, { name: 'target', domain: 'positive' }] });
    expect(positive.custom.warnings.filter((w) => /sample point/.test(w))).toEqual([]);
  });

  it('the stable form the rewrites produce has none', () => {
    const stable = defineCustomLoss({ name: 'softplus-ok', formula: 'log(1 + exp(input)) - input * target', task: 'binary' });
    expect(stable.custom.simplified).toBe('softplus(input) - input * target');
    expect(stable.custom.warnings).toEqual([]);
  });

  it('a function loss names the ops call', () => {
    const seen: string[] = [];
    defineCustomLoss({ name: 'fn-exp', fn: (x: number, t: number, ops: { exp: (a: unknown) => unknown; mul: (a: unknown, b: unknown) => unknown }) => ops.mul(ops.exp(x), t) as number, onWarning: (w) => seen.push(w) });
    expect(seen[0]).toMatch(/fn-exp: .* at input = 10000, .*: ops\.exp\(10000\) = Infinity/);
  });
});

describe('the JavaScript-function path', () => {
  it('gives the exact gradients of the equivalent formula', () => {
    const fn = defineCustomLoss({
      name: 'fn-huber', options: { delta: 1.5 },
      fn: (x: number, t: number, ops: DualOps, o: { delta: number }) => {
        const e = ops.sub(x, t);
        return Math.abs(ops.value(e)) < o.delta ? ops.mul(0.5, ops.mul(e, e)) : ops.mul(o.delta, ops.sub(ops.abs(e), 0.5 * o.delta));
      },
    });
    expect(fn.custom.source).toBe('function');
    expect(fn.custom.backend).toBe('dual-numbers');
    const inputs = { input: [0.3, 2.5, -4, 1], target: [0, 0, 0, 1] };
    const a = fn.evaluate(inputs, { reduction: 'none' }, { grad: true });
    const b = getLoss('huber').evaluate(inputs, { reduction: 'none', delta: 1.5 }, { grad: true });
    expect(values(a.value)).toEqual(values(b.value));
    expect(values(a.grads.input)).toEqual(values(b.grads.input));
  });

  it('differentiates with respect to several inputs (one forward pass each)', () => {
    const nll = defineCustomLoss({
      name: 'gaussian', inputs: ['input', 'target', { name: 'variance', differentiable: true, domain: 'positive' }],
      fn: (x: number, t: number, v: number, ops: DualOps) => ops.mul(0.5, ops.add(ops.log(v), ops.div(ops.mul(ops.sub(x, t), ops.sub(x, t)), v))),
    });
    const result = nll.evaluate({ input: [1, 2], target: [0, 0], variance: [2, 0.5] }, { reduction: 'sum' }, { grad: true });
    expect(values(result.grads.input)).toEqual([0.5, 4]);
    expect(values(result.grads.variance)[0]).toBeCloseTo(0.5 * (1 / 2 - 1 / 4), 15);
  });
});

describe('the registry', () => {
  afterEach(() => { unregisterLoss('registered-l1'); unregisterLoss('registered-l1-b'); });

  it('finds a registered custom loss by name while it is registered', () => {
    const before = listLosses().length;
    const loss = defineCustomLoss({ name: 'registered-l1', formula: 'abs(input - target)' });
    expect(hasLoss('registered-l1')).toBe(false);
    registerLoss(loss);
    expect(getLoss('Registered_L1')).toBe(loss);
    expect(listLosses()).toHaveLength(before + 1);
    expect(listLosses().at(-1)).toBe(loss);
    expect(unregisterLoss('registered-l1')).toBe(true);
    expect(hasLoss('registered-l1')).toBe(false);
    expect(listLosses()).toHaveLength(before);
    expect(unregisterLoss('registered-l1')).toBe(false);
  });

  it('refuses built-in names and silent replacement', () => {
    expect(() => registerLoss(defineCustomLoss({ name: 'huber', formula: 'abs(input - target)' }))).toThrow(/'huber' is a built-in loss/);
    registerLoss(defineCustomLoss({ name: 'registered-l1', formula: 'abs(input - target)' }));
    const second = defineCustomLoss({ name: 'registered-l1', formula: '2 * abs(input - target)' });
    expect(() => registerLoss(second)).toThrow(/already registered/);
    registerLoss(second, { replace: true });
    expect(getLoss('registered-l1')).toBe(second);
    expect(unregisterLoss('mse')).toBe(false);
    expect(hasLoss('mse')).toBe(true);
    expect(() => registerLoss({} as never)).toThrow(LossError);
  });

  it('compare trains with a registered custom loss next to the built-ins', () => {
    registerLoss(defineCustomLoss({ name: 'registered-l1', formula: 'abs(input - target)', task: 'regression' }));
    const result = compareLosses({ dataset: 'boston', losses: ['mae', 'registered-l1'], epochs: 3, seed: 3 });
    expect(result.runs.map((r) => r.loss)).toEqual(['mae', 'registered-l1']);
    // The same loss as mae, the same seed. mae trains on standardised targets (it declares how
    // it scales with the error), a custom loss on reparametrised outputs (src/train/target-scaling.ts):
    // the same minimiser reached two ways, so the test metrics agree closely, not bit for bit.
    for (const [metric, value] of Object.entries(result.runs[0]!.test)) {
      expect(Math.abs(result.runs[1]!.test[metric]! - value)).toBeLessThan(0.01 * Math.abs(value) + 1e-9);
    }
  });
});
