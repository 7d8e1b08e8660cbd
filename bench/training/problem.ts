/**
 * The training workload every engine runs (issue 14, item 8): one epoch of a 784 -> 64 -> 10
 * MLP (ReLU) with softmax cross-entropy (mean over the batch) and Adam (lr 1e-3, betas 0.9 /
 * 0.999, eps 1e-8), mini-batches of 64 rows, float32, on the MNIST training split the trainer
 * itself uses (the `mnist` package's digits, standardised by prepareSplit, 7,000 rows).
 *
 * Every engine gets the same rows, the same batch order and the same initial parameters, so
 * the first epoch's mean loss is a check that they all train the same model. Engines in other
 * processes read the arrays from raw little-endian files.
 */
import { writeFileSync } from 'node:fs';
import { getDataset, prepareSplit } from '../../src/data/index.js';
import type { Dataset } from '../../src/data/types.js';
import { createRandom, shuffleInPlace } from '../../src/core/random.js';
import { createLayout, initialiseParameters, type ModelLayout } from '../../src/train/model.js';
import { scratchFile } from '../engines/scratch.js';

export interface TrainingProblem {
  readonly rows: number;
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
  /** rows x inputs, float32 values (held as float64 for losskit, which converts them once). */
  readonly features: Float64Array;
  readonly labels: Int32Array;
  /** The batch order of every epoch. */
  readonly order: Int32Array;
  /** W1 [hidden x inputs], b1, W2 [outputs x hidden], b2 (losskit's ModelLayout order), float32 values. */
  readonly initial: Float64Array;
  readonly layout: ModelLayout;
  /** The same as a Dataset for losskit's runners. */
  readonly dataset: Dataset;
  /** Raw float32 / int32 files for other processes. */
  readonly files: { readonly features: string; readonly labels: string; readonly order: string; readonly initial: string };
}

export const MLP = { inputs: 784, hidden: 64, outputs: 10, batchSize: 64, learningRate: 1e-3, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

function write(name: string, array: Float32Array | Int32Array): string {
  const path = scratchFile(name);
  writeFileSync(path, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return path;
}

/** The problem on the first `maxRows` training rows (all 7,000 by default). */
export function trainingProblem(maxRows = Infinity): TrainingProblem {
  const split = prepareSplit(getDataset('mnist').load(), { seed: 1 });
  const rows = Math.min(maxRows, split.train.rows);
  const { inputs, hidden, outputs } = MLP;
  // Rounded to float32 once, so that every engine starts from identical numbers.
  const features = Float64Array.from(new Float32Array(split.train.features.subarray(0, rows * inputs)));
  const labels = Int32Array.from(split.train.target.subarray(0, rows));
  const order = Int32Array.from({ length: rows }, (_, i) => i);
  shuffleInPlace(order, createRandom(2));
  const layout = createLayout(inputs, outputs, [hidden], 'relu');
  const initial = Float64Array.from(new Float32Array(initialiseParameters(layout, createRandom(1))));
  const dataset: Dataset = { ...split.train, rows, features, target: Float64Array.from(labels) };
  return {
    ...MLP, rows, features, labels, order, initial, layout, dataset,
    files: {
      features: write('train-features.f32', new Float32Array(features)),
      labels: write('train-labels.i32', labels),
      order: write('train-order.i32', order),
      initial: write('train-initial.f32', new Float32Array(initial)),
    },
  };
}

/** What an engine reports for one epoch. */
export interface EpochResult {
  /** Wall time of the epoch, measured inside the engine's process. */
  readonly ms: number;
  /** Mean of the batches' losses. */
  readonly meanLoss: number;
}

/** A training engine: set up once, then epochs on demand (each continues from the last). */
export interface TrainingEngine {
  readonly name: string;
  init(): Promise<string | null>;
  describe(): Record<string, string>;
  /** Loads the problem and resets the model to its initial parameters. */
  prepare(problem: TrainingProblem): Promise<void>;
  epoch(): Promise<EpochResult>;
  close(): Promise<void>;
}
