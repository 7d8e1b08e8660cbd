/**
 * A GAN's losses printed under its networks' names with nothing placing the line (readers-155): a TF1 face-generation
 * notebook's only prints, `discriminator loss:  1.39254 generator loss:  0.603873` every few batches (the
 * hundred-and-thirty-third corpus's c07, unread before: a key of two words was no logger's key). The network's name
 * before the loss word is part of the key, as a split word is; a phrase around it is still prose.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History } from '../../src/monitor/index.js';
import { bytes } from './support/temp-files.js';

const pairs = [[1.61, 0.58], [2.0, 0.48], [1.8, 0.52], [1.75, 0.55], [1.71, 0.51], [1.61, 0.64]];
const printed = pairs.map(([d, g]) => `discriminator loss:  ${d} generator loss:  ${g}`).join('\n') + '\n';

describe("a GAN's network losses on lines with nothing placing them (readers-155)", () => {
  it('are a series each, one step per line', () => {
    const run = parseLog('train.log', bytes(printed));
    expect([...run.series['discriminator_loss']!.values]).toEqual(pairs.map(([d]) => d));
    expect([...run.series['generator_loss']!.values]).toEqual(pairs.map(([, g]) => g));
    expect([...run.series['generator_loss']!.steps]).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("are read as the pair's sum, the training loss (roles-39)", () => {
    const history = History.fromSeries(parseLog('train.log', bytes(printed)).series);
    expect(history.trainLoss?.name).toBe('generator_loss+discriminator_loss');
  });

  it('a title-cased key is one too; a phrase ("the discriminator loss is 1.6 now") is prose', () => {
    const titled = pairs.map(([d, g]) => `Discriminator Loss: ${d} Generator Loss: ${g}`).join('\n') + '\n';
    expect(Object.keys(parseLog('train.log', bytes(titled)).series).sort()).toEqual(['discriminator_loss', 'generator_loss']);
    const prose = pairs.map(([d]) => `the discriminator loss is ${d} now`).join('\n') + '\n';
    expect(() => parseLog('train.log', bytes(prose))).toThrow();
  });
});
