/**
 * Which of a History's series are its training and validation losses (`History.trainLoss`,
 * `History.validationLoss`) when the run does not log them under plain names: a loss named after
 * its function ('train_nll'), a single named loss ('global_loss'), a GAN's two losses summed, a validation
 * metric named after the training loss's function ('val_nll' beside 'train_nll'), and last a split's perplexity
 * (history-perplexity.ts). Per-epoch series come before per-step ones. Browser-safe.
 */
import { isLossFunctionMetric, isNamedLoss, isPerplexity, isTrainingLossFunction, isValidationSplitWord, lossFunctionOf, type SeriesRole } from './history-names.js';
import { adversarialTotal } from './history-adversarial.js';
import { perplexityLoss } from './history-perplexity.js';
import type { Series } from './history.js';
import { mannKendall } from './trend-tests.js';
import { minOf } from '../core/extent.js';

/** The first per-epoch series, else the first. */
export function firstEpochFirst(candidates: readonly Series[]): Series | undefined {
  return candidates.find((series) => series.granularity === 'epoch') ?? candidates[0];
}

/** The first series with this role and points, per-epoch series before per-step ones. */
export function seriesWithRole(all: readonly Series[], role: SeriesRole): Series | undefined {
  return firstEpochFirst(all.filter((series) => series.role === role && series.points.length > 0));
}

/**
 * A loss column that holds 0 at every point is a placeholder, not a measurement: YOLOv9's train.py
 * writes `val/box_loss` 0 every epoch when it does not compute the validation losses. No training
 * starts at a loss of exactly 0, so such a series is never chosen as a split's loss (the CLI says
 * so); read as one, its flat line was a plateau.
 */
export function isPlaceholderLoss(series: Series): boolean {
  return series.points.length > 0 && series.points.every((point) => point.value === 0);
}

const measured = (all: readonly Series[]): Series[] => all.filter((series) => !isPlaceholderLoss(series));

/** How sure the rise of a split-named series and the fall of the training loss beside it must be (one-sided Mann-Kendall p). */
const SCORE_TREND_P_VALUE = 0.01;

/**
 * A validation loss named by its split word alone ('valid', 'val', 'test': a loop's
 * `print('loss:', loss, '  valid:', valid)`) that behaves as a score: at least 5 points, every one
 * within [0, 1], its first the lowest, rising over the run (Mann-Kendall p < 0.01) while the
 * training loss `train` falls (p < 0.01). A name made of split words is read as that split's loss
 * (Lightning's `self.log('val', loss)`), but a loss does not climb from its first evaluation in
 * step with the training loss's fall: that is an accuracy, and it is not read as the validation
 * loss (the CLI says so). roles-36: a Udacity CIFAR-10 project printing its validation accuracy as
 * `valid:` (the 65th corpus's c13, held out) was read as a validation loss that rose 76 % from its
 * first point, a critical overfit. A split-named loss that rises from the start above 1 (an
 * overfit from the first epoch, a cross-entropy over several classes) stays a loss.
 */
export function isScoreNamedBySplit(series: Series, train: Series | undefined): boolean {
  if (series.role !== 'validationLoss' || train === undefined || series.sourceNames.length === 0) return false;
  if (!series.sourceNames.every((name) => isValidationSplitWord(name.replace(/[^A-Za-z]/g, '')))) return false;
  const values = series.points.map((point) => point.value);
  if (values.length < 5 || !values.every((value) => value >= 0 && value <= 1) || minOf(values) !== values[0]) return false;
  const trainValues = train.points.map((point) => point.value).filter(Number.isFinite);
  // The role getters run on raw series, per-step ones of 10^5 points among them: the O(n²) test reads at most
  // TREND_POINTS of each, evenly spaced.
  return mannKendall(evenlySpaced(values)).pIncreasing < SCORE_TREND_P_VALUE && trainValues.length >= 5
    && mannKendall(evenlySpaced(trainValues)).pDecreasing < SCORE_TREND_P_VALUE;
}

const TREND_POINTS = 1000;

/** At most TREND_POINTS of `values`, evenly spaced, the first and last kept. */
function evenlySpaced(values: readonly number[]): readonly number[] {
  if (values.length <= TREND_POINTS) return values;
  return Array.from({ length: TREND_POINTS }, (_, i) => values[Math.round((i * (values.length - 1)) / (TREND_POINTS - 1))]);
}

/**
 * Of several named losses, the one that is the sum of all the others at every step they share (at
 * least `MIN_SHARED_STEPS`), within a relative 1e-6: their total, logged under a name that does not
 * say so (roles-34: a KPConv run's W&B export logs `Train/inner_sum_loss` beside
 * `Train/inner_reg_loss` and `Train/inner_output_loss`). Undefined when none is.
 */
function sumOfTheOthers(named: readonly Series[]): Series | undefined {
  if (named.length < 3) return undefined;
  const byStep = named.map((series) => new Map(series.points.map((point) => [point.step, point.value])));
  return named.find((candidate, index) => {
    const others = byStep.filter((_, other) => other !== index);
    let shared = 0;
    for (const { step, value } of candidate.points) {
      const parts = others.map((values) => values.get(step));
      if (parts.some((part) => part === undefined || !Number.isFinite(part)) || !Number.isFinite(value)) continue;
      const sum = parts.reduce((total: number, part) => total + (part as number), 0);
      if (Math.abs(value - sum) > 1e-6 * Math.max(1, Math.abs(value))) return false;
      shared++;
    }
    return shared >= MIN_SHARED_STEPS;
  });
}

/** How many shared steps show a named loss to be the others' sum. */
const MIN_SHARED_STEPS = 3;

