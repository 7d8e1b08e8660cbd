import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRun, readRuns } from '../../src/io/runs.js';
import { namesTrainingLog } from '../../src/io/walk-detect.js';
import { writeEventFile, type EventSpec } from './support/tfevents-writer.js';
import { seriesPoints } from '../../src/io/series.js';

const root = mkdtempSync(join(tmpdir(), 'losskit-io-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function put(path: string, content: string | Uint8Array): string {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
  return full;
}

/** Keras's TensorBoard callback: tag epoch_<metric>, step = epoch, rank-0 float tensors. */
function kerasEvents(values: number[]): Uint8Array {
  const events: EventSpec[] = values.map((value, epoch) => ({
    step: epoch,
    scalars: [{ tag: 'epoch_loss', value, encoding: 'content_float32', ...(epoch === 0 && { plugin: 'scalars' }) }],
  }));
  return writeEventFile(events).bytes;
}

const scalarEvents = (tag: string, steps: number[], value = (s: number) => 1 / (s + 1)) =>
  writeEventFile(steps.map((step) => ({ step, scalars: [{ tag, value: value(step) }] }))).bytes;

describe('readRun on files', () => {
  it('a Keras CSVLogger training.log, named by its stem', async () => {
    const path = put('files/training.log', 'epoch,loss,val_loss\n0,1,1.1\n1,0.5,0.8\n');
    const run = await readRun(path);
    expect(run.name).toBe('training');
    expect(run.source).toEqual({ path, format: 'csv-keras' });
    expect(seriesPoints(run.series.val_loss).map((p) => p.value)).toEqual([1.1, 0.8]);
  });

  it('an event file and a Lightning metrics.csv are named by their directory', async () => {
    const events = put('files/exp7/events.out.tfevents.1700000000.host.1.0', scalarEvents('loss', [0, 1, 2]));
    expect((await readRun(events)).name).toBe('exp7');
    const metrics = put('files/version_3/metrics.csv', 'epoch,step,train_loss\n0,9,0.5\n');
    const run = await readRun(metrics);
    expect([run.name, run.source.format]).toEqual(['version_3', 'csv-lightning']);
  });

  it('a file of another kind, and a missing path, are errors naming the path', async () => {
    const notes = put('files/notes.md', '# hello\n');
    await expect(readRun(notes)).rejects.toThrow(`${notes}: not a training log losskit reads`);
    await expect(readRun(join(root, 'nope'))).rejects.toThrow(`${join(root, 'nope')}: cannot read`);
  });
});

describe('directories', () => {
  it("Keras TensorBoard layout: train/ + validation/ is ONE run with prefixed series and epoch = step", async () => {
    put('keras/logs/train/events.out.tfevents.1700000000.host.1.0.v2', kerasEvents([1, 0.6, 0.4]));
    put('keras/logs/train/plugins/profile/2026_01_01/host.xplane.pb', 'not a log');
    put('keras/logs/validation/events.out.tfevents.1700000001.host.1.1.v2', kerasEvents([1.1, 0.8, 0.9]));
    const run = await readRun(join(root, 'keras/logs'));
    expect(run.name).toBe('logs');
    expect(run.source.format).toBe('tfevents');
    expect(Object.keys(run.series).sort()).toEqual(['train/epoch_loss', 'validation/epoch_loss']);
    expect(seriesPoints(run.series['validation/epoch_loss']).map((p) => [p.step, p.epoch, p.value])).toEqual([[0, 0, Math.fround(1.1)], [1, 1, Math.fround(0.8)], [2, 2, Math.fround(0.9)]]);
    expect(run.warnings).toEqual([]);
    // Several Keras runs side by side are several runs.
    put('keras/logs2/run_b/train/events.out.tfevents.1.h', kerasEvents([2, 1]));
    put('keras/logs2/run_a/train/events.out.tfevents.1.h', kerasEvents([3, 2]));
    put('keras/logs2/run_a/validation/events.out.tfevents.2.h', kerasEvents([3, 3]));
    const runs = await readRuns(join(root, 'keras/logs2'));
    expect(runs.map((r) => [r.name, Object.keys(r.series).length])).toEqual([['run_a', 2], ['run_b', 1]]);
  });

  it('TensorBoard layout: one run per directory of event files, several files merged by step in name order', async () => {
    // exp1 was resumed from a checkpoint at step 3: the second file repeats steps 3 and 4.
    put('tb/exp1/events.out.tfevents.1700000000.host.1.0', scalarEvents('loss', [0, 1, 2, 3, 4]));
    put('tb/exp1/events.out.tfevents.1700000500.host.2.0', scalarEvents('loss', [3, 4, 5], (s) => 10 + s));
    put('tb/exp2/events.out.tfevents.1700000000.host.3.0', scalarEvents('accuracy', [0, 10]));
    put('tb/data.csv', 'x,y\n1,2\n');
    put('tb/README.txt', 'these are my runs\n');
    const runs = await readRuns(join(root, 'tb'));
    expect(runs.map((r) => r.name)).toEqual(['exp1', 'exp2']);
    const exp1 = runs[0];
    expect(seriesPoints(exp1.series.loss).map((p) => [p.step, p.value])).toEqual([[0, 1], [1, 0.5], [2, Math.fround(1 / 3)], [3, 13], [4, 14], [5, 15]]);
    expect(exp1.warnings).toEqual([]);
    expect(exp1.notes).toEqual([`${join(root, 'tb/exp1')}: the step went back from 4 to 3 (a restart appended to the log, as when a run resumes from a checkpoint); kept the later launch's points and dropped the earlier ones from that step on, as TensorBoard does: 2 points of 'loss'`]);
    await expect(readRun(join(root, 'tb'))).rejects.toThrow('holds 2 runs (exp1, exp2); read them with readRuns');
    expect((await readRun(join(root, 'tb/exp2'))).name).toBe('exp2');
  });

  it("PyTorch add_scalars layout: <main_tag>_<key>/ folders holding tag main_tag are ONE run whose series are the keys", async () => {
    // writer.add_scalars('epoch', {'loss': ..., 'val_loss': ...}, epoch) writes epoch_loss/ and epoch_val_loss/, both with tag 'epoch'.
    put('scalars/ddetr/epoch_loss/events.out.tfevents.1700000000.host.1.7', scalarEvents('epoch', [0, 1, 2], (s) => 3 - s));
    put('scalars/ddetr/epoch_val_loss/events.out.tfevents.1700000000.host.1.8', scalarEvents('epoch', [0, 1, 2], (s) => 4 - s));
    const run = await readRun(join(root, 'scalars/ddetr'));
    expect(run.name).toBe('ddetr');
    expect(Object.keys(run.series)).toEqual(['loss', 'val_loss']);
    expect(seriesPoints(run.series.val_loss).map((p) => [p.step, p.value])).toEqual([[0, 4], [1, 3], [2, 2]]);
    expect(run.notes).toEqual(["PyTorch's add_scalars('epoch', {...}) layout: the subfolders epoch_loss/, epoch_val_loss/ are one run, their tag 'epoch' read as the series 'loss', 'val_loss'"]);
    // A '/' in main_tag becomes '_' in the folder name; the main writer's own event files join the run.
    put('scalars/nested/events.out.tfevents.1700000000.host.2.0', scalarEvents('lr', [0, 1]));
    put('scalars/nested/Loss_x_train/events.out.tfevents.1700000000.host.2.1', scalarEvents('Loss/x', [0, 1]));
    put('scalars/nested/Loss_x_val/events.out.tfevents.1700000000.host.2.2', scalarEvents('Loss/x', [0, 1]));
    expect(Object.keys((await readRun(join(root, 'scalars/nested'))).series)).toEqual(['lr', 'train', 'val']);
  });

  it('folders of runs that are not add_scalars output stay one run each', async () => {
    // Two tags in one folder, or folder names that are not the tag + '_' + a key: a TensorBoard runs folder.
    put('notscalars/a/loss_1/events.out.tfevents.1700000000.host.1.0', scalarEvents('loss', [0, 1]));
    put('notscalars/a/loss_2/events.out.tfevents.1700000000.host.1.1', writeEventFile([{ step: 0, scalars: [{ tag: 'loss', value: 1 }, { tag: 'acc', value: 0.5 }] }]).bytes);
    put('notscalars/b/run_1/events.out.tfevents.1700000000.host.1.0', scalarEvents('loss', [0, 1]));
    put('notscalars/b/run_2/events.out.tfevents.1700000000.host.1.1', scalarEvents('loss', [0, 1]));
    expect((await readRuns(join(root, 'notscalars'))).map((r) => [r.name, Object.keys(r.series).join()])).toEqual([
      ['a/loss_1', 'loss'], ['a/loss_2', 'loss,acc'], ['b/run_1', 'loss'], ['b/run_2', 'loss'],
    ]);
  });

  it('Lightning layout: version_N/metrics.csv, hparams.yaml ignored', async () => {
    put('lightning_logs/version_0/metrics.csv', 'epoch,step,train_loss,val_loss\n0,9,0.9,\n0,9,,1.0\n');
    put('lightning_logs/version_0/hparams.yaml', 'lr: 0.1\n');
    put('lightning_logs/version_1/metrics.csv', 'epoch,step,train_loss,val_loss\n0,9,0.8,\n');
    const runs = await readRuns(join(root, 'lightning_logs'));
    expect(runs.map((r) => [r.name, r.source.format])).toEqual([['version_0', 'csv-lightning'], ['version_1', 'csv-lightning']]);
    expect(seriesPoints(runs[0].series.val_loss)).toEqual([{ step: 9, epoch: 0, value: 1 }]);
  });

  it('a directory with several CSV / JSONL logs names each run by directory and stem', async () => {
    put('mixed/a.csv', 'epoch,loss\n0,1\n');
    put('mixed/b.jsonl', '{"epoch": 0, "loss": 1}\n');
    put('mixed/keras.log', 'epoch,loss\n0,1\n');
    const runs = await readRuns(join(root, 'mixed'));
    expect(runs.map((r) => [r.name, r.source.format])).toEqual([['mixed/a', 'csv-keras'], ['mixed/b', 'jsonl'], ['mixed/keras', 'csv-keras']]);
  });

  it('a damaged event file in a run: earlier records kept, warning names the file and offset', async () => {
    const { bytes, offsets } = writeEventFile([0, 1, 2, 3].map((step) => ({ step, scalars: [{ tag: 'loss', value: step }] })));
    const path = put('damaged/run/events.out.tfevents.1700000000.host', bytes.slice(0, offsets[4] + 7));
    const run = await readRun(join(root, 'damaged/run'));
    expect(seriesPoints(run.series.loss).map((p) => p.step)).toEqual([0, 1, 2]);
    expect(run.warnings).toEqual([`${path}: truncated record at byte ${offsets[4]} (the file ends 7 bytes into a record's 12-byte header); kept 4 records before it`]);
  });

  it('one junk file in a directory is reported and skipped; the other runs are read (issue 11, item 10)', async () => {
    put('junk/good/metrics.csv', 'epoch,step,train_loss\n0,9,0.9\n1,19,0.8\n');
    const junk = put('junk/bad.jsonl', 'this is not json\n');
    put('junk/half.csv', 'epoch,loss\n0,1\n1,0.5\n2,0.4,extra\n');
    const runs = await readRuns(join(root, 'junk'));
    expect(runs.map((r) => [r.name, r.source.format, r.error === undefined])).toEqual([
      ['junk/bad', 'unreadable', false], ['junk/half', 'csv-keras', true], ['good', 'csv-lightning', true]]);
    expect(runs[0].error).toMatch(new RegExp(`^${junk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1: not valid JSON`));
    expect(runs[0].series).toEqual({});
    expect(seriesPoints(runs[1].series.loss).map((p) => p.value)).toEqual([1, 0.5]);
    expect(runs[1].warnings[0]).toMatch(/half\.csv:4: 3 fields, expected 2 .*kept the 2 rows before it/);
    // readRun on a directory with one readable run returns it and names the skipped file.
    put('junk-one/run/metrics.csv', 'epoch,step,train_loss\n0,9,0.9\n');
    put('junk-one/run/notes.jsonl', '{oops\n');
    const one = await readRun(join(root, 'junk-one'));
    expect(one.name).toBe('run/metrics');
    expect(one.warnings.at(-1)!.startsWith(`skipped ${join(root, 'junk-one/run/notes.jsonl')}:1: not valid JSON`)).toBe(true);
    expect(one.warnings.at(-1)!.split('notes.jsonl').length).toBe(2);
    // ...and with none, the error is the bad file's own, its place named once, its line kept.
    const bad = put('junk-only/notes.jsonl', '{oops\n');
    const error = await readRun(join(root, 'junk-only')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'LogFileError', file: bad, line: 1 });
    expect((error as Error).message.startsWith(`${bad}:1: not valid JSON`)).toBe(true);
    expect((error as Error).message.split('notes.jsonl').length).toBe(2);
  });

  it("a file named as a training log in a format no reader knows is reported and skipped, not passed by in silence; other unknown files are passed by", async () => {
    put('console/good/metrics.csv', 'epoch,step,train_loss\n0,9,0.9\n1,19,0.8\n');
    // A custom trainer's console lines (the seventeenth corpus's PaddlePaddle log): no reader takes them.
    const paddle = put('console/paddle/train.log', 'Epoch 0, Step 25, total used time 7.1 (s), avg loss so far is 0.1097\nEpoch 0, Step 50, total used time 14.0 (s), avg loss so far is 0.0823\n');
    put('console/paddle/error.log', 'CUDA warning: nothing to see\n');
    put('console/paddle/notes.txt', 'remember to tune the learning rate\n');
    const runs = await readRuns(join(root, 'console'));
    expect(runs.map((r) => [r.name, r.error === undefined])).toEqual([['good', true], ['paddle', false]]);
    expect(runs[1].source).toEqual({ path: paddle, format: 'unreadable' });
    expect(runs[1].error).toMatch(/train\.log: not a training log losskit reads/);
    expect(['train.log', 'training.log', 'log.txt', 'logs_1.txt', 'ShadowDet_train.log', 'train_history.txt'].filter(namesTrainingLog)).toHaveLength(6);
    expect(['error.log', 'notes.txt', 'requirements.txt', 'trainer.py', 'catalog.txt', 'blog.txt'].filter(namesTrainingLog)).toEqual([]);
  });

  it('an empty directory is an error; a run without scalars says so', async () => {
    mkdirSync(join(root, 'empty/sub'), { recursive: true });
    await expect(readRun(join(root, 'empty'))).rejects.toThrow('no training logs found');
    put('graph-only/events.out.tfevents.1.h', writeEventFile([]).bytes);
    expect((await readRun(join(root, 'graph-only'))).warnings).toEqual([`${join(root, 'graph-only')}: no scalar series found`]);
  });
});
