/**
 * The shapes the sixteenth real-log corpus (test/monitor/corpus-sixteenth-b) left undiagnosed
 * (fixed after its held-out score, so tuned):
 *
 *   - a total logged under a loss group ('losses/total_loss' of lufficc/SSD's SummaryWriter,
 *     Lightning's 'train_loss/loss_step' of a dict logged as 'train_loss'): the training loss; the
 *     group's components ('losses/cls_loss') stay named losses;
 *   - an MLflow metric whose values were all logged at one step (no `step=`): read in timestamp
 *     order as steps 0 to n-1 (test/io/mlflow-metrics.test.ts has the small cases);
 *   - lufficc/SSD's trainer log (`iter: 000010, lr: 0.00004, total_loss: 16.660 (16.660), ...`): a
 *     MetricLogger log whose meters are separated by commas (test/io/metric-logger.test.ts has the
 *     small cases).
 *
 * Small copies of those shapes first; the last block reads the real runs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun } from '../../src/io/runs.js';
import { diagnose, History, isTotalLossName, seriesName } from '../../src/monitor/index.js';

const corpus = join(import.meta.dirname, '..', 'monitor', 'corpus-sixteenth-b', 'runs');
const curve = (first: number) => Array.from({ length: 8 }, (_, step) => ({ step, value: first - step / 10 }));

describe('a total under a loss group is the loss', () => {
  it.each([
    ['loss/total_loss', 'trainLoss', 'loss'],
    ['losses/total_loss', 'trainLoss', 'loss'],
    ['Losses/Total', 'trainLoss', 'loss'],
    ['loss/loss', 'trainLoss', 'loss'],
    ['loss/loss_step', 'trainLoss', 'loss_step'],
    ['train_loss/loss_step', 'trainLoss', 'loss_step'],
    ['train/loss/total_loss', 'trainLoss', 'loss'],
    ['val_loss/loss', 'validationLoss', 'val_loss'],
    ['loss/val_total_loss', 'validationLoss', 'val_loss'],
  ])('%s → %s (%s), a total', (raw, role, name) => {
    expect(seriesName(raw)).toMatchObject({ role, name });
    expect(isTotalLossName(raw)).toBe(true);
  });

  it.each([
    ['loss/cls_loss', 'loss_cls_loss'],
    ['losses/reg_loss', 'loss_reg_loss'],
    ['train_loss/l1_step', 'loss_l1_step'],
    ['metrics/loss/total', 'metrics_loss_total'],
    ['lossx/total', 'lossx_total'],
  ])('%s stays a metric (%s): a component, or a group that is not a loss', (raw, name) => {
    expect(seriesName(raw)).toMatchObject({ role: 'metric', name });
    expect(isTotalLossName(raw)).toBe(false);
  });

  it("'Loss/train' is a plain loss, as before (its last segment is a split word, not a total)", () => {
    expect(seriesName('Loss/train')).toMatchObject({ role: 'trainLoss', name: 'loss' });
    expect(isTotalLossName('Loss/train')).toBe(false);
  });

  it('the total is the training loss beside its components; a plain loss logged too shadows it', () => {
    const grouped = History.fromSeries({ 'losses/total_loss': curve(3), 'losses/cls_loss': curve(2), 'losses/reg_loss': curve(1) });
    expect(grouped.trainLoss?.sourceNames).toEqual(['losses/total_loss']);
    const both = History.fromSeries({ train_loss: curve(3), 'loss/total_loss': curve(2) });
    expect(both.trainLoss?.sourceNames).toEqual(['train_loss']);
    expect(both.metrics.map((series) => series.name)).toEqual(['loss_total_loss']);
  });
});

describe('the real runs of corpus-sixteenth-b', () => {
  const kinds = (history: History) => diagnose(history).map((finding) => finding.kind);

  it("ssd-neudeep-tb: 'losses/total_loss' (5750 points) is the training loss, cls and reg stay metrics", async () => {
    const history = History.fromSeries((await readRun(join(corpus, 'ssd-neudeep-tb'))).series);
    expect(history.trainLoss?.sourceNames).toEqual(['losses/total_loss']);
    expect(history.trainLoss?.points).toHaveLength(5750);
    expect(history.metrics.map((series) => series.name)).toEqual(expect.arrayContaining(['loss_cls_loss', 'loss_reg_loss']));
    // A plateau before rules-52: its last third still falls 5.5 % to its lowest point at the end (its labels expect a plateau and allow still-improving).
    expect(kinds(history)).toEqual(['still-improving']);
  });

  it("mlflow-convnextv2unet: 'loss' logged 100 times at step 0 is 100 points in timestamp order, 'lr' 10", async () => {
    const run = await readRun(join(corpus, 'mlflow-convnextv2unet'));
    expect(run.notes).toEqual([
      "'loss': all 100 values were logged at step 0 (no step given), so the step gives no order: they are read in timestamp order as steps 0 to 99",
      "'lr': all 10 values were logged at step 0 (no step given), so the step gives no order: they are read in timestamp order as steps 0 to 9",
    ]);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.points).toHaveLength(100);
    expect(history.trainLoss?.points[0]?.value).toBeCloseTo(0.6287, 4);
    expect(history.trainLoss?.points.at(-1)?.value).toBeCloseTo(0.0432, 4);
    expect(kinds(history)).toEqual(['lr-too-high', 'plateau']);
  });

  it("ssd-alynxx-log: lufficc/SSD's log of five appended trainings, the last read (50 points), 'total_loss' the loss", async () => {
    const run = await readRun(join(corpus, 'ssd-alynxx-log'));
    expect(run.source.format).toBe('metric-logger');
    expect(Object.keys(run.series).sort()).toEqual(['cls_loss', 'lr', 'reg_loss', 'total_loss']);
    expect(run.notes?.some((note) => note.includes('5 trainings written into one log') && note.includes('kept the latest (from line 1729, 50 points)'))).toBe(true);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['total_loss']);
    expect(history.trainLoss?.points).toHaveLength(50);
    expect(history.trainLoss?.points.at(-1)).toMatchObject({ step: 500, value: 8.037 });
    expect(kinds(history)).toEqual(['plateau']);
  });

  it("lightning-audiovae: 'train_loss/loss_step' is the training loss, l1 and mrstft stay metrics", async () => {
    const history = History.fromSeries((await readRun(join(corpus, 'lightning-audiovae'))).series);
    expect(history.trainLoss?.sourceNames).toEqual(['train_loss/loss_step']);
    expect(history.trainLoss?.points).toHaveLength(6);
    expect(history.metrics.map((series) => series.name).sort()).toEqual(['loss_l1_step', 'loss_mrstft_step']);
    expect(kinds(history)).toEqual(['plateau']);
  });
});
