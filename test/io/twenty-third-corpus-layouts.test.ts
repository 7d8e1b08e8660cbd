/**
 * The layouts the twenty-third real-log corpus, part b (test/monitor/corpus-twenty-third-b) left
 * unread (fixed after its held-out score, so tuned), read from the corpus' own files where they
 * are (each run's sources.json entry gives its repository, commit and licence):
 *
 *   - Swin Transformer's `log_rank0.txt`: `Train: [e/E][i/N]` AverageMeter lines and `Test: [i/N]`
 *     passes (metric-logger.ts);
 *   - PySlowFast's `stdout.log`: `json_stats: {...}` records (json-stats-line.ts);
 *   - a console log kept in a Markdown page named as a log, `log.md` (walk-detect.ts'
 *     `isMarkdownLogName`), while a README.md, or a docs page quoting four epochs, is never read as one
 *     (a page whose code blocks hold 5 or more: thirty-first-corpus-layouts.test.ts).
 *
 * Hand-written lines (numbers made up) pin what the files do not show: a non-finite loss in JSON,
 * an EMA model's records, other `_type`s.
 */
import { describe, expect, it } from 'vitest';
import { parseConsoleLog } from '../../src/io/console-log.js';
import { isConsoleLogText } from '../../src/io/console-text.js';
import { readJsonStatsLine } from '../../src/io/json-stats-line.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { seriesPoints } from '../../src/io/series.js';
import { isMarkdownLogName } from '../../src/io/walk-detect.js';
import { tempFolder } from './support/temp-files.js';
import { values } from './support/logs.js';

const runs = 'test/monitor/corpus-twenty-third-b/runs';
const { root, put } = tempFolder('losskit-twenty-third-');

describe("Swin Transformer's log_rank0.txt", () => {
  it('reads the training meters at epoch * N + i and each Test pass as the validation split (b12: a run resumed with more epochs)', async () => {
    const run = await readRun(`${runs}/b12-swin-log-rank0-cifar100/log_rank0.txt`);
    expect(run.source.format).toBe('metric-logger');
    const loss = seriesPoints(run.series.loss!);
    expect(loss).toHaveLength(3446);
    // `Train: [0/60][0/390] ... loss 4.6571 (4.6571)`: the current value, not the running average.
    expect(loss[0]).toMatchObject({ step: 0, epoch: 0, value: 4.6571 });
    // The resumed epochs (`[60/120]`) go on from where the first 60 stopped.
    expect(loss.at(-1)).toMatchObject({ step: 88 * 390 + 130, epoch: 88 });
    // 89 passes, the last line of each its average: `Test: [70/79] ... Loss 1.5996 (1.2881)`.
    expect(values(run.series.val_Loss).at(-1)).toBe(1.2881);
  });

  it("b11: a training loss printed 0.0000 throughout, and 28 passes' validation loss", async () => {
    const [run] = await readRuns(`${runs}/b11-swin-log-rank0-tumor`);
    expect(run.source.format).toBe('metric-logger');
    expect(new Set(values(run.series.loss))).toEqual(new Set([0]));
    expect(values(run.series.val_Loss)).toHaveLength(28);
  });
});

