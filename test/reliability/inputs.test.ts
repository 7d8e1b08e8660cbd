import { describe, expect, it } from 'vitest';
import {
  LossError, crossEntropy, getLoss, listLosses, mse, mseValueAndGrad, wganGradientPenalty,
} from '../../src/index.js';
import { lossError, outcome, withinMs } from './support.js';

/**
 * Issue 11, items 4, 5 and 12 (first point): shapes validated up front, and every malformed
 * argument a LossError naming it, never a TypeError or a hang. Each test failed before its fix.
 */

function detachedFloat64(length: number): Float64Array {
  const array = new Float64Array(length);
  structuredClone(array.buffer, { transfer: [array.buffer] });
  return array;
}

describe('item 4: shapes are validated before any loop', () => {
  it('wganGradientPenalty({ data: [], shape: [2**40, 0] }) raises at once instead of looping over 2^40 empty rows', () => {
    const error = withinMs(2000, () => lossError(() => wganGradientPenalty({ data: [], shape: [2 ** 40, 0] })));
    expect(error.kind).toBe('shape');
    expect(error.argument).toBe('gradients');
    expect(error.message).toMatch(/2\^31 - 1 elements/);
  });

  it('every loss refuses shapes whose extent is out of bounds, whatever the data', () => {
    for (const entry of listLosses()) {
      const first = entry.inputs[0]!;
      for (const shape of [[2 ** 40, 0], [0, 2 ** 31], [2 ** 53, 0]]) {
        const error = withinMs(2000, () => lossError(() => entry.evaluate({ [first.name]: { data: [], shape } })));
        expect(error.argument, `${entry.name} ${shape}`).toBe(first.name);
      }
    }
  });

  it('a shape whose product does not match the data is an error naming the argument', () => {
    const error = lossError(() => mse({ data: [1, 2, 3], shape: [2, 2] }, [1, 2, 3, 4]));
    expect(error.message).toBe("mse: 'input' has 3 values but shape [2, 2] needs 4");
  });
});

describe('item 5: TypeError becomes a LossError naming the argument', () => {
  it('BigInt64Array inputs, raw or as { data }, for every loss', () => {
    for (const entry of listLosses()) {
      const name = entry.inputs[0]!.name;
      for (const value of [new BigInt64Array(4), { data: new BigInt64Array(4), shape: [4] }]) {
        const error = lossError(() => entry.evaluate({ [name]: value }));
        expect(error.argument, entry.name).toBe(name);
        expect(error.message).toMatch(/BigInt64Array/);
      }
    }
  });

  it('a detached gradient buffer (the error used to be thrown while formatting the message), for every loss', () => {
    for (const entry of listLosses()) {
      const example = entry.evaluate(entry.example.inputs, entry.example.options ?? {}, { grad: true });
      const [name, grad] = Object.entries(example.grads)[0]!;
      const error = lossError(() => entry.evaluate(entry.example.inputs, entry.example.options ?? {}, { grads: { [name]: detachedFloat64(grad.data.length) } }));
      expect(error.argument, entry.name).toBe(`grad.${name}`);
      expect(error.message).toMatch(/detached ArrayBuffer/);
    }
  });

  it('a detached input is named as such, not as a shape mismatch', () => {
    const error = lossError(() => mse(detachedFloat64(2), [1, 2]));
    expect(error.message).toBe("mse: 'input' is a view of a detached ArrayBuffer (transferred, or of a WASM memory that has grown since)");
    expect(() => mseValueAndGrad([1, 2], [1, 2], detachedFloat64(2))).toThrow(LossError);
  });

  it("getLoss('mse').evaluate(null), evaluate(inputs, {}, null) and requests that are not requests", () => {
    const entry = getLoss('mse');
    const inputs = { input: [1, 2], target: [0, 0] };
    expect(lossError(() => entry.evaluate(null as never)).argument).toBe('inputs');
    expect(lossError(() => entry.evaluate(inputs, {}, null as never)).argument).toBe('request');
    expect(lossError(() => entry.evaluate(inputs, {}, 'x' as never)).argument).toBe('request');
    expect(lossError(() => entry.evaluate(inputs, {}, { grads: 5 } as never)).argument).toBe('grads');
    const nope = lossError(() => entry.evaluate(inputs, {}, { grads: { nope: new Float64Array(2) } } as never));
    expect(nope.message).toBe("mse: 'grads' has no differentiable input 'nope' (differentiable: 'input')");
    expect(lossError(() => entry.evaluate(inputs, {}, { grad: 'yes' } as never)).argument).toBe('request.grad');
    expect(lossError(() => entry.evaluate(inputs, {}, { grads: {}, extra: 1 } as never)).message).toMatch(/unknown request key 'extra'/);
  });
});

describe('item 12: Int32Array class indices', () => {
  it('crossEntropy(x, Int32Array.of(0, 2)) takes them, as the README says', () => {
    const x = [[1, 2, 3], [1, 2, 3]];
    const { error, returned } = outcome(() => crossEntropy(x, Int32Array.of(0, 2)));
    expect(error).toBeNull();
    expect(returned).toBe(crossEntropy(x, [0, 2]));
  });
});
