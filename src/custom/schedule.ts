import { keyOf, node, type Node } from './ast.js';
import { Levels } from './levels.js';
import { operatorInfo, type Operator } from './operators.js';
import { maxOf } from '../core/extent.js';

/**
 * From trees to a kernel program: the straight-line statements of one element (elementwise
 * losses) or one row (class-axis losses), in an order both back ends (codegen.ts, closures.ts)
 * run as is. Each distinct subtree is computed once per element or row; per-row values that
 * per-class code needs are hoisted out of the class loops; constants and options are computed
 * once per call.
 *
 * A row of a class-axis loss runs: row statements, a loop over the classes accumulating the
 * first reductions (sum_c, max_c), row statements that need them, the next loop, ..., and a
 * last loop writing the per-class gradient. logsumexp_c(a) is lowered to the two-pass stable
 * form m + log1p(sum_c(exp(a - m)) - 1), m = max_c(a) (0 when m is not finite), and
 * softmax_c(a) to exp(a - logsumexp_c(a)): cross-entropy runs in three passes over a row, as
 * the built-in kernel does.
 */

/** Where an input's values sit: one per element, per row, per class of a row, or per class ([C]). */
export type Layout = 'element' | 'row' | 'class' | 'class-vector' | 'index';

export interface KernelInput { readonly name: string; readonly layout: Layout }

/** Register read at class position: the loop's `c` (null) or a register holding a class index. */
type ClassIndex = number | null;

export type Stmt =
  | { readonly t: 'set'; readonly dst: number; readonly op: Operator; readonly args: readonly number[] }
  | { readonly t: 'const'; readonly dst: number; readonly value: number }
  | { readonly t: 'option'; readonly dst: number; readonly index: number }
  | { readonly t: 'classes'; readonly dst: number }
  | { readonly t: 'load'; readonly dst: number; readonly slot: number; readonly layout: Layout; readonly index: ClassIndex }
  | { readonly t: 'onehot'; readonly dst: number; readonly target: number; readonly index: ClassIndex }
  | { readonly t: 'acc'; readonly dst: number; readonly kind: 'sum' | 'max'; readonly src: number }
  | { readonly t: 'check'; readonly slot: number; readonly src: number }
  | { readonly t: 'grad'; readonly slot: number; readonly src: number; readonly perClass: boolean }
  | { readonly t: 'value'; readonly src: number };

export interface Loop { readonly body: Stmt[]; readonly accumulators: Array<{ dst: number; kind: 'sum' | 'max' }> }

export interface Program {
  readonly mode: 'elementwise' | 'class';
  readonly inputs: readonly KernelInput[];
  readonly options: readonly string[];
  /** Statements run once per call (constants, options). */
  readonly pre: readonly Stmt[];
  /** rows[k] runs after loops[k - 1]; loops[0] is unused (row statements come first). */
  readonly rows: readonly Stmt[][];
  readonly loops: readonly Loop[];
  /** The per-class gradient loop, run after the last row statements; null when none. */
  readonly gradLoop: readonly Stmt[] | null;
  /** Value and per-row gradient stores, run last. */
  readonly tail: readonly Stmt[];
  readonly registers: number;
  /** Input slots whose finiteness the kernel accumulates (elementwise float inputs it reads). */
  readonly checked: readonly number[];
}

const INFINITY = node.number(Infinity);

/** logsumexp_c, softmax_c and log_softmax_c in terms of max_c, sum_c and elementwise operators. */
function lower(root: Node, memo = new Map<string, Node>()): Node {
  if (root.kind !== 'apply') return root;
  const key = keyOf(root);
  const known = memo.get(key);
  if (known) return known;
  const args = root.args.map((arg) => lower(arg, memo));
  const lse = (a: Node): Node => {
    const m = node.apply('max_c', a);
    const shift = node.apply('where', node.apply('lt', node.apply('abs', m), INFINITY), m, node.number(0));
    const sum = node.apply('sum_c', node.apply('exp', node.apply('sub', a, shift)));
    return node.apply('add', shift, node.apply('log1p', node.apply('sub', sum, node.number(1))));
  };
  let lowered: Node;
  switch (root.op) {
    case 'logsumexp_c': lowered = lse(args[0]!); break;
    case 'softmax_c': lowered = node.apply('exp', node.apply('sub', args[0]!, lse(args[0]!))); break;
    case 'log_softmax_c': lowered = node.apply('sub', args[0]!, lse(args[0]!)); break;
    default: lowered = node.apply(root.op, ...args);
  }
  memo.set(key, lowered);
  return lowered;
}

