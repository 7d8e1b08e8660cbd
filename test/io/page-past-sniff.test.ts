/**
 * readers-128: a page whose training comes after megabytes of embedded images. d2l-ai/d2l-zh's 2017
 * `chapter_computer-vision/image-augmentation.md` (Apache-2.0; the 70th corpus's d02) is a notedown page
 * of 2.1 MB whose first output block holding a training (`"text": "Start training on  [gpu(0), gpu(1)]\nEpoch 0.
 * Loss: 1.498, ..."`) starts 2,157 kB in, after base64 PNG outputs: past the first LONG_SNIFF_BYTES,
 * the only part a page was looked at, so it was unread.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readRun, readRuns } from '../../src/io/index.js';
import { LONG_SNIFF_BYTES } from '../../src/io/parse-log.js';
import { tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const D2L_RUN = join(import.meta.dirname, '..', 'monitor', 'corpus-seventieth-d', 'runs', 'd02-gluon-md-d2lzh-image-augmentation');

describe('a page whose training comes after megabytes of images (readers-128)', () => {
  it("reads d2l-zh's image-augmentation page, walked and as a file: its last training", async () => {
    for (const path of [D2L_RUN, join(D2L_RUN, 'image-augmentation.md')]) {
      const run = await readRun(path);
      const loss = values(run.series.loss);
      expect(loss).toHaveLength(10);
      expect(loss[0]).toBe(1.455);
      expect(loss[9]).toBe(0.103);
    }
  });

  const { root, put } = tempFolder('losskit-page-past-sniff-');
  const image = `![png](data:image/png;base64,${'iVBORw0KGgo'.repeat(Math.ceil((LONG_SNIFF_BYTES + 200_000) / 11))})\n\n`;
  const training = '```\n' + [2.31, 1.42, 1.01, 0.83, 0.72, 0.66].map((loss, epoch) => `Epoch ${epoch + 1}/6, train loss: ${loss}\n`).join('') + '```\n';

  it('finds a page whose training lies past LONG_SNIFF_BYTES in a folder walked', async () => {
    put('late/notebook.md', `# A notebook exported with its figures\n\n${image}${training}`);
    const runs = await readRuns(join(root, 'late'));
    expect(runs).toHaveLength(1);
    expect(values(runs[0].series.train_loss)).toEqual([2.31, 1.42, 1.01, 0.83, 0.72, 0.66]);
  });

  it('still passes by a long page that holds no training', async () => {
    put('prose/guide.md', `# A guide\n\n${image}Nothing was trained here.\n`);
    expect(await readRuns(join(root, 'prose'))).toEqual([]);
  });
});
