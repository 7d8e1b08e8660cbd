/**
 * What diagnose's rules read, in one place for `diagnose` and the notes that explain its silence
 * (diagnose-notes.ts): the thresholds resolved, and the run's training and validation loss as the
 * rules read them (finite points, placeholder zeros left out, long per-step logs bucketed, a loss with a point ≤ 0 shifted
 * onto a positive scale of its own), with the monitored one among them. Browser-safe.
 */
import type { History } from './history.js';
import { bucketed, commonCurves, finitePart, measuredPart, type Curve } from './diagnose-stats.js';
import { readOffset, shiftedBy } from './diagnose-scale.js';
import { DEFAULT_THRESHOLDS, type DiagnoseThresholds } from './thresholds.js';
import { robustNoise } from './trend-tests.js';
import { LossError } from '../core/errors.js';
import { maxOf } from '../core/extent.js';

export function resolveThresholds(overrides: Partial<DiagnoseThresholds>): DiagnoseThresholds {
  const resolved: DiagnoseThresholds = { ...DEFAULT_THRESHOLDS };
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(DEFAULT_THRESHOLDS, key)) {
      throw new LossError('option', `diagnose: unknown threshold '${key}' (known: ${Object.keys(DEFAULT_THRESHOLDS).join(', ')})`, 'diagnose', key);
    }
    if (typeof value !== 'number' || Number.isNaN(value)) {
      throw new LossError('option', `diagnose: threshold '${key}' must be a number, received ${String(value)}`, 'diagnose', key);
    }
    resolved[key as keyof DiagnoseThresholds] = value;
  }
  return resolved;
}

/** What the rules read: the finite, bucketed loss curves. */
function prepared(curve: Curve | undefined, t: DiagnoseThresholds): Curve | undefined {
  if (curve === undefined) return undefined;
  const finite = bucketed(measuredPart(finitePart(curve)), t.maxPointsBeforeBucketing, t.bucketTarget);
  return finite.y.length === 0 ? undefined : finite;
}

/**
 * The training loss as the rules read it: none when it has too few points for the trend rules
 * while the validation loss has enough (a training loss logged once per epoch for 4 epochs, a
 * validation loss at 52 evaluations). The monitored loss is the validation loss, and a run whose
 * evaluations can be read is not a short run; the trend rules then read it as a validation-only log.
 */
function readableBeside(train: Curve | undefined, validation: Curve | undefined, minPointsForTrends: number): Curve | undefined {
  const tooShort = (curve: Curve) => curve.y.length < minPointsForTrends;
  return train !== undefined && tooShort(train) && validation !== undefined && !tooShort(validation) ? undefined : train;
}

/** A run's loss curves: as logged on a common axis (`rawTrain`, `rawValidation`), and as the rules read them. */
export interface LossCurves {
  readonly rawTrain: Curve | undefined;
  readonly rawValidation: Curve | undefined;
  readonly train: Curve | undefined;
  readonly validation: Curve | undefined;
  /** What was added to both read curves to put a loss with a point ≤ 0 on a positive scale (0 when none has one). */
  readonly offset: number;
  /** The loss whose progress states the end: the validation loss when it has enough points for the trend rules (as Keras' callbacks monitor val_loss), else the training loss, else the validation loss. */
  readonly monitored: Curve | undefined;
}

export function readLossCurves(history: History, t: DiagnoseThresholds): LossCurves {
  const { train: rawTrain, validation: rawValidation } = commonCurves(history.trainLoss, history.validationLoss);
  const preparedValidation = prepared(rawValidation, t);
  const preparedTrain = readableBeside(prepared(rawTrain, t), preparedValidation, t.minPointsForTrends);
  const offset = readOffset([preparedTrain, preparedValidation]);
  const validation = shiftedBy(preparedValidation, offset);
  const train = shiftedBy(preparedTrain, offset);
  const monitored = validation !== undefined && validation.y.length >= t.minPointsForTrends ? validation : train ?? validation;
  return { rawTrain, rawValidation, train, validation, offset, monitored };
}

/**
 * Whether a learning rate too high hides the end (diagnose.ts: its advice comes first): the
 * training loss bounces (`bouncing`, an lr-too-high finding) and a validation loss long enough
 * for the trend rules bounces too, so no end rule is read. The notes say so rather than that the
 * end lies within the noise.
 */
export function endHiddenByBounce(bouncing: boolean, validation: Curve | undefined, t: DiagnoseThresholds): boolean {
  return bouncing && validation !== undefined && validation.y.length >= t.minPointsForTrends && !(robustNoise(validation.y) <= t.oscillationRelativeNoise);
}


/**
 * A logged learning rate that ended at half its peak or lower (rules-32): a schedule annealed it
 * (YOLOv5's linear decay to lrf, a cosine schedule, ReduceLROnPlateau's cuts). lr-too-low's slow
 * steady decline says each step was too small at a constant step size; under a step size the
 * schedule shrank, a fall at a constant rate is the annealing's, not a sign of a step too small,
 * and the run's peak learning rate was not the one that ends it. (0.5 or 0.2 as the bar measure
 * the same on the corpora: the schedules seen decay 3x to 100x.)
 */
export function annealedBySchedule(history: History): boolean {
  const values = history.learningRate?.points.map((point) => point.value).filter((value) => Number.isFinite(value) && value >= 0) ?? [];
  if (values.length < 2) return false;
  const peak = maxOf(values);
  return peak > 0 && values[values.length - 1] <= peak / 2;
}
