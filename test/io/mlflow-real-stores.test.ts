/**
 * Real `mlruns/` folders committed to public repositories (test/io/fixtures/mlflow/SOURCE.md):
 * a Lightning autolog store with every run named alike and a deleted run, a Lightning fine-tune
 * logged under cross-entropy names (its losses, no plain loss being logged) next to a run with no metrics, and a Keras autolog run with
 * an evaluation run beside it. They must read as the runs the MLflow UI shows, with the roles
 * of the tag -> role table.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun, readRuns } from '../../src/io/runs.js';
import { History } from '../../src/monitor/index.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'mlflow');
const summary = async (store: string) => (await readRuns(join(fixtures, store))).map((run) => ({
  name: run.name, error: run.error !== undefined, series: Object.fromEntries(Object.entries(run.series).map(([name, series]) => [name, series.length])),
}));
const roles = (series: Parameters<typeof History.fromSeries>[0]) => {
  const history = History.fromSeries(series);
  return { train: history.trainLoss?.sourceNames, validation: history.validationLoss?.sourceNames };
};

describe('real MLflow file stores', () => {
  it('DBRTII/Deep-NILM-benchmark: runs named after their experiment, told apart by run id; the deleted run reported', async () => {
    const metrics = { train_loss: 20, train_mae: 20, val_loss: 20, val_mae: 20 };
    expect(await summary('deep-nilm/mlruns')).toEqual([
      { name: 'washing machine/unet', error: true, series: {} },
      { name: 'television/Seq2Pointbaseline (e14474a9)', error: false, series: metrics },
      { name: 'television/Seq2Pointbaseline (f9a3cc5b)', error: false, series: metrics },
    ]);
    const run = await readRun(join(fixtures, 'deep-nilm', 'mlruns', '4', 'f9a3cc5b281b437cb6d3ec0166bfd865'));
    expect([run.name, run.warnings, run.notes]).toEqual(['Seq2Pointbaseline', [], undefined]);
    expect(roles(run.series)).toEqual({ train: ['train_loss'], validation: ['val_loss'] });
    expect(run.series['val_loss'].values[0]).toBe(0.41327980160713196);
    expect(run.series['val_loss'].values[19]).toBe(0.06935787200927734);
    expect([...run.series['val_loss'].steps]).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(run.series['val_loss'].wallTimes?.[0]).toBe(1646451201.484);
  });

  it('Practical Deep Learning at Scale with MLflow, chapter 8: cross-entropy names, and a run with no metrics skipped', async () => {
    expect(await summary('packt-chapter08/mlruns')).toEqual([
      {
        name: 'dl_model_chapter08/d01fc81e11e842f5b9556ae04136c0d3', error: false,
        series: { test_cross_entropy: 1, test_f1: 1, train_cross_entropy: 3, train_cross_entropy_epoch: 3, train_cross_entropy_step: 3, train_f1: 3, train_f1_epoch: 3, train_f1_step: 3, val_cross_entropy: 3, val_f1: 3 },
      },
      { name: 'dl_model_chapter08/dc5f670efa1a4eac95683633ffcfdd79', error: true, series: {} },
    ]);
    // No plain loss is logged: the series named after the loss function are the losses, the
    // per-epoch training series (Lightning's '_epoch' and autologging's plain name, one curve)
    // before the per-step one, and the validation series of the same function ('test' counts as
    // validation: the test point at step 0 is replaced by the validation one, read after it).
    const [run] = await readRuns(join(fixtures, 'packt-chapter08', 'mlruns', '1'));
    expect(roles(run.series)).toEqual({ train: ['train_cross_entropy', 'train_cross_entropy_epoch'], validation: ['test_cross_entropy', 'val_cross_entropy'] });
    expect(History.fromSeries(run.series).validationLoss?.points.map((point) => point.value)).toEqual([0.7913056015968323, 0.7982764840126038, 0.6849007606506348]);
  });

  it('MLOps-essi-upc/MLOPS-cifar10: a Keras autolog run (loss only) and an evaluation run of one point', async () => {
    expect(await summary('cifar10/mlruns')).toEqual([
      { name: 'cifar10/zealous-toad-50', error: true, series: {} },
      { name: 'cifar10/gregarious-fish-8', error: false, series: { accuracy: 10, loss: 10 } },
      { name: 'cifar10/stately-owl-411', error: false, series: { accuracy_score: 1, evaluation_accuracy: 1, evaluation_loss: 1, f1_score: 1 } },
    ]);
    const [, fit, evaluation] = await readRuns(join(fixtures, 'cifar10', 'mlruns', '124062192895874301'));
    expect(roles(fit.series)).toEqual({ train: ['loss'], validation: undefined });
    expect(roles(evaluation.series)).toEqual({ train: undefined, validation: ['evaluation_loss'] });
    expect([...fit.series['loss'].values].slice(-1)).toEqual([1.0300920009613037]);
  });
});
