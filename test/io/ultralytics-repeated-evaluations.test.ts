/**
 * readers-148: an Ultralytics results.csv whose rows between evaluations repeat the last evaluation exactly (a YOLOv9
 * run validated at 15 of its 50 epochs, the hundred-and-sixteenth corpus's b06: held out, its flat repeats read as a
 * plateau where both labellers read the 15 evaluations as still falling). Such rows keep their training points, not
 * their evaluation's. The first test failed before the change; the second must hold before and after.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const HEADER = 'epoch,train/box_loss,train/cls_loss,train/dfl_loss,metrics/precision(B),metrics/recall(B),metrics/mAP50(B),metrics/mAP50-95(B),val/box_loss,val/cls_loss,val/dfl_loss,lr/pg0';

/** 12 epochs: training falls every epoch; `evaluatedEvery` > 1 repeats each evaluation on the rows up to the next. */
function resultsCsv(evaluatedEvery: number): string {
  const rows = Array.from({ length: 12 }, (_, i) => {
    const epoch = i + 1;
    const evaluated = Math.floor(i / evaluatedEvery) * evaluatedEvery;
    const val = (k: number) => (2 - 0.1 * evaluated + 0.01 * k).toFixed(5);
    const train = (k: number) => (2.2 - 0.08 * i + 0.01 * k).toFixed(5);
    return [epoch, train(1), train(2), train(3), (0.1 + 0.02 * evaluated).toFixed(5), (0.2 + 0.01 * evaluated).toFixed(5), (0.05 * (evaluated + 1)).toFixed(5), (0.02 * (evaluated + 1)).toFixed(5), val(1), val(2), val(3), '0.001'].join(',');
  });
  return [HEADER, ...rows].join('\n') + '\n';
}

describe('rows that repeat the last evaluation (readers-148)', () => {
  it('an evaluation every third epoch: the repeats keep their training points, not their validation points', () => {
    const run = parseLog('results.csv', bytes(resultsCsv(3)));
    expect(run.series['train/loss']!.length).toBe(12);
    expect([...run.series['val/loss']!.steps]).toEqual([1, 4, 7, 10]);
    expect([...run.series['metrics/mAP50(B)']!.steps]).toEqual([1, 4, 7, 10]);
    expect(run.notes?.join(' ')).toMatch(/8 rows repeat the evaluation before them exactly/);
    expect(History.fromSeries(run.series).validationLoss?.points).toHaveLength(4);
  });

  it('an evaluation at every epoch keeps every point, and says nothing of repeats', () => {
    const run = parseLog('results.csv', bytes(resultsCsv(1)));
    expect(run.series['val/loss']!.length).toBe(12);
    expect(run.notes?.join(' ')).not.toMatch(/repeat/);
  });
});
