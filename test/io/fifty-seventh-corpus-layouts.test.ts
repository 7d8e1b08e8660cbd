/**
 * A layout the fifty-seventh real-log corpus (test/monitor/corpus-fifty-seventh-a to -d) left unread, read
 * after its held-out score (so tuned), on the real lines. readers-106: a script's own per-epoch DataFrame
 * written with a capitalised counter, `Epoch,loss,feat_num` (Wangyuhao06/Feature_based_GNN_Slimming's
 * `losses.csv`, MIT, c07: its first rows, CRLF as committed). No reader took it for a log in a folder, and
 * read by name its `Epoch` was a series and its rows numbered from 0.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRuns } from '../../src/io/runs.js';
import { steps, values } from './support/logs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const LOSSES = [
  'Epoch,loss,feat_num', '0,2.7538108348846437,1235.4', '1,0.7551403999328613,1215.3', '2,0.633019608259201,1188.2',
  '3,0.6002198755741119,1128.6', '4,0.5868958353996276,1054.0', '',
].join('\r\n');

describe('a CSV log whose counter column is capitalised, `Epoch` (readers-106)', () => {
  it('reads `Epoch` as the epoch, no series of its own', () => {
    const log = parseLog('losses.csv', bytes(LOSSES));
    expect(Object.keys(log.series).sort()).toEqual(['feat_num', 'loss']);
    expect(steps(log.series.loss)).toEqual([0, 1, 2, 3, 4]);
    expect(values(log.series.loss)[0]).toBe(2.7538108348846437);
    expect(log.warnings.join(' ')).not.toMatch(/no 'epoch' or 'step' column/);
  });

  it('is a log in a folder, beside a capitalised table without a loss column, which is not', async () => {
    const { root, put } = tempFolder('losskit-fifty-seventh-');
    put('run/losses.csv', LOSSES);
    put('run/schedule.csv', 'Epoch,Learning rate\r\n0,0.1\r\n1,0.05\r\n');
    const runs = await readRuns(`${root}/run`);
    expect(runs.map((run) => run.name)).toEqual(['run']);
    expect(Object.keys(runs[0].series)).toContain('loss');
  });
});
