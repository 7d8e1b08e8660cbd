/**
 * Layouts the forty-first real-log corpus (test/monitor/corpus-forty-first-a to -d) left unread or
 * misread, read after its held-out score (so tuned), written here, numbers made up. readers-72:
 * objax's example loop prints `Epoch   1 -- train loss 2.183   test accuracy 57.6`, its pairs set
 * apart by '--', and was unread; a fastai fit table shown only as HTML (its rows written as lines
 * under its header) was followed, in a later cell, by a wide DataFrame whose column labels
 * (`404  405  406 ...`) read as one more epoch of that table. readers-77: kornia's tutorial prints
 * `Loss in iteration 50 of 500: 2.723` (b05), its counter and total inside the name's phrase.
 * readers-78: PaddlePaddle FastFlow writes a batch's loss and the epoch's running average as one
 * pair, `loss = 2.997/7.876 (last/avg)` (b04).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { html, notebook, steps, stdout, values } from './support/logs.js';

describe("pairs set apart by '--' (readers-72)", () => {
  it("objax's 'Epoch   1 -- train loss 2.183   test accuracy 57.6' is read, one point per epoch", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Epoch ${String(i + 1).padStart(3)} -- train loss ${(2.2 - i * 0.2).toFixed(3)}   test accuracy ${(57.6 + i).toFixed(1)}\n`);
    const log = parseLog('cifar10.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.train_loss)).toEqual([2.2, 2, 1.8, 1.6, 1.4, 1.2]);
    expect(steps(log.series.train_loss)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(values(log.series.test_accuracy)).toHaveLength(6);
  });
});

describe("a wide DataFrame's column labels after a fit table (readers-72)", () => {
  it("a line of whole numbers only is no epoch of the table above it", () => {
    const cell = (tag: string, cells: string[]) => cells.map((value) => `<${tag}>${value}</${tag}>`).join('');
    const rows = Array.from({ length: 6 }, (_, e) => `<tr>${cell('td', [String(e), (5 - e / 10).toFixed(6), (5 - e / 9).toFixed(6), '0.30', '1:25:33'])}</tr>`);
    const table = `<table><thead><tr>${cell('th', ['epoch', 'train_loss', 'valid_loss', 'accuracy', 'time'])}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
    const frame = { output_type: 'execute_result', metadata: {}, execution_count: 9, data: { 'text/plain': '        404       405       406       407       408       409  \n0  0.254158 -0.199073  0.176711 -0.015598 -0.083239  0.054953\n' } };
    const log = parseLog('hindi.ipynb', notebook([[html(table)], [frame]]));
    expect(values(log.series.train_loss)).toHaveLength(6);
    expect(values(log.series.train_loss).at(-1)).toBe(4.5);
  });
});

describe("a counter and its total inside the name's phrase (readers-77)", () => {
  it("kornia's 'Loss in iteration 50 of 500: 2.723' is the loss at iteration 50", () => {
    const lines = Array.from({ length: 6 }, (_, i) => `Loss in iteration ${i * 50} of 500: ${(3 - i * 0.25).toFixed(3)}\n`);
    const log = parseLog('total_variation_denoising.ipynb', notebook([[stdout(lines)]]));
    expect(values(log.series.loss)).toEqual([3, 2.75, 2.5, 2.25, 2, 1.75]);
    expect(steps(log.series.loss)).toEqual([0, 50, 100, 150, 200, 250]);
  });
});

describe("a batch's value and its running average in one pair (readers-78)", () => {
  it("FastFlow's 'loss = 2.997/7.876 (last/avg)' is the batch's loss, the average left out", () => {
    let sum = 0;
    const lines = Array.from({ length: 6 }, (_, i) => {
      const loss = 3 - i * 0.5;
      sum += loss;
      return `bottle  Epoch 1 - iter:${i + 1}/6 - lr:0.001 - loss = ${loss.toFixed(3)}/${(sum / (i + 1)).toFixed(3)} (last/avg) - avg_reader_cost: 0.00021 sec - avg_samples: 32`;
    });
    const log = parseLog('train.log', new TextEncoder().encode(`Start training\n${lines.join('\n')}\nEVAL:  image-auc : 0.45 pixel-auc:0.61\n`));
    expect(values(log.series.loss)).toEqual([3, 2.5, 2, 1.5, 1, 0.5]);
    expect(Object.keys(log.series).some((name) => name.includes('avg') && name.includes('loss'))).toBe(false);
  });
});
