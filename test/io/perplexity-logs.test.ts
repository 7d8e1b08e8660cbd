/**
 * Training logs whose only loss-like figure is a perplexity (readers-34, after the twenty-fourth
 * corpus's held-out score, so tuned), on the corpora's own runs (read in place, their sources and
 * licences in each corpus's sources.json) and in a few hand-written lines:
 *
 *   - Sockeye's `log` (a file named `log`, found by content while walking): its checkpoint records,
 *     `Checkpoint [k]	Train-ppl=...` and `Checkpoint [k]	Validation-ppl=...	Validation-bleu=...`, at
 *     checkpoint k; its per-batch running `ppl=` lines are not read;
 *   - DeepSpeed-Chat's SFT log: `***** Evaluating perplexity, Epoch k/16 *****` announces an
 *     evaluation, whose `ppl: 2.01` is the validation perplexity of epoch k.
 *
 * History reads a perplexity, as logged, as its split's loss when that split logs none
 * (monitor/history-perplexity.ts; its tests in test/monitor/history-perplexity.test.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { isBareLogName } from '../../src/io/walk-detect.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const RUNS = join(import.meta.dirname, '../monitor');
const SOCKEYE = join(RUNS, 'corpus-twenty-fourth-b/runs/b12-sockeye-log-spoken2symbol');
const DSCHAT = join(RUNS, 'corpus-eighteenth-b/runs/dschat-sft-opt13b-log/opt-1.3b-globalBatchSize128.log');
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.epoch, p.value]));
const { root, put } = tempFolder('losskit-perplexity-');

/** Sockeye 3's training lines, as `sockeye.training` logs them (numbers made up). */
const sockeye = (checkpoints: readonly (readonly [number, number])[]) => checkpoints.flatMap(([train, validation], i) => [
  `[2021-12-16:17:28:40:INFO:sockeye.training:__call__] E=${i} B=${(i + 1) * 4000}\ts/sec=893.02 tok/sec=29013.48 u/sec=5.25\tppl=${train} `,
  `[2021-12-16:17:28:41:INFO:sockeye.training:_create_checkpoint] Checkpoint [${i + 1}]\tUpdates=${(i + 1) * 4000} Epoch=${7 * (i + 1)} Samples=812480 Time-cost=809.025 Updates/sec=4.944`,
  `[2021-12-16:17:28:41:INFO:sockeye.training:_create_checkpoint] Checkpoint [${i + 1}]\tTrain-ppl=${train}`,
  `[2021-12-16:17:29:19:INFO:sockeye.training:_evaluate] Checkpoint [${i + 1}]\tValidation-ppl=${validation}\tValidation-bleu=0.085492\tValidation-avg-sec-per-sent=0.030465`,
]).join('\n') + '\n';

describe("Sockeye's training log", () => {
  it('reads the real run, found by content in its folder: one point per checkpoint for each split, the perplexities the losses', async () => {
    const [run] = await readRuns(SOCKEYE);
    expect(run.source).toEqual({ path: join(SOCKEYE, 'log'), format: 'console' });
    expect(run.series['train-ppl']?.length).toBe(28);
    expect(points(run.series['train-ppl']).slice(0, 2)).toEqual([[1, undefined, 169.500557], [2, undefined, 82.534804]]);
    expect(points(run.series['validation-ppl']).at(-1)).toEqual([28, undefined, 53.346678]);
    expect(run.series['validation-bleu']?.length).toBe(28);
    // The per-batch `ppl=` lines (a running mean since the last checkpoint) are no series.
    expect(run.series.ppl).toBeUndefined();
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train-ppl']);
    expect(history.validationLoss?.sourceNames).toEqual(['validation-ppl']);
  });

  it('the checkpoint records in hand-written lines; the per-batch lines alone are no log', () => {
    const log = parseLog('log', bytes(sockeye([[169.5, 89.5], [82.5, 64.9], [62.1, 56.3]])));
    expect(points(log.series['train-ppl'])).toEqual([[1, undefined, 169.5], [2, undefined, 82.5], [3, undefined, 62.1]]);
    expect(points(log.series['validation-ppl'])).toEqual([[1, undefined, 89.5], [2, undefined, 64.9], [3, undefined, 56.3]]);
    const perBatch = sockeye([[169.5, 89.5], [82.5, 64.9], [62.1, 56.3]]).split('\n').filter((line) => line.includes('E=')).join('\n');
    expect(detectLogFormat('log', bytes(perBatch))).toBeUndefined();
  });

  it('a file named `log` is looked at by content while walking: a Sockeye log is read, any other is passed by', async () => {
    expect(isBareLogName('models/sockeye/log')).toBe(true);
    for (const name of ['log.txt', 'logs', 'catalog', 'changelog']) expect(isBareLogName(name), name).toBe(false);
    put('sockeye/log', sockeye([[169.5, 89.5], [82.5, 64.9], [62.1, 56.3]]));
    put('notes/log', '2024-01-02 moved the data to /scratch\nppl: 3 was the target\nsee the paper\n');
    const runs = await readRuns(root);
    expect(runs.map((run) => run.source.path)).toEqual([join(root, 'sockeye/log')]);
  });
});

