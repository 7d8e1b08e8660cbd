/**
 * readers-90, on the real lines: Deep Learning with Python's text-generation loop (listing 8.1, 48th
 * b04 and 47th a15) prints its own `epoch N`, then calls `model.fit(x, y, batch_size=128, epochs=1)`,
 * whose Keras header is `Epoch 1/1`, then samples text. Each fit goes on training the same model, so
 * the loop is one training of N epochs, not N trainings of one. The lines below are copied from the
 * 48th b04 notebook's training cell (its first three iterations; TensorFlow's warnings before the
 * first fit left out, the sampled text after each cut to its seed line, shortened).
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { notebook, stdout, values } from './support/logs.js';

const iteration = (epoch: number, seconds: number, loss: string, seed: string) => [
  `epoch ${epoch}\n`, 'Epoch 1/1\n', `200281/200281 [==============================] - ${seconds}s 2ms/step - loss: ${loss}\n`,
  `--- Generating with seed: "${seed}"\n`, '------ temperature: 0.2\n',
];
const LOOP = [
  ...iteration(1, 398, '1.9553', ' physical man."[19] this'),
  ...iteration(2, 378, '1.6177', 'ts of surviving truths) can easily become so great'),
  ...iteration(3, 393, '1.5345', 'his nature, nor his motives, nor his [course of]'),
];

describe("a loop of Keras one-epoch fits under the loop's own epoch (readers-90)", () => {
  it("reads the fits as one training, a point per loop epoch, and says so", () => {
    const log = parseLog('8.1-text-generation-with-lstm.ipynb', notebook([[stdout(LOOP)]]));
    expect(values(log.series.loss)).toEqual([1.9553, 1.6177, 1.5345]);
    expect(log.notes?.join('\n')).toContain("3 Keras one-epoch fits ('Epoch 1/1') under a loop's own epoch header placed at the loop's epoch");
  });

  it('keeps a fit with no loop header before it a training of its own (the last one read, as before)', () => {
    const bare = LOOP.filter((line) => !/^epoch \d+\n$/.test(line));
    const log = parseLog('8.1-text-generation-with-lstm.ipynb', notebook([[stdout(bare)]]));
    expect(values(log.series.loss)).toEqual([1.5345]);
  });
});
