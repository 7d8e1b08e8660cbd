/**
 * TensorBoard layouts the real-log corpus could not hold (no licensed public copy was found; the
 * Hugging Face Hub stores event files in Git LFS): the Hugging Face Trainer's TensorBoardCallback
 * and Keras's TensorBoard callback. The event files are built by the test writer with the tags,
 * steps and encodings those writers use, and filled with the numbers of two corpus runs, so the
 * same training read from two formats must give the same diagnosis.
 *
 * - HF (transformers/integrations/integration_utils.py, TensorBoardCallback.on_log): every log
 *   dict is written with add_scalar (simple_value) under 'train/<key>' or 'eval/<key>' at the
 *   global step: 'train/loss', 'train/learning_rate', 'train/grad_norm', 'train/epoch' (the epoch
 *   counter, logged with every dict), 'eval/loss', 'eval/runtime', 'eval/samples_per_second', and
 *   at the end 'train/train_runtime', 'train/train_loss' (the run's mean), 'train/total_flos'.
 * - Keras (keras/src/callbacks/tensorboard.py): train/ and validation/ runs, rank-0 float tensors
 *   with the 'scalars' plugin on each tag's first value, tag 'epoch_<name>', step = epoch, plus
 *   'epoch_learning_rate' in train/ and 'evaluation_loss_vs_iterations' in validation/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seriesPoints } from '../../src/io/series.js';
import { readRun } from '../../src/io/runs.js';
import { parseCsvLog } from '../../src/io/csv-log.js';
import { History, diagnose, seriesName } from '../../src/monitor/index.js';
import { writeEventFile, type EventSpec, type ScalarSpec } from './support/tfevents-writer.js';

const root = mkdtempSync(join(tmpdir(), 'losskit-layouts-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const corpus = join(import.meta.dirname, '..', 'monitor', 'corpus', 'runs');

function put(path: string, bytes: Uint8Array): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, bytes);
  return full;
}

const kinds = (history: History) => diagnose(history).map((finding) => finding.kind);

describe("the Hugging Face Trainer's TensorBoard layout", () => {
  // Real numbers: the Whisper fine-tune whose eval_loss rises at every evaluation (corpus run hf-whisper-ja-5k).
  const state = JSON.parse(readFileSync(join(corpus, 'hf-whisper-ja-5k', 'trainer_state.json'), 'utf8')) as { log_history: Record<string, number>[] };
  const events: EventSpec[] = state.log_history.map((entry) => {
    const split = 'eval_loss' in entry ? 'eval' : 'train';
    const scalars: ScalarSpec[] = Object.entries(entry)
      .filter(([key]) => key !== 'step' && key !== 'epoch')
      .map(([key, value]) => ({ tag: `${split}/${split === 'eval' ? key.replace(/^eval_/, '') : key}`, value }));
    scalars.push({ tag: 'train/epoch', value: entry.epoch });
    return { step: entry.step, wallTime: 1_674_944_078 + entry.step, scalars };
  });
  const dir = join('hf', 'runs', 'Jan28_15-22-09_gpu07');
  put(join(dir, 'events.out.tfevents.1674944673.gpu07.137430.0'), writeEventFile(events).bytes);

  it("'train/epoch' is the epoch axis, not a loss; 'train/train_loss' (the run's mean) and runtimes are context", async () => {
    expect(seriesName('train/epoch')).toBeUndefined();
    expect(seriesName('train/train_loss')?.role).toBe('context');
    expect(seriesName('eval/samples_per_second')?.role).toBe('context');
    expect(seriesName('train/grad_norm')?.role).toBe('context');
    const run = await readRun(join(root, dir));
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train/loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['eval/loss']);
    expect(history.learningRate?.sourceNames).toEqual(['train/learning_rate']);
    // The epoch counter gives every point its epoch (fractional, as the Trainer counts).
    expect(history.validationLoss?.points.map((point) => point.epoch)).toEqual(state.log_history.filter((e) => 'eval_loss' in e).map((e) => Math.fround(e.epoch)));
    expect(history.trainLoss?.points).toHaveLength(200);
  });

  it('diagnoses what trainer_state.json gives: overfitting, and no false divergence from the epoch counter', async () => {
    const fromEvents = History.fromSeries((await readRun(join(root, dir))).series);
    const fromState = History.fromSeries((await readRun(join(corpus, 'hf-whisper-ja-5k'))).series);
    expect(kinds(fromEvents)).toEqual(['overfitting']);
    expect(kinds(fromEvents)).toEqual(kinds(fromState));
    // Before the tag → role table, 'train/epoch' (0.2 → 4.5) was read as the training loss: a critical 'divergence'.
    const counterAsLoss = new History();
    for (const entry of state.log_history) if ('loss' in entry) counterAsLoss.append('loss', { step: entry.step, value: entry.epoch });
    expect(kinds(counterAsLoss)).toContain('divergence');
  });
});

describe("Keras's TensorBoard layout: train/ + validation/ is one run", () => {
  // Real numbers: the MNIST CNN still improving at the end (corpus run keras-mnist-cnn).
  const csv = readFileSync(join(corpus, 'keras-mnist-cnn', 'training_log.csv'), 'utf8');
  const log = parseCsvLog(csv, 'training_log.csv');
  const epochs = seriesPoints(log.series.loss).map((point) => point.step);
  const tensor = (tag: string, value: number, epoch: number): ScalarSpec => ({ tag, value, encoding: 'content_float32', ...(epoch === 0 && { plugin: 'scalars' }) });
  const train: EventSpec[] = epochs.map((epoch, i) => ({
    step: epoch,
    scalars: [tensor('epoch_loss', seriesPoints(log.series.loss)[i].value, epoch), tensor('epoch_accuracy', seriesPoints(log.series.accuracy)[i].value, epoch),
      tensor('epoch_learning_rate', seriesPoints(log.series.learning_rate)[i].value, epoch)],
  }));
  const validation: EventSpec[] = epochs.map((epoch, i) => ({
    step: epoch,
    scalars: [tensor('epoch_loss', seriesPoints(log.series.val_loss)[i].value, epoch), tensor('epoch_accuracy', seriesPoints(log.series.val_accuracy)[i].value, epoch)],
  }));
  validation.push({ step: 3, scalars: [tensor('evaluation_loss_vs_iterations', seriesPoints(log.series.val_loss).at(-1)!.value, 0)] });
  put('keras/logs/fit/train/events.out.tfevents.1702903172.host.1.0.v2', writeEventFile(train).bytes);
  put('keras/logs/fit/validation/events.out.tfevents.1702903216.host.1.1.v2', writeEventFile(validation).bytes);

  it('the two folders are one run with train and validation roles; the same findings as the CSV log', async () => {
    const run = await readRun(join(root, 'keras/logs/fit'));
    const history = History.fromSeries(run.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train/epoch_loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['validation/epoch_loss']);
    expect(history.learningRate?.sourceNames).toEqual(['train/epoch_learning_rate']);
    expect(history.series('validation/evaluation_loss_vs_iterations')?.name).toBe('val_loss_step');
    expect(history.validationLoss?.points.map((point) => point.epoch)).toEqual(epochs);
    const fromCsv = History.fromSeries(log.series);
    expect(kinds(history)).toEqual(kinds(fromCsv));
    expect(kinds(history)).toContain('still-improving');
  });
});
