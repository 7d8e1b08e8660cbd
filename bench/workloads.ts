/**
 * The benchmark's workloads: what each row computes, at which sizes, in which dtype, and how
 * its inputs are drawn. Every engine receives the same `Workload` and draws the same inputs
 * from its recipes (data.ts in JS, kernels.c in C, numpy-engine.py in Python), so nothing
 * larger than a line of JSON crosses a process boundary. All rows use 'mean' reduction.
 */

export type Kernel =
  | 'mse' | 'huber' | 'bce-with-logits' | 'softmax-ce'
  | 'sigmoid-focal' | 'kl-div' | 'triplet-margin' | 'ctc';

export const KERNELS: readonly Kernel[] = [
  'mse', 'huber', 'bce-with-logits', 'softmax-ce', 'sigmoid-focal', 'kl-div', 'triplet-margin', 'ctc',
];

export type DType = 'float32' | 'float64';

/**
 * How one input array is drawn from the shared counter-based generator: `u` in [0, 1) with 24
 * bits, then `lo + (hi - lo) * u` or `lo + floor(count * u)`. `lo` and `hi` are multiples of
 * 2^-10, so that arithmetic is exact in float64 (with or without FMA) and every language
 * produces the same float before the one rounding to the dtype.
 */
export type Recipe =
  | { readonly kind: 'uniform'; readonly length: number; readonly lo: number; readonly hi: number }
  /** Integers; `int32` marks arrays losskit takes as Int32Array (CTC labels), else float. */
  | { readonly kind: 'int'; readonly length: number; readonly lo: number; readonly count: number; readonly int32?: boolean }
  /** Uniform logits turned into log-probabilities by log_softmax over groups of `classes`. */
  | { readonly kind: 'log-softmax'; readonly length: number; readonly lo: number; readonly hi: number; readonly classes: number };

export interface Workload {
  /** Unique row key, e.g. `softmax-ce float32 1e4x1000`. */
  readonly id: string;
  readonly kernel: Kernel;
  /** The losskit registry name. */
  readonly loss: string;
  readonly dtype: DType;
  /** Kernel-specific: [n] elementwise, [N, C] softmax-ce, [N, D] triplet, [T, N, C, S] ctc. */
  readonly dims: readonly number[];
  /** For the table: `1e7`, `1e4x1000`. */
  readonly size: string;
  /** Elements of the differentiable input(s) per call (for ns/element). */
  readonly elements: number;
  readonly arrays: readonly Recipe[];
  /** Loss hyper-parameters every engine uses (reduction is always 'mean'). */
  readonly options: Readonly<Record<string, number>>;
  readonly seed: number;
  /** When set, only these engines run the row (the others get the reason as a note). */
  readonly onlyEngines?: { readonly names: readonly string[]; readonly reason: string };
}

const SEED = 20240601;

function sci(n: number): string {
  const exponent = Math.round(Math.log10(n));
  return 10 ** exponent === n ? `1e${exponent}` : String(n);
}

function uniform(length: number, lo: number, hi: number): Recipe {
  return { kind: 'uniform', length, lo, hi };
}

function ints(length: number, lo: number, count: number, int32 = false): Recipe {
  return int32 ? { kind: 'int', length, lo, count, int32 } : { kind: 'int', length, lo, count };
}

export function makeWorkload(kernel: Kernel, dtype: DType, dims: readonly number[]): Workload {
  const base = { kernel, dtype, dims, seed: SEED };
  const row = (size: string, elements: number, loss: string, arrays: Recipe[], options: Record<string, number> = {}): Workload =>
    ({ ...base, id: `${kernel} ${dtype} ${size}`, size, elements, loss, arrays, options });
  switch (kernel) {
    case 'mse':
    case 'huber': {
      const [n = 0] = dims;
      // Residuals in (-4, 4): huber with delta 1 sees both its quadratic and linear parts.
      return row(sci(n), n, kernel, [uniform(n, -2, 2), uniform(n, -2, 2)], kernel === 'huber' ? { delta: 1 } : {});
    }
    case 'bce-with-logits':
    case 'sigmoid-focal': {
      const [n = 0] = dims;
      return row(sci(n), n, kernel, [uniform(n, -6, 6), ints(n, 0, 2)], kernel === 'sigmoid-focal' ? { alpha: 0.25, gamma: 2 } : {});
    }
    case 'kl-div': {
      // input = log q in [-5, 0), target = p in [2^-10, 1): elementwise 'mean' (PyTorch's default).
      const [n = 0] = dims;
      return row(sci(n), n, 'kl-div', [uniform(n, -5, 0), uniform(n, 1 / 1024, 1)]);
    }
    case 'softmax-ce': {
      const [rows = 0, classes = 0] = dims;
      return row(`${sci(rows)}x${classes}`, rows * classes, 'cross-entropy', [uniform(rows * classes, -4, 4), ints(rows, 0, classes)]);
    }
    case 'triplet-margin': {
      // Distances around 9 with margin 1: about half the triplets are active.
      const [rows = 0, width = 0] = dims;
      const m = rows * width;
      return row(`${sci(rows)}x${width}`, 3 * m, 'triplet-margin', [uniform(m, -1, 1), uniform(m, -1, 1), uniform(m, -1, 1)], { margin: 1 });
    }
    case 'ctc': {
      const [frames = 0, batch = 0, classes = 0, labels = 0] = dims;
      const m = frames * batch * classes;
      // Labels 1..C-1 (0 is the blank); every sequence uses all T frames and S labels.
      return row(`T${frames} N${batch} C${classes} S${labels}`, m, 'ctc', [
        { kind: 'log-softmax', length: m, lo: -2, hi: 2, classes },
        ints(batch * labels, 1, classes - 1, true),
      ], { blank: 0 });
    }
  }
}

