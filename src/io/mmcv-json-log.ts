/**
 * MMCV's TextLoggerHook JSON log (`<timestamp>.log.json`, MMDetection 2, MMSegmentation 0.x; readers-143): JSON lines
 * opening with the run's environment and configuration (`{"env_info": "...", "config": "...", "seed": 0}`), then one
 * record per logging interval, `{"mode": "train", "epoch": 1, "iter": 50, "lr": 0.0002, ..., "loss": 1.51}`, and one per
 * evaluation, `{"mode": "val", "epoch": 1, "iter": 7330, "lr": 0.0002, "bbox_mAP": 0.38}`
 * (mmcv/runner/hooks/logger/text.py `_dump_log`). Under an EpochBasedRunner `iter` counts within the epoch (it starts
 * again at each), under an IterBasedRunner it counts the whole run; a validation record's `iter` is no step.
 *
 * MMEngine's `vis_data/scalars.json` (mmpretrain 1.x, MMDetection 3; readers-157) has no `mode`: a training record
 * carries its `epoch` and `iter` beside `step` (the run's iteration), `{"lr": 0.004, "loss": 4.6, "epoch": 1, "iter":
 * 100, "memory": 178, "step": 100}`, and under an epoch-based loop each validation's record has neither, its `step` the
 * epoch (`LoggerHook.after_val_epoch` logs at `runner.epoch`): `{"accuracy/top1": 2.15, "data_time": 0.07, "time": 0.08,
 * "step": 1}`. Read on the training's axis that step goes back at every epoch, as if each epoch began a new training
 * (the hundred-and-thirty-seventh corpus's c02: 90 "trainings" in one log). Such a record sits at the last training
 * step, its figures read as validation figures, as MMCV's `val` records are.
 * Browser-safe.
 */

/** The first record: the environment, configuration and seed, no series. */
export function isMmcvMetaRecord(record: Readonly<Record<string, unknown>>): boolean {
  return typeof record['env_info'] === 'string' && 'config' in record;
}

/** A logging record of the hook: `mode` train or val beside its `epoch` and `iter`. */
export function mmcvModeOf(fields: ReadonlyMap<string, unknown>): 'train' | 'val' | undefined {
  const mode = fields.get('mode');
  return (mode === 'train' || mode === 'val') && typeof fields.get('iter') === 'number' ? mode : undefined;
}

/** The hook's own keys and the runner's figures an evaluation record repeats (the learning rate, memory, timings): no validation series. */
export const MMCV_RECORD_KEYS: ReadonlySet<string> = new Set(['mode', 'epoch', 'iter']);
export const MMCV_RUNNER_KEYS: ReadonlySet<string> = new Set(['lr', 'memory', 'time', 'data_time']);

/**
 * Steps for the hook's records: a training record's `iter` that starts again in a new epoch is placed after the epochs
 * before it (their last logged iteration added), so the run counts on; an evaluation sits at the last training step.
 */
export class MmcvSteps {
  private offset = 0;
  private lastIter = 0;
  private lastEpoch = Number.NaN;
  /** Epochs whose iterations were counted on from the ones before. */
  countedOn = 0;

  /**
   * What begins a new training here, in words, or undefined (readers-150): a training record back at epoch 1 after
   * later epochs. A resume from a checkpoint goes on at the epoch after the checkpoint's, never at 1; a notebook
   * that trains again with the same `work_dir` appends the new training to the same `None.log.json`. Counting
   * starts again there.
   */
  newTraining(epoch: number): string | undefined {
    if (!(epoch === 1 && this.lastEpoch > 1)) return undefined;
    const what = `the epoch went back from ${this.lastEpoch} to 1`;
    this.offset = 0;
    this.lastIter = 0;
    this.lastEpoch = Number.NaN;
    return what;
  }

  train(epoch: number, iter: number): number {
    if (epoch !== this.lastEpoch && iter <= this.lastIter && Number.isFinite(this.lastEpoch)) {
      this.offset += this.lastIter;
      this.countedOn++;
    }
    this.lastEpoch = epoch;
    this.lastIter = iter;
    return this.offset + iter;
  }

  get current(): number {
    return this.offset + this.lastIter;
  }
}

/** Places MMEngine's epoch-counted validation records (see the module comment) at the training step they follow. */
export class MmengineSteps {
  private lastStep = Number.NaN;
  private lastEpoch = Number.NaN;
  /** Validation records placed at a training step. */
  validations = 0;

  /**
   * The training step where a record at `step` belongs when it is an epoch-counted validation record (no `epoch`, no
   * `iter`, its step the last training record's epoch and behind that record's step); undefined for any other record,
   * a training record (`epoch` and `iter` numbers) being remembered.
   */
  validationStep(fields: ReadonlyMap<string, unknown>, step: number): number | undefined {
    const epoch = fields.get('epoch');
    if (typeof epoch === 'number' && typeof fields.get('iter') === 'number') {
      this.lastEpoch = epoch;
      this.lastStep = step;
      return undefined;
    }
    if (fields.has('epoch') || fields.has('iter') || fields.get('step') !== step || step !== this.lastEpoch || !(step < this.lastStep)) return undefined;
    this.validations++;
    return this.lastStep;
  }
}

/** A validation record's key as a series name: `val_` before it unless it names its split already. */
export function mmcvValidationName(key: string): string {
  return /^val(?:[_/]|idation)/i.test(key) ? key : `val_${key}`;
}
