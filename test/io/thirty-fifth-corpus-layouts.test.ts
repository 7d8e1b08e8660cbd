/**
 * A layout the thirty-fifth real-log corpus (test/monitor/corpus-thirty-fifth-b) read wrong, read
 * after its held-out score (so tuned), written here in its layout, numbers made up: a script's
 * metrics CSV with an `epoch` column and its step counter as `total_steps` (rasbt's
 * reasoning-from-scratch distillation runs), read before at the epoch alone, so that every row of
 * an epoch after its first was a resume and each epoch kept one point.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { steps } from './support/logs.js';

describe("a metrics CSV's 'total_steps' column", () => {
  it('places the rows at their steps, the epoch kept as the epoch', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${1 + Math.floor(i / 4)},${(i + 1) * 50},${(0.8 - i * 0.02).toFixed(4)},${(0.7 - i * 0.01).toFixed(4)}`);
    const log = parseLog('distill_metrics.csv', bytes(`epoch,total_steps,train_loss,val_loss\n${rows.join('\n')}\n`));
    expect(steps(log.series.val_loss)).toEqual(rows.map((_, i) => (i + 1) * 50));
    expect(Array.from(log.series.val_loss.epochs ?? [])).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3]);
    expect(log.series.total_steps).toBeUndefined();
  });
});
