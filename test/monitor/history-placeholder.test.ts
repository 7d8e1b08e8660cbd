/**
 * A loss logged as 0 at every point is a placeholder (YOLOv9's train.py writes 0 for the
 * validation losses it does not compute; the twenty-sixth corpus's a10, the eleventh's
 * yolov9-seg-suyixuan): it is never chosen as a split's loss, so its flat line is no plateau.
 */
import { describe, expect, it } from 'vitest';
import { diagnose, History, isPlaceholderLoss } from '../../src/monitor/index.js';

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
