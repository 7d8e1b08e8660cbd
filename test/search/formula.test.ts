import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { hasLoss, listLosses, unregisterLoss } from '../../src/registry.js';
import {
  checkCandidate, describeFormulaParams, drawTree, formulaChoices, polyFormula, searchLosses, targetScale, threadPoolExecutor, TREE_DEPTH,
  type Distribution, type SearchOptions,
} from '../../src/search/index.js';

const z = '((input - target) / scale)';
const regression = (formula: string) => checkCandidate(formula, 'regression', { scale: 4 });
const P_BINARY = 'sigmoid((2 * target - 1) * input)';
const P_CLASS = 'softmax_c(input)[target]';

describe('the rejection check (gradient sign and monotonicity on synthetic predictions)', () => {
  it('accepts the losses people train with', () => {
    for (const formula of [`abs(${z})`, `${z}^2`, `logcosh(${z})`, `sqrt(1 + ${z}^2) - 1`]) expect(regression(formula).ok, formula).toBe(true);
    for (const formula of ['softplus(input) - input * target', `-log(${P_BINARY})`, 'exp(-(2 * target - 1) * input)', `1 - ${P_BINARY}`]) {
      expect(checkCandidate(formula, 'binary', {}).ok, formula).toBe(true);
    }
    for (const formula of ['-log_softmax_c(input)[target]', `-(1 - ${P_CLASS})^2 * log(${P_CLASS})`, `1 - ${P_CLASS}`]) {
      expect(checkCandidate(formula, 'multiclass', {}).ok, formula).toBe(true);
    }
    expect(checkCandidate(polyFormula('multiclass'), 'multiclass', { eps1: 2, eps2: 0.5, eps3: 0 }).ok).toBe(true);
    expect(checkCandidate(polyFormula('binary'), 'binary', { eps1: -1, eps2: 0, eps3: 0 }).ok).toBe(true);
  });

  it('rejects formulas that push predictions away from their targets, with the point that shows it', () => {
    const reason = (r: ReturnType<typeof checkCandidate>) => (r.ok ? 'accepted' : r.reason);
    expect(reason(regression(`-abs(${z})`))).toMatch(/pushes away from the target at error/);
    expect(reason(regression(`exp(${z})`))).toMatch(/pushes away from the target at error -/);
    expect(reason(regression(z))).toMatch(/pushes away/);
    expect(reason(checkCandidate(P_BINARY, 'binary', {}))).toMatch(/pushes away from the target at margin/);
    expect(reason(checkCandidate(`log(${P_CLASS})`, 'multiclass', {}))).toMatch(/pushes away from the target at true-class/);
    // ε1 = ε2 = −1: flat at p_t = 1/2 (dL/dp = −2 + 1 + 1 = 0), no pull where the model is unsure.
    expect(reason(checkCandidate(polyFormula('binary'), 'binary', { eps1: -1, eps2: -1, eps3: 0 }))).toMatch(/no pull toward the target at margin 0/);
  });

  it('rejects non-finite values and gradients, constants and flat losses before any training', () => {
    const reason = (r: ReturnType<typeof checkCandidate>) => (r.ok ? 'accepted' : r.reason);
    expect(reason(regression(`log(${z})`))).toMatch(/not finite at error -/);
    expect(reason(checkCandidate('exp(exp((1 - 2 * target) * input))', 'binary', {}))).toMatch(/not finite at margin -12/);
    expect(reason(regression('1 + 1'))).toMatch(/does not use its differentiable input/);
    expect(reason(regression(`min(${z}^2, 0)`))).toMatch(/flat|no pull/);
    expect(reason(checkCandidate('-log_softmax_c(input)[target]', 'binary', {}))).toMatch(/not a binary loss/);
  });
});

