/**
 * Layouts the forty-sixth real-log corpus (test/monitor/corpus-forty-sixth-a to -d) misread, read
 * after its held-out score (so tuned), written here, numbers made up. readers-84: the forks of
 * YutaroOgawa's pytorch_advanced (d11-d15) print `イテレーション 10 || Loss: 6.8240 || 10iter: 5.7 sec.`
 * per ten iterations and `epoch 1 || Epoch_TRAIN_Loss:2661.2334 ||Epoch_VAL_Loss:0.0000` per epoch:
 * the katakana counter was no counter, and the epoch's total and the iterations' losses were one
 * series (both name the training loss), a bouncing curve of two scales. readers-85: a fork of
 * Udacity's PyTorch course (b11) prints `Epoch 1/2.. Train loss: 0.535.. Test loss: 0.238.. Test
 * accuracy: 0.949`, each number ending in two dots (readers-82 read three). readers-86: UniMatch's
 * logger (c03-c06) writes `===========> Epoch: 2, LR: 0.00994, Previous best: 8.07` before the
 * epoch's `Iters: 96, Total loss: 0.555, Loss x: 0.366` lines (a plural counter, an epoch header
 * after an arrow); StyIns (c09, c10) prints `epoch: 1, 51/125 40.8%, 8.95s per iter` over its
 * indented `    recon loss: 6.839  ppl:933.52`.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

describe("pytorch_advanced's iteration lines and epoch totals (readers-84)", () => {
  const epochs = Array.from({ length: 4 }, (_, e) => [
    '-------------\n', `Epoch ${e + 1}/15\n`, '-------------\n', '（train）\n',
    ...Array.from({ length: 3 }, (_, i) => `イテレーション ${(e * 3 + i + 1) * 10} || Loss: ${(7 - e - i * 0.1).toFixed(4)} || 10iter: 5.7025 sec.\n`),
    '-------------\n', `epoch ${e + 1} || Epoch_TRAIN_Loss:${(2600 - e * 200).toFixed(4)} ||Epoch_VAL_Loss:0.0000\n`, 'timer:  150.8 sec.\n',
  ]).flat();
  const log = parseLog('2-7_SSD_training.ipynb', notebook([[stdout(['cuda:0\n', ...epochs])]]));

  it('places each iteration line at its counter, as the per-step series', () => {
    expect(steps(log.series.loss_step)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]);
    expect(values(log.series.loss_step).slice(0, 3)).toEqual([7, 6.9, 6.8]);
  });

  it("reads each epoch's total as the training loss per epoch, apart from the iterations'", () => {
    expect(values(log.series.epoch_train_loss)).toEqual([2600, 2400, 2200, 2000]);
    expect(log.series.loss).toBeUndefined();
  });
});

describe('numbers ending in two dots (readers-85)', () => {
  it("'Epoch 1/2.. Train loss: 0.535.. Test loss: 0.238..' gives both losses", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Epoch ${i < 3 ? 1 : 2}/2.. Train loss: ${(0.5 - i * 0.05).toFixed(3)}.. Test loss: ${(0.24 - i * 0.02).toFixed(3)}.. Test accuracy: 0.949\n`);
    const log = parseLog('Part 8 - Transfer Learning.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.train_loss)).toEqual([0.5, 0.45, 0.4, 0.35, 0.3, 0.25]);
    expect(values(log.series.test_loss)).toEqual([0.24, 0.22, 0.2, 0.18, 0.16, 0.14]);
  });
});

describe("UniMatch's and StyIns' training logs (readers-86)", () => {
  it("'===========> Epoch: 2, ...' heads the epoch's 'Iters: 96, Total loss: 0.555' lines, their counter per epoch", () => {
    const at = '[2023-03-23 15:49:22,737][    INFO]';
    const lines = [0, 1, 2].flatMap((e) => [
      `${at} ===========> Epoch: ${e}, LR: 0.00994, Previous best: 8.07`,
      ...[0, 12, 24].map((it, i) => `${at} Iters: ${it}, Total loss: ${(0.6 - e * 0.1 - i * 0.01).toFixed(3)}, Loss x: 0.366, Mask ratio: 0.809`),
      `${at} ***** Evaluation ***** >>>> MeanDice: 8.07`,
    ]);
    const log = parseLog('7cases.log', bytes(`${lines.join('\n')}\n`));
    expect(values(log.series.total_loss)).toEqual([0.6, 0.59, 0.58, 0.5, 0.49, 0.48, 0.4, 0.39, 0.38]);
    expect(new Set(steps(log.series.total_loss)).size).toBe(9);
    expect(log.series.iters).toBeUndefined();
  });

  it("'epoch: 1, 51/125 40.8%, 8.95s per iter' places the indented 'recon loss: 6.839' under it", () => {
    const blocks = Array.from({ length: 6 }, (_, i) => `epoch: 1, ${i * 10 + 1}/125 ${((i * 10 + 1) / 1.25).toFixed(1)}%, 0.31s per iter, lr: 0.0001\n    recon loss: ${(9 - i * 0.5).toFixed(3)}  ppl:9513.85\n`);
    const log = parseLog('pre_train_log.txt', bytes(blocks.join('\n')));
    expect(values(log.series.recon_loss)).toEqual([9, 8.5, 8, 7.5, 7, 6.5]);
  });
});
