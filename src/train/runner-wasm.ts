/**
 * The WASM runner: float32 training on the module's dense-layer and optimizer kernels
 * (wasm/assembly/dense.ts, optimizers.ts). Parameters, gradients, optimizer state, batch
 * inputs and hidden layers live in one arena of the module's memory; the training and
 * validation features are copied in once as float32 (when they fit under RESIDENT_LIMIT_BYTES)
 * so that a batch is gathered by the module, not converted by JavaScript each step. The loss
 * stays on the JS side in float64 (the batch's raw outputs are rows × outputs: tiny).
 *
 * Tested against the TypeScript runner with float32 storage (test/train/runners.test.ts).
 */
import type { KernelExports } from '../wasm/module.js';
import { DENSE_ACTIVATION, WasmArena, type ArenaSlot } from '../wasm/dense.js';
import type { LayerLayout, ModelLayout } from './model.js';
import { ADAM_BETA1, ADAM_BETA2, ADAM_EPSILON } from './optimizer.js';
import { batchLoss, batchLosses, gatherTargets, type BatchLoss, type ModelRunner, type RunnerSettings } from './runner.js';
import { PREDICT_CHUNK_ROWS } from './runner-typescript.js';

/**
 * Above this many bytes of float32 features (training + validation), batches are converted
 * from the caller's float64 rows each step instead (WASM memory never shrinks, so a resident
 * copy of a huge table would stay allocated for the life of the process).
 */
export const RESIDENT_LIMIT_BYTES = 256 * 2 ** 20;

/** The network's buffers in the arena: parameters, a row block of inputs, hidden layers and outputs. */
interface Network {
  readonly module: KernelExports;
  readonly arena: WasmArena;
  readonly layout: ModelLayout;
  readonly params: ArenaSlot;
  /** Input rows (capacity rows): gathered batches, and prediction chunks of non-resident data. */
  readonly x: ArenaSlot;
  /** Post-activation outputs of each hidden layer (capacity rows). */
  readonly hidden: readonly ArenaSlot[];
  readonly out: ArenaSlot;
  readonly capacity: number;
}

const weightsOf = (net: Network, layer: LayerLayout) => net.params.at + 4 * layer.weightOffset;
const biasesOf = (net: Network, layer: LayerLayout) => net.params.at + 4 * layer.biasOffset;

/** Raw outputs of `rows` (<= capacity) input rows at byte offset `x` into the `out` slot. */
function forwardRows(net: Network, x: number, rows: number): void {
  const { module, layout } = net;
  const last = layout.layers.length - 1;
  let input = x;
  layout.layers.forEach((layer, l) => {
    const output = l === last ? net.out.at : net.hidden[l].at;
    const activation = l === last ? DENSE_ACTIVATION.identity : DENSE_ACTIVATION[layout.activation];
    module.denseForwardF32(input, weightsOf(net, layer), biasesOf(net, layer), output, rows, layer.fanIn, layer.fanOut, activation);
    input = output;
  });
}

/**
 * Raw outputs for `rows` rows of features, in chunks of the network's capacity: from resident
 * float32 rows at byte offset `resident`, or (resident null) converted from `features`.
 */
function predictRows(net: Network, rows: number, resident: number | null, features: Float64Array): Float64Array {
  const { inputs, outputs } = net.layout;
  const result = new Float64Array(rows * outputs);
  for (let start = 0; start < rows; start += net.capacity) {
    const n = Math.min(net.capacity, rows - start);
    if (resident === null) net.arena.float32(net.x, n * inputs).set(features.subarray(start * inputs, (start + n) * inputs));
    forwardRows(net, resident === null ? net.x.at : resident + 4 * start * inputs, n);
    result.set(net.arena.float32(net.out, n * outputs), start * outputs);
  }
  return result;
}

/** Slot lengths of a network with `capacity` rows, plus `extra` slots. */
function networkLengths(layout: ModelLayout, capacity: number, extra: Record<string, number>): Record<string, number> {
  const lengths: Record<string, number> = { params: layout.parameterCount, x: capacity * layout.inputs, out: capacity * layout.outputs, ...extra };
  layout.hidden.forEach((size, l) => { lengths[`hidden${l}`] = capacity * size; });
  return lengths;
}

function network(module: KernelExports, arena: WasmArena, slots: Record<string, ArenaSlot>, layout: ModelLayout, capacity: number): Network {
  return {
    module, arena, layout, capacity,
    params: slots.params, x: slots.x, out: slots.out,
    hidden: layout.hidden.map((_, l) => slots[`hidden${l}`]),
  };
}

/**
 * Raw outputs of a float32 model with parameters `params` (float64 values that are float32
 * numbers, e.g. a WASM runner's getParameters()) for `rows` rows of `features`. Null when the
 * module's memory cannot provide the buffers.
 */
export function predictWasm(module: KernelExports, layout: ModelLayout, params: Float64Array, features: Float64Array, rows: number): Float64Array | null {
  const capacity = Math.max(1, Math.min(rows, PREDICT_CHUNK_ROWS));
  const allocated = WasmArena.allocate(module, networkLengths(layout, capacity, {}));
  if (!allocated) return null;
  const net = network(module, allocated.arena, allocated.slots, layout, capacity);
  try {
    net.arena.float32(net.params).set(params);
    return predictRows(net, rows, null, features);
  } finally {
    allocated.arena.release();
  }
}

