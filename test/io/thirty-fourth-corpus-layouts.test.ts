/**
 * Layouts the thirty-fourth real-log corpus (test/monitor/corpus-thirty-fourth-b) left unread,
 * read after its held-out score (so tuned), written here in each layout, numbers made up:
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
import { tempFolder } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

const { root, put } = tempFolder('losskit-thirty-fourth-');

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
  it("'%x-%j.out' and '%j.out' are captured output; another .out is not", () => {
    expect(['meg_gpt2_base_n4_dp1_tp4_pp4-1809579.out', 'train.1809579.out', '1809579.out'].map(isCapturedOutputName)).toEqual([true, true, true]);
    expect(['model.out', 'final_run_output.out', 'v2-12.out'].map(isCapturedOutputName)).toEqual([false, false, false]);
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
