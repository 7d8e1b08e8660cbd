/**
 * The log formats of issue 10 part 2: Hugging Face trainer_state.json, a Keras history dict,
 * CatBoost's catboost_info/, Ultralytics results.csv (YOLOv8 and the padded YOLOv5 header),
 * format detection by content, Git LFS pointers, and the directory layouts (CatBoost folders,
 * Hugging Face checkpoint-N folders). Inputs are small hand-written copies of the writers'
 * formats; the real-log corpus (test/monitor/corpus) reads the real files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCatBoost } from '../../src/io/catboost.js';
import { parseJsonLog } from '../../src/io/json-log.js';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { seriesPoints } from '../../src/io/series.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const { root, put } = tempFolder('losskit-formats-');

/** A trainer_state.json as transformers' TrainerState.save_to_json writes it (indent 2, sorted keys). */
const trainerState = JSON.stringify({
  best_metric: null, epoch: 2.0, global_step: 40, is_hyper_param_search: false,
  log_history: [
    { epoch: 0.5, grad_norm: 3.1, learning_rate: 4e-5, loss: 1.2, step: 10 },
    { epoch: 1.0, grad_norm: 2.0, learning_rate: 3e-5, loss: 0.8, step: 20 },
    { epoch: 1.0, eval_loss: 0.9, eval_runtime: 1.5, eval_samples_per_second: 80.1, step: 20 },
    { epoch: 1.5, grad_norm: 1.9, learning_rate: 2e-5, loss: 0.6, step: 30 },
    { epoch: 2.0, grad_norm: 1.5, learning_rate: 1e-5, loss: 0.5, step: 40 },
    { epoch: 2.0, eval_loss: 0.95, eval_runtime: 1.4, eval_samples_per_second: 81.0, step: 40 },
    { epoch: 2.0, step: 40, total_flos: 1e15, train_loss: 0.775, train_runtime: 60.2, train_samples_per_second: 10.6 },
  ],
  max_steps: 40,
}, null, 2);

describe('Hugging Face trainer_state.json', () => {
  it('reads log_history; drops the end-of-training summary (its train_loss is the mean) and says so', () => {
    const log = parseJsonLog(trainerState, 'trainer_state.json');
    expect(log.format).toBe('hf-trainer-state');
    expect(seriesPoints(log.series.loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[10, 0.5, 1.2], [20, 1, 0.8], [30, 1.5, 0.6], [40, 2, 0.5]]);
    expect(seriesPoints(log.series.eval_loss).map((p) => p.value)).toEqual([0.9, 0.95]);
    expect(log.series.train_loss).toBeUndefined();
    expect(log.series.total_flos).toBeUndefined();
    expect(log.notes).toEqual(['dropped log_history[6], the end-of-training summary (train_loss 0.775, the mean over the whole run)']);
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.name, history.validationLoss?.name, history.learningRate?.name]).toEqual(['loss', 'val_loss', 'learning_rate']);
    expect(history.series('grad_norm')?.role).toBe('context');
    expect(history.series('eval_runtime')?.role).toBe('context');
  });

  it('is recognised by content: a pretty-printed JSON document is not JSON lines', () => {
    expect(detectLogFormat('trainer_state.json', bytes(trainerState))).toBe('json');
    expect(detectLogFormat('state', bytes(trainerState))).toBe('json');
    expect(detectLogFormat('log', bytes('{"epoch": 0, "loss": 1}\n{"epoch": 1, "loss": 0.5}\n'))).toBe('jsonl');
    expect(parseLog('no-extension', bytes(trainerState)).format).toBe('hf-trainer-state');
  });

  it("several evaluation sets ('eval_<name>_loss'): the first is the validation loss", () => {
    const state = JSON.stringify({ log_history: [0, 1, 2, 3].map((i) => ({ epoch: i, step: i * 10, eval_a_loss: 1 + i, eval_b_loss: 2 + i })) });
    const history = History.fromSeries(parseJsonLog(state, 's.json').series);
    expect(history.validationLoss?.sourceNames).toEqual(['eval_a_loss']);
  });

  it("a Keras history dict; Python's bare NaN; other JSON is an error naming the file", () => {
    const keras = parseJsonLog('{"loss": [1.0, 0.5, NaN], "val_loss": [1.1, 0.7, 0.6]}', 'history.json');
    expect(keras.format).toBe('json-history');
    expect(seriesPoints(keras.series.loss).map((p) => [p.step, p.epoch, p.value])).toEqual([[0, 0, 1], [1, 1, 0.5], [2, 2, Number.NaN]]);
    expect(() => parseJsonLog('{"model": "bert"}', 'config.json')).toThrow(/^config\.json: a JSON document losskit cannot read as a training log/);
    expect(() => parseJsonLog('{"log_history": [', 'broken.json')).toThrow(/^broken\.json: not valid JSON/);
  });
});

