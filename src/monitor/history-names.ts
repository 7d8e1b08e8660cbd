/**
 * The tag → role table: series names as Keras, PyTorch Lightning, TensorBoard, the Hugging Face
 * Trainer, Ultralytics and CatBoost write them, mapped to one canonical (Keras-style) name and a
 * role. docs/diagnose.md lists the table with examples (a test checks every row against this code).
 *
 *   trainLoss       'loss', 'train_loss', 'train_loss_epoch', 'epoch_loss', 'Loss/train', 'train/epoch_loss', 'train/loss',
 *                   detectron2's 'total_loss' (the sum it back-propagates; 'loss_cls', 'loss_box_reg' stay metrics),
 *                   a total under a 'loss/' group: 'loss/total_loss' (lufficc/SSD's SummaryWriter tags),
 *                   Lightning's 'train_loss/loss_step' (a dict logged as 'train_loss'; 'loss/cls_loss' stays a metric),
 *                   fastai 0.7's 'trn_loss'
 *   validationLoss  'val_loss', 'eval_loss', 'eval/loss', 'Loss/val', 'Loss/test', 'validation/epoch_loss', 'val/loss',
 *                   'test_loss' (DETR's log.txt), 'val_total_loss', 'vloss' (and 'tloss' a training loss: Heaton's course),
 *                   'VL' (and 'TrL' a training loss: Packt's MXNet cookbook)
 *   learningRate    'lr', 'learning_rate', 'train/learning_rate', 'epoch_learning_rate', 'lr-Adam', 'lr/pg0', 'x/lr0'
 *   context         counters and schedules that are never losses: 'train/grad_norm', 'eval_runtime',
 *                   'eval/samples_per_second', 'total_flos', 'train/tau', 'momentum', 'hp_metric', 'n_parameters',
 *                   detectron2's 'data_time', 'eta_seconds',
 *                   and the Hugging Face end-of-training summary 'train/train_loss', 'train/train_runtime'
 *   metric          everything else: 'accuracy', 'val_acc', 'eval_wer', 'metrics/mAP50(B)', 'train/box_loss',
 *                   and metrics named after a loss function, 'train_nll', 'val_cross_entropy', 'dev_mae'
 *   (axis)          'epoch', 'step', 'global_step', 'wall_time', 'created_at', and a path ending in one of
 *                   them: 'train/epoch' (the HF Trainer's epoch counter) — not series (`seriesName` gives undefined)
 *
 * Series stay separate by granularity: Lightning's 'train_loss_step' is 'loss_step' (per step),
 * its 'train_loss_epoch' is 'loss'. 'test' counts as validation (PyTorch's TensorBoard tutorial
 * logs the held-out curve as 'Loss/test'), and so does 'dev' (NLP's name for it). Named losses
 * ('eval_g0_loss' of a second evaluation set, 'train/box_loss' of one YOLO component) and metrics
 * named after a loss function ('train_nll', 'val_cross_entropy') are metrics; History falls back
 * to them when no plain loss is logged (see `History.trainLoss`, `History.validationLoss`).
 * Browser-safe.
 */

export type SeriesRole = 'trainLoss' | 'validationLoss' | 'learningRate' | 'metric' | 'context';
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
  /**
   * The role when the log's reader knows it better than the name (CatBoost's objective column,
   * 'learn/RMSE', is the training loss): the series gets the canonical loss name.
   */
  readonly role?: 'trainLoss' | 'validationLoss';
  /**
   * Whether a total loss ('total_loss', 'val_total_loss') is the loss (default true). False keeps it
   * a metric named 'total_loss': `History.fromSeries` says so when the run also logs a plain loss,
   * which must not be merged with it.
   */
  readonly totalIsLoss?: boolean;
}