type Context = { readonly kind: 'pre' } | { readonly kind: 'row'; readonly at: number } | { readonly kind: 'loop'; readonly at: number } | { readonly kind: 'grad' }
  | { readonly kind: 'pick'; readonly index: number; readonly at: number };

class Builder {
  registers = 0;
  readonly pre: Stmt[] = [];
  readonly rows: Stmt[][] = [[]];
  readonly loops: Loop[] = [{ body: [], accumulators: [] }];
  readonly gradLoop: Stmt[] = [];
  private readonly memo = new Map<string, number>();
  private readonly ready = new Map<string, number>();
  readonly checked = new Set<number>();

  constructor(
    private readonly levels: Levels,
    private readonly slots: ReadonlyMap<string, number>,
    private readonly layouts: ReadonlyMap<string, Layout>,
    private readonly options: ReadonlyMap<string, number>,
    private readonly checkFinite: ReadonlySet<string>,
  ) {}

  /** The row segment after which a per-row node can be computed (-1: per call). */
  readyAt(n: Node): number {
    if (this.levels.of(n) === 0) return -1;
    const key = keyOf(n);
    const known = this.ready.get(key);
    if (known !== undefined) return known;
    let at = 0;
    if (n.kind === 'apply') {
      at = maxOf(n.args.map((arg) => this.readyAt(arg)), 0);
      if ((n.op === 'sum_c' || n.op === 'max_c') && this.levels.of(n.args[0]!) === 2) at += 1;
    }
    this.ready.set(key, at);
    return at;
  }

  private segment(ctx: Context): Stmt[] {
    switch (ctx.kind) {
      case 'pre': return this.pre;
      case 'row': case 'pick': return this.rowSegment(ctx.at);
      case 'loop': return this.loop(ctx.at).body;
      case 'grad': return this.gradLoop;
    }
  }

  rowSegment(at: number): Stmt[] {
    while (this.rows.length <= at) this.rows.push([]);
    return this.rows[at]!;
  }

  private loop(at: number): Loop {
    while (this.loops.length <= at) this.loops.push({ body: [], accumulators: [] });
    return this.loops[at]!;
  }

  private push(ctx: Context, make: (dst: number) => Stmt): number {
    const dst = this.registers++;
    this.segment(ctx).push(make(dst));
    return dst;
  }

