/**
 * Layouts the sixty-first real-log corpus (test/monitor/corpus-sixty-first-a to -d) left unread, read after
 * its held-out score (so tuned), on the real lines.
 *
 * readers-109: Python 2 prints `print(a, b, c)` as the tuple of its arguments. Udacity's sentiment-RNN
 * notebook, run under Python 2 (andreistirb/deep-learning-v2-pytorch, MIT, Udacity's course licence; b04,
 * cell 34's stdout), prints `('Epoch: 1/4...', 'Step: 100...', 'Loss: 0.685023...', 'Val Loss: 0.686960')`
 * where Python 3 prints the line the reader already reads; the notebook was unread.
 *
 * readers-110: the YSDA Practical_DL course's salary notebook (`seminar_pytorch`) prints each epoch as two
 * blocks, `Training:` then `\tLoss:\t1.39969` and `\tMAE:\t46054.74496`, and `Validation:` then the same,
 * with no epoch counter anywhere (dmitrii-davidov/Practical_DL, MIT, the course's licence; d04, cells 45 and 46:
 * the loop's first six epochs, then its final evaluation). A copy of the homework (penguin138/Practical_DL, MIT,
 * the 59th corpus' c05) prints blank lines after the headers and an early-stopping counter after each epoch.
 * Both notebooks were unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { printedTupleLine } from '../../src/io/printed-tuple.js';
import { History, diagnose } from '../../src/monitor/index.js';
import { LogFileError } from '../../src/core/errors.js';
import { notebook, steps, stdout, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const PRINTED_TUPLES = [
  "('Epoch: 1/4...', 'Step: 100...', 'Loss: 0.685023...', 'Val Loss: 0.686960')",
  "('Epoch: 1/4...', 'Step: 200...', 'Loss: 0.605833...', 'Val Loss: 0.666196')",
  "('Epoch: 1/4...', 'Step: 300...', 'Loss: 0.605339...', 'Val Loss: 0.604600')",
  "('Epoch: 1/4...', 'Step: 400...', 'Loss: 0.725219...', 'Val Loss: 0.619595')",
  "('Epoch: 2/4...', 'Step: 500...', 'Loss: 0.417060...', 'Val Loss: 0.488858')",
  "('Epoch: 2/4...', 'Step: 600...', 'Loss: 0.365022...', 'Val Loss: 0.494285')",
  "('Epoch: 2/4...', 'Step: 700...', 'Loss: 0.414198...', 'Val Loss: 0.474290')",
  "('Epoch: 2/4...', 'Step: 800...', 'Loss: 0.570045...', 'Val Loss: 0.494378')",
  "('Epoch: 3/4...', 'Step: 900...', 'Loss: 0.401484...', 'Val Loss: 0.452889')",
  "('Epoch: 3/4...', 'Step: 1000...', 'Loss: 0.302295...', 'Val Loss: 0.453207')",
  "('Epoch: 3/4...', 'Step: 1100...', 'Loss: 0.467693...', 'Val Loss: 0.454201')",
  "('Epoch: 3/4...', 'Step: 1200...', 'Loss: 0.192568...', 'Val Loss: 0.460787')",
  "('Epoch: 4/4...', 'Step: 1300...', 'Loss: 0.178362...', 'Val Loss: 0.497851')",
  "('Epoch: 4/4...', 'Step: 1400...', 'Loss: 0.145760...', 'Val Loss: 0.514790')",
  "('Epoch: 4/4...', 'Step: 1500...', 'Loss: 0.346134...', 'Val Loss: 0.480440')",
  "('Epoch: 4/4...', 'Step: 1600...', 'Loss: 0.297760...', 'Val Loss: 0.500116')",
];

describe("a tuple Python 2 printed, `('Epoch: 1/4...', 'Step: 100...', 'Loss: 0.685023...', 'Val Loss: 0.686960')` (readers-109)", () => {
  it('reads each tuple as the line Python 3 prints, and diagnoses the notebook', () => {
    const log = parseLog('Sentiment_RNN_Exercise.ipynb', notebook([[stdout(PRINTED_TUPLES.map((line) => `${line}\n`))]]));
    expect(Object.keys(log.series)).toEqual(['loss', 'val_loss']);
    expect(values(log.series.loss)).toHaveLength(16);
    expect(values(log.series.loss)[0]).toBe(0.685023);
    expect(values(log.series.val_loss).at(-1)).toBe(0.500116);
    expect(steps(log.series.val_loss)).toEqual(Array.from({ length: 16 }, (_, index) => 100 * (index + 1)));
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val_loss']);
    expect(diagnose(history).length).toBeGreaterThan(0);
  });

  it('reads the tuples as their Python 3 lines are read', () => {
    const python3 = PRINTED_TUPLES.map((line) => line.slice(2, -2).split("', '").join(' '));
    expect(python3[0]).toBe('Epoch: 1/4... Step: 100... Loss: 0.685023... Val Loss: 0.686960');
    expect(parseLog('py2.log', bytes(PRINTED_TUPLES.join('\n'))).series).toEqual(parseLog('py3.log', bytes(python3.join('\n'))).series);
  });

  it('joins numbers, unicode strings and escapes as print does', () => {
    expect(printedTupleLine("('Epoch', 3, 'loss:', 0.25)")).toBe('Epoch 3 loss: 0.25');
    expect(printedTupleLine("(u'step', 10L, u'loss', 1e-05)")).toBe('step 10 loss 1e-05');
    expect(printedTupleLine(String.raw`('it\'s', "loss:\t0.5")`)).toBe("it's loss:\t0.5");
  });

  it('leaves a tuple among other text, or one holding anything but strings and numbers, as it is', () => {
    const unchanged = [
      "INFO ('Loss: 0.5', 'Val Loss: 0.6') saved",
      "('Loss: 0.5', 'Val Loss: 0.6') at step 100",
      "('Sample input size: ', torch.Size([50, 200]))",
      "('Tokenized review: \\n', [[21844, 308, 6]])",
      "('Train set: \\t\\t(20000, 200)', '\\nValidation set: \\t(2500, 200)')",
      "(0.5, 0.6)",
      "('Loss: 0.5',)",
      "('Loss: 0.5')",
    ];
    for (const line of unchanged) expect(printedTupleLine(line)).toBe(line);
  });
});

/** A widget's repr, as tqdm's `tnrange` leaves it in the notebook (a display, read after the cell's stdout). */
const progress = (total?: number) => ({
  output_type: 'display_data', metadata: {},
  data: { 'text/plain': `HBox(children=(IntProgress(value=0${total === undefined ? '' : `, max=${total}`}), HTML(value='')))` },
});