/** Names that are axes (x values), never series. */
export const AXIS_NAMES: ReadonlySet<string> = new Set([
  'epoch', 'step', 'global_step', 'globalstep', 'iteration', 'iter', 'batch',
  'wall_time', 'walltime', 'time', 'timestamp', 'created_at', 'relative_time',
]);

const TRAIN_TOKENS = new Set(['train', 'training', 'tr', 'trn', 'learn']);
const VALIDATION_TOKENS = new Set(['val', 'valid', 'validation', 'validate', 'eval', 'evaluation', 'test', 'dev']);
/** Tokens that mark a per-step series (Lightning's '_step' suffix, Keras' 'batch_' prefix). */
const STEP_TOKENS = new Set(['step', 'steps', 'batch', 'iter', 'iteration', 'iterations']);
/** Tokens that carry no meaning once the split and granularity are known. */
const FILLER_TOKENS = new Set(['epoch', 'vs', 'per', 'mean', 'avg']);
/** A loss summed over its components: detectron2's 'total_loss' (and 'val_total_loss') is the loss itself. */
const TOTAL_TOKEN = 'total';
const METRIC_ALIASES: Readonly<Record<string, string>> = { acc: 'accuracy', losses: 'loss' };
/**
 * Tokens of counters, schedules and system figures (context, never a loss): runtimes and
 * throughputs ('eval_samples_per_second'), gradient norms, FLOPs, optimiser schedules
 * (momentum, BYOL's target decay 'tau', weight decay), Lightning's 'hp_metric' placeholder,
 * memory and time, the model's size (DETR's 'n_parameters').
 */
const CONTEXT_TOKENS = new Set([
  'runtime', 'second', 'seconds', 'sec', 'flos', 'flops', 'grad', 'gradient', 'momentum', 'tau', 'wd', 'decay',
  'hp', 'time', 'memory', 'mem', 'gpu', 'cpu', 'throughput', 'duration', 'eta', 'left', 'elapsed', 'tokens', 'seen', 'scale',
  'parameters', 'params',
]);

/** Split and loss written as one word: Heaton's course prints `tloss: 0.60, vloss: 0.54` each epoch. */
const JOINED_TOKENS: Readonly<Record<string, readonly string[]>> = {
  tloss: ['train', 'loss'], trainloss: ['train', 'loss'], vloss: ['val', 'loss'], valloss: ['val', 'loss'],
};

/**
 * Whole names that abbreviate a split's loss: Packt's MXNet cookbook prints `E: 0, TrL: 0.2163, VL:
 * 0.1052` each epoch (readers-58). Only as the whole name: `vl_acc` is no loss.
 */
const ABBREVIATED_LOSSES: Readonly<Record<string, readonly string[]>> = { trl: ['train', 'loss'], vl: ['val', 'loss'] };

/** True for a name that abbreviates a split's loss (`TrL`, `VL`: see ABBREVIATED_LOSSES). */
export function abbreviatesLoss(raw: string): boolean {
  return Object.hasOwn(ABBREVIATED_LOSSES, raw.toLowerCase());
}

/**
 * 'f1Macro' -> 'f1_macro'; 'Loss/train' -> ['loss', 'train']; 'vloss' -> ['val', 'loss']; 'TrL' -> ['train', 'loss'];
 * an acronym before a word as PyTorch names its loss classes, 'BCELoss' -> 'bce_loss', 'NLLLoss' -> 'nll_loss'
 * (readers-108: a SageMaker job's `BCELoss: 0.296` per epoch, the 60th corpus' c10 to c12). The word
 * loss typed in a mixed case ('LOss', 'loSS') is that word, not an acronym and a word (readers-129: a
 * student's MXNet page printing `Epoch 0. LOss: 0.799533`, the 75th corpus's d05, read 'l_oss').
 */
function tokens(raw: string): string[] {
  if (abbreviatesLoss(raw)) return [...ABBREVIATED_LOSSES[raw.toLowerCase()]];
  return lossWordCased(raw)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '')
    .flatMap((token) => JOINED_TOKENS[token] ?? [token]);
}