/** Bytes one copy of the inputs takes (for the memory check before the largest rows). */
export function inputBytes(w: Workload): number {
  const width = w.dtype === 'float32' ? 4 : 8;
  return w.arrays.reduce((sum, a) => sum + a.length * width, 0);
}

const F32_F64: readonly DType[] = ['float32', 'float64'];
const F32: readonly DType[] = ['float32'];

/** The rows of a run: [kernel, dtypes, dims] in print order. */
function plan(quick: boolean): [Kernel, readonly DType[], readonly number[]][] {
  if (quick) {
    return [
      ['mse', F32_F64, [1e3]], ['mse', F32_F64, [1e4]], ['mse', F32_F64, [1e5]],
      ['huber', F32, [1e5]],
      ['bce-with-logits', F32, [1e5]],
      ['softmax-ce', F32_F64, [1e3, 100]], ['softmax-ce', F32_F64, [1e4, 10]], ['softmax-ce', F32_F64, [8, 32000]],
      ['sigmoid-focal', F32, [1e5]],
      ['kl-div', F32, [1e5]],
      ['triplet-margin', F32, [1e3, 128]],
      ['ctc', F32, [50, 16, 20, 10]],
    ];
  }
  return [
    ...[1e3, 1e4, 1e5, 1e6, 1e7].map((n): [Kernel, readonly DType[], readonly number[]] => ['mse', F32_F64, [n]]),
    ['huber', F32, [1e6]], ['huber', F32, [1e7]],
    ['bce-with-logits', F32, [1e6]], ['bce-with-logits', F32, [1e7]],
    ['softmax-ce', F32_F64, [1e4, 1000]], ['softmax-ce', F32_F64, [1e5, 10]], ['softmax-ce', F32_F64, [256, 32000]],
    ['sigmoid-focal', F32, [1e6]],
    ['kl-div', F32, [1e6]],
    ['triplet-margin', F32, [1e4, 128]],
    ['ctc', F32, [50, 16, 20, 10]],
  ];
}

/** Engines that run the mse 1e8 row: tfjs's CPU backend would take ~15 s a call there. */
export const LARGEST_ROW_ENGINES = ['losskit', 'losskit-wasm', 'losskit-wasm-mt', 'c', 'c-fast-math', 'numpy'];

/**
 * The workloads of a run, filtered by kernel. The full run adds mse at 1e8 (float32) for the
 * linear-growth curve; run.ts drops it when memory is short.
 */
export function workloads(quick: boolean, only: readonly Kernel[] | null): Workload[] {
  const rows: Workload[] = [];
  for (const [kernel, dtypes, dims] of plan(quick)) {
    if (only && !only.includes(kernel)) continue;
    for (const dtype of dtypes) rows.push(makeWorkload(kernel, dtype, dims));
  }
  if (!quick && (!only || only.includes('mse'))) {
    const largest = makeWorkload('mse', 'float32', [1e8]);
    rows.push({ ...largest, onlyEngines: { names: LARGEST_ROW_ENGINES, reason: 'skipped at 1e8 (seconds per call)' } });
  }
  // Stable sort: each kernel's float32 rows, then its float64 rows, in plan order.
  const rank = (w: Workload) => KERNELS.indexOf(w.kernel) * 2 + (w.dtype === 'float32' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b));
}
