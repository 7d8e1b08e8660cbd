/**
 * Layouts the forty-second real-log corpus (test/monitor/corpus-forty-second-a to -d) left unread or
 * misread, read after its held-out score (so tuned), written here, numbers made up. readers-73:
 * MONAI's tutorials print only their evaluations (`Epoch 9 Validation loss 0.2536`); a notebook
 * training two models, one cell each, was read as one training of 200 points, the second model's
 * epochs (9 to 999) interleaved after the first's (0 to 1980): a critical divergence read on it.
 * readers-74: pytorch-transformer-ts' notebooks keep only Lightning's ModelCheckpoint messages
 * (`Epoch 5, global step 600: 'train_loss' reached 5.89343 (best 5.89343), saving model to ...`,
 * `... 'train_loss' was not in top 1`), unread before.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stderr, steps, stdout, values } from './support/logs.js';

describe('a log of evaluations alone whose epoch goes back (readers-73)', () => {
  it('begins another training: the latest is kept', () => {
    const first = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 20} Validation loss ${(1 / (i + 1)).toFixed(4)}\n`);
    const second = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 10 + 9} Validation loss ${(0.3 - i / 100).toFixed(4)}\n`);
    const log = parseLog('tutorial.ipynb', notebook([[stdout(first)], [stdout(second)]]));
    expect(values(log.series.validation_loss)).toEqual(Array.from({ length: 12 }, (_, i) => Number((0.3 - i / 100).toFixed(4))));
    expect(log.notes?.join(' ')).toContain('2 trainings written into one log');
  });

  it('counting on, it stays one training', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `Epoch ${i * 10 + 9} Validation loss ${(0.3 - i / 100).toFixed(4)}\n`);
    expect(values(parseLog('tutorial.ipynb', notebook([[stdout(lines.slice(0, 6))], [stdout(lines.slice(6))]])).series.validation_loss)).toHaveLength(12);
  });
});

describe("Lightning's ModelCheckpoint messages alone (readers-74)", () => {
  const message = (epoch: number, loss: number | undefined) => `Epoch ${epoch}, global step ${(epoch + 1) * 100}: 'train_loss' ` +
    (loss === undefined ? 'was not in top 1' : `reached ${loss} (best ${loss}), saving model to 'lightning_logs/version_46/checkpoints/epoch=${epoch}-step=${(epoch + 1) * 100}.ckpt' as top 1`);
  const losses = [7.2, 6.4, 6.2, undefined, 6.1, undefined, undefined, 6.0];

  it("are the monitored quantity's best so far at each epoch, at its global step, with a note", () => {
    const log = parseLog('gpt.ipynb', notebook([[stderr(losses.map((loss, epoch) => `${message(epoch, loss)}\n`))]]));
    expect(values(log.series.train_loss)).toEqual([7.2, 6.4, 6.2, 6.2, 6.1, 6.1, 6.1, 6]);
    expect(steps(log.series.train_loss)).toEqual([100, 200, 300, 400, 500, 600, 700, 800]);
    expect(log.notes?.join(' ')).toContain("a curve of bests cannot rise, so an overfit cannot be seen in it");
  });

  it("beside a progress bar's training lines, a validation quantity's bests are placed at the last training step", () => {
    const lines = [0, 1, 2, 3, 4, 5].flatMap((epoch) => [
      `Epoch ${epoch}: 100%|██████████| 2/2 [00:00<00:00, 10.00it/s, loss=${(0.4 - epoch / 20).toFixed(2)}, v_num=1]`,
      `Epoch ${epoch}, global step ${2 * epoch + 2}: 'val_loss' reached ${(0.3 - epoch / 20).toFixed(2)} (best ${(0.3 - epoch / 20).toFixed(2)}), saving model to 'c.ckpt' as top 1`,
    ]).join('\n') + '\n';
    const log = parseLog('train.log', new TextEncoder().encode(lines));
    expect(values(log.series.loss)).toHaveLength(6);
    expect(steps(log.series.val_loss)).toEqual(steps(log.series.loss));
  });
});
