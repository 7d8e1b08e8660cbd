/**
 * Layouts the sixty-fourth real-log corpus (test/monitor/corpus-sixty-fourth-a to -d) misread, read after
 * its held-out score (so tuned), on the real lines.
 *
 * readers-113: a cell that prints only its validation, counting its epochs from the start again.
 * leinfinitr/AI-For-Beginners (MIT; the 64th corpus's c01, `lessons/3-NeuralNetworks/05-Frameworks/IntroPyTorch.ipynb`)
 * trains an MNIST net in cell 79, printing `Epoch 0: last batch loss = ..., train_acc = ..., test_acc = ...`, then
 * a Lightning model in cell 89 whose `validation_epoch_end` prints `Epoch 0: val loss = 0.70... val acc = 0.53...`
 * 31 times (the sanity check's pass first), the training's own figures in progress widgets the notebook kept
 * as their first frame. No training line began a training, so the 31 lines were placed at cell 79's last step:
 * the validation loss was one point, and the notebook was judged on cell 79.
 *
 * readers-114: a per-epoch batch counter whose prints landed on rising k's across the first epochs.
 * ArnaudStevins/deep-learning (MIT; the 64th corpus's c13, `tv-script-generation/dlnd_tv_script_generation.ipynb`,
 * cell 31) prints every 100 batches of 69 per epoch: `Epoch   1 Batch   31/69` after `Epoch   0 Batch    0/69`
 * read as a counter of the whole training (OLMo's `[step=1193/2500,epoch=1]`), so `Epoch   4 Batch   24/69`
 * went back: 48 of 52 points were dropped as an earlier launch.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { notebook, stderr, steps, stdout, values, widget } from './support/logs.js';

/** c01's cell 79: its first four lines and its last. */
const MNIST_CELL = [
  'Epoch 0: last batch loss = 1.4924284219741821, train_acc = 0.96875, test_acc = 0.9180999994277954\n',
  'Epoch 1: last batch loss = 1.4872682094573975, train_acc = 0.96875, test_acc = 0.9259999990463257\n',
  'Epoch 2: last batch loss = 1.5023452043533325, train_acc = 0.96875, test_acc = 0.92330002784729\n',
  'Epoch 3: last batch loss = 1.5236502885818481, train_acc = 0.9375, test_acc = 0.9286999702453613\n',
  'Epoch 9: last batch loss = 1.4924002885818481, train_acc = 0.96875, test_acc = 0.9273999929428101\n',
];

/** c01's cell 89: its first eight validation prints, each in an output of its own between the widgets' frames. */
const LIGHTNING_VALIDATION = [0.702279269695282, 0.6982117295265198, 0.6942737698554993, 0.6904314756393433, 0.6866781115531921, 0.6830219030380249, 0.6794410943984985, 0.6759371161460876];
const LIGHTNING_CELL = [
  stderr('GPU available: False, used: False\nTPU available: False, using: 0 TPU cores\n'),
  widget('Sanity Checking: |          | 0/? [00:00<?, ?it/s]'),
  ...LIGHTNING_VALIDATION.flatMap((loss, epoch) => [
    stdout(`Epoch ${epoch}: val loss = ${loss} val acc = 0.5333333611488342\n`),
    widget(epoch === 0 ? 'Training: |          | 0/? [00:00<?, ?it/s]' : 'Validation: |          | 0/? [00:00<?, ?it/s]'),
  ]),
];

