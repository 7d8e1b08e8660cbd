/**
 * One MLflow metric file (mlruns/<experiment>/<run>/metrics/<name>): '<timestamp ms> <value>
 * <step>' lines as mlflow/store/tracking/file_store.py writes them, the latest value kept at a step
 * logged twice, MLflow 0.x files without steps, and damage kept up to the line that breaks.
 */
import { describe, expect, it } from 'vitest';
import { MlflowMetricParser, parseMlflowMetric } from '../../src/io/mlflow-metrics.js';

const values = (text: string) => [...(parseMlflowMetric(text, 'loss', 'metrics/loss').series?.values ?? [])];
const steps = (text: string) => [...(parseMlflowMetric(text, 'loss', 'metrics/loss').series?.steps ?? [])];

describe('an MLflow metric file', () => {
  it('reads timestamp, value and step; the timestamp (ms) is the wall time (s)', () => {
    const metric = parseMlflowMetric('1646451201484 0.41327980160713196 0\n1646451698543 0.2834332585334778 1\n', 'val_loss', 'metrics/val_loss');
    expect(metric.warnings).toEqual([]);
    expect(metric.notes).toEqual([]);
    expect([...metric.series!.steps]).toEqual([0, 1]);
    expect([...metric.series!.values]).toEqual([0.41327980160713196, 0.2834332585334778]);
    expect([...metric.series!.wallTimes!]).toEqual([1646451201.484, 1646451698.543]);
    expect(metric.series!.epochs).toBeUndefined();
  });

  it("keeps Python's spellings of NaN and infinity, exponents and negative steps", () => {
    expect(values('1 nan 0\n2 inf 1\n3 -inf 2\n4 1e-05 3\n')).toEqual([NaN, Infinity, -Infinity, 1e-5]);
    expect(steps('1 0.5 -1\n2 0.4 0\n')).toEqual([-1, 0]);
  });

  it('sorts by step, and at a step logged twice keeps the latest value (latest timestamp, then the later line)', () => {
    const text = ['10 0.9 0', '20 0.8 1', '30 0.7 2', '40 0.75 1', '25 0.85 2', '40 0.6 1'].join('\n');
    const metric = parseMlflowMetric(text, 'loss', 'metrics/loss');
    expect([...metric.series!.steps]).toEqual([0, 1, 2]);
    // Step 1: timestamps 20, 40, 40: the last line at 40 wins. Step 2: 30 beats the later line's 25.
    expect([...metric.series!.values]).toEqual([0.9, 0.6, 0.7]);
    expect([...metric.series!.wallTimes!]).toEqual([0.01, 0.04, 0.03]);
    expect(metric.notes).toEqual(["'loss': 2 steps were logged more than once with different values (3 earlier values); the latest value at each step is kept, as MLflow shows it"]);
  });

  it('says nothing of a step logged again with the same value (Lightning logs epoch with each group of metrics)', () => {
    const metric = parseMlflowMetric('10 0 9\n11 0 9\n20 1 19\n21 1 19\n', 'epoch', 'metrics/epoch');
    expect([...metric.series!.steps]).toEqual([9, 19]);
    expect(metric.notes).toEqual([]);
  });

  it('places the values of a file without steps (MLflow before 1.0) in line order, with a note', () => {
    const metric = parseMlflowMetric('1500000000000 0.9\n1500000001000 0.7\n1500000002000 0.6\n', 'loss', 'metrics/loss');
    expect([...metric.series!.steps]).toEqual([0, 1, 2]);
    expect([...metric.series!.values]).toEqual([0.9, 0.7, 0.6]);
    expect(metric.notes).toEqual(["'loss' has no steps (written by MLflow before 1.0): its 3 values are placed in line order, steps 0 to 2"]);
  });

  it('reads values all logged at one step (no step= given) in timestamp order as steps 0 to n-1, with a note', () => {
    // The third line was written late (its timestamp the earliest): time orders, not the line.
    const metric = parseMlflowMetric('20 0.7 0\n30 0.6 0\n10 0.9 0\n30 0.5 0\n', 'loss', 'metrics/loss');
    expect([...metric.series!.steps]).toEqual([0, 1, 2, 3]);
    expect([...metric.series!.values]).toEqual([0.9, 0.7, 0.6, 0.5]);
    expect([...metric.series!.wallTimes!]).toEqual([0.01, 0.02, 0.03, 0.03]);
    expect(metric.notes).toEqual(["'loss': all 4 values were logged at step 0 (no step given), so the step gives no order: they are read in timestamp order as steps 0 to 3"]);
    expect(steps('1 0.9 7\n2 0.8 7\n')).toEqual([0, 1]);
  });

  it('keeps one point for one step logged with one value, however often, and the latest where steps differ', () => {
    const same = parseMlflowMetric('10 0.5 4\n11 0.5 4\n', 'epoch', 'metrics/epoch');
    expect([...same.series!.steps]).toEqual([4]);
    expect(same.notes).toEqual([]);
    expect(steps('1 0.5 3\n')).toEqual([3]);
    expect(values('10 0.9 0\n20 0.8 0\n30 0.7 1\n')).toEqual([0.8, 0.7]);
  });

  it('reads a line without a step at step 0 in a file that has steps, as MLflow does', () => {
    expect(steps('1 0.9 3\n2 0.8\n3 0.7 5\n')).toEqual([0, 3, 5]);
  });

  it('keeps the records before a malformed line and names the file and line', () => {
    const metric = parseMlflowMetric('1 0.9 0\n2 0.8 1\n3 0.7 two\n4 0.6 3\n', 'loss', 'mlruns/0/abc/metrics/loss');
    expect([...metric.series!.values]).toEqual([0.9, 0.8]);
    expect(metric.warnings).toEqual(["mlruns/0/abc/metrics/loss:3: expected '<timestamp> <value> <step>' (MLflow's metric line), found '3 0.7 two'; kept the 2 records before it and ignored the rest of the file"]);
  });

  it.each([
    ['four fields', '5 0.5 4 9'],
    ['a value that is no number', '5 None 4'],
    ['a fractional timestamp', '5.5 0.5 4'],
    ['a fractional step', '5 0.5 4.5'],
    ['one field', '0.5'],
  ])('calls %s damage', (_what, line) => {
    const metric = parseMlflowMetric(`1 0.9 0\n${line}\n6 0.4 5\n`, 'loss', 'loss');
    expect(metric.series!.length).toBe(1);
    expect(metric.warnings[0]).toMatch(/^loss:2: expected/);
  });

  it('drops an unfinished last line (the writer still running) and keeps a finished one without a newline', () => {
    const unfinished = parseMlflowMetric('1 0.9 0\n2 0.8 1\n16464', 'loss', 'loss');
    expect([...unfinished.series!.values]).toEqual([0.9, 0.8]);
    expect(unfinished.warnings).toEqual(['loss:3: incomplete last line (the writer may still be running); ignored']);
    expect(values('1 0.9 0\r\n2 0.8 1')).toEqual([0.9, 0.8]);
    // Cut before its step: the other lines have one.
    const cut = parseMlflowMetric('1 0.9 0\n2 0.8 1\n3 0.7', 'loss', 'loss');
    expect([...cut.series!.steps]).toEqual([0, 1]);
    expect(cut.warnings).toEqual(['loss:3: incomplete last line (the writer may still be running); ignored']);
  });

  it('reads the same pushed in chunks that split lines anywhere', () => {
    const text = Array.from({ length: 500 }, (_, i) => `${1000 + i} ${Math.exp(-i / 100)} ${i % 250}`).join('\n') + '\n';
    const whole = parseMlflowMetric(text, 'loss', 'loss');
    for (const size of [1, 7, 64, 4096]) {
      const parser = new MlflowMetricParser('loss', 'loss');
      for (let at = 0; at < text.length; at += size) parser.push(text.slice(at, at + size));
      const chunked = parser.finish();
      expect([...chunked.series!.values]).toEqual([...whole.series!.values]);
      expect(chunked.notes).toEqual(whole.notes);
    }
    // Steps 0-249 logged twice: the second pass (later timestamps) is kept.
    expect(whole.series!.length).toBe(250);
    expect(whole.series!.values[0]).toBe(Math.exp(-250 / 100));
  });

  it('stops at a line longer than any metric line, without waiting for its end', () => {
    const parser = new MlflowMetricParser('loss', 'loss');
    parser.push('1 0.9 0\n');
    for (let i = 0; i < 1000; i++) parser.push('x'.repeat(10_000));
    const metric = parser.finish();
    expect(metric.series!.length).toBe(1);
    expect(metric.warnings).toEqual(["loss:2: a line longer than 1024 characters (MLflow's metric lines are '<timestamp> <value> <step>'); kept the 1 record before it and ignored the rest of the file"]);
  });

  it('says so when a metric file is empty', () => {
    const metric = parseMlflowMetric('', 'val_loss', 'val_loss');
    expect(metric.series).toBeUndefined();
    expect(metric.notes).toEqual(["'val_loss' is empty: no value was logged"]);
  });

  it('reads a million out-of-order lines in a few seconds', () => {
    const parser = new MlflowMetricParser('loss', 'loss');
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      lines.push(`${1_700_000_000_000 + i} ${1 / (1 + i)} ${(i * 7919) % 1_000_000}`);
      if (lines.length === 10_000) parser.push(`${lines.splice(0).join('\n')}\n`);
    }
    const started = performance.now();
    const metric = parser.finish();
    expect(metric.series!.length).toBe(1_000_000);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
