/**
 * readers-127: a history a notebook shows as a cell's value, its printed output holding no console
 * training log. The real lines: ilkarman/DeepLearningFrameworks (MIT; the 70th corpus's d05,
 * `notebooks/CNTK_CNN_highAPI.ipynb`), whose cell 10 shows CNTK's `fit()` summary, `{'epoch_summaries':
 * [{'loss': 1.8144259375, 'metric': 0.0, 'samples': 50000}, ...], 'updates': [...]}`: unread before.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const CNTK_RUN = join(import.meta.dirname, '..', 'monitor', 'corpus-seventieth-d', 'runs', 'd05-cntk-nb-ilkarman-cifar-cnn');
const value = (text: string) => ({ output_type: 'execute_result', execution_count: 1, metadata: {}, data: { 'text/plain': text } });

describe("a history shown as a notebook cell's value (readers-127)", () => {
  it("reads CNTK's fit() summary that ilkarman's notebook shows, its last record list", async () => {
    const run = await readRun(CNTK_RUN);
    const loss = values(run.series.loss);
    expect(loss).toHaveLength(10);
    expect(loss[0]).toBeCloseTo(1.8144589081, 9);
    expect(loss[9]).toBeCloseTo(0.5606013065, 9);
    expect(run.notes?.[0]).toContain("cell 10 (In [9])'s printed value");
  });

  it("reads Keras' history.history shown after a quiet fit, and printed with print()", () => {
    const shown = "{'loss': [0.92, 0.61, 0.47, 0.41, 0.38], 'val_loss': [0.88, 0.66, 0.58, 0.57, 0.59]}";
    for (const output of [value(shown), stdout(`${shown}\n`)]) {
      const log = parseLog('quiet.ipynb', notebook([[stdout('Model built\n')], [output]]));
      expect(values(log.series.loss)).toEqual([0.92, 0.61, 0.47, 0.41, 0.38]);
      expect(values(log.series.val_loss)).toEqual([0.88, 0.66, 0.58, 0.57, 0.59]);
    }
  });

  it('takes the latest cell showing one, and passes over a dict that holds no history', () => {
    const first = value("{'loss': [3, 2, 1]}");
    const second = value("{'loss': [0.9, 0.8, 0.7, 0.6]}");
    const settings = value("{'lr': 0.001, 'batch_size': 32}");
    const log = parseLog('two.ipynb', notebook([[first], [second], [settings]]));
    expect(values(log.series.loss)).toEqual([0.9, 0.8, 0.7, 0.6]);
    expect(log.notes?.[0]).toContain('cell 2 (In [2])');
  });

  it('leaves a notebook that printed its epochs to its console lines', () => {
    const printed = stdout(['Epoch 1, train loss: 0.5\n', 'Epoch 2, train loss: 0.4\n', 'Epoch 3, train loss: 0.35\n']);
    const log = parseLog('loop.ipynb', notebook([[printed], [value("{'loss': [9, 8, 7]}")]]));
    expect(Object.keys(log.series)).toEqual(['train_loss']);
    expect(values(log.series.train_loss)).toEqual([0.5, 0.4, 0.35]);
  });

  it('still says a notebook whose values hold no history has no training output', () => {
    expect(() => parseLog('plain.ipynb', notebook([[value("{'lr': 0.001}")], [value('[1, 2, 3]')]]))).toThrow(/no training output in the notebook/);
  });

  it('the corpus file is the real one (its value opens with the fit summary)', () => {
    const text = readFileSync(join(CNTK_RUN, 'CNTK_CNN_highAPI.ipynb'), 'utf8');
    expect(text).toContain("{'epoch_summaries': [{'loss': 1.8144259375, 'metric': 0.0, 'samples': 50000}");
  });
});
