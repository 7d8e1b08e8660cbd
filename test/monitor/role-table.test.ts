/**
 * The tag → role table of docs/diagnose.md, checked row by row against `seriesName`, and its table
 * of the losses History takes when no plain one is logged, checked against History.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { History, seriesName } from '../../src/monitor/index.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diagnose.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Tag → role table'), doc.indexOf('## Axes and cadences'));
const standIns = [...section.matchAll(/^ {2}\| ((?:`[^`]+`(?:, )?)+) \| ([\w–]+) \| ([\w–]+) \|$/gm)]
  .map((m) => ({ names: [...m[1]!.matchAll(/`([^`]+)`/g)].map((name) => name[1]!), train: m[2]!, validation: m[3]! }));
const rows = [...section.matchAll(/^\| `([^`]+)` \| (\w+) \| ([^|]+) \|$/gm)].map((m) => ({ name: m[1]!, role: m[2]!, canonical: m[3]!.trim() }));

describe('docs/diagnose.md: the tag → role table', () => {
  it('has rows for every role, counters and schedules included', () => {
    expect(rows.length).toBeGreaterThan(40);
    expect(new Set(rows.map((row) => row.role))).toEqual(new Set(['trainLoss', 'validationLoss', 'learningRate', 'axis', 'context', 'metric']));
  });

  it.each(rows.map((row) => [row.name, row.role, row.canonical] as const))('%s → %s (%s)', (name, role, canonical) => {
    const mapped = seriesName(name);
    if (role === 'axis') expect(mapped).toBeUndefined();
    else expect({ role: mapped?.role, name: mapped?.name }).toEqual({ role, name: canonical });
  });
});

describe("docs/diagnose.md: the losses History takes when no plain one is logged", () => {
  it('has the rows of the role notes', () => expect(standIns.length).toBeGreaterThanOrEqual(6));

  it.each(standIns.map((row) => [row.names.join(', '), row.train, row.validation, row.names] as const))('%s → %s, %s', (_, train, validation, names) => {
    const points = Array.from({ length: 6 }, (__, epoch) => ({ step: epoch, epoch, value: 1 - epoch / 10 }));
    const history = History.fromSeries(Object.fromEntries(names.map((name) => [name, points])));
    expect([history.trainLoss?.name ?? '–', history.validationLoss?.name ?? '–']).toEqual([train, validation]);
  });
});
