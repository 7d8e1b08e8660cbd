import { describe, expect, it } from 'vitest';
import { LossError, listLosses } from '../../src/index.js';
import { createRandom } from '../../src/core/random.js';

/**
 * Losses that skip the upfront NaN/Infinity scan (valueRevealsNonFiniteInputs) must still
 * reject every non-finite input, in every reduction: the deferred check relies on the kernel
 * turning any such input into a non-finite value. (Not cross-entropy: a -Infinity logit of a
 * class that is not the target leaves its loss finite, so it keeps the upfront scan.)
 */
function flat(value: unknown): { data: number[]; shape: number[] } {
  const shape: number[] = [];
  let probe = value;
  while (Array.isArray(probe)) { shape.push(probe.length); probe = probe[0]; }
  return { data: (Array.isArray(value) ? (value as unknown[]).flat(Infinity) : [value]) as number[], shape };
}

const deferred = listLosses().filter((entry) => entry.valueRevealsNonFiniteInputs);

describe('deferred finite checks', () => {
  it('apply to the elementwise and softmax losses', () => {
    expect(deferred.map((entry) => entry.name).sort()).toEqual(['bce-with-logits', 'huber', 'mae', 'mse', 'smooth-l1']);
  });

  for (const entry of deferred) {
    it(`${entry.name}: any NaN or ±Infinity input is a domain error in every reduction`, () => {
      for (let seed = 1; seed <= 20; seed++) {
        const random = createRandom(seed);
        const example = entry.sample(random);
        for (const spec of entry.inputs) {
          if (spec.kind !== 'float' || example.inputs[spec.name] === undefined) continue;
          const { data, shape } = flat(example.inputs[spec.name]);
          for (const bad of [Number.NaN, Infinity, -Infinity]) {
            const poisoned = Float64Array.from(data);
            poisoned[Math.floor(random() * poisoned.length)] = bad;
            for (const reduction of entry.reductions) {
              const inputs = { ...example.inputs, [spec.name]: { data: poisoned, shape } };
              let kind = 'no error';
              try {
                entry.evaluate(inputs, { ...example.options, reduction }, { grad: true });
              } catch (error) {
                kind = error instanceof LossError ? error.kind : String(error);
              }
              expect(kind, `${entry.name} ${spec.name}=${bad} [${reduction}] seed ${seed}`).toBe('domain');
            }
          }
        }
      }
    });
  }
});
