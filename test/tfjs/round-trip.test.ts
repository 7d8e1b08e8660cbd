/**
 * Every registry loss through the tfjs adapter, on the cpu and wasm backends: the value and the
 * gradient tfjs's tape returns (tf.grads through tf.customGrad) equal getLoss().evaluate on the
 * same float32 data. The inputs are each loss's own random valid point (`sample`), so a loss
 * added to the registry is covered here without a line of this file changing.
 */
import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { listLosses, type LossEntry } from '../../src/index.js';
import { CLASS_AXIS_ONE, lossConvention } from '../../src/tfjs/conventions.js';
import { tfLoss, tfLossInputs } from '../../src/tfjs/index.js';
import { BACKENDS, classesLast, flat, relativeError, useBackend, type Flat } from './tfjs-support.js';

/** Both sides run the same kernel on the same float32 data; only the path differs. */
const VALUE_RTOL = 4 * 2 ** -23;
const GRAD_RTOL = 4 * 2 ** -23;
const SAMPLES_PER_LOSS = 3;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
}

interface Case {
  readonly inputs: Record<string, Flat>;
  readonly options: Record<string, unknown>;
}

function cases(entry: LossEntry): Case[] {
  const random = seeded(entry.name.length * 7919 + 17);
  return Array.from({ length: SAMPLES_PER_LOSS }, () => {
    const sample = entry.sample(random);
    const inputs: Record<string, Flat> = {};
    for (const [name, value] of Object.entries(sample.inputs)) inputs[name] = flat(value);
    return { inputs, options: { ...(sample.options ?? {}), reduction: 'mean' } };
  });
}

function tensorOf(entry: LossEntry, name: string, value: Flat): tf.Tensor {
  const spec = entry.inputs.find((input) => input.name === name);
  return spec?.kind === 'int' ? tf.tensor(Int32Array.from(value.data), value.shape, 'int32') : tf.tensor(value.data, value.shape, 'float32');
}

/** losskit directly, on the float32 data the tensors hold. */
function reference(entry: LossEntry, c: Case) {
  const result = entry.evaluate(c.inputs, c.options, { grad: true });
  return { value: result.value as number, grads: Object.fromEntries(Object.entries(result.grads).map(([k, v]) => [k, v.data])) };
}

afterAll(async () => {
  await useBackend('cpu');
});

