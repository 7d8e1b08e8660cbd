/**
 * Layouts the thirty-sixth real-log corpus (test/monitor/corpus-thirty-sixth-b) left unread, read
 * after its held-out score (so tuned), written here in each layout, numbers made up (readers-57):
 * PaddlePaddle's distributed launcher's `log/workerlog.0`, which folder walks passed by; Knover's
 * worker log, which opens with its arguments as pretty-printed JSON (taken for a JSON document)
 * and prints an evaluation's running figures at the evaluation's own batch counter; PaddleOCR's,
 * whose first training line comes after megabytes of data-loader errors.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { isCapturedOutputName } from '../../src/io/walk-detect.js';
import { bytes, tempFolder } from './support/temp-files.js';
import { steps, values } from './support/logs.js';

const { root, put } = tempFolder('losskit-thirty-sixth-');

/** PaddleSeg's training lines, `iters` of them. */
const paddleSeg = (iters: number) => Array.from({ length: iters }, (_, i) =>
  `2021-10-20 11:27:${String(i % 60).padStart(2, '0')} [INFO]\t[TRAIN] epoch: 1, iter: ${(i + 1) * 10}/1000, loss: ${(2.5 - i * 0.1).toFixed(4)}, lr: 0.009991, batch_cost: 0.5421, reader_cost: 0.10243, ips: 14.7577 samples/sec | ETA 00:08:56`).join('\n');

describe("PaddlePaddle's worker logs, log/workerlog.N", () => {
  it('workerlog.<rank> is a captured output; other names with a rank are not', () => {
    expect(['workerlog.0', 'workerlog.7'].map(isCapturedOutputName)).toEqual([true, true]);
    expect(['workerlog', 'workerlog.txt.0', 'serverlog.0', 'log.0'].map(isCapturedOutputName)).toEqual([false, false, false, false]);
  });

  it('a folder walk reads a PaddleSeg run from its log/workerlog.0 (it passed it by)', async () => {
    put('paddleseg/log/workerlog.0', `-----------  Configuration Arguments -----------\n${paddleSeg(8)}\n`);
    const runs = await readRuns(join(root, 'paddleseg'));
    expect(runs.map((run) => run.error)).toEqual([undefined]);
    expect(values(runs[0].series.loss)).toEqual([2.5, 2.4, 2.3, 2.2, 2.1, 2, 1.9, 1.8]);
  });
});

/** Knover's arguments as `json.dumps(args, indent=2)`, then its training records and an evaluation block. */
function knoverLog(): string {
  const config = JSON.stringify({ is_distributed: true, num_epochs: 20, Model: { model: 'UnifiedTransformer', learning_rate: 1e-5, amp_loss_scaling: 12800 } }, null, 2);
  const train = (step: number) => `[train][1] progress: 1/1 step: ${step}, time: 44.7, speed: 2.2 steps/s\n\tcurrent lr: 0.0000010\n\tloss: ${(13 - step / 500).toFixed(4)}, lm_loss: 9.1, nsp_loss: 0.69, nsp_acc: 0.51`;
  const evaluation = Array.from({ length: 5 }, (_, i) => `\tstep ${(i + 1) * 100}:loss: 9.88${i}, lm_loss: 9.18, nsp_loss: 0.69, nsp_acc: 0.49, tokens_num: 1075.8`).join('\n');
  return [config, 'W1023 15:16:08.963105   551 device_context.cc:252] Please NOTE: device: 0', 'Load pretraining parameters from 12L.',
    ...[100, 200, 300, 400, 500].map(train), '='.repeat(80), 'Evaluation:', evaluation,
    '[Evaluation][500]loss: 9.8864, lm_loss: 9.1937, nsp_loss: 0.6927, nsp_acc: 0.5000, tokens_num: 1075.8479', '='.repeat(80),
    ...[600, 700].map(train), ''].join('\n');
}

describe("Knover's worker log", () => {
  it('a pretty-printed JSON configuration before the log lines is no JSON document: the log after it is read', () => {
    const log = parseLog('workerlog.0', bytes(knoverLog()));
    expect(log.format).toBe('console');
    expect(values(log.series.loss)).toEqual([12.8, 12.6, 12.4, 12.2, 12, 11.8, 11.6]);
  });

  it("an evaluation's running figures at its own batch counter are passed by; its result line is the evaluation", () => {
    const log = parseLog('workerlog.0', bytes(knoverLog()));
    expect(steps(log.series.loss)).toEqual([100, 200, 300, 400, 500, 600, 700]);
    expect(values(log.series.eval_loss)).toEqual([9.8864]);
    expect(steps(log.series.eval_loss)).toEqual([500]);
  });

  it('a pretty-printed JSON document with nothing after it, or a .json file, is still read as JSON', () => {
    expect(() => parseLog('workerlog.0', bytes(`${JSON.stringify({ lr: 0.1, epochs: 3 }, null, 2)}\n`))).toThrow(/JSON/);
    expect(() => parseLog('config.json', bytes(knoverLog()))).toThrow(/not valid JSON/);
  });
});

describe("a training's lines after megabytes of other output (PaddleOCR's worker log)", () => {
  const errors = Array.from({ length: 30000 }, (_, i) => `[2021/05/03 11:55:12] root ERROR: When parsing line train/word_${i}.png\tCASINO`).join('\n');
  const training = Array.from({ length: 8 }, (_, i) =>
    `[2021/05/03 11:57:44] root INFO: epoch: [${i + 1}/72], iter: ${(i + 1) * 10}, lr: 0.000500, loss: ${(56 - i * 5).toFixed(6)}, acc: 0.000000, batch_cost: 0.56066 s`).join('\n');
  const text = `${errors}\n${training}\n`;

  it('is read given alone, its training lines at the end of a 2 MB file', () => {
    expect(text.length).toBeGreaterThan(2 << 20);
    expect(values(parseLog('workerlog.0', bytes(text)).series.loss)).toEqual([56, 51, 46, 41, 36, 31, 26, 21]);
  });

  it('is read from a file and in a folder walk', async () => {
    const file = put('ppocr/log/workerlog.0', text);
    expect(values((await readRun(file)).series.loss)).toHaveLength(8);
    const runs = await readRuns(join(root, 'ppocr'));
    expect(runs.map((run) => run.error)).toEqual([undefined]);
    expect(values(runs[0].series.loss)).toHaveLength(8);
  });

  it('a file of such errors alone is still no log', () => {
    expect(() => parseLog('workerlog.0', bytes(`${errors}\n`))).toThrow(/not a training log/);
  });
});
