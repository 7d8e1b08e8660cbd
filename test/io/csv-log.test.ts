import { describe, expect, it } from 'vitest';
import { parseCsvLog } from '../../src/io/csv-log.js';
import { parseNumber } from '../../src/io/series.js';
import { seriesPoints } from '../../src/io/series.js';

describe('Keras CSVLogger files', () => {
  const keras = [
    'epoch,accuracy,learning_rate,loss,val_accuracy,val_loss',
    '0,0.8123,0.001,0.5432,0.85,0.45',
    '1,0.9001,0.001,0.3012,0.88,0.39',
    '2,0.9304,0.0005,0.2101,0.87,NA',
    '3,0.9500,0.0005,nan,0.86,inf',
    '',
  ].join('\n');

  it('reads one point per epoch, step = epoch (0-based, as written)', () => {
    const log = parseCsvLog(keras, 'training.log');
    expect(log.format).toBe('csv-keras');
    expect(log.warnings).toEqual([]);
    expect(Object.keys(log.series)).toEqual(['accuracy', 'learning_rate', 'loss', 'val_accuracy', 'val_loss']);
    expect(seriesPoints(log.series.loss).slice(0, 2)).toEqual([{ step: 0, epoch: 0, value: 0.5432 }, { step: 1, epoch: 1, value: 0.3012 }]);
    expect(seriesPoints(log.series.learning_rate).map((p) => p.value)).toEqual([0.001, 0.001, 0.0005, 0.0005]);
  });

  it("'NA' is missing (no point), 'nan' and 'inf' are kept as NaN and Infinity", () => {
    const log = parseCsvLog(keras, 'training.log');
    expect(seriesPoints(log.series.val_loss).map((p) => [p.step, p.value])).toEqual([[0, 0.45], [1, 0.39], [3, Infinity]]);
    expect(seriesPoints(log.series.loss)[3].value).toBeNaN();
  });

  it('detects another separator, CRLF line ends and a byte-order mark', () => {
    const log = parseCsvLog('\uFEFFepoch;loss;val_loss\r\n0;1.5;1.6\r\n1;1.2;1.4\r\n', 'log.csv');
    expect(seriesPoints(log.series.val_loss).map((p) => p.value)).toEqual([1.6, 1.4]);
  });

  it('skips list-valued cells with a warning naming the column and line', () => {
    const log = parseCsvLog('epoch,loss,per_class\n0,1.5,"[0.1, 0.2]"\n1,1.2,"[0.3, 0.4]"\n', 'log.csv');
    expect(Object.keys(log.series)).toEqual(['loss']);
    expect(log.warnings).toEqual(["log.csv:2: column 'per_class' holds values that are not numbers ('[0.1, 0.2]' on this line); those cells are skipped"]);
  });

  it('quotes the first text cell of a column of plain strings, shortened', () => {
    const log = parseCsvLog(`epoch,loss,note\n0,1.5,warm-up\n1,1.2,${'x'.repeat(60)}\n`, 'log.csv');
    expect(log.warnings).toEqual(["log.csv:2: column 'note' holds values that are not numbers ('warm-up' on this line); those cells are skipped"]);
    const long = parseCsvLog(`epoch,loss,note\n0,1.5,${'x'.repeat(60)}\n`, 'log.csv');
    expect(long.warnings[0]).toContain(`('${'x'.repeat(37)}...' on this line)`);
  });

  it('an appended log whose epochs go back to the first is a second training: the latest kept when neither is long enough', () => {
    const log = parseCsvLog('epoch,loss\n0,3\n1,2\n2,1\n0,2.5\n1,1.5\n', 'log.csv');
    expect(seriesPoints(log.series.loss).map((p) => [p.step, p.value])).toEqual([[0, 2.5], [1, 1.5]]);
    // One note for the file, naming the line where the step went back (line 5: the header is line 1).
    expect(log.notes).toEqual(["log.csv:5: the step went back from 2 to 0, the log's first step: 2 trainings written into one log (a fresh start is a new training, not a resume from a checkpoint); kept the latest (from line 5, 2 points) and left out the one before it; none has the 5 points the trend rules need"]);
    expect(log.warnings).toEqual([]);
  });

  it('numbers rows from 0 when there is no epoch or step column', () => {
    const log = parseCsvLog('loss,val_loss\n1,2\n0.5,1.5\n', 'plain.csv');
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 0, epoch: 0, value: 2 }, { step: 1, epoch: 1, value: 1.5 }]);
    expect(log.warnings).toEqual(["plain.csv: no 'epoch' or 'step' column; rows are numbered as epochs from 0"]);
  });
});

describe("fastai's CSVLogger history.csv: Keras's shape under its own name", () => {
  it("a header opening 'epoch,train_loss' with 'valid_loss' is fastai's; its 'time' column (the epoch's duration) is no series", () => {
    const log = parseCsvLog('epoch,train_loss,valid_loss,accuracy,time\n0,0.91,0.83,0.61,00:17\n1,0.72,#na#,0.66,00:16\n', 'history.csv');
    expect(log.format).toBe('csv-fastai');
    expect(log.warnings).toEqual([]);
    expect(Object.keys(log.series)).toEqual(['train_loss', 'valid_loss', 'accuracy']);
    expect(seriesPoints(log.series.valid_loss).map((p) => [p.step, p.value])).toEqual([[0, 0.83]]);
  });

  it("also without 'time' (add_time=False, early v1), or without validation when 'time' ends the header", () => {
    expect(parseCsvLog('epoch,train_loss,valid_loss,accuracy,auroc\n0,0.4,0.41,0.84,0.81\n', 'history.csv').format).toBe('csv-fastai');
    expect(parseCsvLog('epoch,train_loss,time\n0,0.4,00:05\n', 'history.csv').format).toBe('csv-fastai');
  });

  it("Keras's headers stay Keras's, 'time' included: Keras sorts its names, so a 'time' column is a series there", () => {
    expect(parseCsvLog('epoch,loss,val_loss\n0,0.5,0.6\n', 'training.log').format).toBe('csv-keras');
    expect(parseCsvLog('epoch,time,train_loss\n0,12.5,0.5\n', 'training.log').format).toBe('csv-keras');
    expect(Object.keys(parseCsvLog('epoch,time,train_loss\n0,12.5,0.5\n', 'training.log').series)).toEqual(['time', 'train_loss']);
    expect(parseCsvLog('step,epoch,train_loss,valid_loss\n0,0,0.5,0.6\n', 'metrics.csv').format).toBe('csv-lightning');
  });
});

