/**
 * Layouts the twenty-sixth real-log corpus (test/monitor/corpus-twenty-sixth-b) left unread, read
 * after its held-out score (so tuned), in lines written here in each layout, numbers made up:
 *
 *   - a notebook loop's `Epoch 1/30 | Train 0.1226 | Val 0.0895 | Acc 0.9925`: each split's loss
 *     named by the split word alone on a line placed by its epoch (console-pairs.ts' splitLosses).
 */
import { describe, expect, it } from 'vitest';
import { detectLogFormat, parseLog } from '../../src/io/parse-log.js';
import { seriesPoints } from '../../src/io/series.js';
import type { ScalarSeries } from '../../src/io/types.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const values = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((point) => point.value));
const steps = (series: ScalarSeries | undefined) => (series === undefined ? [] : seriesPoints(series).map((point) => point.step));

describe("a loop's 'Epoch k/N | Train x | Val y' line", () => {
  const line = (epoch: number, train: number, val: number) => `Epoch ${epoch}/8 | Train ${train.toFixed(4)} | Val ${val.toFixed(4)} | Acc 0.9${epoch}00`;
  const lines = Array.from({ length: 8 }, (_, i) => line(i + 1, 0.5 - 0.03 * i, 0.45 - 0.02 * i));

  it('reads the split words as the losses, placed by the epoch', () => {
    const log = parseLog('train.log', bytes(['cuda', ...lines, 'OOD acc: 0.7'].join('\n') + '\n'));
    expect(log.format).toBe('console');
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.points.map(({ value }) => value)).toEqual(Array.from({ length: 8 }, (_, i) => Number((0.5 - 0.03 * i).toFixed(4))));
    expect(history.validationLoss?.points.map(({ value }) => value).at(-1)).toBe(0.31);
    expect(history.validationLoss?.points.map(({ epoch }) => epoch)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('reads it from a notebook cell', () => {
    const notebook = JSON.stringify({
      nbformat: 4, nbformat_minor: 5, metadata: {},
      cells: [{ cell_type: 'code', execution_count: 1, metadata: {}, source: [], outputs: [{ output_type: 'stream', name: 'stdout', text: lines.map((one) => `${one}\n`) }] }],
    });
    const log = parseLog('experiments.ipynb', bytes(notebook));
    expect(values(log.series.val_loss)).toHaveLength(8);
  });

  it('takes no split word followed by more words, and no line with one split only', () => {
    const samples = Array.from({ length: 8 }, (_, i) => `Epoch ${i + 1} | train 1000 samples | val 200 samples`).join('\n');
    expect(detectLogFormat('train.log', bytes(samples))).toBeUndefined();
    const trainOnly = Array.from({ length: 8 }, (_, i) => `Epoch ${i + 1}/8 | Train 0.${9 - i}`).join('\n');
    expect(detectLogFormat('train.log', bytes(trainOnly))).toBeUndefined();
  });
});
