/**
 * MLflow's file store in readRun / readRuns and `losskit diagnose`, on small stores written the
 * way mlflow/store/tracking/file_store.py lays them out: experiments, runs named by their
 * mlflow.runName tag, metric names with '/' as subfolders, runs with nothing to read (no metrics,
 * deleted) reported and skipped, and the folders that are no runs (artifacts, MLflow 3's logged
 * models, the model registry, .trash).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRun, readRuns } from '../../src/io/runs.js';
import { History } from '../../src/monitor/index.js';
import { fails, ok } from '../support/cli.js';
import { tempFolder } from './support/temp-files.js';
import { writeEventFile } from './support/tfevents-writer.js';

const { root, put } = tempFolder('losskit-mlflow-');
const T0 = 1_700_000_000_000;

function experiment(store: string, id: string, name: string): void {
  put(`${store}/${id}/meta.yaml`, `artifact_location: file:///srv/mlruns/${id}\nexperiment_id: '${id}'\nlifecycle_stage: active\nname: ${name}\n`);
}

/** A run folder: meta.yaml, tags/mlflow.runName when named, one metrics/ file per entry (values at steps 0, 1, ...). */
function run(store: string, experimentId: string, id: string, options: { name?: string; metrics?: Record<string, number[]>; deleted?: boolean } = {}): string {
  const dir = `${store}/${experimentId}/${id}`;
  put(`${dir}/meta.yaml`, [`artifact_uri: file:///srv/mlruns/${experimentId}/${id}/artifacts`, `experiment_id: '${experimentId}'`,
    `lifecycle_stage: ${options.deleted ? 'deleted' : 'active'}`, `run_id: ${id}`, `run_uuid: ${id}`, 'status: 3', ''].join('\n'));
  if (options.name !== undefined) put(`${dir}/tags/mlflow.runName`, options.name);
  put(`${dir}/params/lr`, '0.001');
  for (const [metric, values] of Object.entries(options.metrics ?? {})) {
    put(`${dir}/metrics/${metric}`, values.map((value, step) => `${T0 + 1000 * step} ${value} ${step}\n`).join(''));
  }
  return join(root, dir);
}

const falling = (n: number, from = 1) => Array.from({ length: n }, (_, i) => from * Math.exp(-i / 6) + 0.1);
const ID = (n: number) => n.toString(16).padStart(32, '0');

// A Lightning run (MLFlowLogger: 'train/loss', 'val/loss', 'epoch'), a Keras autolog run and one with only params.
experiment('store', '0', 'Default');
experiment('store', '7', 'mnist');
const lightning = run('store', '7', ID(1), { name: 'lightning-cnn', metrics: { 'train/loss': falling(12), 'val/loss': falling(12, 1.1), epoch: Array.from({ length: 12 }, (_, i) => i), 'lr-Adam': Array(12).fill(0.001) } });
run('store', '7', ID(2), { name: 'keras-dense', metrics: { loss: falling(8), val_loss: falling(8, 1.2), accuracy: falling(8).map((v) => 1 - v / 2) } });
const paramsOnly = run('store', '7', ID(3), { name: 'only-params' });

