/**
 * Losses logged under a loss function's name ('train_nll', Lightning's 'train_cross_entropy'):
 * with no plain loss logged, the training series named after a loss function is the training
 * loss and the validation series of the same function the validation loss; a plain loss, when
 * logged, always wins. Every name form, then History's choice on small runs.
 */
import { describe, expect, it } from 'vitest';
import { History, isSplitLossFunctionName, lossFunctionOf, seriesName, type PointInput } from '../../src/monitor/index.js';

/** A run of `epochs` points per logged name, falling values (the choice of series is what is tested). */
function run(names: readonly string[], epochs = 6): History {
  const curve = (offset: number): PointInput[] => Array.from({ length: epochs }, (_, epoch) => ({ step: epoch, epoch, value: 1 + offset - epoch / 10 }));
  return History.fromSeries(Object.fromEntries(names.map((name, i) => [name, curve(i)])));
}

const chosen = (history: History) => ({ train: history.trainLoss?.name, validation: history.validationLoss?.name });

describe('the loss function a series is named after', () => {
  const cases: [string, string, string | undefined][] = [
    ['train_nll', 'nll', 'nll'],
    ['nll', 'nll', 'nll'],
    ['train/nll', 'nll', 'nll'],
    ['train_mse', 'mse', 'mse'],
    ['train_cross_entropy', 'cross_entropy', 'cross_entropy'],
    ['train_cross_entropy_epoch', 'cross_entropy', 'cross_entropy'],
    ['train_cross_entropy_step', 'cross_entropy_step', 'cross_entropy'],
    ['val_cross_entropy', 'val_cross_entropy', 'cross_entropy'],
    ['dev_mae', 'val_mae', 'mae'],
    ['dev/nll', 'val_nll', 'nll'],
    ['eval_rmse', 'val_rmse', 'rmse'],
    ['train_bce', 'bce', 'bce'],
    ['categorical_crossentropy', 'categorical_crossentropy', 'categorical_crossentropy'],
    ['train_binary_cross_entropy', 'binary_cross_entropy', 'binary_cross_entropy'],
    // Not loss functions: 'ce' (also a calibration error), a VAE's KL term, a norm, accuracy.
    ['train_ce', 'ce', undefined],
    ['train_kl', 'kl', undefined],
    ['train_l1', 'l1', undefined],
    ['val_accuracy', 'val_accuracy', undefined],
  ];
  it.each(cases)('%s is the metric %s, named after %s', (raw, canonical, lossFunction) => {
    const name = seriesName(raw);
    expect({ role: name?.role, name: name?.name }).toEqual({ role: 'metric', name: canonical });
    expect(name === undefined ? undefined : lossFunctionOf(name)).toBe(lossFunction);
  });

  it('a plain loss is no loss function metric: its role says what it is', () => {
    expect(lossFunctionOf(seriesName('loss')!)).toBeUndefined();
    expect(lossFunctionOf(seriesName('val_loss')!)).toBeUndefined();
  });

  it('a name tells the log readers it holds a loss only with its split: a bare "mae" column is a results table\'s', () => {
    for (const name of ['train_nll', 'val_cross_entropy', 'dev_mae', 'training/mse', 'test_rmse']) expect(isSplitLossFunctionName(name), name).toBe(true);
    for (const name of ['nll', 'mae', 'rmse', 'val_accuracy', 'train_ce', 'epoch', 'val_loss']) expect(isSplitLossFunctionName(name), name).toBe(false);
  });
});

describe("History's training and validation loss when no plain loss is logged", () => {
  it('a training series named after a loss function is the training loss (json-edgequake-magnet: train_nll, dev_mae)', () => {
    // dev_mae measures another function than the NLL: it is no validation loss for it.
    expect(chosen(run(['train_nll', 'dev_mae']))).toEqual({ train: 'nll', validation: undefined });
    expect(chosen(run(['nll']))).toEqual({ train: 'nll', validation: undefined });
  });

  it("its validation counterpart is the validation loss, the same function's only", () => {
    expect(chosen(run(['train_nll', 'dev_mae', 'dev_nll']))).toEqual({ train: 'nll', validation: 'val_nll' });
    expect(chosen(run(['train_mse', 'train_mae', 'val_mae', 'val_mse']))).toEqual({ train: 'mse', validation: 'val_mse' });
  });

  it('an absolute error logged first is taken only where no other loss function is (readers-78: XNN logs MAE, then RMSE)', () => {
    expect(chosen(run(['train_mae', 'train_rmse', 'test_mae', 'test_rmse']))).toEqual({ train: 'rmse', validation: 'val_rmse' });
    expect(chosen(run(['train_mape', 'train_mse', 'val_mape', 'val_mse']))).toEqual({ train: 'mse', validation: 'val_mse' });
    expect(chosen(run(['train_mae', 'val_mae']))).toEqual({ train: 'mae', validation: 'val_mae' });
  });

  it("Lightning's cross-entropy names (the Packt MLflow run): the per-epoch series before the per-step one", () => {
    const history = run(['train_cross_entropy_step', 'train_cross_entropy_epoch', 'train_cross_entropy', 'val_cross_entropy', 'train_f1', 'val_f1']);
    expect(chosen(history)).toEqual({ train: 'cross_entropy', validation: 'val_cross_entropy' });
    // These curves differ at every step, so the plain name is kept apart; in the real run it
    // repeats the per-epoch values and joins them (test/io/mlflow-real-stores.test.ts).
    expect(history.trainLoss?.sourceNames).toEqual(['train_cross_entropy_epoch']);
    expect(history.series('train_cross_entropy')?.role).toBe('metric');
    expect(chosen(run(['train_cross_entropy_step']))).toEqual({ train: 'cross_entropy_step', validation: undefined });
  });

  it('a plain loss always wins: Keras logs loss beside a categorical_crossentropy metric', () => {
    expect(chosen(run(['loss', 'categorical_crossentropy', 'val_loss', 'val_categorical_crossentropy']))).toEqual({ train: 'loss', validation: 'val_loss' });
    expect(chosen(run(['train_nll', 'train_loss_step']))).toEqual({ train: 'loss_step', validation: undefined });
    expect(chosen(run(['train_mse', 'val_loss']))).toEqual({ train: 'mse', validation: 'val_loss' });
  });

  it("next to a plain training loss, the first validation metric named after a loss function stands in, as before ('val_mse')", () => {
    expect(chosen(run(['train_loss', 'val_accuracy', 'val_mse', 'val_rmse']))).toEqual({ train: 'loss', validation: 'val_mse' });
    // A named validation loss comes first (the Trainer's 'eval_g0_loss').
    expect(chosen(run(['train_nll', 'eval_g0_loss', 'val_nll']))).toEqual({ train: 'nll', validation: 'val_g0_loss' });
  });

  it("with no loss logged at all, a validation objective's metric is the validation loss, never its absolute error (roles-37)", () => {
    expect(chosen(run(['val_nll', 'val_mae']))).toEqual({ train: undefined, validation: 'val_nll' });
    expect(chosen(run(['val_mae']))).toEqual({ train: undefined, validation: undefined });
    expect(chosen(run(['train_accuracy', 'val_accuracy']))).toEqual({ train: undefined, validation: undefined });
  });
});
