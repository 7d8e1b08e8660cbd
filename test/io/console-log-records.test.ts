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

describe("plain console logs: per-batch lines beside their epoch's averages", () => {
  it("PaddleClas: '[Avg]' lines are the series, per-batch training ones '<name>_step', per-batch evaluation ones left out, no restart read", () => {
    const text = [1, 2, 3].flatMap((e) => [
      ...[0, 10].map((i) => `[2022/10/07 21:46:40] ppcls INFO: [Train][Epoch ${e}/400][Iter: ${i}/20]lr(LinearWarmup): 0.00000204, CELoss: 6.9${e}${i}, loss: 6.9${e}${i}, batch_cost: 6.33418s, reader_cost: 2.21849, ips: 20.20781 samples/s, eta: 2 days, 20:58:19`),
      `[2022/10/07 21:47:28] ppcls INFO: [Train][Epoch ${e}/400][Avg]CELoss: 6.${e}, loss: 6.${e}`,
      ...[0, 10, 20].map((i) => `[2022/10/07 21:47:33] ppcls INFO: [Eval][Epoch ${e}][Iter: ${i}/25]CELoss: 5.${i}, loss: 5.${i}, top1: 0.00000, top5: 0.00049, batch_cost: 4.80506s, reader_cost: 4.50341, ips: 53.27722 images/sec`),
      `[2022/10/07 21:47:50] ppcls INFO: [Eval][Epoch ${e}][Avg]CELoss: 4.${e}, loss: 4.${e}, top1: 0.0014${e}, top5: 0.00606`,
      `[2022/10/07 21:47:50] ppcls INFO: [Eval][Epoch ${e}][best metric: 0.001459999941289425]`,
    ]).join('\n') + '\n';
    const log = parseConsoleLog(text, 'train.log');
    expect(Object.keys(log.series).sort()).toEqual(['ce_loss', 'ce_loss_step', 'eval_ce_loss', 'eval_loss', 'eval_top1', 'eval_top5', 'ips_step', 'loss', 'loss_step', 'reader_cost_step']);
    expect(points(log.series.loss)).toEqual([[30, 1, 6.1], [50, 2, 6.2], [70, 3, 6.3]]);
    expect(points(log.series.eval_loss)).toEqual([[30, 1, 4.1], [50, 2, 4.2], [70, 3, 4.3]]);
    expect(points(log.series.loss_step)).toEqual([[20, 1, 6.91], [30, 1, 6.911], [40, 2, 6.92], [50, 2, 6.921], [60, 3, 6.93], [70, 3, 6.931]]);
    expect(log.notes?.join(' ')).not.toMatch(/went back|trainings/);
    expect(log.notes?.[0]).toContain('9 per-batch evaluation lines left out');
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['loss'], ['eval_loss']]);
  });

  it("PaddleVideo: 'END epoch' lines with '_avg' names; a date before a time ('[12/25 14:22:26]') is no counter", () => {
    const text = [1, 2].flatMap((e) => [
      ...[0, 100].map((i) => `[12/25 14:22:40] epoch:[  ${e}/25 ] train step:${i}    loss: ${5 - e}.${i / 100} lr: 0.010000 top1: 0.01562 batch_cost: 7.44212 sec, ips: 8.59970 instance/sec.`),
      `[12/25 14:25:53] END epoch:${e}   train loss_avg: ${4 - e}.9  top1_avg: 0.10801 avg_batch_cost: 6.85139 sec, batch_cost_sum: 199.92121 sec, avg_ips: 47.69879 instance/sec.`,
      `[12/25 14:25:56] epoch:[  ${e}/25 ] val step:0    loss: 3.27431 top1: 0.12500 batch_cost: 4.21128 sec, ips: 15.19727 instance/sec.`,
      `[12/25 14:26:34] END epoch:${e}   val loss_avg: 3.6${e} top1_avg: 0.14896 avg_batch_cost: 0.03663 sec, avg_ips: 60.82658 instance/sec.`,
    ]).join('\n') + '\n';
    const log = parseConsoleLog(text, 'train.log');
    expect(points(log.series.train_loss_avg)).toEqual([[100, 1, 3.9], [201, 2, 2.9]]);
    expect(points(log.series.val_loss_avg)).toEqual([[100, 1, 3.61], [201, 2, 3.62]]);
    expect(points(log.series.loss_step)).toEqual([[0, 1, 4], [100, 1, 4.1], [101, 2, 3], [201, 2, 3.1]]);
    expect(log.series.val_loss).toBeUndefined();
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train_loss_avg'], ['val_loss_avg']]);
  });

  it("Paddle hapi: 'Eval begin...' announces the evaluation; its per-batch lines read as the pass's mean loss at the last training step", () => {
    const text = ['Epoch 1/2', 'step  10/20 - loss: 0.30 - AUROC: 0.52', 'step  20/20 - loss: 0.20 - AUROC: 0.55', 'Eval begin...',
      'step 10/15 - loss: 0.25 - AUROC: 0.60', 'step 15/15 - loss: 0.15 - AUROC: 0.61', 'Eval samples: 11219',
      'Epoch 2/2', 'step  10/20 - loss: 0.18 - AUROC: 0.56', 'step  20/20 - loss: 0.16 - AUROC: 0.57', 'Eval begin...',
      'step 10/15 - loss: 0.14 - AUROC: 0.62', 'step 15/15 - loss: 0.12 - AUROC: 0.63', 'Eval samples: 11219', ''].join('\n');
    const log = parseConsoleLog(text, 'train.log');
    expect(points(log.series.loss)).toEqual([[30, 1, 0.3], [40, 1, 0.2], [50, 2, 0.18], [60, 2, 0.16]]);
    expect(points(log.series.eval_loss).map(([step, epoch, value]) => [step, epoch, Number(value?.toFixed(6))])).toEqual([[40, 1, 0.2], [60, 2, 0.13]]);
    expect(points(log.series.eval_auroc)).toEqual([[40, 1, 0.61], [60, 2, 0.63]]);
    // A configuration's `TEST:` key announces nothing.
    expect(Object.keys(parseConsoleLog(['TEST:', ...text.split('\n').filter((line) => !line.startsWith('Eval'))].join('\n'), 'train.log').series).sort()).toEqual(['auroc', 'loss']);
  });

  it("a k/N within the epoch whose epoch's first lines are missing ('Epoch 19[4816/5011]' after 'Epoch 18[1616/5011]') stays within the epoch", () => {
    const log = parseConsoleLog(['Epoch 17[16/5011]: loss:0.033', 'Epoch 17[4816/5011]: loss:0.019', 'Epoch 18[16/5011]: loss:0.012', 'Epoch 18[1616/5011]: loss:0.019', 'Epoch 19[4816/5011]: loss:0.022', 'Epoch 20[16/5011]: loss:0.021', ''].join('\n'), 'train.log');
    expect(points(log.series.loss).map(([step]) => step)).toEqual([85203, 90003, 90214, 91814, 100025, 100236]);
  });
});
