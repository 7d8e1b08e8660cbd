/**
 * Layouts the twenty-second corpus left unread (held out), read since (tuned): simpletransformers'
 * `training_progress_scores.csv`, whose counter is `global_step` (as the Hugging Face Trainer names
 * it) and whose perplexity is a PyTorch scalar tensor as `str()` prints it (`tensor(2851.9905)`).
 * The rows here are written by hand in that layout, numbers made up.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { parseNumber, seriesPoints } from '../../src/io/series.js';
import { bytes } from './support/temp-files.js';

describe("PyTorch scalar tensors in a log's cells", () => {
  it('tensor(x) is x, with or without keyword arguments; anything else stays not numeric', () => {
    expect(parseNumber('tensor(2851.9905)')).toBe(2851.9905);
    expect(parseNumber("tensor(0.52, device='cuda:0')")).toBe(0.52);
    expect(parseNumber("tensor(0.5, device='cuda:0', grad_fn=<MeanBackward0>)")).toBe(0.5);
    expect(parseNumber('tensor(nan)')).toBeNaN();
    for (const cell of ['tensor([1., 2.])', 'tensor()', 'tensors(1)', 'tensor(abc)']) expect(parseNumber(cell), cell).toBeNull();
  });
});

describe("simpletransformers' training_progress_scores.csv", () => {
  it("reads its global_step as the step and its tensor cells as numbers", () => {
    const text = 'global_step,perplexity,eval_loss,train_loss\n' +
      [[2, 2851.99, 7.9558, 7.9323], [4, 2835.16, 7.9499, 7.9451], [6, 2650.78, 7.88, 7.86]]
        .map(([step, ppl, val, train]) => `${step},tensor(${ppl}),${val},${train}`).join('\n') + '\n';
    const log = parseLog('training_progress_scores.csv', bytes(text));
    expect(seriesPoints(log.series.perplexity!).map((point) => [point.step, point.value])).toEqual([[2, 2851.99], [4, 2835.16], [6, 2650.78]]);
    expect(seriesPoints(log.series.eval_loss!).map((point) => point.step)).toEqual([2, 4, 6]);
    expect(seriesPoints(log.series.train_loss!).map((point) => point.value)).toEqual([7.9323, 7.9451, 7.86]);
  });
});
