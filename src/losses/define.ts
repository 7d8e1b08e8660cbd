import { compileLoss, type CompiledLoss, type InputSpec, type LossExample, type LossMath } from '../core/define-loss.js';
import type { OptionSpecs } from '../core/options.js';
import type { Reduction } from '../core/reduction.js';

/**
 * A loss is its math (src/core's LossMath: inputs, options, reductions, the kernel) and its
 * description (what a reader, the catalog, the explorer and the trainer are told). The two are
 * separate arguments of defineLoss; the entry carries both. The public names and their doc
 * comments are derived from these fields (scripts/loss-index.ts), so the prose has one source:
 * a definition's hand-written doc comment holds the derivation, shapes and hazards only.
 */

export type Family =
  | 'regression' | 'classification' | 'margin' | 'embedding' | 'divergence'
  | 'transport' | 'adversarial' | 'segmentation' | 'sequence' | 'ranking';

/**
 * What the loss covers in each anchor library, by the exact public name there, for the
 * parity table (docs/catalog.md): PyTorch `nn.MSELoss` (or `torchvision.ops.sigmoid_focal_loss`),
 * Keras 3 class names (`MeanSquaredError`), optax functions (`squared_error`), TensorFlow.js
 * core ops (`tf.losses.meanSquaredError`) and tfjs-layers strings (`layers:meanSquaredError`).
 * `other` names sources beyond the four (papers, scipy, POT, PML).
 */
export interface Anchors {
  readonly pytorch?: string | readonly string[];
  readonly keras?: string | readonly string[];
  readonly optax?: string | readonly string[];
  readonly tfjs?: string | readonly string[];
  readonly other?: string | readonly string[];
}

/** The supervised tasks the training harness runs. */
export type TrainingTask = 'regression' | 'binary' | 'multiclass';

/**
 * How a model is trained with this loss on a task: the link from the model's raw outputs
 * (one per row for regression and binary, C per row for multiclass) to the loss's prediction
 * input, and how dataset targets are encoded for its target input. Losses without it are
 * not used by the trainer (pairs, triplets, distributions, sequences). The trainer's
 * vocabulary, kept with the description rather than in src/core.
 */
export interface TrainingUse {
  readonly task: TrainingTask;
  readonly link: 'identity' | 'sigmoid' | 'softmax' | 'log-softmax';
  readonly target: 'value' | 'zero-one' | 'plus-minus-one' | 'index' | 'one-hot';
  /** Options the harness passes (e.g. a reasonable default for this use). */
  readonly options?: Readonly<Record<string, unknown>>;
  /**
   * Regression losses that depend on e = input − target only and are homogeneous in the
   * target's units: l(s·e; s·u) = s^degree · l(e; u) for every s > 0, where u are the options
   * named in `unitOptions` (lengths in target units, e.g. Huber's delta). mse: degree 2;
   * mae: 1; huber: 2 with delta. The trainer can then fit standardised targets and still
   * minimise exactly the loss in target units (train/target-scaling.ts).
   */
  readonly errorScaling?: { readonly degree: number; readonly unitOptions?: readonly string[] };
}

/** What a loss is, for people and tools: everything but the math. */
export interface LossDescription {
  readonly family: Family;
  /** Other names the registry resolves (case-insensitive, '_' and ' ' read as '-'). */
  readonly aliases?: readonly string[];
  readonly title: string;
  /** One sentence: what the loss measures. */
  readonly summary: string;
  /** The per-element formula in plain text. */
  readonly formula: string;
  /** Outlier sensitivity, differentiability, when to choose it. */
  readonly behaviour: string;
  /** The exact call whose semantics the loss reproduces (the derived doc comments' `Matches:` line). */
  readonly matches: string;
  readonly anchors?: Anchors;
  /** A worked example: run live by `losskit explain`, checked by the tests. */
  readonly example: LossExample;
  /** The supervised tasks this loss can train a model on, and how (see TrainingUse). */
  readonly training?: readonly TrainingUse[];
}

/** A registry entry: the compiled math (evaluate, call, valueAndGrad) and the description. */
export type LossEntry<
  I extends readonly InputSpec[] = readonly InputSpec[],
  O extends OptionSpecs = OptionSpecs,
  D extends Reduction = Reduction,
> = CompiledLoss<I, O, D> & Omit<LossDescription, 'aliases'> & { readonly aliases: readonly string[] };

/** The registry entry of a loss from its math and its description. */
export function defineLoss<
  const I extends readonly InputSpec[],
  const O extends OptionSpecs,
  const D extends Reduction,
>(math: LossMath<I, O, D>, description: LossDescription): LossEntry<I, O, D> {
  return Object.freeze({ ...description, aliases: description.aliases ?? [], ...compileLoss(math) });
}
