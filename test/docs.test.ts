import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as losskit from '../src/index.js';

/**
 * Documentation is checked like code: every `@example` line in a loss file is evaluated and
 * compared with the value it states, every registered loss is exported with a doc comment,
 * and every exported loss entry is registered.
 */
const LOSS_DIR = join(import.meta.dirname, '..', 'src', 'losses');
const sources = readdirSync(LOSS_DIR, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => ({ file: f, text: readFileSync(join(LOSS_DIR, f), 'utf8') }));

/** Half a unit in the last printed digit: "1.25" allows 0.005, "0.3567" allows 0.00005. */
function printedTolerance(literal: string): number {
  const decimals = /\.(\d+)/.exec(literal)?.[1]?.length ?? 0;
  return 0.5 * 10 ** -decimals + 1e-12;
}

const api = losskit as unknown as Record<string, unknown>;
const names = Object.keys(api);

const examples = sources.flatMap(({ file, text }) =>
  [...text.matchAll(/@example\s+(.+?)\s+\/\/\s*(.+)$/gm)].map((m) => ({ file, call: m[1]!, expected: m[2]!.trim() })));

describe('doc comment examples', () => {
  it('there are examples to check', () => expect(examples.length).toBeGreaterThan(3));
  for (const { file, call, expected } of examples) {
    it(`${file}: ${call} // ${expected}`, () => {
      const run = new Function(...names, `return (${call});`) as (...args: unknown[]) => unknown;
      const result = run(...names.map((n) => api[n]));
      const actual = typeof result === 'number' ? [result] : Array.from((result as { data: ArrayLike<number> }).data);
      const literals = expected.replace(/^\[|\]$/g, '').split(',').map((s) => s.trim());
      expect(actual.length).toBe(literals.length);
      literals.forEach((literal, i) => {
        expect(Math.abs(actual[i]! - Number(literal)), `${call}[${i}] = ${actual[i]}, documented ${literal}`).toBeLessThanOrEqual(printedTolerance(literal));
      });
    });
  }
});

describe('registry and public API agree', () => {
  const entries = losskit.listLosses();

  it('every registered loss is exported as a plain function and a fused kernel', () => {
    for (const entry of entries) {
      const plain = names.find((n) => api[n] === entry.call);
      const fused = names.find((n) => api[n] === entry.valueAndGrad);
      expect(plain, `${entry.name}: no exported plain function`).toBeDefined();
      expect(fused, `${entry.name}: no exported fused kernel`).toBe(`${plain}ValueAndGrad`);
    }
  });

  it('every exported loss entry is registered', () => {
    const registered = new Set<unknown>(entries);
    for (const name of names) {
      const value = api[name] as { evaluate?: unknown; name?: unknown } | undefined;
      if (value && typeof value === 'object' && typeof value.evaluate === 'function') {
        expect(registered.has(value), `${name} is exported but not in the registry`).toBe(true);
      }
    }
  });

  it('every loss definition carries a doc comment; the call it matches is said once, in its description', () => {
    for (const { file, text } of sources) {
      for (const m of text.matchAll(/(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\s*)?export const (\w+) = defineLoss\(/g)) {
        const doc = m[1] ?? '';
        expect(doc, `${file}: ${m[2]} has no doc comment`).not.toBe('');
        // The derived doc comments of foo and fooValueAndGrad (src/losses/index.ts) write the
        // `Matches:` line from the description's `matches` field; a hand-written one would drift.
        expect(doc, `${file}: ${m[2]} repeats the matches field in its doc comment`).not.toMatch(/Matches:/);
      }
    }
    for (const entry of entries) expect(entry.matches.trim(), `${entry.name}: empty 'matches'`).not.toBe('');
  });

  it('names and aliases are unique and resolve to their entry', () => {
    for (const entry of entries) {
      for (const alias of [entry.name, ...entry.aliases]) expect(losskit.getLoss(alias)).toBe(entry);
    }
    expect(() => losskit.getLoss('no-such-loss')).toThrow(losskit.LossError);
  });
});
