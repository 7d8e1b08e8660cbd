import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { InputArray } from '../data.js';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared } from './engine.js';

/**
 * TensorFlow.js as a peer: `tf.valueAndGrads` of its built-in loss (tf.losses.*) or of
 * composed ops, on one backend. tfjs is a root dev dependency (losskit/tfjs's tests need it);
 * it is loaded with require() at run time and typed by the small interface below, so a
 * missing install skips the engine instead of failing the bench. The union package
 * `@tensorflow/tfjs` is loaded, not tfjs-core alone: only its bundle registers the gradient
 * functions in Node.
 */

/** An opaque tfjs tensor. */
export interface TfTensor {
  dataSync(): Float32Array | Int32Array | Uint8Array;
  dispose(): void;
}
type T = TfTensor;
type Like = T | number;

/** The part of the tfjs API the bench uses. */
export interface Tf {
  readonly version: Readonly<Record<string, string>>;
  env(): { set(flag: string, value: boolean): void; getAsync(flag: string): Promise<unknown> };
  setBackend(name: string): Promise<boolean>;
  getBackend(): string;
  tensor(values: Float32Array | Int32Array, shape: number[], dtype: 'float32' | 'int32'): T;
  oneHot(indices: T, depth: number): T;
  cast(x: T, dtype: 'float32'): T;
  tidy<R>(fn: () => R): R;
  valueAndGrads(f: (...xs: T[]) => T): (xs: T[]) => { value: T; grads: T[] };
  losses: {
    meanSquaredError(labels: T, predictions: T): T;
    huberLoss(labels: T, predictions: T, weights: undefined, delta: number): T;
    sigmoidCrossEntropy(labels: T, logits: T, weights?: undefined, labelSmoothing?: number, reduction?: number): T;
    softmaxCrossEntropy(onehotLabels: T, logits: T): T;
  };
  Reduction: { readonly NONE: number };
  add(a: Like, b: Like): T;
  sub(a: Like, b: Like): T;
  mul(a: Like, b: Like): T;
  pow(base: T, exp: number): T;
  sigmoid(x: T): T;
  log(x: T): T;
  relu(x: T): T;
  mean(x: T): T;
  norm(x: T, ord: 'euclidean', axis: number): T;
}

const require = createRequire(import.meta.url);
let loaded: Tf | null = null;

/** Loads tfjs and the WASM backend once; the .wasm files come from the installed package's dist. */
export function loadTf(): Tf {
  if (loaded) return loaded;
  const tf = require('@tensorflow/tfjs') as Tf;
  const wasm = require('@tensorflow/tfjs-backend-wasm') as { setWasmPaths(prefix: string): void };
  // PROD only silences tfjs's warnings (the "install tfjs-node" banner on first use).
  tf.env().set('PROD', true);
  wasm.setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  loaded = tf;
  return tf;
}

/**
 * Loads tfjs and selects `backend` (the training bench's engines start theirs the same way):
 * the module and, for wasm, whether it runs SIMD and threads; or why it cannot run.
 */
export async function startBackend(backend: 'cpu' | 'wasm'): Promise<{ tf: Tf; simd: string } | string> {
  const name = `tfjs-${backend}`;
  try {
    const tf = loadTf();
    if (!(await tf.setBackend(backend))) return `${name}: backend failed to initialise`;
    const simd = backend === 'wasm'
      ? `simd=${String(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT'))} threads=${String(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT'))}`
      : '';
    return { tf, simd };
  } catch (error) {
    return `${name} skipped: ${(error as Error).message.split('\n')[0]} (run npm install)`;
  }
}

type Options = Readonly<Record<string, number>>;
type LossFn = (tf: Tf, inputs: T[], constants: T[], options: Options) => T;

/**
 * Per kernel: which arrays become differentiable inputs, which become constants (and how),
 * and the loss. Labels for softmaxCrossEntropy are one-hot (its API), built before timing.
 */
interface Recipe { readonly differentiable: number; readonly loss: LossFn; readonly oneHotClasses?: boolean }