/** The word loss in a mixed case ('LOss', 'loSS') written 'Loss', so that camel-case splitting keeps it one word (readers-129). */
export function lossWordCased(raw: string): string {
  return raw.replace(/loss/gi, (word) => (word === 'loss' || word === 'Loss' || word === 'LOSS' ? word : 'Loss'));
}

/** True for axis columns such as 'epoch', 'step' or 'wall_time', and paths ending in one ('train/epoch'). */
export function isAxisName(raw: string): boolean {
  const lastSegment = raw.split('/').filter((part) => part !== '').at(-1) ?? raw;
  return AXIS_NAMES.has(tokens(raw).join('_')) || AXIS_NAMES.has(tokens(lastSegment).join('_'));
}

const isLearningRate = (rest: readonly string[]) =>
  rest.some((token) => /^lr\d*$/.test(token)) || rest.some((token, i) => token === 'learning' && rest[i + 1] === 'rate');

/**
 * The canonical name and role of a logged series (see the module comment), or undefined for an
 * axis column (and for a name with no letters or digits).
 */
export function seriesName(raw: string, options: SeriesNameOptions = {}): SeriesName | undefined {
  const all = tokens(raw);
  if (all.length === 0 || isAxisName(raw)) return undefined;
  let split: SeriesSplit | undefined;
  let granularity: SeriesGranularity = 'epoch';
  const rest: string[] = [];
  for (const token of all) {
    if (TRAIN_TOKENS.has(token)) split ??= 'train';
    else if (VALIDATION_TOKENS.has(token)) split = 'validation';
    else if (STEP_TOKENS.has(token)) granularity = 'step';
    else if (!FILLER_TOKENS.has(token)) rest.push(METRIC_ALIASES[token] ?? token);
  }
  const suffix = granularity === 'step' ? '_step' : '';
  if (options.role !== undefined) {
    const validation = options.role === 'validationLoss';
    return { name: `${validation ? 'val_' : ''}loss${suffix}`, role: options.role, split: validation ? 'validation' : 'train', granularity };
  }
  // The HF Trainer's end-of-training summary ('train/train_loss', the run's mean) repeats the split.
  const summary = all[0] === 'train' && all[1] === 'train';
  // A name made only of split words ('train', 'val_epoch') is a loss in practice (Lightning's `self.log('train', loss)`).
  if (rest.length === 0) rest.push('loss');
  if (options.totalIsLoss !== false && (isTotalOfLoss(rest) || isGroupedTotal(raw))) rest.splice(0, rest.length, 'loss');
  const resolvedSplit = split ?? options.split ?? 'train';
  const joined = rest.join('_');
  if (summary || rest.some((token) => CONTEXT_TOKENS.has(token))) {
    // Context keeps every token of its name ('eval_samples_per_second', 'train_train_loss'): no clash with a loss.
    return { name: all.join('_'), role: 'context', split: resolvedSplit, granularity };
  }
  if (isLearningRate(rest)) {
    // 'lr-Adam' -> learning_rate_adam, 'lr/pg0' -> learning_rate_pg0, YOLOv5's 'x/lr0' -> learning_rate_0.
    const extra = rest.flatMap((token, i) => {
      if (token === 'learning' && rest[i + 1] === 'rate') return [];
      if (token === 'rate' && rest[i - 1] === 'learning') return [];
      if (token === 'x' && /^lr\d+$/.test(rest[i + 1] ?? '')) return [];
      const group = /^lr(\d*)$/.exec(token);
      return group === null ? [token] : group[1] === '' ? [] : [group[1]];
    });
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

/** ['total', 'loss'] or ['loss', 'total']: the summed loss. */
const isTotalOfLoss = (rest: readonly string[]) => rest.length === 2 && rest.includes(TOTAL_TOKEN) && rest.includes('loss');

/** A name's tokens less its split, granularity and filler words ('train_loss' -> ['loss']), aliases applied. */
const meaningful = (raw: string) =>
  tokens(raw)
    .filter((token) => !TRAIN_TOKENS.has(token) && !VALIDATION_TOKENS.has(token) && !STEP_TOKENS.has(token) && !FILLER_TOKENS.has(token))
    .map((token) => METRIC_ALIASES[token] ?? token);

/** The last path segment of a total loss: 'loss', 'total', 'total_loss' (or 'loss_total'). */
const isTotalWord = (rest: readonly string[]) => (rest.length === 1 && (rest[0] === 'loss' || rest[0] === TOTAL_TOKEN)) || isTotalOfLoss(rest);

/**
 * A total under a loss group: the path before the last '/' says loss and nothing else ('loss/',
 * 'losses/', Lightning's 'train_loss/' for a dict logged as `self.log('train_loss', {...})`) and
 * the last segment is a total word: 'loss/total_loss' (lufficc/SSD's SummaryWriter), 'loss/total',
 * 'train_loss/loss_step'. Its components ('loss/cls_loss', 'train_loss/l1_step') stay named losses.
 */
function isGroupedTotal(raw: string): boolean {
  const cut = raw.lastIndexOf('/');
  if (cut <= 0) return false;
  const group = meaningful(raw.slice(0, cut));
  return group.length === 1 && group[0] === 'loss' && isTotalWord(meaningful(raw.slice(cut + 1)));
}

/** True for a name that is a total loss ('total_loss', 'train/total_loss', 'val_total_loss'), the loss unless a plain one is logged. */
export function isTotalLossName(raw: string): boolean {
  const plain = seriesName(raw, { totalIsLoss: false });
  return plain !== undefined && plain.role === 'metric' && seriesName(raw)?.role !== 'metric';
}

/**
 * True for a name that is a validation split word and nothing else ('validation', 'valid', 'val',
 * 'eval', 'evaluation', 'dev', 'test', any case): the run folders that pair with 'train' (Keras's
 * TensorBoard callback writes `validation/`, XGBoost's `valid/`; see io/runs.ts).
 */
export function isValidationSplitWord(raw: string): boolean {
  return VALIDATION_TOKENS.has(raw.toLowerCase());
}

/** A metric named as one loss among several ('val_g0_loss', 'box_loss'): a candidate when no plain loss is logged. */
export function isNamedLoss(name: SeriesName): boolean {
  return name.role === 'metric' && name.name.split('_').includes('loss');
}

/**
 * Metrics named after a loss function (Keras' metric names and short forms, PyTorch's
 * `cross_entropy`): lower is better, as the loss they measure (EarlyStopping's 'auto' mode
 * minimises them). Not 'ce' (also a calibration or classification error), not 'kl' or 'kld' (a VAE
 * logs its KL term beside the reconstruction: a component, not the loss), not 'l1' (a norm as often
 * as a loss).
 */
const LOSS_FUNCTION_METRICS: ReadonlySet<string> = new Set([
  'mse', 'mae', 'rmse', 'msle', 'mape', 'rmsle', 'squared_error', 'absolute_error', 'logloss', 'log_loss', 'nll',
  'crossentropy', 'binary_crossentropy', 'categorical_crossentropy', 'sparse_categorical_crossentropy', 'huber', 'log_cosh',
  'cross_entropy', 'binary_cross_entropy', 'categorical_cross_entropy', 'sparse_categorical_cross_entropy', 'bce',
]);

/**
 * The loss function a metric is named after ('nll' for 'train_nll', 'val_nll' and 'nll_step';
 * 'cross_entropy' for Lightning's 'train_cross_entropy_epoch'), else undefined.
 */
export function lossFunctionOf(name: SeriesName): string | undefined {
  const bare = bareMetric(name);
  return bare !== undefined && LOSS_FUNCTION_METRICS.has(bare) ? bare : undefined;
}

/** A metric's name less its split and granularity marks ('nll' of 'val_nll_step'); undefined for any other role. */
function bareMetric(name: SeriesName): string | undefined {
  if (name.role !== 'metric') return undefined;
  let bare = name.name;
  if (name.split === 'validation') bare = bare.replace(/^val_/, '');
  if (name.granularity === 'step') bare = bare.replace(/_step$/, '');
  return bare;
}

/**
 * A perplexity: 'ppl' (Sockeye's 'Train-ppl' and 'Validation-ppl', DeepSpeed-Chat's printed 'ppl'),
 * 'perplexity' (the Hugging Face examples' 'eval_perplexity'), with a split and granularity. The
 * exponential of the cross-entropy in nats, exp(mean token NLL): lower is better, as for the loss.
 * History reads it as its split's loss, as logged (history-perplexity.ts says why), when that split
 * logs no loss (see `History.trainLoss`); the readers take it for a loss only on a line that logs none.
 */
export function isPerplexity(name: SeriesName): boolean {
  const bare = bareMetric(name);
  return bare === 'ppl' || bare === 'perplexity';
}

/** True for a logged name that is a perplexity ('ppl', 'Validation-ppl', 'eval_perplexity'; see `isPerplexity`). */
export function isPerplexityName(raw: string): boolean {
  const name = seriesName(raw);
  return name !== undefined && isPerplexity(name);
}

/**
 * A training metric named after a loss function ('train_nll', 'nll', 'train_cross_entropy'): the
 * training loss when no plain training loss is logged (a plain 'loss' always wins: Keras logs it
 * beside a 'categorical_crossentropy' metric).
 */
export function isTrainingLossFunction(name: SeriesName): boolean {
  return name.split === 'train' && lossFunctionOf(name) !== undefined;
}

/**
 * A validation metric named after a loss function ('val_mse' of a custom loop that logged its
 * training loss as 'train_loss' and validated with an MSE; 'val_nll' beside 'train_nll'): the
 * validation loss when a training loss is logged and no validation loss, plain or named, is. A
 * training loss named after a loss function takes the validation metric of that function only.
 */
export function isLossFunctionMetric(name: SeriesName): boolean {
  return name.split === 'validation' && lossFunctionOf(name) !== undefined;
}

/**
 * True for a logged name that is a split's loss function ('train_nll', 'val_cross_entropy',
 * 'dev_mae'): beside '...loss...' keys, what tells the log readers a record list or a table is a
 * loss history. A bare 'mae' or 'rmse' is not: a results table (one row per model) uses them.
 */
export function isSplitLossFunctionName(raw: string): boolean {
  const name = seriesName(raw);
  return name !== undefined && lossFunctionOf(name) !== undefined && tokens(raw).some((token) => TRAIN_TOKENS.has(token) || VALIDATION_TOKENS.has(token));
}

const VALIDATION_PREFIX = /^v[_.-](.+)$/i;

/**
 * A `v_` prefix that marks the validation split, as TMR's trainer prints its epoch summary
 * (`v_recons 0.45  recons 0.46  v_loss 4.59  loss 5.36  v_kl 5.80  kl 5.59`): `v_loss` is the
 * validation loss when `loss` is logged beside it and at least one other name has its `v_` twin.
 * A lone `v_loss` stays a metric: reinforcement-learning code writes the critic's value loss so.
 * Gives the names to read as the validation loss (a role for `History.fromSeries`).
 */
export function validationPrefixedLosses(names: readonly string[]): string[] {
  const logged = new Set(names);
  const twins = names.filter((name) => {
    const rest = VALIDATION_PREFIX.exec(name)?.[1];
    return rest !== undefined && logged.has(rest);
  });
  if (twins.length < 2) return [];
  return twins.filter((name) => seriesName(VALIDATION_PREFIX.exec(name)![1])?.role === 'trainLoss');
}
