/**
 * The layouts the nineteenth real-log corpus (test/monitor/corpus-nineteenth-a and -b) left unread
 * (fixed after its held-out score, so tuned), each in a few hand-written lines in the framework's
 * layout, numbers made up:
 *
 *   - the Hugging Face Trainer's console output: its log dicts printed as Python reprs
 *     (hf-trainer-line.ts);
 *   - loguru lines with a loss and nothing placing them (`... | __main__:train:35 - loss: 2.5`):
 *     a run of them is a logged series (console-line.ts' `UnplacedRun`);
 *   - nanoGPT forks' `iter 10: loss 8.7390 11136 ms/iter` and `[eval] iter 500: train 3.44 val 3.43`;
 *   - llm.c's `main.log` (`s:0 trl:11.01 lr:... norm:...`, llmc-line.ts) and its stdout's `val loss nan`;
 *   - a Keras history saved by pandas without its index (`history.csv`: `loss,accuracy,lr`);
 *   - LeRobot's training lines: a step written rounded (`step:1K`) and logging's source location
 *     (`ot_train.py:357`) before the pairs.
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { isConsoleLogText } from '../../src/io/console-text.js';
import { isNamedHistoryFile } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-nineteenth-');
const points = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((p) => [p.step, p.value]));

describe("the Hugging Face Trainer's printed log dicts", () => {
  const log = [
    "***** Running training *****",
    " 10% 10/100 [00:01<00:09, 9.5it/s]",
    "{'loss': 0.6964, 'grad_norm': 0.07, 'learning_rate': 0.001, 'epoch': 0.5}",
    "{'loss': 0.6812, 'grad_norm': 0.06, 'learning_rate': 0.0009, 'epoch': 1.0}",
    " 50% 50/100 [00:05<00:05, 9.5it/s]{'eval_loss': 0.6901, 'eval_runtime': 8.7, 'epoch': 1.0}",
    "{'loss': 0.6633, 'grad_norm': 0.05, 'learning_rate': 0.0008, 'epoch': 1.5}",
    "{'eval_loss': 0.6870, 'eval_runtime': 8.8, 'epoch': 2.0}",
    "{'train_runtime': 895.9, 'train_samples_per_second': 23.7, 'train_loss': 0.68, 'epoch': 2.0}",
    '',
  ].join('\n');

  it('reads loss and eval_loss with their epochs, as trainer_state.json names them, in the order logged; the summary passed by', () => {
    expect(isConsoleLogText(log)).toBe(true);
    const parsed = parseConsoleLog(log, 'train_log.txt');
    // The dicts carry no step: each is placed by its count (readers-103), its epoch kept.
    expect(points(parsed.series.loss)).toEqual([[1, 0.6964], [2, 0.6812], [4, 0.6633]]);
    expect([...(parsed.series.loss.epochs ?? [])]).toEqual([0.5, 1, 1.5]);
    expect(points(parsed.series.eval_loss)).toEqual([[3, 0.6901], [5, 0.687]]);
    expect([...(parsed.series.eval_loss.epochs ?? [])]).toEqual([1, 2]);
    expect(parsed.series.train_loss).toBeUndefined();
    expect(parsed.notes?.join()).toContain('end-of-training summary');
  });

  it('a configuration dict printed once, or a dict without an epoch, is no record', () => {
    const text = "accelerator_config={'split_batches': False}\n{'loss': 0.5, 'lr': 1}\n{'loss': 0.4, 'lr': 1}\n{'loss': 0.3, 'lr': 1}\n";
    expect(isConsoleLogText(text)).toBe(false);
  });
});

describe('loss lines with nothing placing them', () => {
  const line = (loss: number) => `2021-11-11 00:01:30.834 | INFO     | __main__:train:35 - loss: ${loss}`;

  it("a run of loguru lines naming the same loss is a series, one step each; the logger's location is no split", () => {
    const text = [line(2.5), line(2.4), 'some message', line(2.2), line(2.1), ''].join('\n');
    expect(isConsoleLogText(text)).toBe(true);
    const parsed = parseConsoleLog(text, 'train.log');
    expect(Object.keys(parsed.series)).toEqual(['loss']);
    expect(points(parsed.series.loss)).toEqual([[1, 2.5], [2, 2.4], [3, 2.2], [4, 2.1]]);
  });

  it('fewer lines, or a configuration setting keys once each, is no log', () => {
    expect(isConsoleLogText([line(2.5), line(2.4), ''].join('\n'))).toBe(false);
    expect(isConsoleLogText('loss: 0.5\nval_loss: 0.3\ntrain_loss: 0.2\nloss_weight: 1.0\n')).toBe(false);
    expect(isConsoleLogText('- run: a\n  loss: 0.5\n- run: b\n  loss: 0.4\n- run: c\n  loss: 0.3\n')).toBe(false);
    expect(isConsoleLogText('the loss is 0.5 today\nthe loss is 0.4 today\nthe loss is 0.3 today\n')).toBe(false);
  });
});

describe("nanoGPT forks' lines", () => {
  it("reads 'loss 8.7390' followed by a timing on a counted line, and the evaluation's split losses", () => {
    const text = [
      '[eval] iter 0: train 9.8508 val 9.8491 lr 7.50e-07',
      '[train] iter 10: loss 8.7390 11136 ms/iter',
      '[train] iter 20: loss 8.3995 2271 ms/iter',
      '[eval] iter 20: train 8.3001 val 8.4002 lr 3.00e-04',
      '[train] iter 30: loss 8.3326 2276 ms/iter',
      '',
    ].join('\n');
    const parsed = parseConsoleLog(text, 'train.log');
    expect(points(parsed.series.loss)).toEqual([[10, 8.739], [20, 8.3995], [30, 8.3326]]);
    expect(points(parsed.series.val_loss)).toEqual([[0, 9.8491], [20, 8.4002]]);
    expect(points(parsed.series.train_loss)).toEqual([[0, 9.8508], [20, 8.3001]]);
  });

  it('prose, or one split word and a number, is none', () => {
    expect(isConsoleLogText('the loss 0.5 was fine\nthe loss 0.4 was fine\nthe loss 0.3 was fine\n')).toBe(false);
    expect(isConsoleLogText('iter 1: train 2.5s\niter 2: train 2.5s\niter 3: train 2.5s\n')).toBe(false);
  });
});

describe('llm.c', () => {
  it("main.log's trl / tel / eval at step s", () => {
    const text = ['s:0 tel:11.0095', 's:0 trl:11.0116 lr:0.000001 norm:14.96', 's:1 trl:10.9586 lr:0.000002 norm:15.18', 's:2 trl:10.8579 lr:0.000003 norm:14.49', 's:2 tel:10.5', 's:2 eval:0.2437', ''].join('\n');
    const parsed = parseConsoleLog(text, 'main.log');
    expect(points(parsed.series.loss)).toEqual([[0, 11.0116], [1, 10.9586], [2, 10.8579]]);
    expect(points(parsed.series.val_loss)).toEqual([[0, 11.0095], [2, 10.5]]);
    expect(points(parsed.series.grad_norm)).toEqual([[0, 14.96], [1, 15.18], [2, 14.49]]);
    expect(points(parsed.series.val_hellaswag_acc)).toEqual([[2, 0.2437]]);
  });

  it("its stdout: 'loss nan (+nanz)|' on a step line, and 'val loss nan' is a loss line, no split announcement", () => {
    const text = ['val loss nan', 'step    1/100 | loss     nan (+nanz)| norm    nan (+nanz)| lr 8.57e-07 | 3914.05 ms', 'step    2/100 | loss 2.5 (+0.1z)| norm 1.0 (+nanz)| lr 1e-06 | 3914.05 ms', 'step    3/100 | loss 2.4 (+0.1z)| norm 1.0 (+nanz)| lr 1e-06 | 3914.05 ms', 'val loss 2.6', ''].join('\n');
    const parsed = parseConsoleLog(text, 'gpt2_train.log');
    expect(points(parsed.series.loss)).toEqual([[1, Number.NaN], [2, 2.5], [3, 2.4]]);
    expect(points(parsed.series.val_loss).at(-1)).toEqual([3, 2.6]);
  });
});

describe('a Keras history saved by pandas without its index', () => {
  const history = 'loss,accuracy,lr\n0.54,0.76,0.001\n0.41,0.80,0.001\n0.35,0.83,0.0005\n';

  it('a file named as a history whose header names a loss over rows of numbers is read, rows as epochs', async () => {
    expect(isNamedHistoryFile('runs/a/history.csv', history)).toBe(true);
    expect(isNamedHistoryFile('runs/a/model_history.csv', history)).toBe(true);
    put('a/history.csv', history);
    const runs = await readRuns(root);
    expect(runs.map((run) => run.name)).toEqual(['a']);
    expect(points(runs[0].series.loss)).toEqual([[0, 0.54], [1, 0.41], [2, 0.35]]);
  });

  it('the same table under another name, a header naming no loss, or a row of text, is none', () => {
    expect(isNamedHistoryFile('runs/a/data.csv', history)).toBe(false);
    expect(isNamedHistoryFile('runs/a/historyfile.csv', history)).toBe(false);
    expect(isNamedHistoryFile('runs/a/history.csv', 'price,volume\n1,2\n3,4\n')).toBe(false);
    expect(isNamedHistoryFile('runs/a/history.csv', 'loss,label\n0.5,cat\n0.4,dog\n')).toBe(false);
  });
});

describe("LeRobot's training lines: a rounded step, a source location", () => {
  const line = (step: string, loss: number) => `INFO 2026-06-12 10:53:24 ot_train.py:357 step:${step} smpl:13K ep:40 epch:1.01 loss:${loss} grdn:49.8 lr:1.0e-05 updt_s:0.504 data_s:0.083`;
  const log = [line('400', 2.2), line('600', 1.8), line('800', 1.5), line('1K', 1.2), line('1K', 1.0), line('1K', 0.9), line('2K', 0.8), line('2K', 0.7), ''].join('\n');

  it('a step written rounded goes on at the cadence of the exact steps before it (1000, 1200, 1400 after 400, 600, 800), not back to 1', () => {
    const parsed = parseConsoleLog(log, 'train_log.txt');
    expect(points(parsed.series.loss)).toEqual([[400, 2.2], [600, 1.8], [800, 1.5], [1000, 1.2], [1200, 1.0], [1400, 0.9], [1600, 0.8], [1800, 0.7]]);
    expect(parsed.notes?.[0]).toContain("5 lines whose step was written rounded ('step:1K')");
  });

  it('...never below the range its suffix allows (a 5K after lines logged at 1K is at least 4500)', () => {
    const gap = [line('400', 2.2), line('600', 1.8), line('1K', 1.2), line('5K', 0.8), ''].join('\n');
    expect(points(parseConsoleLog(gap, 'train_log.txt').series.loss).map(([step]) => step)).toEqual([400, 600, 800, 4500]);
  });

  it("logging's source location ('ot_train.py:357') is no pair", () => {
    expect(Object.keys(parseConsoleLog(log, 'train_log.txt').series)).not.toContain('ot_py');
    expect(Object.keys(parseConsoleLog(log, 'train_log.txt').series).some((name) => name.includes('py'))).toBe(false);
  });
});