/**
 * The training loss; when none is logged under a plain name, the first training metric named
 * after a loss function ('train_nll', 'nll'), per-epoch before per-step, an absolute or percentage
 * error only where no other is logged (`objectivesFirst`: RMSE before MAE, readers-78); else the named training
 * loss when only one is logged ('global_loss': nothing to add it to), or the one that is the sum of
 * the others (their total, `sumOfTheOthers`). Several otherwise stay metrics: their sum would need
 * weights nobody logged; but a GAN's generator and discriminator losses, alone and with no validation
 * loss, are read as their sum (history-adversarial.ts). Last, a training perplexity ('ppl', Sockeye's
 * 'Train-ppl'), as logged, unless the validation split logs a loss.
 */
export function trainingLossOf(every: readonly Series[]): Series | undefined {
  const all = measured(every);
  const logged = all.filter((series) => series.points.length > 0);
  const named = logged.filter((series) => series.split === 'train' && isNamedLoss(series));
  // Its per-step and per-epoch series ('g0_loss_step', 'g0_loss') are one loss.
  const only = new Set(named.map((series) => series.name.replace(/_step$/, ''))).size === 1 ? firstEpochFirst(named) : undefined;
  const validationLoss = logged.some((series) => series.split === 'validation' && (series.role === 'validationLoss' || isNamedLoss(series)));
  // The sum is checked over every named loss, placeholders too (a regularisation term logged as 0 throughout is one of its parts),
  // and only when no earlier reading names the loss.
  const total = (): Series | undefined => {
    const sum = sumOfTheOthers(every.filter((series) => series.points.length > 0 && series.split === 'train' && isNamedLoss(series)));
    return sum !== undefined && !isPlaceholderLoss(sum) ? sum : undefined;
  };
  return seriesWithRole(all, 'trainLoss') ?? firstEpochFirst(objectivesFirst(logged.filter(isTrainingLossFunction))) ?? only
    ?? firstEpochFirst(named.filter((series) => AVERAGE_LOSS.test(series.name))) ?? total()
    ?? (validationLoss ? undefined : adversarialTotal(named) ?? perplexityLoss(logged, 'train'));
}

/**
 * `average loss` beside its named parts (roles-38: a Tacotron script's `Epoch 1 average loss: 0.36, average mel loss:
 * 0.17, average linear loss: 0.16`) is the loss itself, averaged over the epoch. Not a filler word like `avg` in every
 * name: TF Estimator's evaluate() prints `average_loss` beside `loss` (the batch's sum), and the two are not one curve;
 * a plain loss, logged, comes first (`seriesWithRole`).
 */
const AVERAGE_LOSS = /^(?:(?:train|training)_)?average_loss$/;

/**
 * Absolute and percentage errors, the metrics a regression's squared-error or likelihood loss is
 * logged beside (Keras' `loss='mse', metrics=['mae']`): named after a loss function, yet seldom the
 * one minimised where another is logged with them.
 */
const BESIDE_THE_OBJECTIVE: ReadonlySet<string> = new Set(['mae', 'mape', 'absolute_error']);

/** Validation metrics named after an objective's loss function (not `BESIDE_THE_OBJECTIVE`'s), with points. */
function loneObjectives(all: readonly Series[]): Series[] {
  return all.filter((series) => isLossFunctionMetric(series) && series.points.length > 0 && !BESIDE_THE_OBJECTIVE.has(lossFunctionOf(series) ?? ''));
}

/** Loss-function metrics with the likely objective first: `BESIDE_THE_OBJECTIVE`'s after the others, order kept otherwise. */
function objectivesFirst(candidates: readonly Series[]): Series[] {
  const beside = (series: Series) => BESIDE_THE_OBJECTIVE.has(lossFunctionOf(series) ?? '');
  return [...candidates.filter((series) => !beside(series)), ...candidates.filter(beside)];
}

/**
 * The validation loss; when none is logged under a plain name, the first named one
 * ('eval_g0_loss' of the first of several Hugging Face evaluation sets), else, next to a
 * training loss, a validation metric named after a loss function: the training loss's own
 * function when it is named after one ('val_nll' beside 'train_nll', never 'val_mae'), else the
 * first ('val_mse' beside 'train_loss'). Last, a validation perplexity ('val_ppl', Sockeye's
 * 'Validation-ppl'), as logged, beside a training perplexity or no training loss; with no loss logged
 * at all and no perplexity, a validation metric named after an objective ('val_mse', roles-37).
 */
export function validationLossOf(every: readonly Series[]): Series | undefined {
  const train = trainingLossOf(measured(every));
  const all = measured(every).filter((series) => !isScoreNamedBySplit(series, train));
  const plain = seriesWithRole(all, 'validationLoss');
  if (plain !== undefined) return plain;
  const named = all.filter((series) => series.split === 'validation' && isNamedLoss(series) && series.points.length > 0);
  if (named.length > 0) return firstEpochFirst(named);
  // No loss logged at all, neither split's: a validation metric named after an objective (`val_mse`, not the
  // absolute error beside it) is what the run minimises, evaluated (roles-37: YSDA's `print_metrics` loops
  // print nothing else), where no perplexity stands for the loss.
  if (train === undefined) return perplexityLoss(all, 'validation') ?? firstEpochFirst(loneObjectives(all));
  if (isPerplexity(train)) return perplexityLoss(all, 'validation');
  const trainFunction = lossFunctionOf(train);
  return firstEpochFirst(all.filter((series) => isLossFunctionMetric(series) && series.points.length > 0
    && (trainFunction === undefined || lossFunctionOf(series) === trainFunction)));
}
