/**
 * Which of a gradient-boosting evaluation log's series are the training and the validation loss
 * (booster-log.ts reads the lines, booster-line.ts says their layouts). The libraries print the
 * sets and metrics they were given, named by the user or by position, so the roles are chosen by
 * the libraries' own defaults and conventions:
 *
 *   - the metric: XGBoost and LightGBM name it; the loss is the first (in line order) that is a
 *     loss function rather than a score or a rate: a deviance or likelihood (`rmse`, `mae`, `l2`,
 *     `logloss`, `mlogloss`, `multi_logloss`, `poisson-nloglik`, `gamma-deviance` ..., or a custom
 *     metric named '...loss...'), not `error`, `merror`, `auc`, `ndcg`, `map` (classification error
 *     and ranking figures are metrics). Without one the run has no loss (its series stay metrics).
 *     CatBoost's line names no metric: it prints the eval metric, by default the objective's loss,
 *     and its `best:` column says which way it improves (a best below the current value: lower is
 *     better; above: higher is better, a score such as Accuracy or AUC, which is no loss);
 *   - the training set: one named so (LightGBM's `training`, xgb.train's `train` / `dtrain`,
 *     CatBoost's `learn`); else, of two or more sets named by position (XGBoost's scikit-learn
 *     API names `eval_set` entries `validation_0`, `validation_1` ...; LightGBM names `valid_sets`
 *     `valid_0` ...), the first: `eval_set=[(X_train, y_train), (X_val, y_val)]` is the usual call
 *     (XGBoost's and LightGBM's own examples), and early stopping watches the last set;
 *   - the validation set: the last set that is not the training set (CatBoost's first eval set,
 *     `test`, as catboost.ts reads catboost_info/). A single set named by position (`validation_0`)
 *     is taken for held-out data: a training set is evaluated beside a held-out one, seldom alone.
 *
 * Browser-safe.
 */
import type { Booster, BoosterLine } from './booster-line.js';

/** The libraries' names, for notes. */
export const BOOSTER_NAMES: Readonly<Record<Booster, string>> = { catboost: 'CatBoost', xgboost: 'XGBoost', lightgbm: 'LightGBM' };

/**
 * Loss functions among XGBoost's and LightGBM's metric names (their parameter docs, "eval_metric"
 * and "metric"), parameters after '@' left out (`tweedie-nloglik@1.5`).
 */
const LOSS_METRICS = new Set(['rmse', 'rmsle', 'mae', 'mape', 'mphe', 'mse', 'l1', 'l2', 'l2_root', 'huber', 'fair', 'quantile', 'poisson', 'gamma',
  'gamma_deviance', 'tweedie', 'cross_entropy', 'cross_entropy_lambda', 'xentropy', 'kullback_leibler', 'kldiv']);
const LOSS_WORDS = /loss|nloglik|deviance/i;
const isLossMetric = (metric: string) => LOSS_WORDS.test(metric) || LOSS_METRICS.has(metric.split('@')[0].toLowerCase());
/** XGBoost's classification error rates (`error`, `merror`, `error@0.6`): lower is better. */
const isErrorRate = (metric: string) => /^m?error(?:@|$)/i.test(metric);

const TRAINING_SET = /^(?:d?train(?:ing)?(?:[_-]?(?:set|data))?|learn|trn)$/i;
const POSITIONAL_SET = /^(?:validation|valid)_\d+$/;

/** One fit's lines, summed up as they are read: its sets and metrics in order, and CatBoost's direction evidence. */
export class Fit {
  readonly sets: string[] = [];
  readonly metrics: string[] = [];
  lastRound = Number.NEGATIVE_INFINITY;
  lines = 0;
  /** CatBoost's lines whose `best` says lower (or higher) is better. */
  private lower = 0;
  private higher = 0;
  private lastTest: number | undefined;
  private firstLearn: number | undefined;
  private lastLearn: number | undefined;

  constructor(readonly booster: Booster) {}

