/**
 * Layouts the twenty-eighth real-log corpus (test/monitor/corpus-twenty-eighth-a and -b) left
 * unread, read after its held-out score (so tuned), written here in each layout, numbers made up:
 *
 *   - gradient-boosting evaluation lines (booster-line.ts, booster-log.ts, booster-roles.ts):
 *     CatBoost's `0:\tlearn: ...\ttest: ...\tbest: ... (0)\ttotal: ...`, XGBoost's
 *     `[0]\tvalidation_0-rmse:8.49`, LightGBM's `[100]\ttraining's l2: 0.5\tvalid_1's l2: 0.6`, with
 *     their early-stopping footers, several fits in one log, in a notebook and in a `.log`;
 *   - a PyTorch scalar tensor printed as a value (`train_epoch_loss=tensor(30.7543, device='cuda:0')`,
 *     PEFT's example loops; console-patterns.ts' TORCH_SCALAR);
 *   - a whole-line dict naming its epoch with its loss formatted as a string
 *     (`{'Epoch': 1, 'Avg Epoch Loss': '0.8336'}`, MONAI's tutorial loop; epoch-dict-line.ts).
 */
import { describe, expect, it } from 'vitest';
import { isBestRoundHeader, readBoosterLine } from '../../src/io/booster-line.js';
import { readConsoleLine } from '../../src/io/console-line.js';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { notebook, stdout, steps, values } from './support/logs.js';

/** CatBoost's verbose lines for `tests` (its best so far taken as the lowest, or the highest with `higher`), every `every` iterations. */
function catBoost(learn: readonly number[], tests: readonly number[] | undefined, every = 1, higher = false): string {
  let best = Number.NaN;
  let bestAt = 0;
  return learn.map((value, i) => {
    const iteration = i * every;
    const test = tests?.[i];
    if (test !== undefined && (Number.isNaN(best) || (higher ? test > best : test < best))) [best, bestAt] = [test, iteration];
    const eval_ = test === undefined ? '' : `\ttest: ${test.toFixed(7)}\tbest: ${best.toFixed(7)} (${bestAt})`;
    return `${iteration}:\tlearn: ${value.toFixed(7)}${eval_}\ttotal: ${10 + i}ms\tremaining: ${100 - i}ms\n`;
  }).join('');
}
const falling = (length: number, from: number, by: number) => Array.from({ length }, (_, i) => from - i * by);

describe('booster-line: one evaluation line of CatBoost, XGBoost or LightGBM', () => {
  it('reads each library\'s line, and a cv spread as its mean', () => {
    expect(readBoosterLine('0:\tlearn: 0.8444130\ttest: 2.2561020\tbest: 2.2561020 (0)\ttotal: 79.4ms\tremaining: 1m 19s')).toEqual({
      booster: 'catboost', round: 0, best: 2.256102, values: [{ set: 'learn', metric: '', value: 0.844413 }, { set: 'test', metric: '', value: 2.256102 }],
    });
    expect(readBoosterLine('[31]\tvalidation_0-rmse:3.09336\tvalidation_1-poisson-nloglik:1.5')?.values)
      .toEqual([{ set: 'validation_0', metric: 'rmse', value: 3.09336 }, { set: 'validation_1', metric: 'poisson-nloglik', value: 1.5 }]);
    expect(readBoosterLine("[100]\ttraining's multi_logloss: 1.53707\tvalid_1's multi_logloss: 1.54177")).toEqual({
      booster: 'lightgbm', round: 100, values: [{ set: 'training', metric: 'multi_logloss', value: 1.53707 }, { set: 'valid_1', metric: 'multi_logloss', value: 1.54177 }],
    });
    expect(readBoosterLine('[4]\ttrain-rmse:0.25+0.01\ttest-rmse:0.31+0.02')?.values.map(({ value }) => value)).toEqual([0.25, 0.31]);
    expect(readBoosterLine("[10]\tcv_agg's l2: 0.5 + 0.01")?.values).toEqual([{ set: 'cv_agg', metric: 'l2', value: 0.5 }]);
  });

  it('reads no other line: a loop\'s bracketed counter, a CatBoost-like line without its timings, a field of another kind', () => {
    expect(readBoosterLine('[3]\tloss: 0.5')).toBeUndefined();
    expect(readBoosterLine('[3]\tvalidation_0-rmse:3.1\tlr: 0.01')).toBeUndefined();
    expect(readBoosterLine('3:\tlearn: 0.5\ttest: 0.6')).toBeUndefined();
    expect(readBoosterLine('3:\tloss: 0.5\ttotal: 1s')).toBeUndefined();
    // Spaces for tabs are read since readers-64 (reader-sweep-layouts.test.ts); a field that is no booster's still spoils the line.
    expect(readBoosterLine('[3] validation_0-rmse:3.1 loss 0.5')).toBeUndefined();
    expect(isBestRoundHeader('Stopping. Best iteration:')).toBe(true);
    expect(isBestRoundHeader('Early stopping, best iteration is:')).toBe(true);
    expect(isBestRoundHeader('Did not meet early stopping. Best iteration is:')).toBe(true);
    expect(isBestRoundHeader('Best iteration: 31')).toBe(false);
  });

  it('is no plain console line: LightGBM\'s would be a pair \'s_l2\'', () => {
    expect(readConsoleLine("[3]\ttraining's l2: 0.5\tvalid_1's l2: 0.6", false, true)).toBeUndefined();
    expect(readConsoleLine('[3]\tvalidation_0-logloss:0.5', false, true)).toBeUndefined();
  });
});