describe("CatBoost's catboost_info/", () => {
  const learn = 'iter\tRMSE\n0\t1.0\n1\t0.8\n2\t0.7\n';
  const test = 'iter\tRMSE\tMAE\n0\t1.1\t0.9\n1\t0.95\t0.8\n2\t0.97\t0.79\n';

  it("series '<set>/<metric>'; the objective (the first learn metric) is the loss, by role", () => {
    const log = parseCatBoost({ learn: { text: learn, file: 'learn_error.tsv' }, test: { text: test, file: 'test_error.tsv' } }, 'catboost_info');
    expect(Object.keys(log.series).sort()).toEqual(['learn/RMSE', 'test/MAE', 'test/RMSE']);
    expect(log.roles).toEqual({ 'learn/RMSE': 'trainLoss', 'test/RMSE': 'validationLoss' });
    const history = History.fromSeries(log.series, { roles: log.roles! });
    expect(history.trainLoss?.points.map((p) => p.value)).toEqual([1, 0.8, 0.7]);
    expect(history.validationLoss?.sourceNames).toEqual(['test/RMSE']);
    expect(history.series('test/MAE')?.role).toBe('metric');
  });

  it("an eval_metric written first (F1, AUC: higher is better) is not the objective: the first loss is (Logloss)", () => {
    const withF1 = parseCatBoost({
      learn: { text: 'iter\tF1\tLogloss\n0\t0.66\t0.68\n1\t0.70\t0.67\n', file: 'learn_error.tsv' },
      test: { text: 'iter\tF1\tLogloss\n0\t0.32\t0.697\n1\t0.22\t0.704\n', file: 'test_error.tsv' },
    }, 'catboost_info');
    expect(withF1.roles).toEqual({ 'learn/Logloss': 'trainLoss', 'test/Logloss': 'validationLoss' });
    const training = JSON.stringify({ meta: { test_sets: ['test'], learn_metrics: [{ name: 'AUC:type=Classic' }, { name: 'CrossEntropy' }] }, iterations: [] });
    const withAuc = parseCatBoost({
      test: { text: 'iter\tAUC:type=Classic\tCrossEntropy\n0\t0.7\t0.6\n1\t0.72\t0.58\n', file: 'test_error.tsv' },
      training: { text: training, file: 'catboost_training.json' },
    }, 'catboost_info');
    expect(withAuc.roles).toEqual({ 'test/CrossEntropy': 'validationLoss' });
  });

  it('several eval sets repeat the metric columns: named as catboost_training.json says (test, test1)', () => {
    const training = JSON.stringify({ meta: { test_sets: ['test', 'test1'], learn_metrics: [{ name: 'Logloss' }] }, iterations: [] });
    const log = parseCatBoost({
      test: { text: 'iter\tLogloss\tLogloss\n0\t0.6\t0.7\n1\t0.5\t0.65\n', file: 'test_error.tsv' },
      training: { text: training, file: 'catboost_training.json' },
    }, 'catboost_info');
    expect(Object.keys(log.series).sort()).toEqual(['test/Logloss', 'test1/Logloss']);
    expect(log.roles).toEqual({ 'test/Logloss': 'validationLoss' });
  });

  it('only catboost_training.json: the iterations are read from it', () => {
    const training = JSON.stringify({
      meta: { test_sets: ['test'], learn_metrics: [{ name: 'RMSE' }], test_metrics: [{ name: 'RMSE' }] },
      iterations: [{ iteration: 0, learn: [1.0], test: [1.2] }, { iteration: 1, learn: [0.9], test: [1.1] }],
    });
    const log = parseCatBoost({ training: { text: training, file: 'catboost_training.json' } }, 'dir');
    expect(seriesPoints(log.series['test/RMSE']).map((p) => p.value)).toEqual([1.2, 1.1]);
  });

  it('a damaged row keeps the rows before it', () => {
    const log = parseCatBoost({ learn: { text: 'iter\tRMSE\n0\t1.0\n1\t0.8\n2\n3\t0.6\n', file: 'learn_error.tsv' } }, 'dir');
    expect(seriesPoints(log.series['learn/RMSE']).map((p) => p.value)).toEqual([1, 0.8]);
    expect(log.warnings[0]).toBe("learn_error.tsv:4: 1 fields, expected 2 (the header's columns); kept the 2 rows before it and ignored the rest of the file");
  });

  it('a catboost_info folder is ONE run (its learn/ and test/ event files are not read again); fold prefixes are runs', async () => {
    put('cb/catboost_info/learn_error.tsv', learn);
    put('cb/catboost_info/test_error.tsv', test);
    put('cb/catboost_info/time_left.tsv', 'iter\tPassed\tRemaining\n0\t1\t2\n');
    put('cb/catboost_info/learn/events.out.tfevents', 'not read');
    put('cb/catboost_info/test/events.out.tfevents', 'not read');
    const runs = await readRuns(join(root, 'cb'));
    expect(runs.map((run) => [run.name, run.source.format])).toEqual([['catboost_info', 'catboost']]);
    put('folds/catboost_info/fold_0_learn_error.tsv', learn);
    put('folds/catboost_info/fold_1_learn_error.tsv', learn);
    expect((await readRuns(join(root, 'folds'))).map((run) => run.name)).toEqual(['catboost_info/fold_0', 'catboost_info/fold_1']);
  });
});

