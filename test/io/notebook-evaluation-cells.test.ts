/**
 * readers-130: a loop that prints only its evaluations, run in two cells, is two trainings. mhbtz1's
 * pytorch-deep-learning fork (MIT; the 76th corpus's b05, `02_pytorch_classification_exercises.ipynb`) trains
 * a binary classifier in cell 16 printing `test loss: 0.7082253694534302, test accuracy: 0.1` per 100 epochs
 * (30 lines), then a 3-class spirals model in cell 31 printing the same line (100 lines, near 9: its test loss
 * is taken on logits). With no counter, no epoch and no training line, both were one curve of 130 points: a
 * critical overfit from the first training's 0.126 to the second's 9.05, held out.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const RUN = join(import.meta.dirname, '..', 'monitor', 'corpus-seventy-sixth-b', 'runs', 'b05-pytorch-nb-mhbtz1-spirals-multiclass');
const evaluations = (losses: readonly number[]) => stdout(losses.map((loss) => `test loss: ${loss}, test accuracy: 0.9\n`));

describe('a loop printing only its evaluations, run in two cells (readers-130)', () => {
  it("reads mhbtz1's spirals notebook as its last cell's training, 100 points from 8.72", async () => {
    const run = await readRun(RUN);
    const loss = values(run.series.test_loss);
    expect(loss).toHaveLength(100);
    expect(loss[0]).toBeCloseTo(8.72476863861084, 12);
    expect(loss[99]).toBeCloseTo(9.048905372619629, 12);
  });

  it('keeps the two cells apart, the last one the run', () => {
    const log = parseLog('two.ipynb', notebook([[evaluations([0.7, 0.6, 0.5, 0.4, 0.3, 0.2])], [evaluations([9.1, 9.0, 8.9, 8.8, 8.7, 8.6])]]));
    expect(values(log.series.test_loss)).toEqual([9.1, 9.0, 8.9, 8.8, 8.7, 8.6]);
  });

  it('leaves one cell of evaluation lines one training', () => {
    const log = parseLog('one.ipynb', notebook([[evaluations([0.7, 0.6, 0.5, 0.4, 0.3, 0.2])]]));
    expect(values(log.series.test_loss)).toEqual([0.7, 0.6, 0.5, 0.4, 0.3, 0.2]);
  });

  it('still passes by a later cell evaluating a model whose training lines were printed', () => {
    const training = stdout([0.9, 0.7, 0.55, 0.45, 0.4].map((loss, epoch) => `Epoch ${epoch + 1}, train loss: ${loss}, test loss: ${loss + 0.1}\n`));
    const log = parseLog('trained.ipynb', notebook([[training], [evaluations([0.51])]]));
    expect(values(log.series.train_loss)).toEqual([0.9, 0.7, 0.55, 0.45, 0.4]);
    expect(values(log.series.test_loss)).toHaveLength(5);
  });
});