  /** The register holding `n` in context `ctx` (emitting its statements on first use). */
  emit(n: Node, ctx: Context): number {
    const level = this.levels.of(n);
    // Per-call and per-row values are hoisted out of class loops and picks.
    const home: Context = level === 0 ? { kind: 'pre' } : level === 1 ? { kind: 'row', at: this.readyAt(n) } : ctx;
    if (level === 2 && (home.kind === 'row' || home.kind === 'pre')) throw new TypeError('custom: a per-class value is needed per row');
    const ctxKey = home.kind === 'pick' ? `pick${home.index}@${home.at}` : home.kind === 'loop' ? `loop${home.at}` : home.kind === 'row' ? 'row' : home.kind;
    const key = `${ctxKey}|${keyOf(n)}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const register = this.emitNew(n, home);
    this.memo.set(key, register);
    return register;
  }

  private emitNew(n: Node, ctx: Context): number {
    const index: ClassIndex = ctx.kind === 'pick' ? ctx.index : null;
    switch (n.kind) {
      case 'number': return this.push(ctx, (dst) => ({ t: 'const', dst, value: n.value }));
      case 'classes': return this.push(ctx, (dst) => ({ t: 'classes', dst }));
      case 'option': return this.push(ctx, (dst) => ({ t: 'option', dst, index: this.options.get(n.name)! }));
      case 'input': {
        const slot = this.slots.get(n.name)!;
        const layout = this.layouts.get(n.name)!;
        const register = this.push(ctx, (dst) => ({ t: 'load', dst, slot, layout, index }));
        if (this.checkFinite.has(n.name) && !this.checked.has(slot)) {
          this.checked.add(slot);
          this.segment(ctx).push({ t: 'check', slot, src: register });
        }
        return register;
      }
      case 'apply': break;
    }
    const [a, b] = n.args as [Node, Node];
    const info = operatorInfo(n.op);
    if (n.op === 'sum_c' || n.op === 'max_c') {
      if (this.levels.of(a) < 2) return n.op === 'max_c' ? this.emit(a, ctx) : this.emit(node.apply('mul', node.classes(), a), ctx);
      const at = this.readyAt(n);
      const src = this.emit(a, { kind: 'loop', at });
      const dst = this.registers++;
      const loop = this.loop(at);
      loop.accumulators.push({ dst, kind: n.op === 'sum_c' ? 'sum' : 'max' });
      loop.body.push({ t: 'acc', dst, kind: n.op === 'sum_c' ? 'sum' : 'max', src });
      return dst;
    }
    if (n.op === 'pick') {
      if (this.levels.of(a) < 2) return this.emit(a, ctx);
      const target = this.emit(b, ctx);
      return this.emit(a, { kind: 'pick', index: target, at: this.readyAt(n) });
    }
    if (n.op === 'onehot') {
      const target = this.emit(a, { kind: 'row', at: this.readyAt(a) });
      return this.push(ctx, (dst) => ({ t: 'onehot', dst, target, index }));
    }
    if (info.role !== 'elementwise') throw new TypeError(`custom: '${n.op}' must be lowered before scheduling`);
    const args = n.args.map((arg) => this.emit(arg, ctx));
    return this.push(ctx, (dst) => ({ t: 'set', dst, op: n.op, args }));
  }
}

export interface ScheduleRequest {
  readonly value: Node;
  /** Gradient trees by input name (absent: value only). */
  readonly grads?: ReadonlyMap<string, Node>;
  readonly inputs: readonly KernelInput[];
  readonly options: readonly string[];
  /** Float inputs the kernel should report finiteness for (elementwise loads only). */
  readonly checkFinite?: readonly string[];
}

export function schedule(request: ScheduleRequest): Program {
  const perClass = new Set(request.inputs.filter((i) => i.layout === 'class' || i.layout === 'class-vector').map((i) => i.name));
  const levels = new Levels(perClass);
  const value = lower(request.value);
  const grads = [...(request.grads ?? new Map<string, Node>())].map(([name, tree]) => [name, lower(tree)] as const);
  const mode = request.inputs.some((i) => i.layout !== 'element' && i.layout !== 'row') ? 'class' : 'elementwise';
  const slots = new Map(request.inputs.map((input, slot) => [input.name, slot]));
  const layouts = new Map(request.inputs.map((input) => [input.name, input.layout]));
  const options = new Map(request.options.map((name, index) => [name, index]));
  const builder = new Builder(levels, slots, layouts, options, new Set(mode === 'elementwise' ? request.checkFinite ?? [] : []));
  const tail: Stmt[] = [];
  const valueRegister = builder.emit(value, { kind: 'row', at: builder.readyAt(value) });
  for (const [name, g] of grads) {
    const perClassGrad = perClass.has(name);
    const src = builder.emit(g, perClassGrad ? { kind: 'grad' } : { kind: 'row', at: Math.max(0, builder.readyAt(g)) });
    (perClassGrad ? builder.gradLoop : tail).push({ t: 'grad', slot: slots.get(name)!, src, perClass: perClassGrad });
  }
  tail.push({ t: 'value', src: valueRegister });
  return {
    mode, inputs: request.inputs, options: request.options, pre: builder.pre, rows: builder.rows, loops: builder.loops,
    gradLoop: builder.gradLoop.length ? builder.gradLoop : null, tail, registers: builder.registers, checked: [...builder.checked],
  };
}
