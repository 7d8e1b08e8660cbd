/**
 * Custom losses in `npm run bench` (issue 13):
 *  1. formulas equal to built-ins (mse, huber via where, log-cosh, bce-with-logits via
 *     softplus) against the built-in TypeScript kernels at 1e6 float32, through the public
 *     API, interleaved round-robin; also the closures back end and, for mse, the dual-number
 *     JavaScript-function path (target: formula within 2x of the built-in);
 *  2. parse + simplify + differentiate + compile (to a callable kernel, first call included)
 *     of random 50-node formulas (target: under 5 ms).
 *
 *   npm run bench -- --custom-only [--quick]     this part alone (bench/results-custom.json)
 */
import {
  compileFormula, defineCustomLoss, formatFormula, getLoss, node, nodeCount, parseFormula, setKernelBackend,
  type DualOps, type DualValue, type LossEntry, type Node, type Operator,
} from '../src/index.js';
import { createRandom } from '../src/core/random.js';
import { maxOf, minOf } from '../src/core/extent.js';

export interface CustomRow {
  readonly loss: string;
  readonly formula: string;
  readonly elements: number;
  /** Median CPU ms per call, by engine. */
  readonly ms: Readonly<Record<string, number>>;
  /** Median wall ms per call, by engine. */
  readonly wallMs: Readonly<Record<string, number>>;
  /** Engine CPU ms / built-in CPU ms. */
  readonly ratios: Readonly<Record<string, number>>;
  /** Largest relative difference from the built-in (value, then gradient over its max-abs). */
  readonly valueError: number;
  readonly gradError: number;
}

export interface CompileStats {
  readonly formulas: number;
  readonly nodes: { readonly min: number; readonly median: number; readonly max: number };
  /** Median and 95th percentile ms, per stage and in total. */
  readonly stages: Readonly<Record<string, { readonly median: number; readonly p95: number }>>;
}

export interface CustomBenchResult {
  readonly rows: readonly CustomRow[];
  readonly compile: CompileStats;
}

const ROWS = [
  { loss: 'mse', formula: '(input - target)^2', options: {}, target: 'real' },
  { loss: 'huber', formula: 'where(abs(input - target) < delta, 0.5 * (input - target)^2, delta * (abs(input - target) - 0.5 * delta))', options: { delta: 1 }, target: 'real' },
  { loss: 'log-cosh', formula: 'log(cosh(input - target))', options: {}, target: 'real' },
  { loss: 'bce-with-logits', formula: 'softplus(input) - input * target', options: {}, target: 'label' },
] as const;

/**
 * CPU time of this process (user + system), ms. On a machine shared with other jobs, wall
 * time includes the slices the scheduler gives to them; CPU time counts this process's work.
 */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** Counter-based uniform draws (as the main bench's data.ts), so every run sees the same floats. */
function draws(n: number, seed: number, lo: number, hi: number, labels = false): Float32Array {
  const out = new Float32Array(n);
  let state = seed >>> 0;
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out[i] = labels ? (u < 0.5 ? 0 : 1) : lo + (hi - lo) * u;
  }
  return out;
}

interface Engine {
  readonly name: string;
  readonly entry: LossEntry;
  /** Runs with the built-in kernels in TypeScript (no WASM). */
  readonly typescript?: boolean;
}

/** Wall and CPU milliseconds of `calls` back-to-back calls. */
function timeCalls(engine: Engine, inputs: Record<string, unknown>, options: Record<string, unknown>, grad: Float32Array, calls: number) {
  if (engine.typescript) setKernelBackend('ts');
  const cpu = cpuMs();
  const start = performance.now();
  for (let i = 0; i < calls; i++) engine.entry.evaluate(inputs, options, { grads: { input: grad } });
  const wall = performance.now() - start;
  const used = cpuMs() - cpu;
  setKernelBackend('auto');
  return { wall, cpu: used };
}

function relativeErrors(a: { value: number; grad: Float32Array }, b: { value: number; grad: Float32Array }) {
  let scale = 0;
  let worst = 0;
  for (let i = 0; i < b.grad.length; i++) {
    scale = Math.max(scale, Math.abs(b.grad[i]!));
    worst = Math.max(worst, Math.abs(a.grad[i]! - b.grad[i]!));
  }
  return { valueError: Math.abs(a.value - b.value) / Math.abs(b.value), gradError: scale ? worst / scale : worst };
}

