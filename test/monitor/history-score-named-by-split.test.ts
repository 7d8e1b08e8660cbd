/**
 * roles-36: a validation "loss" named by its split word alone that behaves as a score. ClementPhil/deep-learning
 * (MIT; the 65th corpus's c13, held out, `image-classification/dlnd_image_classification.ipynb`, cell 34) prints
 * `loss:  2.13951   valid:  0.3322` per CIFAR-10 batch file, `valid` its validation accuracy: read as the
 * validation loss, it rose 76 % from its first point, a critical overfit. The lines here are 16 of its 100.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { History, diagnose, isScoreNamedBySplit } from '../../src/monitor/index.js';
import { runCli } from '../../src/cli/run.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CIFAR10_PROJECT = [
  'Training...',
  'Epoch  1, CIFAR-10 Batch 1:  loss:  2.13951   valid:  0.3322',
  'Epoch  1, CIFAR-10 Batch 5:  loss:  1.45471   valid:  0.4692',
  'Epoch  2, CIFAR-10 Batch 1:  loss:  1.62159   valid:  0.4954',
  'Epoch  2, CIFAR-10 Batch 5:  loss:  1.15078   valid:  0.5432',
  'Epoch  3, CIFAR-10 Batch 1:  loss:  1.34972   valid:  0.5406',
  'Epoch  3, CIFAR-10 Batch 5:  loss:  0.945359   valid:  0.5742',
  'Epoch  5, CIFAR-10 Batch 1:  loss:  0.959937   valid:  0.5944',
  'Epoch  5, CIFAR-10 Batch 5:  loss:  0.610195   valid:  0.6198',
  'Epoch  8, CIFAR-10 Batch 1:  loss:  0.528812   valid:  0.6338',
  'Epoch  8, CIFAR-10 Batch 5:  loss:  0.340505   valid:  0.6236',
  'Epoch 12, CIFAR-10 Batch 1:  loss:  0.268122   valid:  0.6158',
  'Epoch 12, CIFAR-10 Batch 5:  loss:  0.166191   valid:  0.6432',
  'Epoch 16, CIFAR-10 Batch 1:  loss:  0.109551   valid:  0.6616',
  'Epoch 16, CIFAR-10 Batch 5:  loss:  0.104333   valid:  0.666',
  'Epoch 20, CIFAR-10 Batch 1:  loss:  0.049954   valid:  0.6494',
  'Epoch 20, CIFAR-10 Batch 5:  loss:  0.0633141   valid:  0.6476',
  '',
].join('\n');

const historyOf = (text: string) => History.fromSeries(parseLog('train.log', new TextEncoder().encode(text)).series);

/** The project's lines with `valid` replaced by `f(i, loss)`. */
const withValid = (f: (index: number, loss: number) => number) => {
  let index = 0;
  return CIFAR10_PROJECT.replace(/loss:\s+([\d.]+)\s+valid:\s+[\d.]+/g, (_, loss: string) => `loss: ${loss} valid: ${f(index++, Number(loss)).toFixed(4)}`);
};

describe('a validation series named by its split alone that rises as a score (roles-36)', () => {
  it('is not read as the validation loss: no overfit on an accuracy that rose', () => {
    const history = historyOf(CIFAR10_PROJECT);
    const valid = history.all().find((series) => series.sourceNames.includes('valid'));
    expect(valid?.role).toBe('validationLoss');
    expect(isScoreNamedBySplit(valid!, history.trainLoss)).toBe(true);
    expect(history.validationLoss).toBeUndefined();
    expect(history.trainLoss?.sourceNames).toEqual(['loss']);
    expect(diagnose(history).map((finding) => finding.kind)).not.toContain('overfitting');
  });

  it('says so in the CLI', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'losskit-roles36-'));
    writeFileSync(join(folder, 'train.log'), CIFAR10_PROJECT);
    const result = await runCli(['diagnose', join(folder, 'train.log')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("'valid' is named by its split alone");
    expect(result.stdout).not.toContain('overfitting');
  });

  it('stays a loss where it falls, where it rises above 1, or where it does not start at its lowest', () => {
    // A split-named loss that falls with the training loss.
    expect(historyOf(withValid((i, loss) => 0.5 * loss)).validationLoss?.sourceNames).toEqual(['valid']);
    // An overfit from the first evaluation, a cross-entropy above 1.
    const overfit = historyOf(withValid((i) => 1.2 + 0.05 * i));
    expect(overfit.validationLoss?.sourceNames).toEqual(['valid']);
    expect(diagnose(overfit).map((finding) => finding.kind)).toContain('overfitting');
    // A loss within [0, 1] that falls first, then rises: the overfit's own shape.
    expect(historyOf(withValid((i) => (i < 4 ? 0.6 - 0.1 * i : 0.3 + 0.04 * (i - 4)))).validationLoss?.sourceNames).toEqual(['valid']);
  });

  it('is read so only beside a training loss that falls', () => {
    const flatTraining = historyOf(withValid((i) => 0.3 + 0.02 * i).replace(/loss: [\d.]+/g, (_, offset: number) => `loss: ${(1 + (offset % 7) * 0.001).toFixed(4)}`));
    expect(flatTraining.validationLoss?.sourceNames).toEqual(['valid']);
  });
});
