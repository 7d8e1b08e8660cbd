/**
 * Layouts the hundred-and-sixty-eighth real-log corpus (round 171) left unread, written here, numbers made up (readers-174):
 * a makemore copy's step counter with a ';' before the loss, `print(f"{i + 1:7d} / {max_steps:7d}; {loss.item():.4f}")`
 * (the corpus's a08, a09); and a staged MLP training that evaluates every split after each stage, a split per line
 * (`train \t 2.1828`, `dev \t 2.2324`, `test \t 2.2274`, a04). And, from the hundred-and-seventy-first (round 174, readers-175),
 * minGPT's trainer line, `epoch 1 iter 97: train loss 3.76646. lr 1.000000e-04`, a full stop after the loss (c02).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { isConsoleLogText } from '../../src/io/console-log.js';
import { counterValueLine } from '../../src/io/console-pairs.js';
import { steps, values } from './support/logs.js';
import { bytes } from './support/temp-files.js';

const notebook = (cells: readonly { source: string; text: string }[]) => bytes(JSON.stringify({
  nbformat: 4, nbformat_minor: 5, metadata: {},
  cells: cells.map(({ source, text }, index) => ({
    cell_type: 'code', execution_count: index + 1, metadata: {}, source, outputs: [{ output_type: 'stream', name: 'stdout', text }],
  })),
}));

describe("a step counter and the loss with a ';' between them (readers-174)", () => {
  it('`    200 /    5000; 2.0967` is step 200 of 5000 and the loss, as the \':\' form is', () => {
    expect(counterValueLine('    200 /    5000; 2.0967')).toEqual({ counter: { value: 200, total: 5000 }, value: 2.0967 });
    expect(counterValueLine('  10000/ 200000: 2.0576')).toEqual({ counter: { value: 10000, total: 200000 }, value: 2.0576 });
  });

  it('a loop printing it every 200 steps gives the training loss at those steps', () => {
    const text = Array.from({ length: 25 }, (_, i) => `${String((i + 1) * 200).padStart(7)} / ${String(5000).padStart(7)}; ${(2.6 - i * 0.02).toFixed(4)}\n`).join('');
    const log = parseLog('train.log', bytes(text));
    expect(values(log.series.loss)).toHaveLength(25);
    expect(steps(log.series.loss).slice(0, 2)).toEqual([200, 400]);
  });

  it('a step past its total is no such counter', () => {
    expect(counterValueLine('  6000 /  5000; 2.0967')).toBeUndefined();
  });
});

describe('evaluations printed a split per line after each training stage (readers-174)', () => {
  const stage = (lr: number, train: number, dev: number, test: number) =>
    `[====================] 100.0%\t learning rate ${lr}\ntrain \t ${train.toFixed(4)}\ndev \t ${dev.toFixed(4)}\ntest \t ${test.toFixed(4)}\n`;
  const SOURCE = "for lr in [5e-1, 1e-1, 1e-1, 1e-1, 1e-1]:\n    lm.train(trainset, epochs=5000, lr=lr)\n    lm.eval(trainset, loss_str='train')\n    lm.eval(devset, loss_str='dev')\n";
  const stages = (shift: number) => [0, 1, 2, 3, 4].map((i) => stage(i === 0 ? 0.5 : 0.1, 2.5 - i * 0.1 - shift, 2.55 - i * 0.09 - shift, 2.56 - i * 0.09 - shift)).join('');

  it('each evaluation is an epoch, the training split the loss and the dev split the validation loss', () => {
    const log = parseLog('stages.log', bytes(stages(0)));
    expect(values(log.series.train_loss)).toEqual([2.5, 2.4, 2.3, 2.2, 2.1].map((v) => expect.closeTo(v, 10)));
    expect(values(log.series.dev_loss)).toHaveLength(5);
    expect((log.notes ?? []).join(' ')).toContain("5 evaluations printed a split per line");
  });

  it("a notebook's cells train again: the last cell's evaluations are the last training", () => {
    const log = parseLog('stages.ipynb', notebook([{ source: SOURCE, text: stages(0) }, { source: SOURCE, text: stages(0.05) }]));
    const dev = log.series.dev_loss;
    expect(values(dev).slice(-5)[4]).toBeCloseTo(2.55 - 0.36 - 0.05, 10);
  });

  it("one or two evaluations (Karpathy's `split_loss('train')`, `split_loss('val')` after a training) are no log", () => {
    expect(isConsoleLogText('train 2.0674\nval 2.1056\n')).toBe(false);
    expect(isConsoleLogText('train 2.0674\nval 2.1056\nsome text\ntrain 2.06\nval 2.10\n')).toBe(false);
  });

  it("a split's ratio written as a key (`train: 0.8`) and a training split alone are no evaluation", () => {
    expect(isConsoleLogText('train: 0.8\nval: 0.1\ntest: 0.1\n'.repeat(4))).toBe(false);
    expect(isConsoleLogText('train 2.5\nsome text\n'.repeat(4))).toBe(false);
  });
});

describe("minGPT's trainer line, a full stop after the loss (readers-175)", () => {
  const line = (epoch: number, loss: number) => `epoch ${epoch} iter 97: train loss ${loss.toFixed(5)}. lr 1.000000e-04: 100%|██████████| 98/98 [00:44<00:00,  2.18it/s]\n`;

  it('`epoch 1 iter 97: train loss 3.76646. lr 1.000000e-04` is the training loss at its epoch', () => {
    const text = Array.from({ length: 10 }, (_, i) => line(i + 1, 3.77 - i * 0.07)).join('');
    const log = parseLog('mingpt.log', bytes(text));
    expect(values(log.series.train_loss)).toHaveLength(10);
    expect(values(log.series.train_loss)[0]).toBeCloseTo(3.77, 10);
  });

  it('a full stop inside a sentence after the number is read as before', () => {
    expect(isConsoleLogText('the loss 3.5.1 was high\n'.repeat(5))).toBe(false);
  });
});
