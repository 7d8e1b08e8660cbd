import type { InputArray } from '../data.js';
import type { Workload } from '../workloads.js';

/**
 * What the harness needs from an implementation under test. An engine is set up once per run
 * (`init`), then for each workload it supports: `prepare` (build its own copy of the inputs),
 * `run` once for the accuracy check, `time` many times, interleaved with the other engines,
 * and `dispose`. A new engine (e.g. losskit-wasm) is one more file exporting a `Engine` and one
 * line in engines/index.ts.
 */
export interface Engine {
  readonly name: string;
  /** Short label for the table header. */
  readonly label: string;
  /** Loads / compiles / starts the engine; returns null when usable, else why not. */
  init(): Promise<string | null>;
  /** Versions and settings worth recording in results.json. */
  describe(): Record<string, string>;
  supports(w: Workload): boolean;
  /**
   * `inputs` are the JS-drawn arrays (data.ts), for in-process engines; engines in another
   * process draw the same arrays themselves from `w.arrays`.
   */
  prepare(w: Workload, inputs: readonly InputArray[]): Promise<Prepared>;
  close(): Promise<void>;
}

export interface Prepared {
  /**
   * One call, returning the loss value and the gradient of every differentiable input
   * (concatenated in input order). `wantGrad` false skips returning it (the 1e8 row).
   */
  run(wantGrad: boolean): Promise<RunResult>;
  /** Total milliseconds for `calls` back-to-back calls, measured as close to the work as the engine allows. */
  time(calls: number): Promise<number>;
  dispose(): Promise<void>;
}

export interface RunResult {
  readonly value: number;
  readonly grad: Float32Array | Float64Array | null;
}