describe("a cell printing only its validation, counting its epochs from the start again (readers-113)", () => {
  it('begins another training: its validation lines are read, not heaped on the last cell\'s last step', () => {
    const log = parseLog('IntroPyTorch.ipynb', notebook([[stdout(MNIST_CELL)], LIGHTNING_CELL]));
    expect(values(log.series.val_loss)).toEqual(LIGHTNING_VALIDATION);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(log.notes?.join('\n')).toContain("a new cell's epochs count from the start again");
    // The notebook is judged on the later training, its validation loss alone.
    const history = History.fromSeries(log.series);
    expect(history.validationLoss?.sourceNames).toEqual(['val_loss']);
    expect(history.trainLoss).toBeUndefined();
    expect(diagnose(history).map((finding) => finding.kind)).toContain('still-improving');
  });

  it('keeps one training where the same cell then trains, its sanity check printed first', () => {
    const train = [0.69, 0.66, 0.64, 0.63, 0.62, 0.61];
    const cell = [
      stdout('Epoch 0: val loss = 0.70 val acc = 0.53\n'),
      stdout(train.flatMap((loss, epoch) => [`Epoch ${epoch}: train loss = ${loss}\n`, `Epoch ${epoch}: val loss = ${loss + 0.01} val acc = 0.6\n`])),
    ];
    const log = parseLog('two.ipynb', notebook([[stdout(MNIST_CELL)], cell]));
    expect(values(log.series.train_loss)).toEqual(train);
    // The sanity check's pass shares the first epoch's step; the epoch's own validation replaces it.
    expect(values(log.series.val_loss)).toEqual(train.map((loss) => loss + 0.01));
    expect(log.notes?.join('\n')).toContain('2 trainings written into one log');
  });

  it("leaves validation lines in the training's own cell, or counting on past its epochs, where they were", () => {
    const sameCell = parseLog('same.ipynb', notebook([[stdout([...MNIST_CELL, 'Epoch 9: val loss = 1.2\n'])]]));
    expect(values(sameCell.series.val_loss)).toEqual([1.2]);
    expect(values(sameCell.series.last_batch_loss)).toHaveLength(5);
    const countingOn = parseLog('on.ipynb', notebook([[stdout(MNIST_CELL)], [stdout('Epoch 10: val loss = 1.2\n')]]));
    expect(values(countingOn.series.last_batch_loss)).toHaveLength(5);
  });
});

/** c13's cell 31: its first eight lines and its last three. */
const TV_SCRIPT_CELL = [
  'Epoch   0 Batch    0/69   train_loss = 8.821\n',
  'Epoch   1 Batch   31/69   train_loss = 4.675\n',
  'Epoch   2 Batch   62/69   train_loss = 3.972\n',
  'Epoch   4 Batch   24/69   train_loss = 3.495\n',
  'Epoch   5 Batch   55/69   train_loss = 3.081\n',
  'Epoch   7 Batch   17/69   train_loss = 2.684\n',
  'Epoch   8 Batch   48/69   train_loss = 2.405\n',
  'Epoch  10 Batch   10/69   train_loss = 2.055\n',
  'Epoch  71 Batch    1/69   train_loss = 0.450\n',
  'Epoch  72 Batch   32/69   train_loss = 0.420\n',
  'Epoch  73 Batch   63/69   train_loss = 0.451\n',
  'Model Trained and Saved\n',
];

describe('a per-epoch batch counter that seemed to count the whole training (readers-114)', () => {
  it('reads k/N as within the epoch once k goes back as the epoch moves on, keeping every point', () => {
    const log = parseLog('dlnd_tv_script_generation.ipynb', notebook([[stdout(TV_SCRIPT_CELL)]]));
    expect(values(log.series.train_loss)).toEqual([8.821, 4.675, 3.972, 3.495, 3.081, 2.684, 2.405, 2.055, 0.45, 0.42, 0.451]);
    // The first three keep the steps the whole-training reading gave them, in order; e * 69 + k from the fourth on.
    expect(steps(log.series.train_loss)).toEqual([0, 31, 62, 300, 400, 500, 600, 700, 4900, 5000, 5100]);
    expect(log.notes?.join('\n')).not.toContain('went back');
  });

  it("still reads OLMo's counter, going on across the epoch and never back, as the whole training's", () => {
    const lines = ['[step=1191/2500,epoch=0] train/CrossEntropyLoss=2.51\n', '[step=1192/2500,epoch=0] train/CrossEntropyLoss=2.50\n', '[step=1193/2500,epoch=1] train/CrossEntropyLoss=2.49\n', '[step=1194/2500,epoch=1] train/CrossEntropyLoss=2.48\n'];
    const log = parseLog('olmo.log', new TextEncoder().encode(lines.join('')));
    const [series] = Object.values(log.series);
    expect(steps(series)).toEqual([1191, 1192, 1193, 1194]);
  });
});