  take(read: BoosterLine): void {
    this.lines++;
    this.lastRound = read.round;
    for (const { set, metric } of read.values) {
      if (!this.sets.includes(set)) this.sets.push(set);
      if (!this.metrics.includes(metric)) this.metrics.push(metric);
    }
    const test = read.values.find(({ set }) => set === 'test')?.value;
    const learn = read.values.find(({ set }) => set === 'learn')?.value;
    if (learn !== undefined) {
      this.firstLearn ??= learn;
      this.lastLearn = learn;
    }
    if (test === undefined) return;
    // `best` is the best value so far: unequal to the current one it says the direction; equal, the move from the last line does.
    const before = read.best !== undefined && read.best !== test ? test : this.lastTest;
    const after = read.best !== undefined && read.best !== test ? read.best : test;
    if (before !== undefined && after < before) this.lower++;
    else if (before !== undefined && after > before) this.higher++;
    this.lastTest = test;
  }

  /** True when CatBoost's printed metric is one where higher is better (a score, no loss). */
  get higherIsBetter(): boolean {
    if (this.lower !== this.higher) return this.higher > this.lower;
    // No eval set: the learn metric of a boosting fit improves as trees are added.
    return this.firstLearn !== undefined && this.lastLearn !== undefined && this.lastLearn > this.firstLearn;
  }
}

/** The series name of a set's metric: '<set>/<metric>' ('validation_0/rmse'), CatBoost's set alone ('learn', 'test'). */
export function boosterSeriesName(set: string, metric: string): string {
  return metric === '' ? set : `${set}/${metric}`;
}

/** The roles of the kept fit's series, and a note saying why (see the module comment). */
export function boosterRoles(fit: Fit): { roles: Record<string, 'trainLoss' | 'validationLoss'>; note: string } {
  const name = BOOSTER_NAMES[fit.booster];
  // With no loss function among the metrics, an error rate that is the last metric, the one XGBoost's early stopping watches, is what
  // the fit minimises as evaluated (readers-122); beside a score after it (`auc`) it stays a metric.
  const lastMetric = fit.metrics.at(-1);
  const errorRate = fit.booster === 'catboost' || fit.metrics.some(isLossMetric) || lastMetric === undefined || !isErrorRate(lastMetric) ? undefined : lastMetric;
  const loss = fit.booster === 'catboost' ? (fit.higherIsBetter ? undefined : '') : fit.metrics.find(isLossMetric) ?? errorRate;
  if (loss === undefined) {
    const why = fit.booster === 'catboost' ? "its printed eval metric improves upward ('best' is the highest value): a score, not a loss"
      : `its metrics (${fit.metrics.join(', ')}) are no loss function`;
    return { roles: {}, note: `${name}: no loss read, ${why}; the series are kept as metrics` };
  }
  const training = fit.sets.find((set) => TRAINING_SET.test(set))
    ?? (fit.sets.length > 1 && fit.sets.every((set) => POSITIONAL_SET.test(set)) ? fit.sets[0] : undefined);
  const others = fit.sets.filter((set) => set !== training);
  const validation = fit.booster === 'catboost' ? others[0] : others.at(-1);
  const roles: Record<string, 'trainLoss' | 'validationLoss'> = {};
  if (training !== undefined) roles[boosterSeriesName(training, loss)] = 'trainLoss';
  if (validation !== undefined) roles[boosterSeriesName(validation, loss)] = 'validationLoss';
  const metric = loss === '' ? "the eval metric (CatBoost names none on its lines; lower is better, as 'best' shows)"
    : loss === errorRate ? `'${loss}', an error rate (no loss function is logged; lower is better, and early stopping watches it)` : `'${loss}'`;
  const said = Object.entries(roles).map(([series, role]) => `'${series}' the ${role === 'trainLoss' ? 'training' : 'validation'} loss`).join(', ');
  const positional = training !== undefined && POSITIONAL_SET.test(training) ? ` ('${training}' is taken for the training set: the first of ${fit.sets.length} sets named by position, as eval_set=[(X_train, y_train), (X_val, y_val)] names them)` : '';
  return { roles, note: `${name}: the loss is ${metric}: ${said}${positional}` };
}
