/**
 * readers-129: the word loss typed in a mixed case is the word loss. meixuanzhang/deep-learning-limu
 * (Apache-2.0; the 75th corpus's d05, `mlp-scratch.md`, a student's MXNet page) prints `Epoch 0. LOss:
 * 0.799533, Train acc 0.696464,Test acc 0.801382`: camel-case splitting read 'LOss' as an acronym and a
 * word, 'l_oss', no loss, and the page was unread.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readRun } from '../../src/io/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { seriesName } from '../../src/monitor/index.js';
import { values } from './support/logs.js';

const PAGE = join(import.meta.dirname, '..', 'monitor', 'corpus-seventy-fifth-d', 'runs', 'd05-mxnet-md-meixuanzhang-mlp-scratch');

describe('the word loss in a mixed case (readers-129)', () => {
  it("reads the student's MXNet page printing `LOss:`, its last training", async () => {
    const run = await readRun(PAGE);
    const loss = values(run.series.loss);
    expect(loss.length).toBeGreaterThanOrEqual(5);
    expect(loss.every((value) => value > 0 && value < 20)).toBe(true);
  });

  it('reads `LOss:` and `loSS:` as loss, and leaves the usual spellings as they were', () => {
    const lines = (name: string) => [0.91, 0.62, 0.5, 0.44, 0.41, 0.39].map((value, epoch) => `Epoch ${epoch}. ${name}: ${value}, Train acc 0.69,Test acc 0.80`).join('\n') + '\n';
    for (const name of ['LOss', 'loSS', 'Loss', 'loss', 'LOSS']) {
      const log = parseLog('train.log', new TextEncoder().encode(lines(name)));
      expect(values(log.series.loss)).toEqual([0.91, 0.62, 0.5, 0.44, 0.41, 0.39]);
    }
    expect(seriesName('valLOss')).toEqual(seriesName('valLoss'));
    expect(seriesName('valLOss')?.name).toBe('val_loss');
    expect(seriesName('BCELoss')?.name).toBe(seriesName('bce_loss')?.name);
  });
});
