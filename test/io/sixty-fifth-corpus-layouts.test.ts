/**
 * A layout the sixty-fifth and sixty-sixth real-log corpora left unread, read after their held-out scores
 * (so tuned), on the real lines.
 *
 * readers-115: YSDA nlp_course's `print_metrics` blocks. AkselMath/nlp_course-2023 (MIT; the 65th corpus's
 * d01, `week02_classification/homework_part2.ipynb`, cell 16) prints after each epoch ` results:`, then
 * `Mean square error: 0.13017` and `Mean absolute error: 0.27585` (the validation split's), then the epoch's
 * sum-reduced training loss, `loss: 738.0692`: the block was passed by and the run judged on the training
 * loss alone. insdout/nlp_course (MIT; the 66th's d02, `week02_classification/seminar.ipynb`, cell 50) prints
 * the blocks and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { notebook, stdout, values, widget } from './support/logs.js';

/** d01's cell 16: its first four epochs' outputs, tqdm's widgets between them. */
const HOMEWORK_CELL = [
  stdout('epoch: 0\n'), widget('  0%|          | 0/6119 [00:00<?, ?it/s]'),
  stdout(' results:\nMean square error: 0.13017\nMean absolute error: 0.27585\nloss: 738.0692\nepoch: 1\n'), widget('  0%|          | 0/6119 [00:00<?, ?it/s]'),
  stdout(' results:\nMean square error: 0.13229\nMean absolute error: 0.28211\nloss: 4.2303\nepoch: 2\n'), widget('  0%|          | 0/6119 [00:00<?, ?it/s]'),
  stdout(' results:\nMean square error: 0.15399\nMean absolute error: 0.31749\nloss: 3.2166\nepoch: 3\n'), widget('  0%|          | 0/6119 [00:00<?, ?it/s]'),
  stdout(' results:\nMean square error: 0.13067\nMean absolute error: 0.28788\nloss: 2.8318\nepoch: 4\n'), widget('  0%|          | 0/6119 [00:00<?, ?it/s]'),
  stdout(' results:\nMean square error: 0.09265\nMean absolute error: 0.23266\nloss: 2.6333\n'),
];

describe("YSDA's print_metrics blocks under ' results:' (readers-115)", () => {
  it("reads the block's squared error as the validation split's, beside the training loss", () => {
    const log = parseLog('homework_part2.ipynb', notebook([HOMEWORK_CELL]));
    expect(values(log.series.loss)).toEqual([738.0692, 4.2303, 3.2166, 2.8318, 2.6333]);
    // Each block comes before its epoch's training line: placed at the training step before it, the first at the log's first step.
    expect(values(log.series.val_mse).slice(-3)).toEqual([0.15399, 0.13067, 0.09265]);
    // The absolute error, a metric beside it, stays unread.
    expect(Object.keys(log.series).sort()).toEqual(['loss', 'val_mse']);
    const history = History.fromSeries(log.series);
    expect(history.validationLoss?.sourceNames).toEqual(['val_mse']);
  });

  it("reads a block naming its split by that split, and leaves one naming anything else as it was", () => {
    const blocks = (name: string) => [0.5, 0.4, 0.35, 0.33, 0.32].map((mse, epoch) => `epoch: ${epoch}\n${name} results:\nMean square error: ${mse}\nMean absolute error: ${mse * 2}\n`).join('');
    expect(values(parseLog('train.log', new TextEncoder().encode(blocks('Train'))).series.train_mse)).toEqual([0.5, 0.4, 0.35, 0.33, 0.32]);
    expect(values(parseLog('val.log', new TextEncoder().encode(blocks(''))).series.val_mse)).toEqual([0.5, 0.4, 0.35, 0.33, 0.32]);
    expect(() => parseLog('baseline.log', new TextEncoder().encode(blocks('Baseline')))).toThrow(/no console training lines|not a training log/);
  });

  it('ends a block at its first other line', () => {
    const text = [0.5, 0.4, 0.35, 0.33, 0.32].map((mse, epoch) => `epoch: ${epoch}\n results:\nMean square error: ${mse}\nsaving the model\nMean square error: 0.9\n`).join('');
    const log = parseLog('ended.log', new TextEncoder().encode(text));
    expect(values(log.series.val_mse)).toEqual([0.5, 0.4, 0.35, 0.33, 0.32]);
  });
});