function measureRow(row: (typeof ROWS)[number], n: number, rounds: number, log: (line: string) => void): CustomRow {
  const input = draws(n, 11, -2, 2);
  const target = row.target === 'label' ? draws(n, 12, 0, 1, true) : draws(n, 12, -2, 2);
  const inputs = { input, target };
  const options = { ...row.options, reduction: 'mean' };
  const optionSpecs = Object.fromEntries(Object.entries(row.options).map(([k, v]) => [k, v]));
  const engines: Engine[] = [
    { name: 'built-in', entry: getLoss(row.loss), typescript: true },
    { name: 'formula', entry: defineCustomLoss({ name: `bench-${row.loss}`, formula: row.formula, options: optionSpecs }) },
    { name: 'closures', entry: defineCustomLoss({ name: `bench-${row.loss}-closures`, formula: row.formula, options: optionSpecs, backend: 'closures' }) },
  ];
  if (row.loss === 'mse') {
    engines.push({ name: 'function', entry: defineCustomLoss({ name: 'bench-mse-fn', fn: (x: DualValue, t: DualValue, ops: DualOps) => { const e = ops.sub(x, t); return ops.mul(e, e); } }) });
  }
  const run = (engine: Engine) => {
    const grad = new Float32Array(n);
    if (engine.typescript) setKernelBackend('ts');
    const value = engine.entry.evaluate(inputs, options, { grads: { input: grad } }).value as number;
    setKernelBackend('auto');
    return { value, grad };
  };
  const reference = run(engines[0]!);
  const errors = relativeErrors(run(engines[1]!), reference);
  // Calibrate each engine to ~20 ms batches, then interleave rounds, rotating the order.
  const batch = engines.map((engine) => {
    const grad = new Float32Array(n);
    let calls = 1;
    while (timeCalls(engine, inputs, options, grad, calls).cpu < 20 && calls < 1 << 14) calls *= 2;
    return { engine, grad, calls, cpu: [] as number[], wall: [] as number[] };
  });
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < batch.length; k++) {
      const b = batch[(k + round) % batch.length]!;
      const { wall, cpu } = timeCalls(b.engine, inputs, options, b.grad, b.calls);
      b.cpu.push(cpu / b.calls);
      b.wall.push(wall / b.calls);
    }
  }
  const ms = Object.fromEntries(batch.map((b) => [b.engine.name, median(b.cpu)]));
  const wallMs = Object.fromEntries(batch.map((b) => [b.engine.name, median(b.wall)]));
  const ratios = Object.fromEntries(batch.slice(1).map((b) => [b.engine.name, ms[b.engine.name]! / ms['built-in']!]));
  log(`custom ${row.loss} float32 ${n}: ${batch.map((b) => `${b.engine.name} ${ms[b.engine.name]!.toFixed(3)} ms`).join(', ')}`);
  return { loss: row.loss, formula: row.formula, elements: n, ms, wallMs, ratios, ...errors };
}

const UNARY: readonly Operator[] = ['abs', 'exp', 'log1p', 'tanh', 'sigmoid', 'softplus', 'sqrt', 'relu', 'neg', 'logcosh'];
const BINARY: readonly Operator[] = ['add', 'sub', 'mul', 'div', 'max', 'min'];

/** A random elementwise formula of 45-55 nodes over input, target and the option k (seeded). */
function randomFormula(seed: number, size = 50): Node {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const leaf = (): Node => {
    const roll = random();
    return roll < 0.4 ? node.input('input') : roll < 0.7 ? node.input('target') : roll < 0.8 ? node.option('k') : node.number(Math.round(random() * 40 - 20) / 10);
  };
  const grow = (budget: number): Node => {
    if (budget < 2) return leaf();
    const roll = random();
    if (roll < 0.25 || budget < 3) return node.apply(pick(UNARY), grow(budget - 1));
    if (roll < 0.35 && budget >= 9) {
      const branch = Math.floor((budget - 6) / 2);
      return node.apply('where', node.apply('lt', grow(2), grow(2)), grow(branch), grow(budget - 6 - branch));
    }
    const left = Math.max(1, Math.floor((budget - 1) * (0.2 + 0.6 * random())));
    return node.apply(pick(BINARY), grow(left), grow(budget - 1 - left));
  };
  for (;;) {
    const tree = grow(size);
    const count = nodeCount(tree);
    if (count >= size - 5 && count <= size + 5 && JSON.stringify(tree).includes('"name":"input"')) return tree;
  }
}