/** d04's cell 45, its first six epochs, as the notebook saves them: each stream piece, then the next bar. */
const SALARY_LOOP = [
  stdout('Training:\n'), progress(),
  stdout('\tLoss:\t1.39969\n\tMAE:\t46054.74496\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t1.09140\n\tMAE:\t21881.02642\n\n\n\nTraining:\n'), progress(),
  stdout('\tLoss:\t1.34067\n\tMAE:\t44941.49578\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t0.88651\n\tMAE:\t22704.33204\n\n\n\nTraining:\n'), progress(),
  stdout('\tLoss:\t1.20335\n\tMAE:\t39109.02227\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t1.07376\n\tMAE:\t19826.70568\n\n\n\nTraining:\n'), progress(),
  stdout('\tLoss:\t1.11892\n\tMAE:\t35767.07002\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t1.28478\n\tMAE:\t20617.20970\n\n\n\nTraining:\n'), progress(),
  stdout('\tLoss:\t1.14741\n\tMAE:\t38534.17537\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t1.09457\n\tMAE:\t19896.38593\n\n\n\nTraining:\n'), progress(),
  stdout('\tLoss:\t1.04203\n\tMAE:\t35791.43561\n\n\n\nValidation:\n'), progress(765),
  stdout('\tLoss:\t1.45426\n\tMAE:\t21372.57121\n\n\n\n'),
];
/** d04's cell 46: the trained model evaluated once more. */
const FINAL_EVALUATION = [stdout('Final eval:\n'), progress(765), stdout('\tLoss:\t1.17829\n\tMAE:\t7711.17546\n\n\n\n')];

