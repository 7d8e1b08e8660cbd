/**
 * The `@example` lines of the metrics' doc comments are run against the public metrics API and
 * compared with the value they state (numbers to half a unit of their last printed digit,
 * arrays exactly).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as metrics from '../../src/metrics/index.js';

const METRICS_DIR = join(import.meta.dirname, '..', '..', 'src', 'metrics');
const api = metrics as unknown as Record<string, unknown>;
const names = Object.keys(api);
const examples = readdirSync(METRICS_DIR).filter((f) => f.endsWith('.ts')).flatMap((file) =>
  [...readFileSync(join(METRICS_DIR, file), 'utf8').matchAll(/@example\s+(.+?)\s+\/\/\s*(.+)$/gm)]
    .map((m) => ({ file, call: m[1], expected: m[2].trim() })));

function printedTolerance(literal: string): number {
  const decimals = /\.(\d+)/.exec(literal)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-12;
}

describe('metrics doc comment examples', () => {
  it('there are examples to check', () => expect(examples.length).toBeGreaterThanOrEqual(10));
  for (const { file, call, expected } of examples) {
    it(`${file}: ${call} // ${expected}`, () => {
      const run = new Function(...names, `return (${call});`) as (...args: unknown[]) => unknown;
      const actual = run(...names.map((n) => api[n]));
      if (typeof actual === 'number') expect(Math.abs(actual - Number(expected))).toBeLessThanOrEqual(printedTolerance(expected));
      else expect(actual).toEqual(JSON.parse(expected));
    });
  }
});
