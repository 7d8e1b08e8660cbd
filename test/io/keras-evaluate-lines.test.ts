/**
 * A Keras `evaluate()` printed in the fit's own cell, right after the last epoch, is no training
 * point: `fit` ends each epoch with one line holding its `val_` pairs, and the evaluation's line
 * under the same header holds none (the thirty-second corpus's mlp-mixer notebooks: `313/313 ...
 * loss: 1.0799` after the last epoch's `loss: 0.2486`, read as a spike and an lr-too-high warning).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun } from '../../src/io/runs.js';
import { kerasEvaluationLines } from '../../src/io/notebook-cells.js';
import { notebook, stdout, values } from './support/logs.js';

const epochLine = (loss: number, val?: number) =>
  `22/22 [==============================] - 1s 49ms/step - loss: ${loss} - accuracy: 0.9${val === undefined ? '' : ` - val_loss: ${val} - val_accuracy: 0.7`}`;
const evaluateLine = '313/313 [==============================] - 4s 11ms/step - loss: 1.0799 - accuracy: 0.7120';

describe('kerasEvaluationLines', () => {
  it('says which progress lines are evaluations: before any header, or unvalidated after a validated epoch line', () => {
    const isEvaluation = kerasEvaluationLines();
    const lines = [evaluateLine, 'Epoch 1/2', epochLine(0.5, 0.6), 'Epoch 2/2', epochLine(0.4, 0.55), evaluateLine, 'Test accuracy: 71.2%'];
    expect(lines.map(isEvaluation)).toEqual([true, false, false, false, false, true, false]);
  });

  it('...a fit without validation keeps each epoch line; after it, a line counting other batches than the epoch\'s is an evaluation (readers-68), one counting as many is kept', () => {
    const isEvaluation = kerasEvaluationLines();
    expect(['Epoch 1/2', epochLine(0.5), 'Epoch 2/2', epochLine(0.4), evaluateLine].map(isEvaluation)).toEqual([false, false, false, false, true]);
    const sameCount = kerasEvaluationLines();
    expect(['Epoch 1/2', epochLine(0.5), 'Epoch 2/2', epochLine(0.4), epochLine(0.9)].map(sameCount)).toEqual([false, false, false, false, false]);
  });

  it('a notebook cell that fits and then evaluates: the training loss ends at the last epoch', () => {
    const losses = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
    const fit = losses.map((loss, e) => `Epoch ${e + 1}/6\n${epochLine(loss, loss + 0.1)}\n`).join('');
    const log = parseLog('mixer.ipynb', notebook([[stdout(`${fit}${evaluateLine}\nTest accuracy: 71.2%\n`)]]));
    expect(values(log.series.loss)).toEqual(losses);
    expect(values(log.series.val_loss)).toHaveLength(6);
  });

  it("TF 2.0's bar-less line for a dataset of unknown size (`49/Unknown - 24s 496ms/step`) after the last epoch is an evaluation too (readers-176)", () => {
    const unknownEvaluation = '     49/Unknown - 24s 496ms/step - loss: 0.3709 - accuracy: 0.8570';
    const isEvaluation = kerasEvaluationLines();
    expect(['Epoch 1/2', epochLine(0.5), 'Epoch 2/2', epochLine(0.4), unknownEvaluation].map(isEvaluation)).toEqual([false, false, false, false, true]);
    const losses = [0.69, 0.58, 0.34, 0.2, 0.11, 0.06];
    const fit = losses.map((loss, e) => `Epoch ${e + 1}/6\n${epochLine(loss)}\n`).join('');
    const log = parseLog('text.ipynb', notebook([[stdout(`${fit}${unknownEvaluation}`)]]));
    expect(values(log.series.loss)).toEqual(losses);
  });

  it("the 176th corpus's d08: ten epochs, then evaluate()'s `49/Unknown` line, which is no eleventh point", async () => {
    const run = await readRun(join(import.meta.dirname, '..', 'monitor', 'corpus-hundred-and-seventy-sixth-d', 'runs', 'd08-keras-fit-nb-apjanco-tfdocs-r2-text-load-draft'));
    expect(values(run.series.loss)).toHaveLength(10);
    expect(values(run.series.loss).at(-1)).toBe(0.0053);
  });

  it("a line with no figures (a callback's predict(), `1/1 ━━━━ 0s 327ms/step`) before the epoch's frames is left out and does not set the epoch's batch count (readers-178)", () => {
    const predictLine = '1/1 ━━━━━━━━━━━━━━━━━━━━ 0s 327ms/step';
    const frame = (loss: number) => `32/32 ━━━━━━━━━━━━━━━━━━━━ 0s 80ms/step - loss: ${loss}`;
    const isEvaluation = kerasEvaluationLines();
    expect(['Epoch 1/2', predictLine, frame(0.21), 'Epoch 2/2', predictLine, frame(0.09)].map(isEvaluation)).toEqual([false, true, false, false, true, false]);
    const losses = [0.2121, 0.0947, 0.0712, 0.0651, 0.0603, 0.0581];
    const fit = losses.map((loss, e) => `Epoch ${e + 1}/6\n${predictLine}\n${frame(loss)}\n`).join('');
    const log = parseLog('autoencoder.ipynb', notebook([[stdout(fit)]]));
    expect(values(log.series.loss)).toEqual(losses);
  });

  it("the 179th corpus's e03: a Keras 3 autoencoder whose callback predicts at each epoch's start is read", async () => {
    const run = await readRun(join(import.meta.dirname, '..', 'monitor', 'corpus-hundred-and-seventy-ninth-e', 'runs', 'e03-keras-fit-nb-seongbae15-gdl-mnist-autoencoder'));
    expect(values(run.series.loss).length).toBeGreaterThanOrEqual(5);
    expect(values(run.series.loss)[0]).toBe(0.2121);
  });
});
