/**
 * MMCV's TextLoggerHook JSON log (readers-143; MMDetection 2's `<timestamp>.log.json`, the hundred-and-ninth corpus's
 * b08-b11, unread in a run folder before): a first record of the run's environment and configuration, long enough to
 * run past the first bytes looked at, then training records whose `iter` counts within each epoch, and evaluation
 * records (`"mode": "val"`) holding mAP.
 * readers-150: a notebook that trains again into the same work_dir appends the new training to the same
 * `None.log.json`, back at epoch 1 (the hundred-and-nineteenth corpus's d03, held out in round 122: four Rotated
 * RetinaNet trainings read as one run, an lr-too-high out of their seams that no labeller allowed).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const meta = JSON.stringify({ env_info: `sys.platform: linux\n${'PyTorch built with: ...\n'.repeat(400)}`, config: "model = dict(type='FasterRCNN')", seed: 0, exp_name: 'faster_rcnn.py' });
const train = (epoch: number, iter: number, loss: number) => JSON.stringify({ mode: 'train', epoch, iter, lr: 0.02, memory: 4273, data_time: 0.2, loss_cls: loss / 2, loss, time: 0.6 });
const val = (epoch: number, mAP: number) => JSON.stringify({ mode: 'val', epoch, iter: 7330, lr: 0.02, bbox_mAP: mAP });
const log = [meta, ...[1, 2, 3].flatMap((epoch) => [
  ...[50, 100, 150].map((iter, i) => train(epoch, iter, 3 - epoch * 0.5 - i * 0.1)), val(epoch, 0.1 * epoch),
])].join('\n') + '\n';

describe("MMCV's TextLoggerHook JSON log (readers-143)", () => {
  it("places each epoch's iterations after the epochs before; evaluations as val_ series at the last training step", () => {
    const run = parseLog('20210501_165313.log.json', bytes(log));
    expect([...run.series['loss']!.steps]).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450]);
    expect([...run.series['loss']!.values]).toEqual([2.5, 2.4, 2.3, 2, 1.9, 1.8, 1.5, 1.4, 1.3].map((v) => expect.closeTo(v, 9)));
    expect([...run.series['val_bbox_mAP']!.steps]).toEqual([150, 300, 450]);
    expect(Object.keys(run.series)).not.toContain('val_lr');
    expect(Object.keys(run.series)).not.toContain('mode');
    expect(run.notes?.join(' ')).toMatch(/MMCV's TextLoggerHook log/);
  });

  it('an IterBasedRunner counts the whole run: its iterations are the steps', () => {
    const iterBased = [meta, train(1, 50, 2), train(1, 100, 1.9), train(1, 150, 1.8), val(1, 0.3)].join('\n') + '\n';
    expect([...parseLog('x.log.json', bytes(iterBased)).series['loss']!.steps]).toEqual([50, 100, 150]);
  });

  it('is found in a run folder, its long first record notwithstanding', async () => {
    const { root, put } = tempFolder('losskit-mmcv-');
    put('run/20210501_165313.log.json', log);
    const runs = await readRuns(`${root}/run`);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.series['loss']?.values.length).toBe(9);
  });

  it('a training back at epoch 1 after later epochs is another training appended: the latest is read (readers-150)', () => {
    const second = [1, 2, 3, 4, 5].flatMap((epoch) => [50, 100].map((iter, i) => train(epoch, iter, 1 - epoch * 0.1 - i * 0.01)));
    const run = parseLog('None.log.json', bytes([meta, ...log.trim().split('\n').slice(1), ...second].join('\n') + '\n'));
    expect([...run.series['loss']!.values]).toEqual([0.9, 0.89, 0.8, 0.79, 0.7, 0.69, 0.6, 0.59, 0.5, 0.49].map((v) => expect.closeTo(v, 9)));
    expect([...run.series['loss']!.steps]).toEqual([50, 100, 150, 200, 250, 300, 350, 400, 450, 500]);
    expect(run.notes?.join(' ')).toMatch(/the epoch went back from 3 to 1: 2 trainings written into one log/);
  });

  it('a resume goes on at the epoch after its checkpoint, and stays one training', () => {
    const resumed = [meta, train(1, 50, 2), train(2, 50, 1.8), train(3, 50, 1.6), train(2, 50, 1.7), train(3, 50, 1.5)].join('\n') + '\n';
    const run = parseLog('x.log.json', bytes(resumed));
    expect(run.notes?.join(' ') ?? '').not.toMatch(/trainings written into one log/);
    expect(run.series['loss']!.values.at(-1)).toBe(1.5);
  });
});

/**
 * readers-157: MMEngine's `vis_data/scalars.json` under an epoch-based loop (mmpretrain 1.x; the hundred-and-thirty-seventh
 * corpus's c01 and c02, held out in round 140): each validation's record counts its `step` by epoch, behind the training
 * records' iterations, and was read as a restart at every epoch (c02: "90 trainings written into one log", 111 of its 200
 * epochs kept).
 */
describe("MMEngine's scalars.json with validations counted by epoch (readers-157)", () => {
  const trainRecord = (epoch: number, iter: number, loss: number) => JSON.stringify({ lr: 0.004, data_time: 0.002, loss, time: 0.01, epoch, iter, memory: 178, step: iter });
  const valRecord = (epoch: number, top1: number) => JSON.stringify({ 'accuracy/top1': top1, 'accuracy/top5': top1 + 5, data_time: 0.07, time: 0.08, step: epoch });
  const epochs = Array.from({ length: 12 }, (_, i) => i + 1);
  const scalars = epochs.flatMap((epoch) => [
    trainRecord(epoch, epoch * 300 - 200, 4 - epoch * 0.2), trainRecord(epoch, epoch * 300 - 100, 3.95 - epoch * 0.2), valRecord(epoch, 10 + epoch),
  ]).join('\n') + '\n';

  it('reads one training: each validation at the training step before it, its figures as val_ series, its timings left out', () => {
    const run = parseLog('scalars.json', bytes(scalars));
    expect(run.series['loss']!.values).toHaveLength(24);
    expect([...run.series['loss']!.steps].slice(0, 4)).toEqual([100, 200, 400, 500]);
    expect([...run.series['val_accuracy/top1']!.steps].slice(0, 3)).toEqual([200, 500, 800]);
    expect([...run.series['val_accuracy/top1']!.values].slice(-1)).toEqual([22]);
    expect(Object.keys(run.series)).not.toContain('val_data_time');
    expect([...(run.warnings ?? []), ...(run.notes ?? [])].join(' ')).not.toMatch(/went back|trainings written/);
    expect(run.notes?.join(' ')).toMatch(/MMEngine's scalars: 12 validation records counted by epoch/);
  });

  it("an iteration-based loop's validation logged at the training's step stays where it is", () => {
    const iterBased = [1, 2, 3].flatMap((k) => [trainRecord(1, k * 100, 3 - k * 0.1), JSON.stringify({ mIoU: 40 + k, step: k * 100 })]).join('\n') + '\n';
    const run = parseLog('scalars.json', bytes(iterBased));
    expect([...run.series['mIoU']!.steps]).toEqual([100, 200, 300]);
    expect(run.notes?.join(' ') ?? '').not.toMatch(/MMEngine/);
  });

  it('a record without `epoch` and `iter` whose step is no epoch of the training is read as written', () => {
    const other = [trainRecord(3, 900, 2), JSON.stringify({ loss: 1.9, step: 950 })].join('\n') + '\n';
    expect([...parseLog('scalars.json', bytes(other)).series['loss']!.steps]).toEqual([900, 950]);
  });
});
