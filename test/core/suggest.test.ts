/**
 * "Did you mean": edit distance against a brute-force definition, and the registry's lookup
 * suggesting close names at every entry point (library, CLI compute and compare, tfjs adapter).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeMatches, editDistance } from '../../src/core/suggest.js';
import { LossError } from '../../src/core/errors.js';
import { getLoss, listLosses } from '../../src/index.js';
import { closeLossNames } from '../../src/registry.js';
import { fails } from '../support/cli.js';

/** Edit distance by plain recursion over the three operations (exponential: short strings only). */
function bruteDistance(a: string, b: string): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  return Math.min(
    bruteDistance(a.slice(1), b) + 1,
    bruteDistance(a, b.slice(1)) + 1,
    bruteDistance(a.slice(1), b.slice(1)) + (a[0] === b[0] ? 0 : 1),
  );
}

const shortWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-'), maxLength: 6 });

describe('editDistance', () => {
  it('equals the recursive definition, is symmetric and obeys the triangle inequality', () => {
    fc.assert(fc.property(shortWord, shortWord, shortWord, (a, b, c) => {
      expect(editDistance(a, b)).toBe(bruteDistance(a, b));
      expect(editDistance(a, b)).toBe(editDistance(b, a));
      expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
    }));
    expect(editDistance('hubr', 'huber')).toBe(1);
    expect(editDistance('hubber', 'huber')).toBe(1);
    expect(editDistance('', 'mse')).toBe(3);
  });
});

describe('closeMatches', () => {
  it('keeps near names closest first, substrings either way, each once, at most `limit`', () => {
    expect(closeMatches('hubr', ['mse', 'huber', 'hinge'])).toEqual(['huber']);
    expect(closeMatches('focal', ['sigmoid-focal', 'softmax-focal', 'mse'])).toEqual(['sigmoid-focal', 'softmax-focal']);
    expect(closeMatches('huber-loss', ['huber', 'mse'])).toEqual(['huber']);
    expect(closeMatches('mae', ['mse', 'mae2', 'mse'], 5)).toEqual(['mse', 'mae2']);
    expect(closeMatches('zzzzzz', ['mse', 'huber'])).toEqual([]);
    expect(closeMatches('mse', ['mse1', 'mse2', 'mse3', 'mse4'], 2)).toHaveLength(2);
  });
});

describe('the registry suggests close loss names', () => {
  it("getLoss('hubber') and getLoss('hubr') name huber in their LossError", () => {
    for (const typo of ['hubber', 'hubr', 'HUBR', 'huber_los']) {
      let error: unknown;
      try {
        getLoss(typo);
      } catch (caught) {
        error = caught;
      }
      expect(error, typo).toBeInstanceOf(LossError);
      expect((error as LossError).kind).toBe('option');
      expect((error as LossError).message, typo).toContain("did you mean 'huber'");
    }
    expect(() => getLoss('zzzzzzzz')).toThrow(/unknown loss 'zzzzzzzz' \(listLosses\(\) or 'losskit list' shows every loss\)$/);
  });

  it('every registered name of 6 letters or more, with its second letter dropped, suggests itself', () => {
    for (const { name } of listLosses()) {
      if (name.length < 6) continue;
      const typo = name.slice(0, 1) + name.slice(2);
      expect(closeLossNames(typo), `${typo} -> ${name}`).toContain(name);
    }
  });

  it('the CLI suggests at every entry point: compute, explain and compare --losses', async () => {
    expect(await fails('compute', 'hubr', '--input', '[1]', '--target', '[0]')).toContain("did you mean 'huber'");
    expect(await fails('explain', 'hubber')).toContain("did you mean 'huber'");
    expect(await fails('compare', '--dataset', 'boston', '--losses', 'mse,hubr')).toContain("did you mean 'huber'");
  });
});
