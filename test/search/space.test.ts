import { describe, expect, it } from 'vitest';
import type { LossEntry } from '../../src/losses/index.js';
import { option } from '../../src/core/options.js';
import { listLosses } from '../../src/registry.js';
import { familiesForTask, familiesSpace, familySpace, optionDistribution } from '../../src/search/space.js';

describe('the families space, read from the registry', () => {
  it('holds every loss with a training use for the task, and only those', () => {
    for (const task of ['regression', 'binary', 'multiclass'] as const) {
      const expected = listLosses().filter((e) => e.training?.some((use) => use.task === task)).map((e) => e.name);
      expect(familiesForTask(task).map((f) => f.loss)).toEqual(expected);
    }
    expect(familiesForTask('regression').map((f) => f.loss)).toContain('huber');
    expect(familiesForTask('multiclass').map((f) => f.loss)).toContain('poly1');
  });

  it('derives option ranges from the option specs', () => {
    const regression = Object.fromEntries(familiesForTask('regression').map((f) => [f.loss, f.options]));
    expect(regression.huber).toEqual({ delta: { kind: 'float', low: 0.1, high: 10, log: true } });
    expect(regression.quantile).toEqual({ tau: { kind: 'float', low: 0, high: 1, log: false } });
    expect(regression.mse).toEqual({});
    const multiclass = Object.fromEntries(familiesForTask('multiclass').map((f) => [f.loss, f.options]));
    // Known ranges narrow the valid ones by name: label smoothing, focal γ, Poly-1 ε.
    expect(multiclass['cross-entropy']).toEqual({
      weight: { kind: 'categorical', choices: ['none', 'balanced'] },
      labelSmoothing: { kind: 'float', low: 0, high: 0.3, log: false },
    });
    expect(multiclass.poly1).toEqual({ epsilon: { kind: 'float', low: -1, high: 4, log: false } });
    // A clipping epsilon in (0, 0.5] with default 1e-7 is not Poly-1's ε: log-uniform around its default.
    expect(multiclass['categorical-cross-entropy']?.epsilon).toEqual({ kind: 'float', low: 1e-8, high: 1e-6, log: true });
    expect(multiclass['multi-margin']?.p).toEqual({ kind: 'int', low: 1, high: 2, step: 1, log: false });
    const binary = Object.fromEntries(familiesForTask('binary').map((f) => [f.loss, f.options]));
    expect(binary['bce-with-logits']).toEqual({ posWeight: { kind: 'categorical', choices: ['none', 'balanced'] } });
    // Options the training use fixes are not searched.
    expect(binary['binary-focal-crossentropy']).not.toHaveProperty('fromLogits');
  });

  it('skips sentinels and element-wise tensors', () => {
    expect(optionDistribution('ignoreIndex', option.number({ default: -100, integer: true, doc: '' }), 'multiclass')).toBeUndefined();
    expect(optionDistribution('weight', option.tensor(''), 'binary')).toBeUndefined();
    expect(optionDistribution('alpha', option.number({ default: 0.25, max: 1, doc: '' }), 'binary')).toEqual({ kind: 'float', low: 0, high: 1, log: false });
  });

  it('a new loss joins without a line in the search', () => {
    const entry = {
      name: 'made-up', options: { sharpness: option.number({ default: 2, min: 0, exclusiveMin: true, doc: '' }), flag: option.boolean(false, '') },
      training: [{ task: 'regression', link: 'identity', target: 'value' }],
    } as unknown as LossEntry;
    expect(familySpace(entry, 'regression')).toEqual({
      loss: 'made-up', options: { sharpness: { kind: 'float', low: 0.2, high: 20, log: true }, flag: { kind: 'categorical', choices: [false, true] } },
    });
    expect(familySpace(entry, 'binary')).toBeUndefined();
  });

  it('is asked define-by-run: a loss first, then only its own options, then lr and weight decay', () => {
    const space = familiesSpace(familiesForTask('regression'));
    const asked: string[] = [];
    const config = space.define((name, distribution) => {
      asked.push(name);
      if (name === 'loss') return 'huber';
      return distribution.kind === 'float' ? distribution.low : 0;
    });
    expect(asked).toEqual(['loss', 'huber.delta', 'learningRate', 'weightDecay']);
    expect(config).toEqual({ loss: 'huber', lossOptions: { delta: 0.1 }, learningRate: 1e-4, weightDecay: 1e-7 });
  });
});
