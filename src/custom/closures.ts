import type { KernelFunction } from './codegen.js';
import { operatorInfo } from './operators.js';
import { powerForm } from './power.js';
import type { Program, Stmt } from './schedule.js';

/**
 * The portable back end: the same kernel program run as an array of closures over a register
 * file, with no code made from text. Used where `new Function` is forbidden (a page whose
 * Content-Security-Policy lacks 'unsafe-eval'), or when asked for. Same operations in the
 * same order as the generated source, so the same bits; slower (see docs/custom-losses.md).
 */

type Step = () => void;

export function compileClosures(program: Program): KernelFunction {
  const r = new Float64Array(program.registers);
  const constants = new Map<number, number>();
  const checks = new Float64Array(program.inputs.length);
  // The call's arrays and loop state, which the steps read: element/row index p, row base,
  // class c and its position q.
  let X: ReadonlyArray<ArrayLike<number>> = [];
  let O: Float64Array = new Float64Array(0);
  let G: ReadonlyArray<{ [i: number]: number } | null> = [];
  let V: { [i: number]: number } | null = null;
  let C = 1;
  let SP = 1;
  let gradScale = 1;
  let sum = 0;
  let gradients = 0;
  let p = 0;
  let base = 0;
  let c = 0;
  let q = 0;

  const load = (s: Stmt & { t: 'load' }): Step => {
    const { slot, dst: d, index: k } = s;
    switch (s.layout) {
      case 'element': case 'row': case 'index': return () => { r[d] = X[slot]![p]!; };
      case 'class': return k === null ? () => { r[d] = X[slot]![q]!; } : () => { r[d] = X[slot]![base + r[k]! * SP]!; };
      case 'class-vector': return k === null ? () => { r[d] = X[slot]![c]!; } : () => { r[d] = X[slot]![r[k]!]!; };
    }
  };

  const set = (s: Stmt & { t: 'set' }): Step => {
    const d = s.dst;
    const [a = 0, b = 0, e = 0] = s.args;
    if (s.op === 'pow' && constants.has(b)) {
      const form = powerForm(constants.get(b)!);
      if (form) return () => { r[d] = form.evaluate(r[a]!); };
    }
    const f = operatorInfo(s.op).evaluate!;
    const args = s.args;
    const add = s.op === 'add';
    switch (args.length) {
      case 1: return () => { r[d] = f(r[a]!); };
      case 2: return () => { r[d] = f(r[a]!, r[b]!); };
      case 3: return () => { r[d] = f(r[a]!, r[b]!, r[e]!); };
      default: return () => {
        let v = r[args[0]!]!;
        for (let k = 1; k < args.length; k++) v = add ? v + r[args[k]!]! : v * r[args[k]!]!;
        r[d] = v;
      };
    }
  };

  const step = (s: Stmt): Step => {
    switch (s.t) {
      case 'const': constants.set(s.dst, s.value); return () => { r[s.dst] = s.value; };
      case 'option': return () => { r[s.dst] = O[s.index]!; };
      case 'classes': return () => { r[s.dst] = C; };
      case 'load': return load(s);
      case 'onehot': return s.index === null ? () => { r[s.dst] = c === r[s.target] ? 1 : 0; } : () => { r[s.dst] = r[s.index!] === r[s.target] ? 1 : 0; };
      case 'set': return set(s);
      case 'acc': return s.kind === 'sum' ? () => { r[s.dst] += r[s.src]!; } : () => { r[s.dst] = Math.max(r[s.dst]!, r[s.src]!); };
      case 'check': return () => { checks[s.slot] += r[s.src]! - r[s.src]!; };
      case 'grad': return s.perClass
        ? () => { G[s.slot]![q] = r[s.src]! * gradScale; gradients += r[s.src]! * 0; }
        : () => { G[s.slot]![p] = r[s.src]! * gradScale; gradients += r[s.src]! * 0; };
      case 'value': return () => { sum += r[s.src]!; if (V !== null) V[p] = r[s.src]!; };
    }
  };

  const run = (steps: readonly Step[]) => { for (const f of steps) f(); };
  const classLoop = (steps: readonly Step[]) => {
    for (c = 0, q = base; c < C; c++, q += SP) run(steps);
  };
  const pre = program.pre.map(step);
  const plan: Step[] = [];
  const segments = Math.max(program.rows.length, program.loops.length);
  for (let k = 0; k < segments; k++) {
    const loop = k > 0 ? program.loops[k] : undefined;
    if (loop && loop.body.length) {
      const inits = loop.accumulators.map(({ dst, kind }): Step => () => { r[dst] = kind === 'sum' ? 0 : -Infinity; });
      const steps = loop.body.map(step);
      plan.push(() => { run(inits); classLoop(steps); });
    }
    const steps = (program.rows[k] ?? []).map(step);
    plan.push(() => run(steps));
  }
  if (program.gradLoop) {
    const steps = program.gradLoop.map(step);
    plan.push(() => classLoop(steps));
  }
  const tail = program.tail.map(step);
  plan.push(() => run(tail));

  return (inputs, options, grads, values, out, N, classes, spatial, scale) => {
    X = inputs; O = options; G = grads; V = values; C = classes; SP = spatial; gradScale = scale;
    sum = 0;
    gradients = 0;
    checks.fill(0);
    run(pre);
    const rows = program.mode === 'elementwise' ? N : N * SP;
    for (p = 0; p < rows; p++) {
      base = program.mode === 'elementwise' ? p : Math.floor(p / SP) * C * SP + (p % SP);
      run(plan);
    }
    out[0] = sum;
    out[out.length - 1] = gradients;
    for (const slot of program.checked) out[1 + slot] = checks[slot]!;
    return sum;
  };
}
