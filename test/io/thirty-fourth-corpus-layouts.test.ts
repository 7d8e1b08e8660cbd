/**
 * Layouts the thirty-fourth real-log corpus (test/monitor/corpus-thirty-fourth-a and -b) left
 * unread, read after its held-out score (so tuned), written here in each layout, numbers made up:
 * a cost printed as a column with no separator (`Epoch 0, cost 8.57, m grad 23.2`, readers-56);
 * Keras 2.0's epoch lines followed by the backspaces of a redraw that never came (readers-54);
 * PaddlePaddle's tutorials' prints (`epoch_id: 0, batch_id: 500, loss is: [2.1883173]`, and
 * `epoch: 0,  loss is: 2.5048, acc is: 0.0709`), and a SLURM job's output named by the job's name
 * and id (`--output=%x-%j.out`: the BigScience runs' Megatron logs), which folder walks passed by.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { isCapturedOutputName } from '../../src/io/walk-detect.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

const { root, put } = tempFolder('losskit-thirty-fourth-');

describe("Keras 2.0's epoch lines", () => {
  it('an epoch line followed by backspaces (no frame after them) is read, in a notebook', () => {
    const text = Array.from({ length: 6 }, (_, i) => `Epoch ${i + 1}/100\n354/354 [==============================] - 0s - loss: ${(0.09 - i * 0.01).toFixed(4)} - val_loss: ${(0.091 - i * 0.01).toFixed(4)}${'\b'.repeat(53)}\n`).join('');
    const log = parseLog('boston.ipynb', notebook([[stdout(`Train on 354 samples, validate on 152 samples\n${text}`)]]));
    expect(values(log.series.val_loss)).toEqual([0.091, 0.081, 0.071, 0.061, 0.051, 0.041]);
  });

  it("a frame short of its total followed by backspaces (Keras 3's first frame) is still erased", () => {
    const text = `Epoch 1/3\n   1/1875 5:00 160ms/step - loss: 2.3511${'\b'.repeat(40)}\n1875/1875 5s 2ms/step - loss: 0.2611 - val_loss: 0.1349\n`;
    expect(values(parseLog('keras3.log', bytes(`${text}${text.replace('1/3', '2/3')}${text.replace('1/3', '3/3')}`)).series.loss)).toEqual([0.2611, 0.2611, 0.2611]);
  });
});

describe("PaddlePaddle's tutorial prints", () => {
  it("'epoch_id: 0, batch_id: 500, loss is: [2.1883173]' is the loss at epoch 0, batch 500", () => {
    const line = readConsoleLine('epoch_id: 0, batch_id: 500, loss is: [2.1883173]', false, true, undefined);
    expect(line?.kind === 'observation' && [line.epoch, line.counter?.value, line.pairs]).toEqual([0, 500, [{ name: 'loss', value: 2.1883173, validation: false }]]);
  });

  it("'loss is: 2.5048, acc is: 0.0709' names the loss 'loss' (it was 'loss_is'); a sentence's 'the loss is: 0.5' is still no line", () => {
    const line = readConsoleLine('epoch: 0,  loss is: 2.504774796962738, acc is: 0.0708582267165184', false, true, undefined);
    expect(line?.kind === 'observation' && line.pairs.map(({ name }) => name)).toEqual(['loss', 'acc']);
    expect(readConsoleLine('The loss is: 0.5', false, true, undefined)).toBeUndefined();
  });

  it('a notebook of such prints, 4 epochs of 4 batch lines and an accuracy line each, is read at its batches', () => {
    const text = Array.from({ length: 4 }, (_, epoch) => [0, 500, 1000, 1500].map((batch) =>
      `epoch_id: ${epoch}, batch_id: ${batch}, loss is: [${(2.3 - epoch * 0.3 - batch / 5000).toFixed(7)}]`).join('\n') +
      `\nepoch_id: ${epoch}, train acc is: 0.8${epoch}, val acc is 0.8${epoch}\n`).join('');
    const log = parseLog('mnist.ipynb', notebook([[stdout(text)]]));
    expect(values(log.series.loss)).toHaveLength(16);
    expect(values(log.series.loss)[0]).toBe(2.3);
  });
});

describe("a SLURM job's output named by the job's name and id", () => {
  it("'%x-%j.out' and '%j.out' are captured output; since readers-73 any .out, and PBS's '<job>.o<id>', too (read by content)", () => {
    expect(['meg_gpt2_base_n4_dp1_tp4_pp4-1809579.out', 'train.1809579.out', '1809579.out'].map(isCapturedOutputName)).toEqual([true, true, true]);
    expect(['model.out', 'final_run_output.out', 'out1_semseg_P100.out', 'train.o123456'].map(isCapturedOutputName)).toEqual([true, true, true, true]);
    expect(['model.output', 'nohup.out.1', 'train.o', 'logo'].map(isCapturedOutputName)).toEqual([false, false, false, false]);
  });

  it("a folder walk reads a Megatron log so named ('iteration 20/ 1000 | ... | lm loss: 1.2E+01 |')", async () => {
    const lines = Array.from({ length: 8 }, (_, i) =>
      ` iteration       ${(i + 1) * 10}/    1000 | consumed samples:           ${(i + 1) * 40} | learning rate: 1.500E-04 | lm loss: ${(12 - i).toFixed(6)}E+00 | loss scale: 16384.0 |`);
    put('megatron/meg_gpt2_base-1809579.out', `+ source start-prod\n${lines.join('\n')}\n`);
    const runs = await readRuns(join(root, 'megatron'));
    expect(runs.map((run) => run.error)).toEqual([undefined]);
    expect(steps(runs[0].series.lm_loss)).toEqual([10, 20, 30, 40, 50, 60, 70, 80]);
  });
});

describe('a cost printed as a column (readers-56)', () => {
  const lines = (word: string) => Array.from({ length: 6 }, (_, i) => `Epoch ${i}, ${word} ${(8.57 / (i + 1)).toPrecision(3)}, m grad ${(23.2 / (i + 1)).toPrecision(3)}, b grad 3.6`).join('\n');

  it("Krohn's 'Epoch 0, cost 8.57, m grad 23.2, b grad 3.6' is the loss, per epoch, in a notebook", () => {
    const log = parseLog('regression-in-pytorch.ipynb', notebook([[stdout(`${lines('cost')}\n`)]]));
    expect(values(log.series.cost_loss)).toEqual([8.57, 4.29, 2.86, 2.14, 1.71, 1.43]);
  });

  it("a spaced 'time cost', a cost beside a reward and a cost on an unplaced line are no loss", () => {
    expect(() => parseLog('timing.log', bytes(`${lines('time cost')}\n`))).toThrow(/not a training log/);
    const safeRl = Array.from({ length: 6 }, (_, i) => `Epoch ${i}, reward 12.5, cost ${i + 1}`).join('\n');
    expect(() => parseLog('safe-rl.log', bytes(`${safeRl}\n`))).toThrow(/not a training log/);
    expect(() => parseLog('prose.log', bytes('the cost 8.57, was high\nthe cost 4.2, was lower\n'))).toThrow(/not a training log/);
  });
});
