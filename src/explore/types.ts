/**
 * The data `losskit explore` computes in Node and embeds in the page as JSON; the page's
 * script (web/explorer) reads it. Everything else on the page is computed in the browser by
 * losskit's own bundled registry and kernels.
 */

/** One epoch of a training run, as the train/validation lesson draws it. */
export interface PatternEpoch {
  readonly epoch: number;
  readonly train: number;
  readonly validation: number;
}

/** One finding of `diagnose` on a pattern's run, as text. */
export interface PatternFinding {
  readonly kind: string;
  readonly severity: string;
  readonly message: string;
}

/** A real training run showing one pattern of train and validation curves. */
export interface PatternRun {
  readonly id: string;
  readonly title: string;
  /** What to look for in the curves, in plain words. */
  readonly lesson: string;
  /** How the run was set up (dataset, model, optimiser, learning rate ...). */
  readonly setup: string;
  readonly epochs: readonly PatternEpoch[];
  /** Epoch (1-based) with the lowest validation loss. */
  readonly bestEpoch: number;
  readonly findings: readonly PatternFinding[];
}

export interface ExplorerData {
  readonly version: string;
  readonly patterns: readonly PatternRun[];
}
