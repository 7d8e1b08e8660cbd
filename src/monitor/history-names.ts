/**
 * Series names as Keras, PyTorch Lightning, TensorBoard and Hugging Face write them, mapped to
 * one canonical (Keras-style) name and a role:
 *
 *   'loss', 'train_loss', 'train_loss_epoch', 'epoch_loss', 'Loss/train', 'train/epoch_loss'  -> loss (trainLoss)
 *   'val_loss', 'valid_loss', 'eval_loss', 'Loss/val', 'validation/epoch_loss', 'Loss/test'   -> val_loss (validationLoss)
 *   'lr', 'learning_rate', 'epoch_learning_rate', 'lr-Adam'                                  -> learning_rate (learningRate)
 *   'acc', 'accuracy', 'val_acc', 'epoch_accuracy', 'f1Macro'                               -> accuracy, val_accuracy, f1_macro (metric)
 *   'train_loss_step', 'batch_loss'                                                           -> loss_step (trainLoss, per step)
 *
 * Axis columns ('epoch', 'step', 'global_step', 'wall_time', ...) are not series: `seriesName`
 * returns undefined for them. 'test' counts as validation: PyTorch's TensorBoard tutorial logs
 * the held-out curve as 'Loss/test'. Browser-safe.
 */

export type SeriesRole = 'trainLoss' | 'validationLoss' | 'learningRate' | 'metric';
export type SeriesSplit = 'train' | 'validation';
/** 'epoch': one value per epoch (or per evaluation); 'step': one per optimiser step or batch. */
export type SeriesGranularity = 'epoch' | 'step';

export interface SeriesName {
  /** Canonical name: 'loss', 'val_loss', 'learning_rate', 'accuracy', 'val_accuracy', 'loss_step', ... */
  readonly name: string;
  readonly role: SeriesRole;
  readonly split: SeriesSplit;
  readonly granularity: SeriesGranularity;
}

export interface SeriesNameOptions {
  /**
   * The split when the name does not say (Keras' TensorBoard callback writes 'epoch_loss' into
   * both `train/` and `validation/` run folders). Default 'train'.
   */
  readonly split?: SeriesSplit;
}

/** Names that are axes (x values), never series. */
export const AXIS_NAMES: ReadonlySet<string> = new Set([
  'epoch', 'step', 'global_step', 'globalstep', 'iteration', 'iter', 'batch',
  'wall_time', 'walltime', 'time', 'timestamp', 'created_at', 'relative_time',
]);

const TRAIN_TOKENS = new Set(['train', 'training', 'tr']);
const VALIDATION_TOKENS = new Set(['val', 'valid', 'validation', 'eval', 'evaluation', 'test', 'dev']);
/** Tokens that mark a per-step series (Lightning's '_step' suffix, Keras' 'batch_' prefix). */
const STEP_TOKENS = new Set(['step', 'steps', 'batch', 'iter', 'iteration', 'iterations']);
/** Tokens that carry no meaning once the split and granularity are known. */
const FILLER_TOKENS = new Set(['epoch', 'vs', 'per', 'mean', 'avg']);
const METRIC_ALIASES: Readonly<Record<string, string>> = { acc: 'accuracy', losses: 'loss' };
/** Names of optimisers that Lightning's LearningRateMonitor appends ('lr-Adam', 'lr-SGD/pg1'). */
const LEARNING_RATE_HEADS = new Set(['lr', 'learningrate', 'learning_rate']);

/** 'f1Macro' -> 'f1_macro'; 'Loss/train' -> ['loss', 'train']. */
function tokens(raw: string): string[] {
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');
}

/** True for axis columns such as 'epoch', 'step' or 'wall_time'. */
export function isAxisName(raw: string): boolean {
  return AXIS_NAMES.has(tokens(raw).join('_'));
}

/**
 * The canonical name and role of a logged series, or undefined for an axis column (and for a
 * name with no letters or digits).
 */
export function seriesName(raw: string, options: SeriesNameOptions = {}): SeriesName | undefined {
  const all = tokens(raw);
  if (all.length === 0 || AXIS_NAMES.has(all.join('_'))) return undefined;
  let split: SeriesSplit | undefined;
  let granularity: SeriesGranularity = 'epoch';
  const rest: string[] = [];
  for (const token of all) {
    if (TRAIN_TOKENS.has(token)) split ??= 'train';
    else if (VALIDATION_TOKENS.has(token)) split = 'validation';
    else if (STEP_TOKENS.has(token)) granularity = 'step';
    else if (!FILLER_TOKENS.has(token)) rest.push(METRIC_ALIASES[token] ?? token);
  }
  // A name made only of split/axis words ('train', 'val_epoch') is a loss in practice
  // (Lightning's `self.log('train', loss)`); keep it rather than drop it.
  if (rest.length === 0) rest.push('loss');
  const resolvedSplit = split ?? options.split ?? 'train';
  const suffix = granularity === 'step' ? '_step' : '';

  const joined = rest.join('_');
  if (LEARNING_RATE_HEADS.has(joined) || rest[0] === 'lr' || (rest[0] === 'learning' && rest[1] === 'rate')) {
    const extra = rest.slice(rest[0] === 'lr' ? 1 : 2);
    return { name: ['learning_rate', ...extra].join('_') + suffix, role: 'learningRate', split: 'train', granularity };
  }
  if (joined === 'loss') {
    return resolvedSplit === 'train'
      ? { name: `loss${suffix}`, role: 'trainLoss', split: 'train', granularity }
      : { name: `val_loss${suffix}`, role: 'validationLoss', split: 'validation', granularity };
  }
  const name = (resolvedSplit === 'validation' ? 'val_' : '') + joined + suffix;
  return { name, role: 'metric', split: resolvedSplit, granularity };
}
