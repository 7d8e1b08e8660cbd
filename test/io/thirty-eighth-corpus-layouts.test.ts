/**
 * A layout the thirty-eighth real-log corpus (test/monitor/corpus-thirty-eighth-a) read wrongly,
 * read after its held-out score (so tuned), written here, numbers made up (readers-59): Keras
 * progress frames glued with nothing between them, as a notebook saved without its carriage returns
 * holds them (`... - accuracy: 0.7725625/625 [=====] - 7s 11ms/step - loss: 0.5382 - val_loss: 0.3791`).
 */
import { describe, expect, it } from 'vitest';
import { lineText } from '../../src/io/console-line.js';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

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