describe("PySlowFast's json_stats lines", () => {
  it('reads train_epoch as the training series, train_iter_ as <name>_step, val_epoch as val_<name>; the changed epoch total starts another training', async () => {
    const [run] = await readRuns(`${runs}/b13-pyslowfast-stdout-log`);
    expect(run.source.format).toBe('console');
    // The last of the two trainings (`"epoch": "1/2"`, then `"1/20"`): 20 epochs, 31 iterations logged each.
    expect(values(run.series.loss)).toHaveLength(20);
    expect(values(run.series.loss)[0]).toBe(3.30153);
    expect(values(run.series.loss_step)).toHaveLength(620);
    expect(seriesPoints(run.series.loss_step!)[0]).toMatchObject({ step: 1 * 316 + 10, epoch: 1 });
    // val_epoch holds errors only (PySlowFast logs no validation loss); min_top1_err, the best so far, is no series.
    expect(values(run.series.val_top1_err)).toEqual([76.76561, 76.5609]);
    expect(Object.keys(run.series).some((name) => name.includes('min_'))).toBe(false);
    expect(run.notes?.join(' ')).toMatch(/planned epochs changed from 2 to 20/);
  });

  it("reads a bare NaN as a non-finite loss, the EMA model's iterations, and passes by other records", () => {
    const line = (fields: string) => `[06/21 17:58:49][INFO] logging.py:   99: json_stats: {${fields}}`;
    expect(readJsonStatsLine(line('"_type": "train_iter_", "epoch": "1/2", "iter": "10/316", "loss": NaN, "lr": 0.01'))?.pairs)
      .toEqual([{ name: 'loss', value: NaN, validation: false }, { name: 'lr', value: 0.01, validation: false }]);
    expect(readJsonStatsLine(line('"_type": "train_iter_ema_", "epoch": "1/2", "iter": "10/316", "loss": 3.5'))?.counter).toEqual({ value: 10, total: 316, named: true });
    expect(readJsonStatsLine(line('"_type": "test_final", "top1_acc": 80.1'))).toBeUndefined();
    expect(readJsonStatsLine('json_stats: {"_type": "train_epoch", "epoch": "1/2", "loss": 3.5')).toBeUndefined();
    const log = [1, 2, 3].map((epoch) => line(`"_type": "train_epoch", "epoch": "${epoch}/3", "loss": ${4 - epoch}`)).join('\n') + '\n';
    expect(isConsoleLogText(log)).toBe(true);
    expect(values(parseConsoleLog(log, 'stdout.log').series.loss)).toEqual([3, 2, 1]);
  });
});

describe('a console log kept in a Markdown page', () => {
  it("reads log.md and log2.md found while walking: 3 trainings appended, the last one's test loss", async () => {
    for (const [folder, first] of [['b03-pytorch-print-squeezenet-log', 2.154], ['b04-pytorch-print-squeezenet-log2', 2.111]] as const) {
      const found = await readRuns(`${runs}/${folder}`);
      expect(found).toHaveLength(1);
      expect(found[0].source.format).toBe('console');
      expect(values(found[0].series.test_loss)).toHaveLength(50);
      expect(values(found[0].series.test_loss)[0]).toBeCloseTo(first, 2);
    }
  });

  it('reads a .md only when its name says it is a log and it is no README', () => {
    for (const name of ['log.md', 'log2.md', 'train_resnet110_log.md', 'logs.MD', 'training-log.md']) expect(isMarkdownLogName(name)).toBe(true);
    for (const name of ['README.md', 'README_train.md', 'Readme.MD', 'changelog.md', 'TRAINING_GUIDE.txt', 'notes.md', 'blog.md', 'training.md', 'history.md']) expect(isMarkdownLogName(name)).toBe(false);
  });

  it('passes by a README.md and a docs page that hold a short training output, and does not report them', async () => {
    const lines = [0, 1, 2, 3].flatMap((epoch) => [`Epoch ${epoch}/49`, '----------', `train Loss: ${2 - epoch / 10} Acc: 0.5`, `test Loss: ${2.1 - epoch / 10} Acc: 0.5`]);
    const page = ['# Results', '', '```', ...lines, '```', ''].join('\n');
    expect(isConsoleLogText(page)).toBe(true);
    put('project/README.md', page);
    put('project/docs/training.md', page);
    expect(await readRuns(`${root}/project`)).toEqual([]);
    put('project/logs/log.md', page);
    const found = await readRuns(`${root}/project`);
    expect(found.map((run) => run.source.path.replace(root, ''))).toEqual(['/project/logs/log.md']);
  });
});