describe('PyTorch Lightning CSVLogger metrics.csv (sparse rows)', () => {
  // As Lightning writes it: train_loss_step every 50 steps, and at each epoch's end one row
  // with val_loss and one with train_loss_epoch, both at the epoch's last step.
  const lightning = [
    'epoch,step,train_loss_epoch,train_loss_step,val_acc,val_loss',
    '0,49,,0.71,,',
    '0,99,,0.65,,',
    '0,99,,,0.80,0.62',
    '0,99,0.68,,,',
    '1,149,,0.55,,',
    '1,199,,0.51,,',
    '1,199,,,0.84,0.50',
    '1,199,0.53,,,',
    '',
  ].join('\n');

  it('each column keeps only its non-empty cells, with step and epoch from its row', () => {
    const log = parseCsvLog(lightning, 'version_0/metrics.csv');
    expect(log.format).toBe('csv-lightning');
    expect(log.warnings).toEqual([]);
    expect(Object.keys(log.series).sort()).toEqual(['train_loss_epoch', 'train_loss_step', 'val_acc', 'val_loss']);
    expect(seriesPoints(log.series.train_loss_step).map((p) => [p.step, p.epoch, p.value])).toEqual([[49, 0, 0.71], [99, 0, 0.65], [149, 1, 0.55], [199, 1, 0.51]]);
    expect(seriesPoints(log.series.val_loss)).toEqual([{ step: 99, epoch: 0, value: 0.62 }, { step: 199, epoch: 1, value: 0.5 }]);
    expect(seriesPoints(log.series.train_loss_epoch).map((p) => p.value)).toEqual([0.68, 0.53]);
  });

  it('rows without a step are skipped with a warning naming the first line', () => {
    const log = parseCsvLog('epoch,step,loss\n0,,1\n0,10,0.5\n', 'metrics.csv');
    expect(seriesPoints(log.series.loss)).toEqual([{ step: 10, epoch: 0, value: 0.5 }]);
    expect(log.warnings).toEqual(["metrics.csv:2: no 'step' number on this row; skipped"]);
  });
});

describe('malformed CSV', () => {
  it('errors name the file and line', () => {
    expect(() => parseCsvLog('', 'empty.csv')).toThrow(/^empty\.csv: the file is empty/);
    expect(() => parseCsvLog('epoch,loss,loss\n0,1,1\n', 'log.csv')).toThrow("log.csv:1: column 'loss' appears twice");
    // Damage before any row leaves nothing to keep.
    expect(() => parseCsvLog('epoch,loss\n0,1,2\n1,2\n', 'log.csv')).toThrow('log.csv:2: 3 fields, expected 2');
  });

  it('a damaged row keeps every row before it and says where (issue 11, item 10)', () => {
    const log = parseCsvLog('epoch,loss\n0,1\n1,0.5\n2,0.4,9\n3,0.3\n', 'log.csv');
    expect(seriesPoints(log.series.loss).map((p) => p.value)).toEqual([1, 0.5]);
    expect(log.warnings[0]).toBe("log.csv:4: 3 fields, expected 2 (the header's columns); kept the 2 rows before it and ignored the rest of the file");
    // An unclosed quote (papaparse cannot split the row) is damage too.
    const quoted = parseCsvLog('epoch,loss\n0,1\n1,"0.5\n2,0.4\n', 'q.csv');
    expect(seriesPoints(quoted.series.loss).map((p) => p.value)).toEqual([1]);
    expect(quoted.warnings[0]).toMatch(/^q\.csv:3: .*quote.*; kept the 1 row before it and ignored the rest of the file$/i);
  });

  it('an unfinished last line (a run still writing) is a warning, not an error', () => {
    const log = parseCsvLog('epoch,loss,val_loss\n0,1,2\n1,0.5', 'log.csv');
    expect(seriesPoints(log.series.loss)).toEqual([{ step: 0, epoch: 0, value: 1 }]);
    expect(log.warnings).toEqual(['log.csv:3: incomplete last line (2 of 3 fields; the writer may still be running); ignored']);
  });

  it('parseNumber: Python spellings of special values, missing cells, non-numbers', () => {
    expect(['nan', 'NaN', 'inf', '-inf', 'Infinity', '-Infinity', '1e-05', ' 2 ', '-.5'].map(parseNumber))
      .toEqual([NaN, NaN, Infinity, -Infinity, Infinity, -Infinity, 1e-5, 2, -0.5]);
    expect(['', 'NA', 'None'].map(parseNumber)).toEqual([undefined, undefined, undefined]);
    expect(['0x10', '[1, 2]', 'abc', '1,5'].map(parseNumber)).toEqual([null, null, null, null]);
  });
});
