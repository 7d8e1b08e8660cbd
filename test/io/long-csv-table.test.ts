/**
 * Long ("tidy") CSV tables (readers-154): one value per row, named by a metric cell and maybe a split cell, as a
 * DataFrame melted before saving writes them (the hundred-and-thirty-second corpus's e05 and e06, read before as a
 * series named 'value' and no loss), MLflow's metric export (`key,value,step,timestamp`) and TensorBoard's
 * `experiment.get_scalars()` saved with pandas (`run,tag,step,value`).
 */
import { describe, expect, it } from 'vitest';
import { History, diagnose } from '../../src/monitor/index.js';
import { parseLog } from '../../src/io/parse-log.js';
import { bytes } from './support/temp-files.js';

const train = [0.79, 0.58, 0.62, 0.6, 0.63, 0.61, 0.6, 0.62, 0.61, 0.6, 0.62, 0.61];
const val = [1.85, 0.96, 0.7, 0.66, 0.64, 0.632, 0.631, 0.633, 0.631, 0.632, 0.631, 0.632];
const melted = 'epoch,split,metric,value\n' + train.map((loss, i) => `${i + 1},train,loss,${loss}\n${i + 1},val,loss,${val[i]}\n`).join('');

describe('long CSV tables (readers-154)', () => {
  it("'epoch,split,metric,value': each split's metric is a series named 'split/metric', at its epoch", () => {
    const run = parseLog('training_log.csv', bytes(melted));
    expect(run.format).toBe('csv-long');
    expect(Object.keys(run.series).sort()).toEqual(['train/loss', 'val/loss']);
    expect([...run.series['val/loss']!.values]).toEqual(val);
    expect([...run.series['train/loss']!.steps]).toEqual(train.map((_, i) => i + 1));
    expect(run.notes?.join(' ')).toMatch(/a long table: each row one 'value', named by its 'split' and 'metric' cells/);
    expect(run.warnings).toEqual([]);
  });

  it('is diagnosed on its validation loss, as its wide twin would be', () => {
    const wide = 'epoch,loss,val_loss\n' + train.map((loss, i) => `${i + 1},${loss},${val[i]}\n`).join('');
    const history = (text: string) => History.fromSeries(parseLog('training_log.csv', bytes(text)).series);
    expect(history(melted).validationLoss?.sourceNames).toEqual(['val/loss']);
    expect(history(melted).trainLoss?.sourceNames).toEqual(['train/loss']);
    const kinds = (text: string) => diagnose(history(text)).map((finding) => finding.kind);
    expect(kinds(melted)).toContain('plateau');
    expect(kinds(melted)).toEqual(kinds(wide));
  });

  it("MLflow's export `key,value,step,timestamp`: the key alone names the series", () => {
    const run = parseLog('metrics.csv', bytes('key,value,step,timestamp\nloss,0.9,0,1700000000000\nval_loss,1.0,0,1700000000000\nloss,0.8,1,1700000001000\n'));
    expect(Object.keys(run.series).sort()).toEqual(['loss', 'val_loss']);
    expect([...run.series['loss']!.steps]).toEqual([0, 1]);
    expect(run.notes?.join(' ')).toMatch(/named by its 'key' cell$/m);
  });

  it("TensorBoard's scalars saved with pandas, `run,tag,step,value`: the run folder is the split", () => {
    const run = parseLog('scalars.csv', bytes('run,tag,step,value\ntrain,epoch_loss,0,0.5\nvalidation,epoch_loss,0,0.6\ntrain,epoch_loss,1,0.4\nvalidation,epoch_loss,1,0.55\n'));
    expect(Object.keys(run.series).sort()).toEqual(['train/epoch_loss', 'validation/epoch_loss']);
  });

  it("a 'value' column beside another column of numbers is a wide table's metric, as before", () => {
    const run = parseLog('t.csv', bytes('epoch,value,loss,name\n0,1,0.9,a\n1,2,0.8,b\n'));
    expect(run.format).not.toBe('csv-long');
    expect(Object.keys(run.series)).toContain('value');
  });

  it('a value that is no number is skipped with a warning naming the line', () => {
    const run = parseLog('log.csv', bytes('epoch,metric,value\n0,loss,0.9\n1,loss,oops\n2,loss,0.7\n'));
    expect([...run.series['loss']!.values]).toEqual([0.9, 0.7]);
    expect(run.warnings.join(' ')).toMatch(/log\.csv:3: column 'value' holds values that are not numbers \('oops'/);
  });
});
