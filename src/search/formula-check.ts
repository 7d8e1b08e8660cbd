/**
 * The cheap rejection of degenerate candidate losses, before any training (AutoLoss-Zero's
 * loss-rejection idea, as the issue words it: a gradient-sign / monotonicity check on
 * synthetic predictions). A candidate formula is compiled (compileFormula alone: parse,
 * simplify, differentiate; no kernel, no registration) and its value and symbolic gradient
 * are evaluated on a grid of synthetic predictions. It is a loss worth training only if
 *
 *  1. it compiles (it reads the prediction, gives one value per row);
 *  2. value and gradient are finite at every grid point;
 *  3. the gradient never pushes a prediction away from its target (beyond rounding):
 *     regression: dL/dx has the sign of the error e = x − t; binary: dL/dx · (2t − 1) ≤ 0
 *     (the loss falls as the margin grows); multiclass: dL/dx_t ≤ 0 for the true class;
 *  4. it pushes toward the target where predictions are not yet good (|z| ∈ [0.1, 3] in
 *     regression, margins in [−3, 1] in classification): not flat there.
 * Rule 3 over a grid on both sides of the target is the monotonicity check: the loss grows as
 * the prediction moves away from the target. Points exactly at the target (a kink of |e|) are
 * not on the grid.
 */
import { LossError } from '../core/errors.js';
import type { TrainingTask } from '../losses/index.js';
import { compileFormula, evaluateTree, formatFormula, type CompiledFormula, type RowValue } from '../custom/index.js';

export type CheckResult = { readonly ok: true; readonly compiled: CompiledFormula } | { readonly ok: false; readonly reason: string };

/** Regression errors in units of the target scale (z), on both sides of the target. */
const REGRESSION_Z = [0.001, 0.01, 0.1, 0.3, 1, 2, 3, 10, 30];
const REGRESSION_ACTIVE = [0.1, 3];
/** Classification margins (2t − 1)·x or x_t − x_other. */
const MARGINS = [-12, -6, -3, -2, -1, -0.5, 0, 0.5, 1, 2, 3, 6, 12];
const CLASSIFICATION_ACTIVE = [-3, 1];
const CLASSES = 3;
/** A wrong-signed gradient smaller than this share of the typical one is rounding. */
const SIGN_TOLERANCE = 1e-9;

interface Point { readonly input: RowValue; readonly target: number; readonly where: string; readonly active: boolean; readonly direction: number }

function points(task: TrainingTask, scale: number): Point[] {
  if (task === 'regression') {
    return REGRESSION_Z.flatMap((z) => [z, -z]).map((z) => ({
      input: z * scale, target: 0, where: `error ${z} × scale`, direction: Math.sign(z),
      active: Math.abs(z) >= REGRESSION_ACTIVE[0]! && Math.abs(z) <= REGRESSION_ACTIVE[1]!,
    }));
  }
  const active = (m: number) => m >= CLASSIFICATION_ACTIVE[0]! && m <= CLASSIFICATION_ACTIVE[1]!;
  if (task === 'binary') {
    return [0, 1].flatMap((t) => MARGINS.map((m) => ({ input: (2 * t - 1) * m, target: t, where: `margin ${m}, target ${t}`, active: active(m), direction: -(2 * t - 1) })));
  }
  // The true class (1 of 3) ahead of the others by m, and a row where the others differ.
  return MARGINS.flatMap((m) => [
    { input: Float64Array.of(0, m, 0), target: 1, where: `true-class margin ${m}`, active: active(m), direction: -1 },
    { input: Float64Array.of(-1, m, 1), target: 1, where: `true-class logit ${m} against (−1, 1)`, active: active(m - 1), direction: -1 },
  ]);
}

/** Compiled formulas (or why they do not compile) by text and option names: a poly formula serves every trial of its kind. */
const compiledFormulas = new Map<string, CompiledFormula | string>();
const MAX_CACHED = 2000;

function compileCached(formula: string, options: readonly string[]): CompiledFormula | string {
  const key = `${options.join(',')}|${formula}`;
  let found = compiledFormulas.get(key);
  if (found === undefined) {
    try {
      found = compileFormula({ formula, inputs: [{ name: 'input' }, { name: 'target' }], options, differentiable: ['input'], loss: 'search' });
    } catch (error) {
      if (!(error instanceof LossError)) throw error;
      found = error.message.replace(/^search: /, '');
    }
    if (compiledFormulas.size >= MAX_CACHED) compiledFormulas.clear();
    compiledFormulas.set(key, found);
  }
  return found;
}

const gradientOfTarget = (g: RowValue, point: Point): number => (typeof g === 'number' ? g : g[point.target]!);
const isFiniteValue = (v: RowValue) => (typeof v === 'number' ? Number.isFinite(v) : v.every(Number.isFinite));

/** Compiles `formula` and checks it as a loss for `task` (see the module comment). */
export function checkCandidate(formula: string, task: TrainingTask, options: Readonly<Record<string, number>>): CheckResult {
  const compiled = compileCached(formula, Object.keys(options));
  if (typeof compiled === 'string') return { ok: false, reason: compiled };
  if ((compiled.mode === 'class') !== (task === 'multiclass')) return { ok: false, reason: `not a ${task} loss (${compiled.mode})` };
  const gradient = compiled.gradients.get('input');
  if (!gradient) return { ok: false, reason: 'no gradient' };
  const optionValues = new Map(Object.entries(options));
  const scale = options.scale ?? 1;
  const grads: Array<{ point: Point; g: number }> = [];
  for (const point of points(task, scale)) {
    const env = { inputs: new Map<string, RowValue>([['input', point.input], ['target', point.target]]), options: optionValues, classes: task === 'multiclass' ? CLASSES : 1 };
    const value = evaluateTree(compiled.simplified, env);
    if (!isFiniteValue(value)) return { ok: false, reason: `value not finite at ${point.where}` };
    const g = evaluateTree(gradient, env);
    if (!isFiniteValue(g)) return { ok: false, reason: `gradient not finite at ${point.where}` };
    grads.push({ point, g: gradientOfTarget(g, point) });
  }
  // Rounding scale: the typical gradient where predictions are off target (not the largest: exp(30) would hide everything).
  const active = grads.filter(({ point }) => point.active).map(({ g }) => Math.abs(g)).sort((x, y) => x - y);
  const typical = active[Math.floor(active.length / 2)] ?? 0;
  if (typical === 0) return { ok: false, reason: 'flat: no gradient where predictions are off target' };
  for (const { point, g } of grads) {
    // A descent step moves the prediction by −g: toward the target iff g has the sign of `direction`.
    if (g * point.direction < -SIGN_TOLERANCE * typical) return { ok: false, reason: `gradient pushes away from the target at ${point.where}` };
    if (point.active && !(g * point.direction > SIGN_TOLERANCE * typical)) return { ok: false, reason: `no pull toward the target at ${point.where}` };
  }
  return { ok: true, compiled };
}

/** The simplified formula and its symbolic gradient, as text (for reports). */
export function formulaTexts(compiled: CompiledFormula): { simplified: string; gradient: string } {
  const gradient = compiled.gradients.get('input');
  return { simplified: formatFormula(compiled.simplified), gradient: gradient ? formatFormula(gradient) : '' };
}
