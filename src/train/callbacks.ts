/**
 * Training callbacks (`EarlyStopping`, `ReduceLROnPlateau` from the monitor tool, or any
 * `TrainingCallback`) as the trainer's `hooks`:
 *
 *   train(split, config, callbackHooks([new ReduceLROnPlateau({ patience: 2 }), new EarlyStopping({ patience: 5 })]))
 *
 * After each epoch the record becomes Keras-named logs (`logsFromEpoch`), the callbacks run in
 * order with the epoch's 0-based index (`record.epoch - 1`: the trainer counts from 1, Keras from
 * 0), the learning rate they set goes to the trainer's controls, and any 'stop' ends training.
 * `onTrainBegin` runs before the first epoch's callbacks; `onTrainEnd` (where EarlyStopping
 * restores its best weights) runs after the last epoch — the one that stops, or the planned last.
 *
 * The trainer ends a run after an epoch whose training loss is not finite (divergence); that
 * epoch also counts as the last, so a diverged run still restores its best weights.
 *
 * Weights for `restoreBestWeights` are the trainer's parameter vector, through its controls'
 * `getWeights` (a copy) and `setWeights` (copied back in place, so the returned model predicts
 * with the restored parameters).
 */
import type { EpochRecord } from './types.js';
import type { TrainHooks } from './trainer.js';
import { logsFromEpoch, runEpochEnd, type CombinedDecision, type TrainingCallback } from '../monitor/index.js';

export interface CallbackHooksOptions {
  /** Another `onEpoch` hook, run after the callbacks (its 'stop' also ends training). */
  readonly onEpoch?: TrainHooks['onEpoch'];
  /** Called with every epoch's combined decision (for logging or tests). */
  readonly onDecision?: (record: EpochRecord, decision: CombinedDecision) => void;
}

/** The trainer hooks that drive `callbacks`; see the module comment. */
export function callbackHooks(callbacks: readonly TrainingCallback<Float64Array>[], options: CallbackHooksOptions = {}): TrainHooks {
  return {
    onEpoch(record, controls) {
      // TrainControls (learningRate, getWeights, setWeights) is already a TrainingControls<Float64Array>.
      if (record.epoch === 1) for (const callback of callbacks) callback.onTrainBegin?.(controls);
      const decision = runEpochEnd(callbacks, record.epoch - 1, logsFromEpoch(record), controls);
      options.onDecision?.(record, decision);
      const stop = decision.stop || options.onEpoch?.(record, controls) === 'stop';
      const last = stop || controls.epoch >= controls.epochs || !Number.isFinite(record.trainLoss);
      if (last) for (const callback of callbacks) callback.onTrainEnd?.(controls);
      return stop ? 'stop' : undefined;
    },
  };
}