describe("MLflow's file store", () => {
  it('reads each run of the store as a run named <experiment>/<run name>, a run without metrics reported', async () => {
    const runs = await readRuns(join(root, 'store'));
    expect(runs.map((r) => [r.name, r.source.format, r.error === undefined])).toEqual([
      ['mnist/lightning-cnn', 'mlflow', true], ['mnist/keras-dense', 'mlflow', true], ['mnist/only-params', 'unreadable', false],
    ]);
    expect(runs[2].error).toBe(`${paramsOnly}: an MLflow run with no metrics/ folder (run ${ID(3)}: only params, tags or artifacts were logged); nothing to diagnose`);
    expect(runs[0].source.path).toBe(lightning);
  });

  it("names series by metric key ('train/loss' from metrics/train/loss) and gives them the role table's roles", async () => {
    const [cnn, dense] = await readRuns(join(root, 'store', '7'));
    expect([cnn.name, dense.name]).toEqual(['lightning-cnn', 'keras-dense']);
    expect(Object.keys(cnn.series).sort()).toEqual(['epoch', 'lr-Adam', 'train/loss', 'val/loss']);
    const history = History.fromSeries(cnn.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train/loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['val/loss']);
    expect(history.learningRate?.sourceNames).toEqual(['lr-Adam']);
    // Lightning's 'epoch' metric is the epoch axis, not a series.
    expect(history.all().some((series) => series.sourceNames.includes('epoch'))).toBe(false);
    expect(history.trainLoss?.points[3].epoch).toBe(3);
    const keras = History.fromSeries(dense.series);
    expect([keras.trainLoss?.sourceNames, keras.validationLoss?.sourceNames]).toEqual([['loss'], ['val_loss']]);
    expect(cnn.series['val/loss'].wallTimes?.[1]).toBe((T0 + 1000) / 1000);
  });

  it('reads a run folder, its metrics/ folder or one metric file', async () => {
    expect((await readRun(lightning)).name).toBe('lightning-cnn');
    expect(Object.keys((await readRun(join(lightning, 'metrics'))).series)).toHaveLength(4);
    const one = await readRun(join(lightning, 'metrics', 'val', 'loss'));
    expect([one.name, Object.keys(one.series)]).toEqual(['lightning-cnn/val/loss', ['val/loss']]);
    const split = await readRuns(join(lightning, 'metrics', 'train'));
    expect(split.map((r) => [r.name, Object.keys(r.series)])).toEqual([['lightning-cnn/train', ['train/loss']]]);
  });

  it('names a run without a runName tag by meta.yaml run_name, else its run id; runs sharing a name get their id', async () => {
    experiment('names', '1', 'sweep');
    run('names', '1', 'aaaaaaaa000000000000000000000001', { name: 'baseline', metrics: { loss: falling(6) } });
    run('names', '1', 'bbbbbbbb000000000000000000000002', { name: 'baseline', metrics: { loss: falling(6) } });
    const unnamed = run('names', '1', 'cccccccc000000000000000000000003', { metrics: { loss: falling(6) } });
    const named = run('names', '1', 'dddddddd000000000000000000000004', { metrics: { loss: falling(6) } });
    put('names/1/dddddddd000000000000000000000004/meta.yaml', `experiment_id: '1'\nrun_id: dddddddd000000000000000000000004\nrun_name: "gregarious-fish-8"\n`);
    expect((await readRuns(join(root, 'names', '1'))).map((r) => r.name)).toEqual(
      ['baseline (aaaaaaaa)', 'baseline (bbbbbbbb)', 'cccccccc000000000000000000000003', 'gregarious-fish-8']);
    expect((await readRun(unnamed)).name).toBe('cccccccc000000000000000000000003');
    expect((await readRun(named)).name).toBe('gregarious-fish-8');
  });

  it('reports a deleted run and a run with an empty metrics/ folder, and reads the others', async () => {
    experiment('damaged', '3', 'exp');
    run('damaged', '3', ID(31), { name: 'gone', deleted: true, metrics: { loss: falling(6) } });
    const empty = run('damaged', '3', ID(32), { name: 'empty' });
    put(`damaged/3/${ID(32)}/metrics/.keep-out`, '');
    put(`damaged/3/${ID(33)}/meta.yaml`, `experiment_id: '3'\nrun_id: ${ID(33)}\n`);
    put(`damaged/3/${ID(33)}/metrics/loss`, `${T0} 0.9 0\n${T0 + 1} 0.8 1\n${T0 + 2} 0.7 2\n${T0 + 3} 0.6 3 extra\n${T0 + 4} 0.5 4\n`);
    const runs = await readRuns(join(root, 'damaged'));
    expect(runs.map((r) => [r.name, r.error?.replace(root, '<root>')])).toEqual([
      ['exp/gone', `<root>/damaged/3/${ID(31)}: an MLflow run deleted in MLflow (meta.yaml: lifecycle_stage: deleted; the MLflow UI hides it); not read`],
      ['exp/empty', undefined],
      [`exp/${ID(33)}`, undefined],
    ]);
    // A file in metrics/ is a metric whatever its name: '.keep-out' is read, and empty.
    expect(runs[1].notes).toEqual(["'.keep-out' is empty: no value was logged"]);
    expect(runs[1].source.path).toBe(empty);
    expect([...runs[2].series['loss'].values]).toEqual([0.9, 0.8, 0.7]);
    expect(runs[2].warnings[0]).toBe(`${join(root, 'damaged', '3', ID(33), 'metrics', 'loss')}:4: expected '<timestamp> <value> <step>' (MLflow's metric line), found '${T0 + 3} 0.6 3 extra'; kept the 3 records before it and ignored the rest of the file`);
    await expect(readRun(join(root, 'damaged'))).rejects.toThrow(`holds 2 runs (exp/empty, exp/${ID(33)})`);
    const one = await readRun(join(root, 'damaged', '3', ID(33)));
    expect(one.warnings).toHaveLength(1);
  });

  it('walks no run folder further, nor logged models, traces, the model registry or .trash', async () => {
    experiment('layout', '5', 'exp');
    run('layout', '5', ID(51), { name: 'autolog', metrics: { loss: falling(6) } });
    const events = writeEventFile([{ step: 0, scalars: [{ tag: 'epoch_loss', value: 1 }] }]).bytes;
    put(`layout/5/${ID(51)}/artifacts/tensorboard_logs/train/events.out.tfevents.1.host`, events as unknown as string);
    put(`layout/5/models/m-0123/meta.yaml`, `experiment_id: '5'\nmodel_id: m-0123\nsource_run_id: ${ID(51)}\n`);
    put('layout/5/models/m-0123/metrics/loss', `${T0} 0.5 0\n`);
    put('layout/5/traces/tr-1/request_metadata/x', '1');
    put('layout/models/registered/meta.yaml', 'name: registered\n');
    put('layout/models/registered/version-1/meta.yaml', `name: registered\nrun_id: ${ID(51)}\nversion: 1\n`);
    put('layout/models/registered/version-1/tags/stage', 'prod');
    put(`layout/.trash/9/meta.yaml`, `experiment_id: '9'\nname: old\n`);
    put(`layout/.trash/9/${ID(9)}/meta.yaml`, `experiment_id: '9'\nrun_id: ${ID(9)}\n`);
    put(`layout/.trash/9/${ID(9)}/metrics/loss`, `${T0} 0.5 0\n`);
    expect((await readRuns(join(root, 'layout'))).map((r) => r.name)).toEqual(['exp/autolog']);
  });

  it.skipIf(process.platform === 'win32')('reads past special files in a store: no hang, nothing but regular files opened', async () => {
    experiment('special', '4', 'exp');
    const dir = run('special', '4', ID(41), { name: 'ok', metrics: { loss: falling(6) } });
    symlinkSync('/dev/zero', join(dir, 'metrics', 'zeros'));
    symlinkSync(join(dir, 'metrics', 'loop-a'), join(dir, 'metrics', 'loop-b'));
    symlinkSync(join(dir, 'metrics', 'loop-b'), join(dir, 'metrics', 'loop-a'));
    expect(spawnSync('mkfifo', [join(dir, 'metrics', 'fifo')]).status).toBe(0);
    const fifoRun = join(root, 'special', '4', ID(42));
    mkdirSync(join(fifoRun, 'metrics'), { recursive: true });
    expect(spawnSync('mkfifo', [join(fifoRun, 'meta.yaml')]).status).toBe(0);
    const runs = await readRuns(join(root, 'special'));
    expect(runs.map((r) => [r.name, Object.keys(r.series)])).toEqual([['exp/ok', ['loss']]]);
    await expect(readRun(join(dir, 'metrics', 'fifo'))).rejects.toThrow('a named pipe (FIFO), not a file or a directory');
  });

  it("adds Ultralytics' split totals to a run its MLflow callback wrote", async () => {
    experiment('yolo', '2', 'detect');
    run('yolo', '2', ID(21), { name: 'train', metrics: { 'train/box_loss': falling(6), 'train/cls_loss': falling(6), 'val/box_loss': falling(6), 'val/cls_loss': falling(6), 'metrics/mAP50B': falling(6) } });
    const [yolo] = await readRuns(join(root, 'yolo'));
    expect(yolo.source.format).toBe('mlflow');
    expect(yolo.series['train/loss'].values[0]).toBeCloseTo(2 * falling(6)[0], 12);
    expect(Object.keys(yolo.series)).toContain('val/loss');
  });

  it('losskit diagnose reads the store, lists the run it skipped, and exits 2 only when nothing is read', async () => {
    const out = await ok('diagnose', join(root, 'store'));
    expect(out).toContain('Run mnist/lightning-cnn  (MLflow file store: ');
    expect(out).toContain(`Skipped ${paramsOnly}: could not be read.`);
    expect(out).toContain('  mnist/only-params: skipped (could not be read)');
    expect(await fails('diagnose', paramsOnly)).toContain('an MLflow run with no metrics/ folder');
  });
});
