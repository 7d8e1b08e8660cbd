/**
 * TensorFlow.js on the training workload, on its cpu and wasm backends (the wasm backend runs
 * XNNPACK's SIMD kernels: the peer a JavaScript user would pick). The leanest tfjs training
 * loop: variables in losskit's layout, `optimizer.minimize` of tf.losses.softmaxCrossEntropy
 * per batch (tf.train.adam with the same betas and epsilon), batches gathered from tensors
 * made once, the batch losses summed and read back once per epoch. `model.fit` would add its
 * own per-batch overhead on top.
 */
import { startBackend, type Tf, type TfTensor } from '../engines/tfjs-common.js';
import type { TrainingEngine, TrainingProblem } from './problem.js';

type T = TfTensor;
interface Optimizer { minimize(f: () => T, returnCost: boolean, varList: T[]): T | null; dispose(): void }

/** The part of tfjs the training bench uses beyond the loss bench's `Tf`. */
interface TfTrain extends Tf {
  variable(initial: T): T;
  matMul(a: T, b: T, transposeA: boolean, transposeB: boolean): T;
  gather(x: T, indices: T): T;
  addN(tensors: T[]): T;
  keep<R extends T>(tensor: R): R;
  train: { adam(learningRate: number, beta1: number, beta2: number, epsilon: number): Optimizer };
}

export function tfjsTrainer(backend: 'cpu' | 'wasm'): TrainingEngine {
  const name = `tfjs-${backend}`;
  let tf: TfTrain | null = null;
  let simd = '';
  let state: { step: () => T; batches: number; dispose: () => void } | null = null;
  const use = async (t: TfTrain) => { if (t.getBackend() !== backend) await t.setBackend(backend); };
  return {
    name,
    async init() {
      const started = await startBackend(backend);
      if (typeof started === 'string') return started;
      tf = started.tf as TfTrain;
      simd = started.simd;
      return null;
    },
    describe() { return { tfjs: tf?.version.tfjs ?? '?', backend, loop: 'optimizer.minimize per batch', ...(simd ? { wasm: simd } : {}) }; },
    async prepare(problem: TrainingProblem) {
      const t = tf;
      if (!t) throw new Error(`${name}: not started`);
      await use(t);
      state?.dispose();
      const { rows, inputs, hidden, outputs, batchSize, order, initial } = problem;
      const x = t.tensor(new Float32Array(problem.features), [rows, inputs], 'float32');
      const y = t.tidy(() => t.cast(t.oneHot(t.tensor(problem.labels, [rows], 'int32'), outputs), 'float32'));
      const p = new Float32Array(initial);
      const w1Size = hidden * inputs, w2Size = outputs * hidden;
      const w1 = t.variable(t.tensor(p.slice(0, w1Size), [hidden, inputs], 'float32'));
      const b1 = t.variable(t.tensor(p.slice(w1Size, w1Size + hidden), [hidden], 'float32'));
      const w2 = t.variable(t.tensor(p.slice(w1Size + hidden, w1Size + hidden + w2Size), [outputs, hidden], 'float32'));
      const b2 = t.variable(t.tensor(p.slice(w1Size + hidden + w2Size), [outputs], 'float32'));
      const variables = [w1, b1, w2, b2];
      const optimizer = t.train.adam(problem.learningRate, problem.beta1, problem.beta2, problem.epsilon);
      const batches: T[] = [];
      for (let start = 0; start < rows; start += batchSize) batches.push(t.tensor(order.slice(start, start + batchSize), [Math.min(batchSize, rows - start)], 'int32'));
      let next = 0;
      state = {
        batches: batches.length,
        step() {
          const indices = batches[next++ % batches.length]!;
          return t.tidy(() => {
            const xb = t.gather(x, indices);
            const yb = t.gather(y, indices);
            const cost = optimizer.minimize(() => {
              const h = t.relu(t.add(t.matMul(xb, w1, false, true), b1));
              return t.losses.softmaxCrossEntropy(yb, t.add(t.matMul(h, w2, false, true), b2));
            }, true, variables);
            return t.keep(cost!);
          });
        },
        dispose() {
          for (const tensor of [x, y, ...variables, ...batches]) tensor.dispose();
          optimizer.dispose();
        },
      };
    },
    async epoch() {
      const t = tf;
      if (!t || !state) throw new Error(`${name}: not prepared`);
      await use(t);
      const started = performance.now();
      const costs: T[] = [];
      for (let b = 0; b < state.batches; b++) costs.push(state.step());
      const total = t.addN(costs);
      const sum = total.dataSync()[0]!;
      const ms = performance.now() - started;
      for (const c of [...costs, total]) c.dispose();
      return { ms, meanLoss: sum / state.batches };
    },
    async close() { state?.dispose(); state = null; },
  };
}
