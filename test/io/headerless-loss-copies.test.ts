/**
 * A headerless loss column saved again and again by appending (readers-156): a script that writes its whole loss
 * history at each save with `open(path, 'a')` (the hundred-and-thirty-third corpus's a11 and a12, `vgg_model.pth_loss`,
 * three growing copies in one file; read before as one run of 204 points, and not found at all in a folder, whose walk
 * passed the extension by). Each copy is a training; the last, the whole history, is the one read.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun } from '../../src/io/runs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const history = [4.33, 3.72, 3.17, 2.68, 2.4, 2.06, 1.82, 1.7, 1.47, 1.36, 1.31, 1.42, 1.2, 1.18];
const copies = [6, 10, history.length].map((length) => history.slice(0, length).join('\n')).join('\n') + '\n';

describe('a headerless loss column whose opening values come again (readers-156)', () => {
  it('begins a training at each copy and reads the last, whole one', () => {
    const run = parseLog('vgg_model_loss.txt', bytes(copies));
    expect([...run.series['vgg_model_loss']!.values]).toEqual(history);
    expect([...run.series['vgg_model_loss']!.steps]).toEqual(history.map((_, i) => i));
    expect(run.notes?.join(' ')).toMatch(/vgg_model_loss\.txt:7: the file's first values come again, in order, and 1 more time after: 3 trainings/);
  });

  it('a loss stuck at one value from the start repeats itself by nature: one training', () => {
    const stuck = [0.6931, 0.6931, 0.6931, 0.6931, 0.6931, 0.6931, 0.6931, 0.6931];
    const run = parseLog('loss.txt', bytes(stuck.join('\n') + '\n'));
    expect(run.series['loss']!.values).toHaveLength(stuck.length);
  });

  it('the opening values met again only in part, or out of order, are points like any other', () => {
    const values = [2, 1.5, 1.2, 1.1, 2, 1.5, 1.0, 0.9, 1.5, 2, 1.2, 0.8];
    const run = parseLog('loss.txt', bytes(values.join('\n') + '\n'));
    expect([...run.series['loss']!.values]).toEqual(values);
    expect(run.notes?.join(' ') ?? '').not.toMatch(/come again/);
  });
});

describe('a file whose extension names its loss, in a folder', () => {
  const { root, put } = tempFolder('losskit-loss-extension-');
  put('flowers/vgg_model.pth_loss', copies);
  put('flowers/vgg_model.pth', 'not numbers: a checkpoint\n');
  put('other/alexnet.pth_loss', 'tensor([1.2, 0.8])\n');

  it('is read as a headerless loss column when it holds one', async () => {
    const run = await readRun(`${root}/flowers`);
    expect(run.source.path).toMatch(/vgg_model\.pth_loss$/);
    expect([...(run.series['vgg_model.pth_loss']?.values ?? [])]).toEqual(history);
  });

  it('is passed by when it holds anything else', async () => {
    await expect(readRun(`${root}/other`)).rejects.toThrow(/no training logs found/);
  });
});
