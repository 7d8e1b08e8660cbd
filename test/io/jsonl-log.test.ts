import { describe, expect, it } from 'vitest';
import { parseJsonlLog } from '../../src/io/jsonl-log.js';
import { seriesPoints } from '../../src/io/series.js';

describe('JSONL logs', () => {
  it('wide records: every numeric key a series, step from step / epoch', () => {
    const text = [
      '{"epoch": 0, "loss": 1.0, "val_loss": 1.2}',
      '{"epoch": 1, "loss": 0.5, "val_loss": 0.9, "lr": 0.01}',
      '',
      '{"epoch": 2, "step": 300, "loss": 0.25, "val_loss": null, "wall_time": 1700000000}',
      '',
    ].join('\n');
    const log = parseJsonlLog(text, 'history.jsonl');
    expect(log.format).toBe('jsonl');
    expect(log.warnings).toEqual([]);
    expect(seriesPoints(log.series.loss)).toEqual([
      { step: 0, epoch: 0, value: 1 },
      { step: 1, epoch: 1, value: 0.5 },
      { step: 300, epoch: 2, value: 0.25, wallTime: 1700000000 },
    ]);
    expect(seriesPoints(log.series.val_loss).map((p) => p.value)).toEqual([1.2, 0.9]);
    expect(seriesPoints(log.series.lr)).toEqual([{ step: 1, epoch: 1, value: 0.01 }]);
  });

  it('long records {step, tag, value}', () => {
    const text = '{"step": 10, "tag": "train/loss", "value": 0.9}\n{"step": 10, "tag": "val/loss", "value": 1.1, "wall_time": 5}\n{"step": 20, "tag": "train/loss", "value": 0.7}\n';
    const log = parseJsonlLog(text, 'scalars.jsonl');
    expect(seriesPoints(log.series['train/loss'])).toEqual([{ step: 10, value: 0.9 }, { step: 20, value: 0.7 }]);
    expect(seriesPoints(log.series['val/loss'])).toEqual([{ step: 10, value: 1.1, wallTime: 5 }]);
  });

  it("accepts Python's bare NaN / Infinity / -Infinity and the strings 'nan', 'inf'", () => {
    const text = '{"step": 1, "loss": NaN, "grad": Infinity, "note": "NaN stays a string"}\n{"step": 2, "loss": -Infinity, "grad": "inf"}\n';
    const log = parseJsonlLog(text, 'log.jsonl');
    expect(seriesPoints(log.series.loss).map((p) => p.value)).toEqual([NaN, -Infinity]);
    expect(seriesPoints(log.series.grad).map((p) => p.value)).toEqual([Infinity, Infinity]);
    expect(log.warnings).toEqual(["log.jsonl:1: 'note' holds values that are not numbers; skipped"]);
  });

  it('flattens nested objects with "/"', () => {
    const log = parseJsonlLog('{"epoch": 0, "train": {"loss": 1}, "val": {"loss": 2}}\n', 'log.jsonl');
    expect(Object.keys(log.series)).toEqual(['train/loss', 'val/loss']);
  });

  it('records without step or epoch are numbered by record, with a warning', () => {
    const log = parseJsonlLog('{"loss": 3}\n{"loss": 2}\n', 'log.jsonl');
    expect(seriesPoints(log.series.loss).map((p) => p.step)).toEqual([0, 1]);
    expect(log.warnings).toEqual(["log.jsonl: 2 records have no 'step' or 'epoch'; numbered by record from 0"]);
  });

  it('a bad line keeps every record before it and says where (issue 11, item 10)', () => {
    const text = '{"epoch": 0, "loss": 1}\n{"epoch": 1, "loss": 0.5}\n{"epoch": 2, "loss": }\n{"epoch": 3, "loss": 0.2}\n';
    const log = parseJsonlLog(text, 'runs/a.jsonl');
    expect(seriesPoints(log.series.loss).map((p) => p.value)).toEqual([1, 0.5]);
    expect(log.warnings[0]).toMatch(/^runs\/a\.jsonl:3: not valid JSON \(.*\); kept the 2 records before it and ignored the rest of the file$/);
    const array = parseJsonlLog('{"epoch": 0, "loss": 1}\n[1, 2]\n', 'a.jsonl');
    expect(array.warnings[0]).toBe('a.jsonl:2: expected an object such as {"epoch": 0, "loss": 0.5}, found an array; kept the 1 record before it and ignored the rest of the file');
  });

  it('a file whose first line is already broken is an error naming the file and line', () => {
    expect(() => parseJsonlLog('not json\n{"epoch": 0}\n', 'junk.jsonl')).toThrow(/^junk\.jsonl:1: not valid JSON \(/);
    expect(() => parseJsonlLog('[1, 2]\n{"epoch": 0}\n', 'a.jsonl')).toThrow('a.jsonl:1: expected an object such as {"epoch": 0, "loss": 0.5}, found an array');
  });

  it('an unfinished last line (no final newline) is a warning and the earlier records are kept', () => {
    const log = parseJsonlLog('{"epoch": 0, "loss": 1}\n{"epoch": 1, "lo', 'live.jsonl');
    expect(seriesPoints(log.series.loss)).toEqual([{ step: 0, epoch: 0, value: 1 }]);
    expect(log.warnings).toEqual(['live.jsonl:2: unfinished last line (no final newline; the writer may still be running); ignored']);
  });
});