const RECIPES: Partial<Record<Workload['kernel'], Recipe>> = {
  'mse': { differentiable: 1, loss: (tf, [x], [t]) => tf.losses.meanSquaredError(t!, x!) },
  'huber': { differentiable: 1, loss: (tf, [x], [t], o) => tf.losses.huberLoss(t!, x!, undefined, o.delta!) },
  'bce-with-logits': { differentiable: 1, loss: (tf, [x], [t]) => tf.losses.sigmoidCrossEntropy(t!, x!) },
  'softmax-ce': { differentiable: 1, oneHotClasses: true, loss: (tf, [x], [y]) => tf.losses.softmaxCrossEntropy(y!, x!) },
  // torchvision's sigmoid focal loss composed from ops: alpha_t (1 - p_t)^gamma BCE.
  'sigmoid-focal': {
    differentiable: 1,
    loss: (tf, [x], [t], { alpha = 0.25, gamma = 2 }) => {
      const ce = tf.losses.sigmoidCrossEntropy(t!, x!, undefined, 0, tf.Reduction.NONE);
      const p = tf.sigmoid(x!);
      const pt = tf.add(tf.mul(p, t!), tf.mul(tf.sub(1, p), tf.sub(1, t!)));
      const at = tf.add(tf.mul(alpha, t!), tf.mul(1 - alpha, tf.sub(1, t!)));
      return tf.mean(tf.mul(at, tf.mul(ce, tf.pow(tf.sub(1, pt), gamma))));
    },
  },
  // PyTorch kl_div(input = log q, target = p), elementwise mean; p > 0 in the workload.
  'kl-div': { differentiable: 1, loss: (tf, [x], [t]) => tf.mean(tf.mul(t!, tf.sub(tf.log(t!), x!))) },
  // torch triplet_margin_loss, p = 2: d(u, v) = ||u - v + eps||.
  'triplet-margin': {
    differentiable: 3,
    loss: (tf, [a, p, n], _, { margin = 1 }) => {
      const dp = tf.norm(tf.add(tf.sub(a!, p!), 1e-6), 'euclidean', 1);
      const dn = tf.norm(tf.add(tf.sub(a!, n!), 1e-6), 'euclidean', 1);
      return tf.mean(tf.relu(tf.add(tf.sub(dp, dn), margin)));
    },
  },
};

function shapeOf(w: Workload, index: number): number[] {
  if (w.kernel === 'softmax-ce') return index === 0 ? [w.dims[0]!, w.dims[1]!] : [w.dims[0]!];
  if (w.kernel === 'triplet-margin') return [w.dims[0]!, w.dims[1]!];
  return [w.dims[0]!];
}

export function tfjsEngine(backend: 'cpu' | 'wasm'): Engine {
  const name = `tfjs-${backend}`;
  let tf: Tf | null = null;
  let simd = '';
  // Both engines share one tfjs; a tensor is only ever used on the backend that made it.
  const use = async (t: Tf) => { if (t.getBackend() !== backend) await t.setBackend(backend); };
  return {
    name,
    label: name,
    async init() {
      const started = await startBackend(backend);
      if (typeof started === 'string') return started;
      ({ tf, simd } = started);
      return null;
    },
    describe() { return { tfjs: tf?.version.tfjs ?? '?', backend, ...(simd ? { wasm: simd } : {}) }; },
    // tfjs computes in float32 only, and has no CTC loss.
    supports(w) { return w.dtype === 'float32' && RECIPES[w.kernel] !== undefined; },
    async prepare(w: Workload, inputs: readonly InputArray[]): Promise<Prepared> {
      const t = tf;
      const recipe = RECIPES[w.kernel];
      if (!t || !recipe) throw new Error(`${name}: cannot run ${w.kernel}`);
      await use(t);
      const tensors = inputs.map((data, i) => {
        const values = data instanceof Float32Array ? data : Float32Array.from(data);
        return t.tensor(values, shapeOf(w, i), 'float32');
      });
      if (recipe.oneHotClasses) {
        const labels = tensors[1]!;
        tensors[1] = t.tidy(() => t.cast(t.oneHot(t.tensor(Int32Array.from(inputs[1]!), [w.dims[0]!], 'int32'), w.dims[1]!), 'float32'));
        labels.dispose();
      }
      const xs = tensors.slice(0, recipe.differentiable);
      const constants = tensors.slice(recipe.differentiable);
      const f = t.valueAndGrads((...args) => recipe.loss(t, args, constants, w.options));
      return {
        async run(wantGrad) {
          await use(t);
          return t.tidy(() => {
            const { value, grads } = f(xs);
            const v = value.dataSync()[0]!;
            if (!wantGrad) return { value: v, grad: null };
            const parts = grads.map((g) => g.dataSync() as Float32Array);
            const grad = new Float32Array(parts.reduce((sum, p) => sum + p.length, 0));
            let offset = 0;
            for (const p of parts) { grad.set(p, offset); offset += p.length; }
            return { value: v, grad };
          });
        },
        async time(calls) {
          await use(t);
          const start = performance.now();
          // Reading the scalar value back is part of a call (a training loop logs it); the
          // gradients stay on the backend, as they would for an optimizer step.
          for (let i = 0; i < calls; i++) t.tidy(() => { f(xs).value.dataSync(); });
          return performance.now() - start;
        },
        async dispose() { for (const x of tensors) x.dispose(); },
      };
    },
    async close() {},
  };
}
