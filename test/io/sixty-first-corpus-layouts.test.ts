/**
 * Layouts the sixty-first real-log corpus (test/monitor/corpus-sixty-first-a to -d) left unread, read after
 * its held-out score (so tuned), on the real lines.
 *
 * readers-109: Python 2 prints `print(a, b, c)` as the tuple of its arguments. Udacity's sentiment-RNN
 * notebook, run under Python 2 (andreistirb/deep-learning-v2-pytorch, MIT, Udacity's course licence; b04,
 * cell 34's stdout), prints `('Epoch: 1/4...', 'Step: 100...', 'Loss: 0.685023...', 'Val Loss: 0.686960')`
 * where Python 3 prints the line the reader already reads; the notebook was unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { printedTupleLine } from '../../src/io/printed-tuple.js';
import { History, diagnose } from '../../src/monitor/index.js';
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
