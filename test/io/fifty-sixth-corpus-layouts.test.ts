/**
 * Layouts the fifty-sixth real-log corpus (test/monitor/corpus-fifty-sixth-a to -d) left unread or misread, read after
 * its held-out score (so tuned), on the real lines.
 *
 * readers-104: FastSpeech2's text logs, one per split folder, `output/log/<dataset>/train/log.txt` and `val/log.txt`
 * (Jiff-Zhang/FastSpeech2, MIT, the 56th c08: the last lines of each): one run, as Keras's train/ + validation/ event
 * folders are; read alone, each was half a run, and the folder was "2 runs".
 *
 * readers-105: KAIR's training log writes its iteration with digit groups, `<epoch:  1, iter:   1,000, lr:2.000e-04>
 * G_loss: 2.714e-02` (NKDuyennn/SwinIR, MIT, the 56th c05: its lines 17484-17490). The counter was read as 1, and the
 * steps went back at each thousand.
 */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { steps, values } from './support/logs.js';
import { bytes, tempFolder } from './support/temp-files.js';

const TRAIN_LOG = [
  'Step 328300/600000, Total Loss: 0.5470, Mel Loss: 0.2494, Mel PostNet Loss: 0.2477, Pitch Loss: 0.0193, Energy Loss: 0.0174, Duration Loss: 0.0130',
  'Step 328400/600000, Total Loss: 0.5333, Mel Loss: 0.2435, Mel PostNet Loss: 0.2418, Pitch Loss: 0.0182, Energy Loss: 0.0171, Duration Loss: 0.0127',
  'Step 328500/600000, Total Loss: 0.5417, Mel Loss: 0.2467, Mel PostNet Loss: 0.2450, Pitch Loss: 0.0200, Energy Loss: 0.0170, Duration Loss: 0.0129',
  '',
].join('\n');
const VAL_LOG = [
  'Validation Step 326000, Total Loss: 2.8420, Mel Loss: 0.6915, Mel PostNet Loss: 0.6907, Pitch Loss: 1.0513, Energy Loss: 0.3239, Duration Loss: 0.0846',
  'Validation Step 327000, Total Loss: 2.8430, Mel Loss: 0.6933, Mel PostNet Loss: 0.6925, Pitch Loss: 1.0490, Energy Loss: 0.3235, Duration Loss: 0.0847',
  'Validation Step 328000, Total Loss: 2.8416, Mel Loss: 0.6919, Mel PostNet Loss: 0.6910, Pitch Loss: 1.0503, Energy Loss: 0.3235, Duration Loss: 0.0849',
  '',
].join('\n');

describe('one text log per split folder, train/log.txt + val/log.txt (readers-104)', () => {
  const { root, put } = tempFolder('losskit-fifty-sixth-');
  put('LJSpeechV1/train/log.txt', TRAIN_LOG);
  put('LJSpeechV1/val/log.txt', VAL_LOG);

  it('reads the folder as one run: the training series as they are, the validation ones under the names their lines give', async () => {
    const run = await readRun(`${root}/LJSpeechV1`);
    expect(values(run.series.total_loss)).toEqual([0.547, 0.5333, 0.5417]);
    expect(values(run.series.val_total_loss).slice(1)).toEqual([2.843, 2.8416]);
    expect(steps(run.series.val_total_loss)).toEqual([326000, 327000, 328000]);
    expect(values(run.series.val_mel_loss).slice(1)).toEqual([0.6933, 0.6919]);
    expect(run.notes?.join(' ')).toMatch(/train\/log\.txt and val\/log\.txt are one run/);
  });

  it("a validation file whose lines name no split gets 'val_' before its names", async () => {
    put('plain/train/log.txt', TRAIN_LOG);
    put('plain/val/log.txt', VAL_LOG.replaceAll('Validation Step', 'Step'));
    const run = await readRun(`${root}/plain`);
    expect(values(run.series.val_total_loss).slice(1)).toEqual([2.843, 2.8416]);
    expect(run.notes?.join(' ')).toMatch(/'val_' \+ the name/);
  });

  it('folders with more than one log each, or files of other names, are walked as before, each file a run', async () => {
    put('mixed/train/log.txt', TRAIN_LOG);
    put('mixed/val/other.txt', VAL_LOG);
    const runs = await readRuns(`${root}/mixed`);
    expect(runs.map((run) => run.name).sort()).toEqual(['train', 'val']);
  });
});

const KAIR = [
  "22-10-19 18:17:52.181 : <epoch:  0, iter:     600, lr:2.000e-04> G_loss: 1.699e-02 ",
  "22-10-19 18:18:34.250 : <epoch:  0, iter:     800, lr:2.000e-04> G_loss: 2.325e-02 ",
  "22-10-19 18:19:31.733 : <epoch:  1, iter:   1,000, lr:2.000e-04> G_loss: 2.714e-02 ",
  "22-10-19 18:20:12.751 : <epoch:  1, iter:   1,200, lr:2.000e-04> G_loss: 2.355e-02 ",
  "22-10-19 18:20:53.697 : <epoch:  1, iter:   1,400, lr:2.000e-04> G_loss: 9.644e-03 ",
  "22-10-19 18:21:35.098 : <epoch:  1, iter:   1,600, lr:2.000e-04> G_loss: 8.188e-03 ",
  "22-10-19 18:22:32.639 : <epoch:  2, iter:   1,800, lr:2.000e-04> G_loss: 7.407e-03 ",
  '',
].join('\n');

describe("KAIR's iteration written with digit groups, `iter:   1,000` (readers-105)", () => {
  it('reads the whole number as the step, the epoch beside it', () => {
    const log = parseLog('train.log', bytes(KAIR));
    expect(steps(log.series.g_loss)).toEqual([600, 800, 1000, 1200, 1400, 1600, 1800]);
    expect(values(log.series.g_loss)).toEqual([0.01699, 0.02325, 0.02714, 0.02355, 0.009644, 0.008188, 0.007407]);
    expect(log.notes?.join(' ')).not.toMatch(/went back|logged again/);
  });
});
