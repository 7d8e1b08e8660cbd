/**
 * Plain console logs (src/io/console-log.ts, console-line.ts): layouts met on the eighteenth corpus,
 * each written here by hand in the layout of the framework's source, numbers made up: OLMo's trainer
 * (a `[step=k/N,epoch=e]` header line, then indented `key=value` lines, thousands separators), a
 * DeepSpeed fp16 overflow message naming the loss scale, and Paddle's per-batch lines beside their
 * per-epoch averages (PaddleClas' `[Avg]`, PaddleVideo's `END epoch`).
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { detectLogFormat } from '../../src/io/parse-log.js';
import { namesLoss, seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History, seriesName } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.epoch, p.value]));

/** OLMo's trainer log: `log.info(f"[step={step}/{max_steps},epoch={epoch}]\n    {metrics}")` as its fields print. */
const olmo = (steps: readonly (readonly [number, number, number])[]) => steps.flatMap(([step, epoch, loss]) => [
  `2025-12-27 22:12:56.867\thost-03:0\tolmo.train:990\tINFO\t[step=${step}/2500,epoch=${epoch}]`,
  '    optim/total_grad_norm=1.608',
  `    train/CrossEntropyLoss=${loss}`,
  `    train/Perplexity=${Math.round(Math.exp(loss)).toLocaleString('en-US')}`,
  '    throughput/total_tokens=8,388,608',
]).join('\n') + '\n';

describe('plain console logs: a header line of counters places the indented lines after it', () => {
  it("OLMo's `[step=k/N,epoch=e]` records: the step the header's, the loss the training loss", () => {
    const text = olmo([[10, 0, 9.064], [20, 0, 8.1], [30, 0, 7.25]]);
    expect(detectLogFormat('train.log', bytes(text))).toBe('console');
    const log = parseConsoleLog(text, 'train.log');
    expect(Object.keys(log.series)).toEqual(['train/cross_entropy_loss']);
    expect(points(log.series['train/cross_entropy_loss'])).toEqual([[10, 0, 9.064], [20, 0, 8.1], [30, 0, 7.25]]);
    // As TensorBoard's tag 'train/CrossEntropyLoss' would: the one named training loss is the training loss.
    expect(History.fromSeries(log.series).trainLoss?.sourceNames).toEqual(['train/cross_entropy_loss']);
    expect(seriesName('train/CrossEntropyLoss')).toEqual(seriesName('train/cross_entropy_loss'));
  });

  it('a k/N step going on as the epoch moves on counts the whole training (N the planned steps), not e * N + k', () => {
    const log = parseConsoleLog(olmo([[1191, 0, 4.2], [1192, 0, 4.1], [1193, 1, 4.0], [1194, 1, 3.9]]), 'train.log');
    expect(points(log.series['train/cross_entropy_loss'])).toEqual([[1191, 0, 4.2], [1192, 0, 4.1], [1193, 1, 4], [1194, 1, 3.9]]);
    expect(log.notes?.join(' ')).not.toContain('went back');
  });

  it('thousands separators are one number; a line not indented ends the record', () => {
    const text = [
      'INFO [step=1/100]', '    train/Perplexity=83,461', '    train/loss=11.33',
      'INFO [step=2/100]', '    train/loss=10.6', 'INFO Saving checkpoint', '    train/loss=99',
      'INFO [step=3/100]', '    train/loss=9.1', '',
    ].join('\n');
    const log = parseConsoleLog(text, 'train.log');
    expect(points(log.series['train/loss'])).toEqual([[1, undefined, 11.33], [2, undefined, 10.6], [3, undefined, 9.1]]);
    // Header lines alone, or indented lines under no header, are no log.
    expect(detectLogFormat('notes.txt', bytes('    loss=0.5\n    loss=0.4\n    loss=0.3\n'))).toBeUndefined();
  });
});

describe('a loss scale is no loss', () => {
  it("DeepSpeed's fp16 overflow messages ('Attempted loss scale: 65536') are no observation", () => {
    const overflow = (scale: number) => `[2023-04-18 01:46:52,554] [INFO] [loss_scaler.py:188:update_scale] [deepspeed] OVERFLOW! Rank 0 Skipping step. Attempted loss scale: ${scale}, but hysteresis is 2. Reducing hysteresis to 1`;
    const text = ['Beginning of Epoch 1/16, Total Micro Batches 460', overflow(65536), overflow(32768), overflow(16384), overflow(8192), ''].join('\n');
    expect(detectLogFormat('train.log', bytes(text))).toBeUndefined();
  });

  it("the role table and the log readers take 'loss_scale', 'loss scale', 'cur_scale' for context, never a loss", () => {
    for (const name of ['loss_scale', 'loss scale', 'train/loss_scale', 'LossScale', 'cur_scale']) {
      expect(namesLoss(name), name).toBe(false);
      expect(seriesName(name)?.role, name).toBe('context');
    }
    expect(namesLoss('loss')).toBe(true);
    expect(namesLoss('scaled_loss')).toBe(true);
    // Megatron's line: the lm loss read, its loss scale context beside it.
    const megatron = [10, 20, 30].map((i) => ` iteration       ${i}/ 1716613 | consumed samples:         ${i * 256} | learning rate: 5.308E-07 | lm loss: 1.0${i / 10}E+01 | loss scale: 2048.0 |`).join('\n') + '\n';
    const log = parseConsoleLog(megatron, 'train.log');
    expect(points(log.series.lm_loss)).toEqual([[10, undefined, 10.1], [20, undefined, 10.2], [30, undefined, 10.3]]);
    expect(seriesName('loss_scale')?.role).toBe('context');
  });
});