describe('the formula space', () => {
  const scripted = (choices: Record<string, string>) => {
    const asked: Array<[string, Distribution]> = [];
    const suggest = (name: string, distribution: Distribution) => {
      asked.push([name, distribution]);
      return choices[name] ?? 'one';
    };
    return { asked, suggest };
  };

  it('draws trees node by node: children only under operators that take them, leaves only at the last depth', () => {
    const { asked, suggest } = scripted({ tree: 'add', 'tree.0': 'square', 'tree.00': 'z', 'tree.1': 'abs', 'tree.10': 'z' });
    expect(drawTree('regression', suggest)).toBe(`(${z}^2 + abs(${z}))`);
    expect(asked.map(([name]) => name)).toEqual(['tree', 'tree.0', 'tree.00', 'tree.1', 'tree.10']);
    const deep = scripted({ tree: 'neg', 'tree.0': 'neg', 'tree.00': 'neg', 'tree.000': 'm' });
    expect(drawTree('binary', deep.suggest)).toBe('(-(-(-((2 * target - 1) * input))))');
    const last = deep.asked.at(-1)![1];
    expect(last.kind === 'categorical' && last.choices).toEqual(['m', 'p', 'logp', 'one']);
    expect(deep.asked.length).toBe(TREE_DEPTH + 1);
  });

  it('prints a trial from its parameters alone, and offers PolyLoss only where there is a p_t', () => {
    expect(describeFormulaParams({ loss: 'formula:tree', tree: 'mul', 'tree.0': 'logp', 'tree.1': 'neg', 'tree.10': 'p' })).toBe('tree: (log(p_t) * (-p_t))');
    expect(describeFormulaParams({ loss: 'formula:poly', 'poly.eps1': 1, 'poly.eps2': -0.5, 'poly.eps3': 0.25 })).toBe('poly: CE + 1.0(1-p_t) - 0.50(1-p_t)^2 + 0.25(1-p_t)^3');
    expect(describeFormulaParams({ loss: 'huber' })).toBeUndefined();
    expect(formulaChoices('regression').map((c) => c.name)).toEqual(['formula:tree']);
    expect(formulaChoices('multiclass').map((c) => c.name)).toEqual(['formula:poly', 'formula:tree']);
  });

  it('measures regression errors in units of the targets\' MAD', () => {
    expect(targetScale([1, 2, 3, 4, 100])).toBeCloseTo(1.4826, 10);
    expect(targetScale([5, 5, 5, 7])).toBeCloseTo(Math.sqrt(0.75), 10);
    expect(targetScale([3])).toBe(1);
  });
});

const BOSTON: SearchOptions['task'] = { data: { kind: 'embedded', name: 'boston' }, prepare: { outliers: 0.1 }, train: { epochs: 6 }, seed: 5 };

describe('a formula search', () => {
  it('trains only candidates that pass the check, does not count rejected ones, registers only its finalists', async () => {
    const before = listLosses().length;
    const run = () => searchLosses({ task: BOSTON, space: 'formula', budget: 12, folds: 2 });
    const result = await run();
    const rejected = result.trials.filter((t) => t.rejected);
    expect(rejected.length).toBeGreaterThan(0);
    expect(result.rejected).toBe(rejected.length);
    expect(rejected.every((t) => t.state === 'pruned' && t.epochs === 0 && t.note?.startsWith('rejected: '))).toBe(true);
    expect(result.trials.length - rejected.length).toBe(12);
    expect(result.best?.config.loss).toMatch(/^custom:/);
    const finalists = result.finalists ?? [];
    expect(finalists.length).toBeGreaterThan(0);
    for (const finalist of finalists) {
      expect(hasLoss(finalist.loss)).toBe(true);
      expect(finalist.simplified).toContain('scale');
      expect(finalist.gradient.length).toBeGreaterThan(0);
    }
    expect(listLosses().length).toBe(before + finalists.length);
    // The winner against the default and against the default at its own settings.
    expect(result.final?.tunedBaseline?.config).toMatchObject({ loss: 'mse', learningRate: result.best?.config.learningRate });
    expect(result.final?.evaluations).toBe(2);
    // Deterministic, rejected candidates included.
    const again = await run();
    expect(again.trials.map((t) => [t.params, t.state, t.value])).toEqual(result.trials.map((t) => [t.params, t.state, t.value]));
    for (const finalist of finalists) unregisterLoss(finalist.loss);
  }, 60_000);

  it('runs formula trials on worker threads (each thread defines its own losses)', async () => {
    const task: SearchOptions['task'] = { ...BOSTON, train: { epochs: 3 } };
    const one = await searchLosses({ task, space: 'formula', budget: 6, folds: 0, algorithm: 'random' });
    const two = await searchLosses({ task, space: 'formula', budget: 6, folds: 0, algorithm: 'random', executor: (t) => threadPoolExecutor(t.spec, 2) });
    const essence = (r: typeof one) => r.trials.map((t) => [t.number, t.state, t.value, t.note]);
    expect(essence(two)).toEqual(essence(one));
    for (const finalist of [...(one.finalists ?? []), ...(two.finalists ?? [])]) unregisterLoss(finalist.loss);
  }, 60_000);

  it('PolyLoss coefficients and families together on a classification task; the CLI prints each finalist and its gradient', async () => {
    const lines: string[] = [];
    const result = await runCli(['search', '--dataset', 'iris', '--space', 'both', '--epochs', '3', '--budget', '12', '--folds', '0', '--seed', '3'], { progress: (t) => lines.push(t), isTTY: false });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/loss families .* PolyLoss-style coefficients ε1\.\.ε3, expression trees of depth ≤ 3/);
    expect(lines.filter((l) => l.startsWith('trial ')).length).toBe(12);
    expect(result.stdout).toMatch(/^Formula finalists/m);
    expect(result.stdout).toMatch(/^ {2}trial \d+, validation accuracy [\d.]+: poly: CE \+ /m);
    expect(result.stdout).toMatch(/^ {4}gradient {2}dL\/dinput = .*onehot\(target\).*softmax_c\(input\)$/m);
    for (const loss of listLosses().filter((e) => e.name.startsWith('custom:'))) unregisterLoss(loss.name);
  }, 60_000);
});
