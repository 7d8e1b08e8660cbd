/**
 * What every log reader produces: one training run as named scalar series. Series keep the
 * names written in the file ('loss', 'val_loss', 'train_loss_epoch', 'Loss/train',
 * 'train/epoch_loss'); `losskit/monitor`'s `History` maps them to roles.
 */

/** Which writer's format the run was read from. */
export type LogFormat = 'csv-keras' | 'csv-lightning' | 'jsonl' | 'tfevents'
  /** A CSV table with no 'epoch' or 'step' column (a script's own table, pandas' `to_csv(index=False)`): not Keras' CSVLogger, which always writes 'epoch'. */
  | 'csv-table'
  /** A long ("tidy") CSV table, one value per row named by its metric (and split) cells: csv-header.ts' `longTable`. */
  | 'csv-long'
  /** fastai's `CSVLogger` history.csv: Keras's CSV shape under fastai's Recorder names (csv-log.ts). */
  | 'csv-fastai'
  /** The Hugging Face Trainer's `trainer_state.json` (its `log_history`). */
  | 'hf-trainer-state'
  /** A JSON object of per-epoch lists, as `json.dump(model.fit(...).history)` writes, or a JSON list of per-epoch records. */
  | 'json-history'
  /** CatBoost's `catboost_info/` (learn_error.tsv, test_error.tsv, catboost_training.json). */
  | 'catboost'
  /** Ultralytics YOLO's `results.csv` (component losses per split). */
  | 'ultralytics'
  /** A run of MLflow's file store (`mlruns/<experiment>/<run>/metrics/`). */
  | 'mlflow'
  /** A PyTorch `MetricLogger` console log (torchvision references, maskrcnn-benchmark, DETR): metric-logger.ts. */
  | 'metric-logger'
  /** A plain console log of "name: value" loss lines (Keras' fit, PyTorch's examples, hand-written prints): console-log.ts. */
  | 'console'
  /** build-nanogpt's step log, `<step> train <loss>` / `<step> val <loss>` lines: step-split-log.ts. */
  | 'step-split'
  /** OpenAI logger's `dumpkvs` tables (baselines, improved-diffusion): kv-table-log.ts. */
  | 'kv-table'
  /** A console table, a header row naming a counter and a loss over rows of numbers (JDE): column-table-log.ts. */
  | 'column-table'
  /** A gradient-boosting library's console evaluation lines (CatBoost, XGBoost, LightGBM): booster-log.ts. */
  | 'booster'
  /** Ludwig's `training_statistics.json` (json-ludwig.ts). */
  | 'ludwig'
  /** Chainer's LogReport `result/log`, a JSON list of records (json-chainer.ts). */
  | 'chainer'
  /** Flair's `loss.tsv`, one row per epoch (flair-loss-tsv.ts). */
  | 'flair'
  /** An AllenNLP serialization folder's `metrics_epoch_N.json` files (allennlp-layout.ts). */
  | 'allennlp'
  /** A DVCLive metrics folder, one TSV per metric (dvclive-layout.ts). */
  | 'dvclive'
  /** A file or folder `readRuns` could not read (see `RunLog.error`). */
  | 'unreadable';

/** One logged value. `step` orders the series; `epoch` is kept as written (0-based in Keras and Lightning). */
export interface ScalarPoint {
  readonly step: number;
  readonly epoch?: number;
  /** NaN and ±Infinity are kept: the diagnosis must see them. */
  readonly value: number;
  /** Seconds since the Unix epoch, when the log records it (TensorBoard events do). */
  readonly wallTime?: number;
}

/**
 * One series as typed columns, sorted by step with one point per step: `steps[i]`,
 * `values[i]`, and where logged `epochs[i]` and `wallTimes[i]` (NaN at points that lack one;
 * the column is absent when no point has one). A 200 MB log is tens of millions of points: as
 * columns they take 16-32 bytes each, as objects about 70. `seriesPoints` gives objects.
 */
export interface ScalarSeries {
  readonly length: number;
  readonly steps: Float64Array;
  /** NaN and ±Infinity are kept: the diagnosis must see them. */
  readonly values: Float64Array;
  /** Epochs as written (may be the same array as `steps`, as in Keras logs where step = epoch). */
  readonly epochs?: Float64Array;
  /** Seconds since the Unix epoch. */
  readonly wallTimes?: Float64Array;
}

/** A run read from one log file or one run directory. */
export interface RunLog {
  readonly name: string;
  readonly source: { readonly path: string; readonly format: LogFormat };
  /** Series by name, each sorted by step with one point per step. */
  readonly series: Record<string, ScalarSeries>;
  /** Damage and oddities met while reading (file, line or byte offset), in the order found. */
  readonly warnings: string[];
  /**
   * Roles the reader knows better than the names say: CatBoost's objective ('learn/RMSE',
   * 'test/RMSE') is the training / validation loss. Pass to `History.fromSeries(series, { roles })`.
   */
  readonly roles?: Readonly<Record<string, 'trainLoss' | 'validationLoss'>>;
  /** What the reader did to the data, for the reader's information (a summed loss, a dropped summary entry). */
  readonly notes?: readonly string[];
  /**
   * Set when this file or folder could not be read at all (not a log, unreadable): `readRuns`
   * reports it here and goes on with the other runs. Its series are then empty.
   */
  readonly error?: string;
}

/** The series and warnings a parser returns from the text or bytes of one file. */
export interface ParsedLog {
  readonly format: LogFormat;
  readonly series: Record<string, ScalarSeries>;
  readonly warnings: string[];
  readonly roles?: Readonly<Record<string, 'trainLoss' | 'validationLoss'>>;
  readonly notes?: readonly string[];
}
