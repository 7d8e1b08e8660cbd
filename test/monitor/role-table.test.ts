/** The tag → role table of docs/diagnose.md, checked row by row against `seriesName`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriesName } from '../../src/monitor/index.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'diagnose.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Tag → role table'), doc.indexOf('## Axes and cadences'));
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