describe("DeepSpeed-Chat's SFT log", () => {
  it('reads the real run: the evaluation perplexity of each epoch (epoch 0 before training), the validation loss', async () => {
    const run = await readRun(DSCHAT);
    expect(run.source.format).toBe('console');
    expect(Object.keys(run.series)).toEqual(['eval_ppl']);
    const ppl = points(run.series.eval_ppl);
    expect(ppl.length).toBe(17);
    expect(ppl.slice(0, 2)).toEqual([[1, 0, 4998.29638671875], [2, 1, 2.0179834365844727]]);
    expect(ppl.at(-1)).toEqual([17, 16, 1.8085135221481323]);
    const history = History.fromSeries(run.series);
    expect(history.trainLoss).toBeUndefined();
    expect(history.validationLoss?.sourceNames).toEqual(['eval_ppl']);
  });

  it('an epoch header naming an evaluation announces it until the next epoch header', () => {
    const text = [
      '***** Evaluating perplexity, Epoch 0/2 *****', 'ppl: 4998.3', 'Beginning of Epoch 1/2, Total Micro Batches 460',
      '***** Evaluating perplexity, Epoch 1/2 *****', 'ppl: 2.02', 'Beginning of Epoch 2/2, Total Micro Batches 460',
      '***** Evaluating perplexity, Epoch 2/2 *****', 'ppl: 1.97',
    ].join('\n') + '\n';
    const log = parseLog('training.log', bytes(text));
    expect(Object.keys(log.series)).toEqual(['eval_ppl']);
    expect(points(log.series.eval_ppl)).toEqual([[1, 0, 4998.3], [2, 1, 2.02], [3, 2, 1.97]]);
    // Under a plain epoch header (Keras' `Epoch 2/3`) the line is the training split's.
    const training = parseLog('training.log', bytes('Epoch 1/3\nppl: 40.2\nEpoch 2/3\nppl: 30.1\nEpoch 3/3\nppl: 25.3\n'));
    expect(points(training.series.ppl)).toEqual([[1, 1, 40.2], [2, 2, 30.1], [3, 3, 25.3]]);
  });
});

describe('a perplexity on a console line', () => {
  it('is a metric beside a loss on its line; with nothing placing it, it is no observation', () => {
    const log = parseLog('train.log', bytes('epoch 1 loss: 3.9 ppl: 49.4\nepoch 2 loss: 3.5 ppl: 33.1\nepoch 3 loss: 3.2 ppl: 24.5\n'));
    expect(Object.keys(log.series)).toEqual(['loss', 'ppl']);
    expect(History.fromSeries(log.series).trainLoss?.sourceNames).toEqual(['loss']);
    // A configuration's key, or a logger's line with nothing placing it, is no perplexity series.
    expect(detectLogFormat('train.log', bytes('ppl: 49.4\nppl: 33.1\nppl: 24.5\n'))).toBeUndefined();
  });
});
