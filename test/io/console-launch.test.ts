/**
 * Trainings appended to one plain console log without a counter that goes back (console-launch.ts):
 * argparse's Namespace(...) logged again, or the planned epochs changing, begins another training,
 * and the latest with enough points is read. The layouts are SimCSE's loguru log (the twentieth
 * corpus's simcse-train, read as one training of 1061 lines before: a critical false divergence)
 * and a script run again with another epoch count; the numbers are made up.
 */
import { describe, expect, it } from 'vitest';
import { readRun } from '../../src/io/runs.js';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';

const values = (series: ScalarSeries | undefined) => seriesPoints(series!).map((point) => point.value);
const loguru = (time: string, where: string, message: string) => `2023-08-04 ${time} | INFO     | __main__:${where} - ${message}`;
const namespace = (lr: string) => loguru('15:23:44.870', '<module>:128', `Namespace(device='cpu', lr=${lr}, batch_size=5)`);
const losses = (list: number[]) => list.map((value) => loguru('15:27:11.930', 'train:39', `loss: ${value.toFixed(4)}`));

describe('trainings appended to a console log with no counter', () => {
  it("argparse's Namespace(...) logged again begins another training; the latest with 5 points or more is read", () => {
    const text = [
      namespace('3e-05'), ...losses([2.5, 2.4, 0.9, 0.3, 0.002, 0.001]),
      namespace('1e-05'), ...losses([0.9, 0.8, 0.7, 0.65, 0.6, 0.58, 0.57]),
      namespace('1e-05'), ...losses([0.09, 0.036]),
      namespace('1e-05'),
    ].join('\n') + '\n';
    const log = parseConsoleLog(text, 'train.log');
    expect(values(log.series.loss)).toEqual([0.9, 0.8, 0.7, 0.65, 0.6, 0.58, 0.57]);
    expect(seriesPoints(log.series.loss!).map((point) => point.step)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const note = (log.notes ?? []).find((line) => line.includes('trainings written into one log'));
    expect(note).toMatch(/^train\.log:8: argparse's Namespace\(\.\.\.\) is logged again, and 2 more times after: 4 trainings written into one log \(a script logs its parsed arguments once, at its start/);
    expect(note).toMatch(/kept training 2 of 4 \(lines 8-15, 7 points\): the latest \(from line 19, 0 points\) is shorter than the 5 points the trend rules need/);
  });

  it('the first Namespace(...) before any loss line begins nothing: one training', () => {
    const log = parseConsoleLog([namespace('3e-05'), ...losses([2.5, 2.4, 2.3, 2.2, 2.1])].join('\n') + '\n', 'train.log');
    expect(values(log.series.loss)).toEqual([2.5, 2.4, 2.3, 2.2, 2.1]);
    expect((log.notes ?? []).some((line) => line.includes('trainings written into one log'))).toBe(false);
  });

  it('the planned epochs changing (Epoch 1/30 after Epoch 2/2) begins another training', () => {
    const epochs = (total: number, count: number, start: number) =>
      Array.from({ length: count }, (_, i) => `Epoch ${i + 1}/${total} | train loss: ${(start - 0.01 * i).toFixed(3)} | val loss: ${(start + 0.1).toFixed(3)}`);
    const log = parseConsoleLog([...epochs(2, 2, 0.7), ...epochs(30, 6, 0.5)].join('\n') + '\n', 'training.log');
    expect(values(log.series.train_loss)).toEqual([0.5, 0.49, 0.48, 0.47, 0.46, 0.45]);
    expect((log.notes ?? []).find((line) => line.includes('trainings written into one log'))).toMatch(
      /^training\.log:3: the planned epochs changed from 2 to 30: 2 trainings written into one log \(a training's planned epochs are fixed when it starts/);
  });

  it('the same planned epochs on every line is one training, and a config line with an epoch count is no launch', () => {
    const text = ['epochs: 100', ...Array.from({ length: 6 }, (_, i) => `Epoch ${i + 1}/6, train loss: ${(1 - 0.1 * i).toFixed(2)}`)].join('\n') + '\n';
    const log = parseConsoleLog(text, 'log.txt');
    expect(values(log.series.train_loss)).toHaveLength(6);
    expect((log.notes ?? []).some((line) => line.includes('trainings written into one log'))).toBe(false);
  });
});

describe('a launch that resumes a checkpoint (detectron2 --resume)', () => {
  /** detectron2-style lines: `iter: N  total_loss: x`, every 20 iterations from `from`, values `at(i)`. */
  const iterations = (from: number, count: number, at: (i: number) => number) =>
    Array.from({ length: count }, (_, i) => `[12/27 10:00:00 d2.utils.events]: eta: 0:10:00  iter: ${from + 20 * i}  total_loss: ${at(i).toFixed(3)}`);
  const args = 'Command Line Args: Namespace(config_file=\'faster_rcnn_R_50_C4.yaml\', resume=True, num_gpus=1)';

  it('arguments logged again, the counter going on beyond the first tenth of the steps before: one training, read as TensorBoard reads a resume', () => {
    const text = [args, ...iterations(19, 10, (i) => 1 - 0.02 * i), args, ...iterations(219, 3, () => 0.5), args, ...iterations(219, 6, (i) => 0.8 - 0.01 * i)].join('\n') + '\n';
    const log = parseConsoleLog(text, 'log.txt');
    expect(seriesPoints(log.series.total_loss!).map((point) => point.step)).toEqual([19, 39, 59, 79, 99, 119, 139, 159, 179, 199, 219, 239, 259, 279, 299, 319]);
    expect(values(log.series.total_loss).slice(10)).toEqual([0.8, 0.79, 0.78, 0.77, 0.76, 0.75]);
    expect((log.notes ?? []).some((line) => line.includes('trainings written into one log'))).toBe(false);
    expect(log.notes).toContainEqual(expect.stringMatching(/^log\.txt:12: argparse's Namespace\(\.\.\.\) is logged again \(and 1 more launch like it\), but the counter then resumed at step 219, .*a resume from a checkpoint/));
  });

  it('...but arguments logged again with the counter back near its first step are another training', () => {
    const text = [args, ...iterations(19, 10, (i) => 1 - 0.02 * i), args, ...iterations(19, 6, (i) => 0.9 - 0.01 * i)].join('\n') + '\n';
    const log = parseConsoleLog(text, 'log.txt');
    expect(values(log.series.total_loss)).toEqual([0.9, 0.89, 0.88, 0.87, 0.86, 0.85]);
    expect(log.notes).toContainEqual(expect.stringMatching(/2 trainings written into one log/));
  });

  it('the twenty-fourth corpus\'s b01-detectron2-log-faster-c4: three launches, the last two resuming at iteration 70019, read as one training of 4500 points (was its last session alone, 1000)', async () => {
    const run = await readRun('test/monitor/corpus-twenty-fourth-b/runs/b01-detectron2-log-faster-c4');
    const loss = run.series.loss ?? run.series.total_loss;
    expect(loss?.length).toBe(4500);
    expect(loss?.steps[0]).toBe(19);
    expect(run.notes).toContainEqual(expect.stringMatching(/:4398: argparse's Namespace\(\.\.\.\) is logged again \(and 1 more launch like it\), but the counter then resumed at step 70019/));
    expect((run.notes ?? []).some((line) => line.includes('trainings written into one log'))).toBe(false);
  });
});