describe('Ultralytics results.csv', () => {
  it("YOLOv8: 'train/loss' and 'val/loss' are the sums of the components, which stay", () => {
    const csv = 'epoch,train/box_loss,train/cls_loss,train/dfl_loss,metrics/mAP50(B),val/box_loss,val/cls_loss,val/dfl_loss,lr/pg0\n'
      + '1,1.0,2.0,1.5,0.1,1.1,2.2,1.6,0.01\n2,0.8,1.5,1.3,0.2,1.0,2.0,1.5,0.009\n';
    const log = parseLog('results.csv', bytes(csv));
    expect(log.format).toBe('ultralytics');
    expect(seriesPoints(log.series['train/loss']).map((p) => [p.epoch, p.value])).toEqual([[1, 1.0 + 2.0 + 1.5], [2, 0.8 + 1.5 + 1.3]]);
    expect(seriesPoints(log.series['val/loss']).map((p) => p.value)).toEqual([1.1 + 2.2 + 1.6, 1 + 2 + 1.5]);
    expect(log.series['train/box_loss']).toHaveLength(2);
    expect(log.notes?.[0]).toBe("'train/loss' is the sum 'train/box_loss' + 'train/cls_loss' + 'train/dfl_loss' (Ultralytics' total loss)");
    const history = History.fromSeries(log.series);
    expect([history.trainLoss?.sourceNames, history.validationLoss?.sourceNames]).toEqual([['train/loss'], ['val/loss']]);
    expect(history.learningRate?.name).toBe('learning_rate_pg0');
    expect(history.series('train/box_loss')?.role).toBe('metric');
  });

  it('YOLOv5: names padded with spaces, x/lr0, epochs from 0', () => {
    const pad = (cells: string[]) => cells.map((cell) => cell.padStart(20)).join(',');
    const csv = [pad(['epoch', 'train/box_loss', 'train/obj_loss', 'train/cls_loss', 'val/box_loss', 'val/obj_loss', 'val/cls_loss', 'x/lr0']),
      pad(['0', '0.1', '0.05', '0.02', '0.09', '0.04', '0.02', '0.07']), pad(['1', '0.08', '0.04', '0.01', '0.08', '0.03', '0.01', '0.06'])].join('\n') + '\n';
    const log = parseLog('results.csv', bytes(csv));
    expect(seriesPoints(log.series['train/loss']).map((p) => [p.epoch, p.value])).toEqual([[0, 0.1 + 0.05 + 0.02], [1, 0.08 + 0.04 + 0.01]]);
    expect(History.fromSeries(log.series).learningRate?.sourceNames).toEqual(['x/lr0']);
  });
});

describe('layouts and oddities', () => {
  it('a Git LFS pointer (a Hugging Face model repository cloned without LFS) is named as such', async () => {
    const pointer = 'version https://git-lfs.github.com/spec/v1\noid sha256:5828b8e9\nsize 21573\n';
    const path = put('lfs/runs/Dec15/events.out.tfevents.1671085786.host.1.0', pointer);
    await expect(readRun(path)).rejects.toThrow(`${path}: a Git LFS pointer, not the file itself: fetch the file with \`git lfs pull\``);
    expect(() => parseLog('trainer_state.json', bytes(pointer))).toThrow(/a Git LFS pointer/);
  });

  it('a Hugging Face output folder: only the latest checkpoint-N/trainer_state.json, none when the folder has its own', async () => {
    put('hf-out/checkpoint-500/trainer_state.json', trainerState);
    put('hf-out/checkpoint-1000/trainer_state.json', trainerState);
    put('hf-out/checkpoint-1000/config.json', '{"model_type": "bert"}');
    expect((await readRuns(join(root, 'hf-out'))).map((run) => run.name)).toEqual(['checkpoint-1000']);
    put('hf-out/trainer_state.json', trainerState);
    expect((await readRuns(join(root, 'hf-out'))).map((run) => [run.name, run.source.format])).toEqual([['hf-out', 'hf-trainer-state']]);
  });

  it("Lightning's early CSVLogger 'created_at' column is the wall time, read as UTC", () => {
    const log = parseLog('metrics.csv', bytes('train_loss,epoch,created_at\n0.5,0,2020-02-03 16:53:44.934109\n0.4,1,2020-02-03 16:53:45.934109\n'));
    expect(log.warnings).toEqual([]);
    expect(seriesPoints(log.series.train_loss).map((p) => p.wallTime)).toEqual([Date.UTC(2020, 1, 3, 16, 53, 44, 934) / 1000, Date.UTC(2020, 1, 3, 16, 53, 45, 934) / 1000]);
  });
});