describe("CatBoost's verbose output", () => {
  it('two fits in one notebook cell, the counter back at 0: the last fit is the run, learn and test its losses', () => {
    const first = catBoost(falling(6, 0.8, 0.1), falling(6, 2.2, 0.2), 100);
    const second = catBoost(falling(6, 0.3, 0.05), [0.77, 0.35, 0.34, 0.341, 0.342, 0.343], 100);
    const cell = `${first}\nbestTest = 1.2\nbestIteration = 500\n\nShrink model to first 501 iterations.\n${second}\nbestTest = 0.34\nbestIteration = 200\n`;
    const log = parseLog('covid.ipynb', notebook([[stdout('Learning rate set to 0.05\n')], [stdout(cell)]]));
    expect(log.format).toBe('booster');
    expect(steps(log.series.test)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(values(log.series.learn)[0]).toBe(0.3);
    expect(log.roles).toEqual({ learn: 'trainLoss', test: 'validationLoss' });
    const history = History.fromSeries(log.series, { roles: log.roles ?? {} });
    expect(history.validationLoss?.points.at(-1)?.value).toBe(0.343);
    expect(log.notes?.join('\n')).toMatch(/CatBoost's round went back from 500 to 0: 2 trainings written into one log .*kept the latest \(from cell 2/);
  });

  it('without an eval set, the learn metric the training loss; a score that rises (best the highest) no loss', () => {
    const alone = parseLog('fit.log', bytes(catBoost(falling(6, 0.7, 0.05), undefined)));
    expect(alone.roles).toEqual({ learn: 'trainLoss' });
    const accuracy = parseLog('accuracy.log', bytes(catBoost([0.38, 0.49, 0.55, 0.6, 0.66, 0.7], [0.22, 0.27, 0.32, 0.31, 0.33, 0.37], 1, true)));
    expect(accuracy.roles).toBeUndefined();
    expect(accuracy.notes?.join('\n')).toContain('a score, not a loss');
  });

  it('reads the fit kept by the fresh-start rule: a last fit shorter than 5 points gives way to the one before', () => {
    const log = parseLog('two.log', bytes(catBoost(falling(6, 0.7, 0.05), falling(6, 0.8, 0.05)) + catBoost([0.5, 0.4], [0.6, 0.5])));
    expect(values(log.series.learn)).toHaveLength(6);
    expect(log.roles).toEqual({ learn: 'trainLoss', test: 'validationLoss' });
  });
});

describe("XGBoost's and LightGBM's evaluation logs", () => {
  it("one eval set: 'validation_0' is held out; the early-stopping footer's repeated round is no point", () => {
    const rounds = Array.from({ length: 8 }, (_, i) => `[${i}]\tvalidation_0-rmse:${(8 - i * 0.5).toFixed(5)}\n`);
    const text = `${rounds[0]}Will train until validation_0-rmse hasn't improved in 100 rounds.\n${rounds.slice(1).join('')}Stopping. Best iteration:\n[3]\tvalidation_0-rmse:6.50000\n\nBest params: {'max_depth': 1}\n`;
    const log = parseLog('deployment.ipynb', notebook([[stdout(text)]]));
    expect(steps(log.series['validation_0/rmse'])).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(log.roles).toEqual({ 'validation_0/rmse': 'validationLoss' });
    expect(log.notes?.join('\n')).toContain('1 best round repeated after an early-stopping footer passed by');
    expect(log.notes?.join('\n')).not.toContain('trainings written into one log');
  });

  it("two positional sets and two metrics: the first set the training's, the loss the first loss metric (not 'error')", () => {
    const text = Array.from({ length: 6 }, (_, i) => `[${i}]\tvalidation_0-error:0.${9 - i}\tvalidation_0-logloss:0.${60 - i * 5}\tvalidation_1-error:0.${9 - i}5\tvalidation_1-logloss:0.${65 - i * 3}\n`).join('');
    const log = parseLog('classifier.log', bytes(text));
    expect(log.roles).toEqual({ 'validation_0/logloss': 'trainLoss', 'validation_1/logloss': 'validationLoss' });
    const errors = parseLog('errors.log', bytes(text.replace(/-logloss:[\d.]+/g, '-auc:0.9')));
    expect(errors.roles).toBeUndefined();
  });

  it("LightGBM's 'training' and 'valid_1' sets, read from a .log file found in a folder", async () => {
    const rows = Array.from({ length: 6 }, (_, i) => `[${(i + 1) * 100}]\ttraining's multi_logloss: ${(1.5 - i * 0.05).toFixed(5)}\tvalid_1's multi_logloss: ${(1.55 - i * 0.02).toFixed(5)}\n`);
    const { root, put } = tempFolder('losskit-lightgbm-');
    put('run/train.log', `Training until validation scores don't improve for 200 rounds.\n${rows.join('')}Early stopping, best iteration is:\n${rows[5]}1136.274 Seconds to train lgb\n`);
    const run = await readRun(`${root}/run`);
    expect(run.source.format).toBe('booster');
    expect(run.roles).toEqual({ 'training/multi_logloss': 'trainLoss', 'valid_1/multi_logloss': 'validationLoss' });
    expect(steps(run.series['valid_1/multi_logloss'])).toEqual([100, 200, 300, 400, 500, 600]);
  });

  it("xgb.train's named sets: 'train' the training loss, 'eval' the validation loss", () => {
    const text = Array.from({ length: 5 }, (_, i) => `[${i}]\ttrain-mlogloss:${(1 - i / 10).toFixed(4)}\teval-mlogloss:${(1.1 - i / 20).toFixed(4)}\n`).join('');
    expect(parseLog('native.txt', bytes(text)).roles).toEqual({ 'train/mlogloss': 'trainLoss', 'eval/mlogloss': 'validationLoss' });
  });
});

describe('printed values in console lines', () => {
  it("a PyTorch scalar tensor's number is the value (PEFT's `epoch=0: train_ppl=tensor(...)` lines)", () => {
    const line = (epoch: number, loss: number, ppl: string) => `epoch=${epoch}: train_ppl=tensor(${Math.exp(loss).toExponential(4)}, device='cuda:0') ` +
      `train_epoch_loss=tensor(${loss.toFixed(4)}, device='cuda:0') eval_ppl=tensor(${ppl}, device='cuda:0') eval_epoch_loss=tensor(${(loss - 0.5).toFixed(4)}, device='cuda:0')\n`;
    const text = [30.75, 13.02, 12.2, 11.65, 10.6].map((loss, i) => line(i, loss, i === 3 ? '54962.' : '1234.5625')).join('');
    const log = parseLog('prompt_tuning.ipynb', notebook([[stdout(text)]]));
    expect(values(log.series.train_epoch_loss)).toEqual([30.75, 13.02, 12.2, 11.65, 10.6]);
    expect(values(log.series.eval_ppl)[3]).toBe(54962);
    expect(readConsoleLine("epoch=1: loss=tensor(0.52, grad_fn=<NllLossBackward0>)", false)?.kind).toBe('observation');
    // A tensor of several numbers is no value.
    expect(readConsoleLine("epoch=1: loss=tensor([0.52, 0.6])", false)).toBeUndefined();
  });

  it("whole numbers between a name's ':' and a scalar tensor are counters, the tensor the value (readers-149)", () => {
    // A Udacity dog-app copy (the hundred-and-eighteenth corpus's c05): epoch 17, batch 49; read in place, the loss was 17.
    const read = readConsoleLine("train loss: 17 49 tensor(1.8491, device='cuda:0')", false);
    expect(read).toEqual({ kind: 'unplaced', pairs: [{ name: 'train_loss', value: 1.8491, validation: false }], components: 0 });
    // Without a tensor the numbers read as before: the first after the ':' is the value.
    expect(JSON.stringify(readConsoleLine('train loss: 0.52 17', false))).toContain('0.52');
  });

  it("a whole-line dict naming its epoch, its loss a formatted string (`{'Epoch': 1, 'Avg Epoch Loss': '0.8336'}`)", () => {
    const text = Array.from({ length: 6 }, (_, i) => `{'Epoch': ${i + 1}, 'Avg Epoch Loss': '${(0.83 - i * 0.1).toFixed(4)}'}\n`).join('');
    const log = parseLog('restoration.ipynb', notebook([[stdout(text)]]));
    expect(values(log.series.avg_epoch_loss)).toEqual([0.83, 0.73, 0.63, 0.53, 0.43, 0.33]);
    expect(log.series.epoch).toBeUndefined();
    // A string that is no number, or a dict without an epoch, is none.
    expect(readConsoleLine("{'Epoch': 1, 'Avg Epoch Loss': 'n/a'}", false)).toBeUndefined();
    expect(readConsoleLine("{'model': 'unet', 'loss': '0.5'}", false)).toBeUndefined();
  });
});
