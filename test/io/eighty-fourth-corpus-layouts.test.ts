/**
 * A layout the eighty-fourth real-log corpus (test/monitor/corpus-eighty-fourth-a to -c) left unread, read after its
 * held-out score (so tuned), on the real lines.
 *
 * readers-132: a student's copy of Udacity's Fashion-MNIST validation exercise (adarsh-ms/deep-learning-v2-pytorch,
 * MIT, Udacity's course licence; b05, cell 17's stdout) names its losses by a phrase with the split after it,
 * `loss in training : 0.79, loss in testing : 0.49, accuracy : 81.25`, with no counter: a multi-word name is prose
 * to the reader of lines with nothing placing them, and the notebook was unread.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { rewrittenLine } from '../../src/io/console-line-text.js';
import { History } from '../../src/monitor/index.js';
import { notebook, stdout, values } from './support/logs.js';

/** b05's first six epochs, as cell 17 prints them. */
const PHRASED_SPLITS = [
  'loss in training : 0.794298961822158, loss in testing : 0.48987507820129395, accuracy : 81.25',
  'loss in training : 0.5185054374624417, loss in testing : 0.4386778771877289, accuracy : 68.75',
  'loss in training : 0.46563263056374815, loss in testing : 0.4176798164844513, accuracy : 81.25',
  'loss in training : 0.4363840599812424, loss in testing : 0.3947324752807617, accuracy : 87.5',
  'loss in training : 0.41627330939843454, loss in testing : 0.38520699739456177, accuracy : 75.0',
  'loss in training : 0.398792306155856, loss in testing : 0.37243789434432983, accuracy : 93.75',
];

describe('readers-132: a loss named by a phrase with its split after it', () => {
  it('reads `loss in training :` as the training loss and `loss in testing :` as the held-out one (b05 was unread)', () => {
    const log = parseLog('Part_5_Inference_and_Validation_(Exercises).ipynb', notebook([[stdout(PHRASED_SPLITS.map((line) => `${line}\n`))]]));
    expect(Object.keys(log.series).sort()).toEqual(['accuracy', 'test_loss', 'train_loss']);
    expect(values(log.series.train_loss)).toEqual([0.794298961822158, 0.5185054374624417, 0.46563263056374815, 0.4363840599812424, 0.41627330939843454, 0.398792306155856]);
    expect(values(log.series.test_loss)[0]).toBe(0.48987507820129395);
    const history = History.fromSeries(log.series);
    expect(history.trainLoss?.sourceNames).toEqual(['train_loss']);
    expect(history.validationLoss?.sourceNames).toEqual(['test_loss']);
  });

  it('rewrites only a loss followed by in, on or for and a split word', () => {
    expect(rewrittenLine('loss on the validation set: 0.3')).toBe('val_loss: 0.3');
    expect(rewrittenLine('Loss in Training : 0.5')).toBe('train_Loss: 0.5');
    for (const unchanged of ['loss in total: 0.5', 'reduction in training loss: 0.1', 'accuracy in testing : 0.9']) {
      expect(rewrittenLine(unchanged)).toBe(unchanged);
    }
  });
});
