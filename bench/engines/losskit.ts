import { getLoss, type FloatArray } from '../../src/index.js';
import type { FloatData, InputArray } from '../data.js';
import type { Workload } from '../workloads.js';
import type { Engine, Prepared, RunResult } from './engine.js';

/**
 * losskit's TypeScript kernels through the public API, as a user calls them in a training
 * loop: `getLoss(name).evaluate(inputs, options, { grads })` with caller-owned gradient
 * buffers allocated once, so a call validates its inputs and runs the fused kernel, nothing
 * else. The same function computes the reference every engine is checked against.
 */

interface Call {
  readonly loss: string;
  readonly inputs: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  /** Caller-owned gradient buffers, by differentiable input name, in input order. */
  readonly grads: Record<string, FloatArray>;
}

function float(a: InputArray | undefined): FloatData {
  if (!(a instanceof Float32Array || a instanceof Float64Array)) throw new Error('bench: expected a float array');
  return a;
}

function like(a: FloatData): FloatData {
  return a instanceof Float32Array ? new Float32Array(a.length) : new Float64Array(a.length);
}

/** The registry call for a workload over the given arrays (see workloads.ts for their order). */
export function buildCall(w: Workload, arrays: readonly InputArray[]): Call {
  const options = { ...w.options, reduction: 'mean' };
  const x = float(arrays[0]);
  switch (w.kernel) {
    case 'mse': case 'huber': case 'bce-with-logits': case 'sigmoid-focal': case 'kl-div':
      return { loss: w.loss, inputs: { input: x, target: arrays[1] }, options, grads: { input: like(x) } };
    case 'softmax-ce': {
      const [rows = 0, classes = 0] = w.dims;
      return { loss: w.loss, inputs: { input: { data: x, shape: [rows, classes] }, target: arrays[1] }, options, grads: { input: like(x) } };
    }
    case 'triplet-margin': {
      const shape = [...w.dims];
      const [a, p, n] = [x, float(arrays[1]), float(arrays[2])];
      return {
        loss: w.loss,
        inputs: { anchor: { data: a, shape }, positive: { data: p, shape }, negative: { data: n, shape } },
        options,
        grads: { anchor: like(a), positive: like(p), negative: like(n) },
      };
    }
    case 'ctc': {
      const [frames = 0, batch = 0, classes = 0, labels = 0] = w.dims;
      return {
        loss: w.loss,
        inputs: {
          logProbs: { data: x, shape: [frames, batch, classes] },
          targets: { data: arrays[1], shape: [batch, labels] },
          inputLengths: new Int32Array(batch).fill(frames),
          targetLengths: new Int32Array(batch).fill(labels),
        },
        options,
        grads: { logProbs: like(x) },
      };
    }
  }
}

export function evaluateCall(call: Call): number {
  const { value } = getLoss(call.loss).evaluate(call.inputs, call.options, { grads: call.grads });
  if (typeof value !== 'number') throw new Error(`bench: ${call.loss} returned a tensor under 'mean'`);
  return value;
}

/** Every gradient buffer of a call, concatenated in input order. */
export function concatGrads(call: Call): Float32Array | Float64Array {
  const parts = Object.values(call.grads);
  const total = parts.reduce((sum, g) => sum + g.length, 0);
  const out = parts[0] instanceof Float32Array ? new Float32Array(total) : new Float64Array(total);
  let offset = 0;
  for (const g of parts) { out.set(g, offset); offset += g.length; }
  return out;
}

export const losskitEngine: Engine = {
  name: 'losskit',
  label: 'losskit',
  async init() { return null; },
  describe() { return { kernels: 'TypeScript, src/ via tsx, getLoss(name).evaluate with caller-owned grads' }; },
  supports() { return true; },
  async prepare(w, inputs): Promise<Prepared> {
    const call = buildCall(w, inputs);
    return {
      async run(wantGrad): Promise<RunResult> {
        const value = evaluateCall(call);
        return { value, grad: wantGrad ? concatGrads(call) : null };
      },
      async time(calls) {
        const start = performance.now();
        for (let i = 0; i < calls; i++) evaluateCall(call);
        return performance.now() - start;
      },
      async dispose() {},
    };
  },
  async close() {},
};