for (const backend of BACKENDS) {
  describe(`tfjs adapter round trip on the ${backend} backend`, () => {
    it('backend starts', async () => {
      await useBackend(backend);
      expect(tf.getBackend()).toBe(backend);
    });

    for (const entry of listLosses()) {
      it(`${entry.name}: tfLossInputs value and gradients equal evaluate`, async () => {
        await useBackend(backend);
        for (const c of cases(entry)) {
          const expected = reference(entry, c);
          const names = Object.keys(c.inputs);
          const tensors = names.map((name) => tensorOf(entry, name, c.inputs[name]!));
          const loss = tfLossInputs(entry.name, c.options);
          const { value, grads } = tf.valueAndGrads((...xs: tf.Tensor[]) => loss(Object.fromEntries(names.map((n, i) => [n, xs[i]!]))))(tensors);
          expect(Math.abs(value.dataSync()[0]! - expected.value), `${entry.name} value`).toBeLessThanOrEqual(VALUE_RTOL * Math.max(1, Math.abs(expected.value)));
          names.forEach((name, i) => {
            const got = grads[i]!.dataSync();
            const want = expected.grads[name];
            if (want) expect(relativeError(got, want), `${entry.name} d/d${name}`).toBeLessThanOrEqual(GRAD_RTOL);
            else expect(Array.from(got).every((g) => g === 0), `${entry.name}: non-differentiable '${name}' gets zeros`).toBe(true);
          });
          tf.dispose([value, ...grads, ...tensors]);
        }
      });

      const convention = lossConvention(entry.name);
      if ('unavailable' in convention.keras) continue;
      const keras = convention.keras;
      it(`${entry.name}: tfLoss(yTrue, yPred) value and gradient equal evaluate`, async () => {
        await useBackend(backend);
        for (const c of cases(entry)) {
          const prediction = c.inputs[keras.prediction.name]!;
          const target = keras.target ? c.inputs[keras.target.name] : undefined;
          if (Object.keys(c.inputs).length > (target ? 2 : 1)) continue; // optional inputs: tfLossInputs only
          const expected = reference(entry, c);
          const move = keras.classAxisOne && prediction.shape.length > 2;
          const yPredFlat = move ? classesLast(prediction) : prediction;
          const yTrueFlat = target && move && target.shape.length === prediction.shape.length ? classesLast(target) : target;
          const yPred = tf.tensor(yPredFlat.data, yPredFlat.shape);
          const targets: tf.Tensor[] = yTrueFlat ? [tensorOf(entry, keras.target!.name, yTrueFlat)] : [tf.zeros([1])];
          // Class indices also as one-hot rows (what model.fit passes), when all are in range.
          const classes = yPredFlat.shape.at(-1)!;
          if (yTrueFlat && keras.targetEncoding === 'class-index' && keras.target!.kind === 'int' && yTrueFlat.data.every((k) => k >= 0 && k < classes)) {
            targets.push(tf.oneHot(tf.tensor(Int32Array.from(yTrueFlat.data), yTrueFlat.shape, 'int32'), classes).toFloat());
          }
          const loss = tfLoss(entry.name, c.options);
          const want = move ? classesLast({ data: Float32Array.from(expected.grads[keras.prediction.name]!), shape: prediction.shape }).data : expected.grads[keras.prediction.name]!;
          for (const yTrue of targets) {
            const { value, grad } = tf.valueAndGrad((p: tf.Tensor) => loss(yTrue, p))(yPred);
            expect(Math.abs(value.dataSync()[0]! - expected.value), `${entry.name} value, yTrue ${yTrue.shape}`).toBeLessThanOrEqual(VALUE_RTOL * Math.max(1, Math.abs(expected.value)));
            expect(relativeError(grad.dataSync(), want), `${entry.name} gradient, yTrue ${yTrue.shape}`).toBeLessThanOrEqual(GRAD_RTOL);
            tf.dispose([value, grad]);
          }
          tf.dispose([yPred, ...targets]);
        }
      });
    }
  });
}

describe('metadata the adapter relies on', () => {
  it('CLASS_AXIS_ONE lists exactly the losses whose inputs say "class axis 1"', () => {
    const stated = listLosses().filter((entry) => entry.inputs.some((input) => /class axis 1|\[N, C, d1/.test(input.doc))).map((e) => e.name);
    expect([...CLASS_AXIS_ONE].sort()).toEqual(stated.sort());
  });

  it('every class-index target has one axis fewer than its prediction in every sample', () => {
    for (const entry of listLosses()) {
      const { keras } = lossConvention(entry.name);
      if ('unavailable' in keras || !keras.target || keras.targetEncoding !== 'class-index') continue;
      for (const c of cases(entry)) {
        const target = c.inputs[keras.target.name]!;
        const prediction = c.inputs[keras.prediction.name]!;
        if (keras.target.kind === 'float' && target.shape.length === prediction.shape.length) continue; // probabilities (cross-entropy)
        expect(target.shape.length, entry.name).toBe(prediction.shape.length - 1);
      }
    }
  });

  it('the (yTrue, yPred) form covers every loss with one prediction and at most one target', () => {
    const covered = listLosses().filter((entry) => !('unavailable' in lossConvention(entry.name).keras)).map((e) => e.name);
    expect(covered).toEqual(expect.arrayContaining(['mse', 'huber', 'bce', 'cross-entropy', 'poly1', 'sigmoid-focal', 'quantile', 'tversky', 'nt-xent', 'wgan-generator']));
    for (const name of ['triplet-margin', 'margin-ranking', 'gaussian-nll', 'ctc', 'emd', 'arcface']) {
      expect(() => tfLoss(name), name).toThrow(/tfLossInputs/);
    }
  });
});
