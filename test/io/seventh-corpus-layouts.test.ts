/**
 * Layouts the seventh real-log corpus (test/monitor/corpus-seventh-a, -b) showed unread or misread:
 * PyTorch's add_scalars folders (runs.test.ts has the small cases), a JSON history keyed by loss
 * and then by split (loss-histories.test.ts), and fresh starts: a log whose step goes back to its
 * first step holds a new training, not a resume (YOLOv5's results.csv with two appended rows at
 * epoch 0, detectron2's metrics.json with six trainings). Inputs here are small copies of those
 * shapes; the last block reads the real files.
 */
import { join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { parseCsvLog } from '../../src/io/csv-log.js';
import { parseJsonlLog } from '../../src/io/jsonl-log.js';
import { readRun } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { FRESH_START_MIN_POINTS } from '../../src/io/series-columns.js';
import { History, MIN_POINTS_FOR_TRENDS } from '../../src/monitor/index.js';
import { writeEventFile } from './support/tfevents-writer.js';

const steps = (log: { series: Record<string, Parameters<typeof seriesPoints>[0]> }, name: string) =>
  seriesPoints(log.series[name]).map((p) => [p.step, p.value]);

describe('fresh starts: a step back to the first logged step is a new training', () => {
  it('the latest training too short for the trend rules gives way to the last one long enough (yolov5obb-jinops)', () => {
    // Epochs 0-9, then two rows at epoch 0 (two launches stopped after their first epoch), as corpus-seventh-a's results.csv.
    const rows = Array.from({ length: 10 }, (_, epoch) => `${epoch},${1 / (epoch + 1)}`);
    const log = parseCsvLog(['epoch,loss', ...rows, '0,8', '0,8.1'].join('\n') + '\n', 'results.csv');
    expect(steps(log, 'loss')).toEqual(rows.map((row) => row.split(',').map(Number)));
    expect(log.notes).toContain("results.csv:12: the step went back from 9 to 0, the log's first step: 2 trainings written into one log (a fresh start is a new training, not a resume from a checkpoint); kept training 1 of 2 (up to line 11, 10 points): the latest (from line 12, 1 point) is shorter than the 5 points the trend rules need");
  });

  it('the latest training is kept when it is long enough, even after longer ones (detectron2-fish-metrics)', () => {
    const launch = (iterations: number[], first: number) => iterations.map((iteration, i) => JSON.stringify({ iteration, total_loss: first - i / 10 }));
    const complete = [19, 39, 59, 79, 99, 119, 139];
    // A complete training, two aborted ones (the second starts before the first's first step), a complete one.
    const lines = [...launch(complete, 1.5), ...launch([14, 19], 1.2), ...launch([19, 39], 1.4), ...launch(complete.slice(0, 5), 1.45)];
    const log = parseJsonlLog(lines.join('\n') + '\n', 'metrics.json');
    expect(steps(log, 'total_loss').map(([step]) => step)).toEqual([19, 39, 59, 79, 99]);
    expect(steps(log, 'total_loss')[0][1]).toBe(1.45);
    expect(log.notes).toEqual(["metrics.json:8: the step went back from 139 to 14, before the log's first step (19), and 2 more times after: 4 trainings written into one log (a fresh start is a new training, not a resume from a checkpoint); kept the latest (from line 12, 5 points) and left out the 3 before it"]);
  });

  it('a series that goes back after the fresh start began joins that training (an evaluation logged on lines of its own)', () => {
    const train = (iterations: number[], first: number) => iterations.map((iteration, i) => JSON.stringify({ iteration, total_loss: first - i / 10 }));
    const evaluation = (iteration: number, value: number) => JSON.stringify({ iteration, 'bbox/AP': value });
    const lines = [...train([19, 39, 59, 79, 99], 2), evaluation(99, 10), evaluation(199, 20), ...train([19, 39, 59], 1.9), evaluation(59, 5)];
    const log = parseJsonlLog(lines.join('\n') + '\n', 'metrics.json');
    // Training 1 (5 points) is kept over the 3-point latest: its evaluations are its own, not the later one's.
    expect(steps(log, 'bbox/AP')).toEqual([[99, 10], [199, 20]]);
    expect(steps(log, 'total_loss').map(([step]) => step)).toEqual([19, 39, 59, 79, 99]);
  });

  it('a resume (back to a later step) keeps TensorBoard purge rule; so does one point logged again at the first step', () => {
    const resumed = parseCsvLog('epoch,loss\n0,5\n1,4\n2,3\n3,2\n2,2.9\n3,1.9\n4,1.5\n', 'log.csv');
    expect(steps(resumed, 'loss')).toEqual([[0, 5], [1, 4], [2, 2.9], [3, 1.9], [4, 1.5]]);
    expect(resumed.notes?.[0]).toMatch(/^log\.csv:6: the step went back from 3 to 2 \(a restart appended to the log, as when a run resumes from a checkpoint\)/);
    const again = parseJsonlLog(['{"epoch": 0, "loss": 3}', '{"epoch": 0, "loss": 2.9}', '{"epoch": 1, "loss": 2}'].join('\n') + '\n', 'log.txt');
    expect(steps(again, 'loss')).toEqual([[0, 2.9], [1, 2]]);
    expect(again.notes?.[0]).toMatch(/^log\.txt:2: step 0 was logged again \(a restart/);
  });

  it('event files: a second file starting again from the first step is a new training too', async () => {
    const root = mkdtempSync(join(tmpdir(), 'losskit-fresh-'));
    try {
      const events = (values: number[]) => writeEventFile(values.map((value, step) => ({ step, scalars: [{ tag: 'loss', value }] }))).bytes;
      mkdirSync(join(root, 'run'));
      writeFileSync(join(root, 'run/events.out.tfevents.1700000000.host.1.0'), events([5, 4, 3, 2, 1, 0.5]));
      writeFileSync(join(root, 'run/events.out.tfevents.1700000900.host.2.0'), events([6, 5.5]));
      const run = await readRun(join(root, 'run'));
      expect(seriesPoints(run.series.loss).map((p) => p.value)).toEqual([5, 4, 3, 2, 1, 0.5]);
      expect(run.notes?.[0]).toMatch(/: the step went back from 5 to 0, the log's first step: 2 trainings .*kept training 1 of 2 \(6 points\): the latest \(2 points\)/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('the length a training needs is the trend rules\' least', () => {
    expect(FRESH_START_MIN_POINTS).toBe(MIN_POINTS_FOR_TRENDS);
  });
});

describe('the seventh corpus: runs unread or misread before', () => {
  const corpus = (part: string, id: string) => join(import.meta.dirname, '..', 'monitor', `corpus-seventh-${part}`, 'runs', id);
  const losses = async (part: string, id: string) => {
    const run = await readRun(corpus(part, id));
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    return { format: run.source.format, train: history.trainLoss?.points.length, validation: history.validationLoss?.points.length };
  };

  it.each([
    ['b', 'tb-ddetr-student', { format: 'tfevents', train: 15, validation: 15 }],
    ['b', 'tb-ddetr-teacher', { format: 'tfevents', train: 20, validation: 20 }],
    // Named losses (loc, class_pos, class_neg) with no total: no training loss; History's named-validation fallback.
    ['b', 'json-dreem-history', { format: 'json-history', train: undefined, validation: 3 }],
    ['a', 'yolov5obb-jinops', { format: 'ultralytics', train: 10, validation: 10 }],
    ['b', 'detectron2-fish-metrics', { format: 'jsonl', train: 51, validation: undefined }],
  ])('%s/%s: its losses and their lengths', async (part, id, expected) => {
    expect(await losses(part, id)).toEqual(expected);
  });
});
