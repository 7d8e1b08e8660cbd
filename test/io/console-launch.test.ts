/**
 * Trainings appended to one plain console log without a counter that goes back (console-launch.ts):
 * argparse's Namespace(...) logged again, or the planned epochs changing, begins another training,
 * and the latest with enough points is read. The layouts are SimCSE's loguru log (the twentieth
 * corpus's simcse-train, read as one training of 1061 lines before: a critical false divergence)
 * and a script run again with another epoch count; the numbers are made up.
 */
import { describe, expect, it } from 'vitest';
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
