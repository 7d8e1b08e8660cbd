/**
 * The search's data types: parameter distributions, trials as the journal records them, and
 * the study result the CLI prints and the report draws. Plain JSON-able objects, browser-safe.
 */
import type { Task } from '../data/types.js';

/** A float drawn from [low, high] (log: uniformly in log space; Optuna's FloatDistribution). */
export interface FloatDistribution {
  readonly kind: 'float';
  readonly low: number;
  readonly high: number;
  readonly log: boolean;
}

/** An integer of low, low + step, ..., high (Optuna's IntDistribution). */
export interface IntDistribution {
  readonly kind: 'int';
  readonly low: number;
  readonly high: number;
  readonly step: number;
  readonly log: boolean;
}

/** One of a few values (Optuna's CategoricalDistribution). */
export interface CategoricalDistribution {
  readonly kind: 'categorical';
  readonly choices: readonly ParamValue[];
}

export type Distribution = FloatDistribution | IntDistribution | CategoricalDistribution;
export type ParamValue = number | string | boolean;
export type Params = Readonly<Record<string, ParamValue>>;

/** How a finished trial ended (Optuna's TrialState, less RUNNING and WAITING). */
export type TrialState = 'complete' | 'pruned' | 'failed';

export type Direction = 'minimize' | 'maximize';

/** One finished trial, as the journal stores it. */
export interface TrialRecord {
  /** 0, 1, 2, ... in the order trials were started. */
  readonly number: number;
  readonly params: Params;
  /** The distribution each parameter was drawn from (TPE fits its estimators over these). */
  readonly distributions: Readonly<Record<string, Distribution>>;
  readonly state: TrialState;
  /** The objective (validation metric after the last epoch) of a complete trial. */
  readonly value?: number;
  /** Validation metric after each epoch trained: [epoch, value] pairs, epochs from 1. */
  readonly intermediate: ReadonlyArray<readonly [number, number]>;
  /** Epochs trained (the resource used). */
  readonly epochs: number;
  readonly seconds: number;
  /** Milliseconds since the study started, when the trial finished (for best-so-far vs time). */
  readonly finishedAt: number;
  /** Why a failed trial failed, or why a pruned one was pruned ('rung 1', 'diverged at epoch 4', 'rejected: ...'). */
  readonly note?: string;
  /** Which worker ran it (a thread or machine name), for the distributed journal. */
  readonly worker?: string;
  /** A formula candidate the rejection check refused before training (pruned after 0 epochs; not counted in the budget). */
  readonly rejected?: true;
}

/** The algorithms: TPE sampling with ASHA pruning, or the random-search baseline (no pruning). */
export type Algorithm = 'asha-tpe' | 'random';

/** Which losses are searched: registry families with their options, formulas, or both. */
export type SpaceName = 'families' | 'formula' | 'both';

/** What one trial trains with. */
export interface TrialConfig {
  readonly loss: string;
  /** Options passed to the loss ('balanced' resolved by the objective from the training split). */
  readonly lossOptions: Readonly<Record<string, unknown>>;
  readonly learningRate: number;
  readonly weightDecay: number;
}

export interface ModelScores {
  readonly label: string;
  readonly config: TrialConfig;
  /** Test metric of each evaluation (fold), in order. */
  readonly scores: readonly number[];
  readonly mean: number;
  /** Nadeau–Bengio corrected interval of the mean test metric. */
  readonly low: number;
  readonly high: number;
  readonly halfWidth: number;
}

/** 'no clear answer': the interval of the difference contains 0. */
export type Verdict = 'better' | 'no clear answer' | 'worse';

/** The searched model against one other, paired over the same folds (corrected resampled t-test). */
export interface PairedDifference {
  /** The other model's label. */
  readonly against: string;
  /** searched − other, in the metric's units; with its interval. */
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  readonly halfWidth: number;
  readonly t: number;
  readonly pValue: number;
  /** What the searched model is, against this one. */
  readonly verdict: Verdict;
}

export interface FinalComparison {
  readonly metric: string;
  readonly higherIsBetter: boolean;
  readonly folds: number;
  readonly repeats: number;
  readonly evaluations: number;
  /** Mean rows per evaluation. */
  readonly trainRows: number;
  readonly testRows: number;
  readonly confidence: number;
  readonly best: ModelScores;
  /** The default loss at the user's learning rate and weight decay. */
  readonly baseline: ModelScores;
  /** The default loss at the winner's learning rate and weight decay (absent when the winner is the default loss). */
  readonly tunedBaseline?: ModelScores;
  readonly difference: PairedDifference;
  readonly tunedDifference?: PairedDifference;
  /** Against the default (`difference.verdict`). */
  readonly verdict: Verdict;
  /** What both comparisons together say, in one or two sentences. */
  readonly explanation: string;
  readonly method: string;
}

/** A formula among the best trials: the loss as found, simplified, and its symbolic gradient. */
export interface FormulaFinalist {
  readonly trial: number;
  readonly value: number;
  /** The registry name ('custom:' + formula) it is registered under. */
  readonly loss: string;
  readonly lossOptions: Readonly<Record<string, unknown>>;
  readonly label: string;
  readonly formula: string;
  readonly simplified: string;
  /** dL/dinput as the compiled kernel computes it. */
  readonly gradient: string;
  /** The custom-loss checks' warnings (non-finite at extreme inputs, ...). */
  readonly warnings: readonly string[];
}

/** A trial's place in the rung diagram: the values recorded at each rung. */
export interface RungRecords {
  readonly rung: number;
  readonly entries: ReadonlyArray<readonly [number, number]>;
}

/** What `searchLosses` returns (and `losskit search --json` prints). */
export interface SearchResult {
  readonly spec: {
    readonly algorithm: Algorithm;
    readonly space: SpaceName;
    readonly metric: string;
    readonly direction: Direction;
    readonly asha: { readonly minResource: number; readonly reductionFactor: number; readonly minEarlyStoppingRate: number };
    readonly task: { readonly seed: number; readonly train: { readonly epochs: number } & Readonly<Record<string, unknown>>; readonly prepare: Readonly<Record<string, unknown>>; readonly data: { readonly kind: string } & Readonly<Record<string, unknown>> };
  };
  readonly space: { readonly name: SpaceName; readonly description: string; readonly parameters: Readonly<Record<string, Distribution>> };
  readonly dataset: { readonly name: string; readonly task: Task; readonly rows: number; readonly trainRows: number; readonly validationRows: number; readonly testRows: number };
  readonly workers: number;
  /** Trials read back from the journal (resumed study). */
  readonly resumedTrials: number;
  readonly trials: readonly TrialRecord[];
  readonly rungs: readonly RungRecords[];
  /** Share of the objective's spread over complete trials explained by each parameter alone (see importance.ts). */
  readonly importance: ReadonlyArray<{ readonly parameter: string; readonly importance: number; readonly etaSquared: number }>;
  /** What the importance explains: the complete trials' objective, or the first rung's metric. */
  readonly importanceBasis: string;
  readonly best?: { readonly trial: number; readonly value: number; readonly config: TrialConfig; readonly label: string };
  readonly final?: FinalComparison;
  /** The best formula trials (formula spaces), each registered under its name. */
  readonly finalists?: readonly FormulaFinalist[];
  /** Formula candidates refused by the rejection check before training. */
  readonly rejected?: number;
  readonly seconds: number;
}
