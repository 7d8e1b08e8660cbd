/**
 * Layouts the thirty-eighth real-log corpus (test/monitor/corpus-thirty-eighth-a) read wrongly or
 * not at all, read after its held-out score (so tuned), written here, numbers made up: Keras
 * progress frames glued with nothing between them, as a notebook saved without its carriage returns
 * holds them (`... - accuracy: 0.7725625/625 [=====] - 7s 11ms/step - loss: 0.5382 - val_loss: 0.3791`,
 * readers-59); a loop's lines of spaced pairs and nothing else (`=> loss 195.05 acc 0.10`,
 * `epoch 3 loss 0.41 val_loss 0.52`, readers-60).
 */
import { describe, expect, it } from 'vitest';
import { readConsoleLine } from '../../src/io/console-line.js';
import { lineText } from '../../src/io/console-line-text.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';
import { notebook, steps, stdout, values } from './support/logs.js';

const bar = (k: number, n: number) => `${String(k).padStart(String(n).length)}/${n} [${'='.repeat(Math.round((30 * k) / n))}${'.'.repeat(30 - Math.round((30 * k) / n))}]`;

describe('Keras frames glued without carriage returns', () => {
  it("the last frame is the line, its counter the digits before '/' not above the total", () => {
    expect(lineText(`${bar(624, 625)} - ETA: 0s - loss: 0.5384 - accuracy: 0.7725${bar(625, 625)} - 7s 11ms/step - loss: 0.5382 - val_loss: 0.3791`))
      .toBe(`${bar(625, 625)} - 7s 11ms/step - loss: 0.5382 - val_loss: 0.3791`);
    expect(lineText(`${bar(1, 625)} - ETA: 3:29 - loss: 12.5591 - accuracy: 0.5000${bar(624, 625)} - ETA: 0s - loss: 0.5384`)).toBe(`${bar(624, 625)} - ETA: 0s - loss: 0.5384`);
    expect(lineText(`${bar(625, 625)} - 7s - loss: 0.5382`)).toBe(`${bar(625, 625)} - 7s - loss: 0.5382`);
  });

  it("a fit whose first epoch's line holds glued frames is read one point per epoch, in a notebook", () => {
    // The first epoch's frames were drawn (and glued); the later epochs were printed at their end only.
    const epochs = Array.from({ length: 6 }, (_, i) => {
      const frames = i === 0 ? `${bar(1, 625)} - ETA: 3:29 - loss: 12.5591 - accuracy: 0.5000${bar(624, 625)} - ETA: 0s - loss: 0.5384 - accuracy: 0.7725` : '';
      return `Epoch ${i + 1}/6\n${frames}${bar(625, 625)} - 7s 11ms/step - loss: ${(0.5 - i * 0.05).toFixed(4)} - accuracy: 0.8 - val_loss: ${(0.38 + i * 0.05).toFixed(4)} - val_accuracy: 0.8`;
    }).join('\n');
    const log = parseLog('chapter11.ipynb', notebook([[stdout(`${epochs}\n`)]]));
    expect(values(log.series.val_loss)).toEqual([0.38, 0.43, 0.48, 0.53, 0.58, 0.63]);
    expect(values(log.series.loss)).toEqual([0.5, 0.45, 0.4, 0.35, 0.3, 0.25]);
  });
});

describe('lines of spaced pairs and nothing else (readers-60)', () => {
  const falling = (n: number, line: (i: number, loss: string, other: string) => string) =>
    Array.from({ length: n }, (_, i) => line(i + 1, (2 - i * 0.1).toFixed(2), (0.5 + i * 0.01).toFixed(2))).join('\n');

  it("'=> loss 195.05 acc 0.10' line after line is a logged series, one step each, in a notebook", () => {
    const log = parseLog('Logistic_Regression.ipynb', notebook([[stdout(`${falling(6, (_, loss, acc) => `=> loss ${loss} acc ${acc}`)}\n`)]]));
    expect(values(log.series.loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
    expect(steps(log.series.loss)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("'epoch 3 loss 0.41 val_loss 0.52' is read whole: the training loss too, at its epoch", () => {
    const log = parseLog('train.log', bytes(`${falling(6, (i, loss, val) => `epoch ${i} loss ${loss} val_loss ${val} time 2.3s`)}\n`));
    expect(values(log.series.loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
    expect(values(log.series.val_loss)).toEqual([0.5, 0.51, 0.52, 0.53, 0.54, 0.55]);
  });

  it("a counter with its total and lone '-' between pairs ('Epoch 1/30 - loss 0.41 - val loss 0.52') are read", () => {
    const log = parseLog('train.log', bytes(`${falling(6, (i, loss, val) => `Epoch ${i}/30 - loss ${loss} - val loss ${val}`)}\n`));
    expect(values(log.series.loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
    expect(values(log.series.val_loss)).toEqual([0.5, 0.51, 0.52, 0.53, 0.54, 0.55]);
  });

  it("after a logging prefix ('... - INFO - Epoch 3 train loss 0.41 valid loss 0.52'), two pairs at least", () => {
    const log = parseLog('train.log', bytes(`${falling(6, (i, loss, val) => `2023-01-01 12:00:0${i},123 - INFO - Epoch ${i} train loss ${loss} valid loss ${val}`)}\n`));
    expect(values(log.series.train_loss)).toEqual([2, 1.9, 1.8, 1.7, 1.6, 1.5]);
    expect(values(log.series.valid_loss)).toEqual([0.5, 0.51, 0.52, 0.53, 0.54, 0.55]);
    // A message's last words are one pair, no record.
    expect(() => parseLog('messages.log', bytes('INFO: model loss 0.5\nINFO: model loss 0.4\nINFO: model loss 0.3\n'))).toThrow(/not a training log/);
  });

  it("two-word names ('train loss 0.41 val loss 0.52') and a unit ('acc 91.2%') are pairs", () => {
    const line = readConsoleLine('Epoch 3 train loss 0.41 val loss 0.52 acc 91.2%', false);
    expect(line).toMatchObject({ kind: 'observation', epoch: 3, pairs: [{ name: 'train_loss', value: 0.41 }, { name: 'val_loss', value: 0.52, validation: true }, { name: 'acc', value: 91.2 }] });
  });

  it('prose, messages and a line with a word left over are no record; a name never spans a delimiter', () => {
    expect(() => parseLog('prose.log', bytes('the loss 0.5 was high\nthe loss 0.4 was lower\nthe loss 0.3 was lower\n'))).toThrow(/not a training log/);
    expect(() => parseLog('sizes.log', bytes('Train size 55000\nTrain size 55000\nTrain size 55000\n'))).toThrow(/not a training log/);
    expect(readConsoleLine('loss 0.41 acc 0.9 done', false)).toBeUndefined();
    // `epoch0, loss 1.63`: 'epoch0' is no name of the pair after its comma, so the line is no record of spaced pairs.
    expect(readConsoleLine('epoch0, loss 1.63', false)).not.toMatchObject({ pairs: [{ name: 'epoch0_loss' }] });
  });
});
