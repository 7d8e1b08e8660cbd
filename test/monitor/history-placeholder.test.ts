/**
 * A loss logged as 0 at every point is a placeholder (YOLOv9's train.py writes 0 for the
 * validation losses it does not compute; the twenty-sixth corpus's a10, the eleventh's
 * yolov9-seg-suyixuan): it is never chosen as a split's loss, so its flat line is no plateau.
 * Zeros among measured values far from 0 are placeholders too (rules-37: the pytorch_advanced
 * book's `Epoch_VAL_Loss:0.0000` on the epochs it does not validate, the thirty-ninth corpus' d01):
 * the rules read the measured points only.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, History, isPlaceholderLoss } from '../../src/monitor/index.js';
import { measuredPart } from '../../src/monitor/diagnose-stats.js';

const falling = Array.from({ length: 30 }, (_, epoch) => 10 * Math.exp(-epoch / 40) * (1 + 0.002 * Math.sin(epoch * 1.7)));

describe('a loss that is 0 at every point', () => {
  it('is not read as the validation loss; the training loss is monitored', () => {
    const history = History.fromColumns({ loss: falling, val_loss: falling.map(() => 0) });
    expect(isPlaceholderLoss(history.series('val_loss')!)).toBe(true);
    expect(history.validationLoss).toBeUndefined();
    expect(history.trainLoss?.name).toBe('loss');
    const kinds = diagnose(history).map((finding) => finding.kind);
    expect(kinds).toContain('still-improving');
    expect(kinds).not.toContain('plateau');
  });

  it('nor as the training loss; a loss that reaches 0 after a start above it is a loss', () => {
    const history = History.fromColumns({ loss: falling.map(() => 0), val_loss: falling });
    expect(history.trainLoss).toBeUndefined();
    expect(history.validationLoss?.name).toBe('val_loss');
    const reachesZero = History.fromColumns({ loss: [...falling.slice(0, 10), 0, 0, 0] });
    expect(isPlaceholderLoss(reachesZero.series('loss')!)).toBe(false);
    expect(reachesZero.trainLoss?.name).toBe('loss');
  });
});

describe('zeros among measured values (rules-37)', () => {
  const curve = (y: readonly number[]) => ({ name: 'val_loss', unit: 'epoch' as const, x: y.map((_, i) => i + 1), y: [...y] });

  it('zeros a measured value comes back from, none of them near 0, are left out', () => {
    const every5th = Array.from({ length: 30 }, (_, i) => (i % 5 === 4 ? 900 - i * 8 : 0));
    expect(measuredPart(curve(every5th)).y).toEqual([868, 828, 788, 748, 708, 668]);
    expect(measuredPart(curve(every5th)).x).toEqual([5, 10, 15, 20, 25, 30]);
  });

  it('a loss that reaches 0 and stays, or nears 0 between its zeros, keeps them', () => {
    expect(measuredPart(curve([0.5, 0.3, 0.2, 0.1, 0, 0, 0])).y).toEqual([0.5, 0.3, 0.2, 0.1, 0, 0, 0]);
    const hinge = [0.3, 0, 0.2, 0.01, 0, 0.15, 0, 0.02];
    expect(measuredPart(curve(hinge)).y).toEqual(hinge);
  });

  it('a validation loss measured every tenth epoch and 0 between is no plateau of zeros: the end is read on its measurements', () => {
    const loss = Array.from({ length: 50 }, (_, epoch) => 1600 * Math.exp(-epoch / 12) + 600 + 2 * Math.sin(epoch));
    const placeholders = Array.from({ length: 50 }, (_, epoch) => (epoch % 10 === 9 ? 950 - epoch * 5 : 0));
    const kinds = diagnose(History.fromColumns({ loss, val_loss: placeholders })).map((finding) => finding.kind);
    expect(kinds).not.toContain('lr-too-low');
    expect(kinds).not.toContain('plateau');
    expect(kinds).toContain('still-improving');
  });
});