/** c05's first training cell, its first four epochs (the notebook's text, cell 50). */
const HOMEWORK_LOOP = [
  'Training:', '\tLoss:\t16.73896', '\tMAE:\t66834.52064', '', '', '',
  'Validation:', '', '', '\tLoss:\t0.66439', '\tMAE:\t8611.16048', '0', '', '', '',
  'Training:', '', '\tLoss:\t0.55218', '\tMAE:\t6931.57191', '', '', '',
  'Validation:', '', '\tLoss:\t0.40544', '\tMAE:\t5602.57038', '0', '', '', '',
  'Training:', '', '\tLoss:\t0.35856', '\tMAE:\t5692.94866', '', '', '',
  'Validation:', '', '\tLoss:\t0.32787', '\tMAE:\t5644.16436', '0', '', '', '',
  'Training:', '', '\tLoss:\t0.30408', '\tMAE:\t5010.30227', '', '', '',
  'Validation:', '', '\tLoss:\t0.29900', '\tMAE:\t4691.90249', '0', '', '', '',
].join('\n');

describe('per-epoch blocks under `Training:` and `Validation:`, no epoch counter (readers-110)', () => {
  it("reads each `Training:` header as an epoch, its block the training split's, the `Validation:` block after it the validation split's", () => {
    const log = parseLog('seminar_pytorch.ipynb', notebook([SALARY_LOOP, FINAL_EVALUATION]));
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'mae', 'val_loss', 'val_mae']);
    expect(values(log.series.loss)).toEqual([1.39969, 1.34067, 1.20335, 1.11892, 1.14741, 1.04203]);
    expect(values(log.series.mae)[0]).toBe(46054.74496);
    // The final evaluation of cell 46 (1.17829) is no epoch's.
    expect(values(log.series.val_loss)).toEqual([1.0914, 0.88651, 1.07376, 1.28478, 1.09457, 1.45426]);
    expect(values(log.series.val_mae).at(-1)).toBe(21372.57121);
    expect(steps(log.series.val_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val_loss']);
    expect(diagnose(history).length).toBeGreaterThan(0);
  });

  it('reads blank lines after a header and a counter line after each epoch as the homework prints them', () => {
    const log = parseLog('part1_salary_prediction.ipynb', notebook([[stdout(HOMEWORK_LOOP)]]));
    expect(values(log.series.loss)).toEqual([16.73896, 0.55218, 0.35856, 0.30408]);
    expect(values(log.series.val_mae)).toEqual([8611.16048, 5602.57038, 5644.16436, 4691.90249]);
  });

  it("counts a cell's epochs from the first again: a cell running the loop again is another training", () => {
    const log = parseLog('seminar_pytorch.ipynb', notebook([SALARY_LOOP, SALARY_LOOP]));
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log.notes?.join(' ')).toContain("a new cell's epochs count from the start again");
  });

  it('reads blocks only where they repeat: two epochs of them are no log', () => {
    const twoEpochs = HOMEWORK_LOOP.split('\n').slice(0, 30).join('\n');
    expect(() => parseConsoleLog(twoEpochs, 'two.log')).toThrow(LogFileError);
  });

  it("leaves a configuration's `Training:` and `Validation:` sections as they were", () => {
    const config = [
      'Configuration:', 'Training:', '  lr: 0.001', '  loss_weight: 0.5', '  batch_size: 32', 'Validation:', '  loss_weight: 1.0', '  batch_size: 64', 'Model: resnet18',
    ];
    const epochs = ['Epoch 1/3, train loss: 0.9, val loss: 1.0', 'Epoch 2/3, train loss: 0.7, val loss: 0.8', 'Epoch 3/3, train loss: 0.6, val loss: 0.75'];
    const withConfig = parseConsoleLog([...config, ...epochs].join('\n'), 'train.log');
    expect(withConfig.series).toEqual(parseConsoleLog(epochs.join('\n'), 'train.log').series);
    // The same sections printed before each of three runs, no loss in them: no epochs of blocks.
    const printedThrice = [...config, ...epochs, ...config, ...epochs, ...config, ...epochs].join('\n').replaceAll('loss_weight', 'weight');
    expect(parseConsoleLog(printedThrice, 'train.log').notes?.join(' ')).not.toContain("'Training:'");
  });
});