function compileStats(count: number): CompileStats {
  const stages: Record<string, number[]> = {
    parse: [], 'simplify + differentiate': [], 'codegen + first call': [], total: [], 'total, wall clock': [], 'defineCustomLoss (with checks)': [],
  };
  const nodes: number[] = [];
  const inputs = [{ name: 'input' }, { name: 'target' }];
  const scope = { inputs: ['input', 'target'], options: ['k'] };
  const x = Float32Array.of(0.5);
  const t = Float32Array.of(0.25);
  for (let i = 0; i < count; i++) {
    const text = formatFormula(randomFormula(1000 + i));
    const wall = performance.now();
    const start = cpuMs();
    const tree = parseFormula(text, scope);
    const parsed = cpuMs();
    const compiled = compileFormula({ formula: tree, inputs, options: ['k'] });
    const differentiated = cpuMs();
    const kernel = compiled.kernel({ grad: true, weighted: false, dtype: 'float32' });
    kernel([x, t, undefined as never], Float64Array.of(0.5), [new Float32Array(1), null, null], null, new Float64Array(4), 1, 1, 1, 1);
    const done = cpuMs();
    stages['total, wall clock']!.push(performance.now() - wall);
    defineCustomLoss({ name: `bench-random-${i}`, formula: text, options: { k: 0.5 } });
    const defined = cpuMs();
    nodes.push(nodeCount(tree));
    stages.parse!.push(parsed - start);
    stages['simplify + differentiate']!.push(differentiated - parsed);
    stages['codegen + first call']!.push(done - differentiated);
    stages.total!.push(done - start);
    stages['defineCustomLoss (with checks)']!.push(defined - done);
  }
  return {
    formulas: count,
    nodes: { min: minOf(nodes), median: median(nodes), max: maxOf(nodes) },
    stages: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, { median: median(v), p95: percentile(v, 0.95) }])),
  };
}

export function runCustomBench(quick: boolean, log: (line: string) => void = () => undefined): CustomBenchResult {
  const n = quick ? 1e5 : 1e6;
  const rounds = quick ? 5 : 15;
  const rows = ROWS.map((row) => measureRow(row, n, rounds, log));
  // Warm the pipeline once (module JIT), then measure fresh formulas.
  compileStats(20);
  const compile = compileStats(quick ? 50 : 200);
  log(`custom compile: ${compile.formulas} formulas of ~${compile.nodes.median} nodes, total median ${compile.stages.total!.median.toFixed(2)} ms`);
  return { rows, compile };
}

export function customTable(result: CustomBenchResult): string {
  const engines = ['built-in', 'formula', 'closures', 'function'];
  const lines = [
    '\ncustom losses: formulas equal to built-ins, float32, value + gradient, mean (median CPU ms per call; built-in = its TypeScript kernel)\n',
    `${'loss'.padEnd(16)}${'n'.padStart(9)}${engines.map((e) => e.padStart(11)).join('')}  formula/built-in  closures/built-in  function/built-in  max rel. error (value, grad)`,
  ];
  for (const row of result.rows) {
    const cells = engines.map((e) => (row.ms[e] === undefined ? '—' : row.ms[e]!.toFixed(3)).padStart(11)).join('');
    const ratio = (e: string) => (row.ratios[e] === undefined ? '—' : `${row.ratios[e]!.toFixed(2)}x`);
    lines.push(`${row.loss.padEnd(16)}${String(row.elements).padStart(9)}${cells}  ${ratio('formula').padStart(16)}  ${ratio('closures').padStart(17)}  ${ratio('function').padStart(17)}  ${row.valueError.toExponential(1)}, ${row.gradError.toExponential(1)}`);
  }
  const { compile } = result;
  lines.push(`\nparse + simplify + differentiate + compile of ${compile.formulas} random formulas of ${compile.nodes.min}-${compile.nodes.max} nodes (median ${compile.nodes.median}), CPU ms:`);
  for (const [stage, { median: m, p95 }] of Object.entries(compile.stages)) lines.push(`  ${stage.padEnd(32)} median ${m.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`);
  return lines.join('\n');
}
