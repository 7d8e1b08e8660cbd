/**
 * Readers-135: a script's own tab-separated training table, as the ninety-ninth corpus's part c showed
 * FADNet's logs (both unread held out): a console log kept as `girl-ir-train-dispCSRes.log.bk` whose
 * last launch prints `epoch<TAB>time_stamp<TAB>train_loss<TAB>train_EPE<TAB>EPE<TAB>lr` and a row per
 * epoch (its date and time hold a space), and a `train.log` holding only `train_loss<TAB>train_EPE<TAB>EPE`
 * rows, no counter. Small copies of the shapes (numbers made up); the last block reads the real files.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/io/parse-log.js';
import { readRun, readRuns } from '../../src/io/runs.js';
import { isKeptLogName } from '../../src/io/walk-detect.js';
import { seriesPoints } from '../../src/io/series.js';
import { History } from '../../src/monitor/index.js';
import { bytes, tempFolder } from './support/temp-files.js';

const tabbed = (...cells: (string | number)[]) => cells.join('\t');
const consoleLog = [
  'Namespace(batch_size=8, lr=0.01, epochs=20)',
  'DispNetCSRes(',
  '  (conv1): Conv2d(6, 64, kernel_size=(7, 7), stride=(2, 2), padding=(3, 3))',
  ')',
  tabbed('epoch', 'time_stamp', 'train_loss', 'train_EPE', 'EPE', 'lr'),
  tabbed(0, '2018-06-25 14:57:23', 120.5, 30.1, 25.0, 0.01),
  tabbed(1, '2018-06-25 16:58:19', 80.2, 22.4, 21.3, 0.01),
  tabbed(2, '2018-06-25 18:58:38', 60.9, 19.8, 19.9, 0.01),
  tabbed(3, '2018-06-25 20:58:13', 'nan', 19.5, 19.9, 0.01),
].join('\n') + '\n';

describe('a tab-separated epoch table in a console log', () => {
  it('reads each row at its epoch, the date and time column passed by, a NaN kept as a point', () => {
    const log = parseLog('train.log', bytes(consoleLog));
    expect(log.format).toBe('column-table');
    expect(seriesPoints(log.series.train_loss).map((p) => [p.step, p.value])).toEqual([[0, 120.5], [1, 80.2], [2, 60.9], [3, Number.NaN]]);
    expect(Object.keys(log.series)).not.toContain('time_stamp');
    expect(log.notes?.[0]).toMatch(/separated by tabs, its date and time columns not read/);
  });

  it('a space-aligned table keeps its own rule: a row with more numbers than columns is another table', () => {
    const spaced = consoleLog.replaceAll('\t', '   ');
    expect(() => parseLog('train.log', bytes(spaced))).toThrow();
  });
});

describe('a log kept under a backup or rotation suffix', () => {
  it('is read as a .log is while walking', async () => {
    const { root, put } = tempFolder('losskit-kept-log-');
    put('run/girl-ir-train.log.bk', consoleLog);
    put('run/notes.txt.bak', 'nothing here\n');
    const runs = await readRuns(join(root, 'run'));
    expect(runs.map((run) => run.source.format)).toEqual(['column-table']);
  });

  it('names: .bk, .bak, .old, .orig and a rotation number after .log or .txt', () => {
    expect(['train.log.bk', 'a.log.bak', 'a.log.old', 'a.txt.orig', 'train.log.1', 'train.log.12'].every(isKeptLogName)).toBe(true);
    expect(['train.log', 'model.bak', 'a.csv.bak', 'train.log.gz', 'train.log.1234'].some(isKeptLogName)).toBe(false);
  });
});

describe('a training log file holding a table of losses with no counter', () => {
  const table = [tabbed('train_loss', 'train_EPE', 'EPE'), tabbed(14.7, 27.6, 21.6), tabbed(11.6, 19.7, 18.8), tabbed(10.8, 18.4, 17.6)].join('\n') + '\n';

  it('is read as a CSV log when the name says it is a training log (train.log), rows numbered as epochs', () => {
    const log = parseLog('train.log', bytes(table));
    // No 'epoch' column: a script's own table, not Keras' CSVLogger (which always writes one).
    expect(log.format).toBe('csv-table');
    expect(History.fromSeries(log.series).trainLoss?.points.map((p) => p.value)).toEqual([14.7, 11.6, 10.8]);
  });

  it('is refused under another name (a data table with a loss column is no run)', () => {
    expect(() => parseLog('results.log', bytes(table))).toThrow(/not a training log/);
  });
});

describe('the ninety-ninth corpus\'s files', () => {
  const corpus = join(import.meta.dirname, '..', 'monitor', 'corpus-ninety-ninth-c', 'runs');

  it('FADNet\'s girl-ir-train-dispCSRes.log.bk: the last launch\'s 21 epochs, NaN from epoch 7', async () => {
    const run = await readRun(join(corpus, 'c02-pytorch-log-hkbu-hpml-fadnet-girl-ir'));
    const history = History.fromSeries(run.series, run.roles === undefined ? {} : { roles: run.roles });
    const values = history.trainLoss?.points.map((p) => p.value) ?? [];
    expect(values).toHaveLength(21);
    expect(values.findIndex((value) => Number.isNaN(value))).toBe(7);
  });

  it('FADNet\'s train.log: 46 rows of train_loss', async () => {
    const run = await readRun(join(corpus, 'c01-pytorch-tsv-hkbu-hpml-fadnet-dispnet'));
    expect(History.fromSeries(run.series).trainLoss?.points).toHaveLength(46);
  });
});