/** Allocates the runner's arena, with the features resident when allowed; null when memory is short. */
function allocateRunner(module: KernelExports, settings: RunnerSettings, capacity: number, residentLimit: number) {
  const { layout, train, validation, batchSize } = settings;
  const base: Record<string, number> = {
    grad: layout.parameterCount, first: layout.parameterCount, second: layout.parameterCount, dOut: batchSize * layout.outputs,
  };
  layout.hidden.forEach((size, l) => { base[`delta${l}`] = batchSize * size; });
  const residentSlots = { trainX: train.rows * layout.inputs, order: train.rows, validationX: validation.rows * layout.inputs };
  const residentBytes = 4 * (residentSlots.trainX + residentSlots.order + residentSlots.validationX);
  if (residentBytes <= residentLimit) {
    const allocated = WasmArena.allocate(module, networkLengths(layout, capacity, { ...base, ...residentSlots }));
    if (allocated) return { ...allocated, resident: true };
  }
  const allocated = WasmArena.allocate(module, networkLengths(layout, capacity, base));
  return allocated ? { ...allocated, resident: false } : null;
}

/**
 * The WASM runner, or null when the module's memory cannot provide its buffers. Features are
 * made resident when they take at most `residentLimit` bytes as float32.
 */
export function createWasmRunner(module: KernelExports, settings: RunnerSettings, residentLimit = RESIDENT_LIMIT_BYTES): ModelRunner | null {
  const { layout, train, validation } = settings;
  const capacity = Math.max(settings.batchSize, Math.min(PREDICT_CHUNK_ROWS, Math.max(validation.rows, 1)));
  const allocated = allocateRunner(module, settings, capacity, residentLimit);
  if (!allocated) return null;
  const { arena, slots, resident } = allocated;
  const net = network(module, arena, slots, layout, capacity);
  const deltas = layout.hidden.map((_, l) => slots[`delta${l}`]);
  const { full, remainder } = batchLosses(settings);
  const activation = DENSE_ACTIVATION[layout.activation];
  const inputs = layout.inputs;
  const p = slots.params.at, g = slots.grad.at, m = slots.first.at, s = slots.second.at;
  let order: Int32Array = new Int32Array(0);
  let steps = 0; // optimizer steps taken (Adam's t)

  arena.float32(slots.params).set(settings.initial);
  if (resident) {
    arena.float32(slots.trainX).set(train.features);
    arena.float32(slots.validationX).set(validation.features);
  }

  function gatherInputs(start: number, rows: number): void {
    if (resident) {
      module.gatherRowsF32(slots.trainX.at, slots.order.at + 4 * start, rows, inputs, net.x.at);
      return;
    }
    const x = arena.float32(net.x, rows * inputs);
    for (let r = 0; r < rows; r++) {
      for (let i = 0, from = order[start + r] * inputs, to = r * inputs; i < inputs; i++) x[to + i] = train.features[from + i];
    }
  }

  /** Every parameter's gradient, written into the grad slot (no zeroing needed). */
  function backwardRows(rows: number): void {
    let delta = slots.dOut.at;
    for (let l = layout.layers.length - 1; l >= 0; l--) {
      const layer = layout.layers[l];
      const input = l === 0 ? net.x.at : net.hidden[l - 1].at;
      module.denseWeightGradF32(input, delta, g + 4 * layer.weightOffset, g + 4 * layer.biasOffset, rows, layer.fanIn, layer.fanOut);
      if (l === 0) break;
      module.denseInputGradF32(delta, weightsOf(net, layer), net.hidden[l - 1].at, deltas[l - 1].at, rows, layer.fanIn, layer.fanOut, activation);
      delta = deltas[l - 1].at;
    }
  }

  /** The optimizer over [from, to) parameters with weight decay `decay`. */
  function update(from: number, to: number, decay: number, learningRate: number): void {
    const at = 4 * from;
    if (settings.optimizer === 'adam') {
      // PyTorch's arrangement: step size lr / (1 - b1^t), denominator sqrt(s) / sqrt(1 - b2^t) + eps.
      const stepSize = learningRate / (1 - ADAM_BETA1 ** steps);
      const root = 1 / Math.sqrt(1 - ADAM_BETA2 ** steps);
      module.adamStepF32(p + at, g + at, m + at, s + at, to - from, ADAM_BETA1, 1 - ADAM_BETA1, ADAM_BETA2, 1 - ADAM_BETA2, stepSize, root, ADAM_EPSILON, decay);
    } else {
      module.sgdStepF32(p + at, g + at, m + at, to - from, learningRate, settings.momentum, decay);
    }
  }

  function optimizerStep(learningRate: number): void {
    steps++;
    if (settings.weightDecay === 0) { update(0, layout.parameterCount, 0, learningRate); return; }
    for (const layer of layout.layers) {
      update(layer.weightOffset, layer.biasOffset, settings.weightDecay, learningRate); // biases are not decayed
      update(layer.biasOffset, layer.biasOffset + layer.fanOut, 0, learningRate);
    }
  }

  return {
    kernels: 'wasm',
    precision: 'float32',
    beginEpoch(next) {
      order = next;
      if (resident) arena.int32(slots.order).set(next);
    },
    step(start, rows, learningRate) {
      const batch: BatchLoss = rows === full.rows ? full : (remainder as BatchLoss);
      gatherInputs(start, rows);
      gatherTargets(batch, train.target, order, start);
      forwardRows(net, net.x.at, rows);
      batch.raw.set(arena.float32(net.out, rows * layout.outputs));
      const value = batchLoss(batch);
      if (!Number.isFinite(value)) return value;
      // The loss may have allocated (and grown) the module's memory: views are taken afresh.
      arena.float32(slots.dOut, rows * layout.outputs).set(batch.dRaw);
      backwardRows(rows);
      optimizerStep(learningRate);
      return value;
    },
    validationOutputs: () => predictRows(net, validation.rows, resident ? slots.validationX.at : null, validation.features),
    getParameters: () => Float64Array.from(arena.float32(slots.params)),
    setParameters(values) { arena.float32(slots.params).set(values); },
    dispose() { arena.release(); },
  };
}
