import { describe, expect, it } from 'vitest';
import { MIN_PROBABILITY, RESIDUAL_RANGE, SHAPE_POINTS, lossShape, shapeGrid } from '../../src/report/loss-shapes.js';
import { OFF_SCALE_FACTOR, scaleGroups, shapePanels } from '../../src/report/shape-charts.js';

// Shapes go through the registry's kernels; 64 ulps covers their float64 rounding.
const TOLERANCE = 64 * Number.EPSILON;

function at(name: string, task: 'regression' | 'binary' | 'multiclass', x: number, options = {}) {
  const shape = lossShape(name, task, options);
  if (!shape) throw new Error(`no shape for ${name}`);
  const point = shape.points.reduce((best, p) => (Math.abs(p.x - x) < Math.abs(best.x - x) ? p : best));
  return point;
}

describe('loss shapes from the registry', () => {
  it('grids cover the residual and probability ranges, with e = 0 and p = 0.5 on them', () => {
    const residuals = shapeGrid('regression');
    expect(residuals).toHaveLength(SHAPE_POINTS);
    expect(residuals[0]).toBe(-RESIDUAL_RANGE);
    expect(residuals.at(-1)).toBe(RESIDUAL_RANGE);
    expect(residuals).toContain(0);
    const probabilities = shapeGrid('binary');
    expect(probabilities[0]).toBe(MIN_PROBABILITY);
    expect(probabilities.at(-1)).toBeCloseTo(1 - MIN_PROBABILITY, 15);
    expect(probabilities[(SHAPE_POINTS - 1) / 2]).toBeCloseTo(0.5, 15);
  });

  it('mse is e² with gradient 2e; huber and mae gradients are bounded', () => {
    for (const e of [-2, 0.5, 3]) {
      const p = at('mse', 'regression', e);
      expect(p.value).toBeCloseTo(e * e, 12);
      expect(p.gradient).toBeCloseTo(2 * e, 12);
    }
    const huber = lossShape('huber', 'regression')!;
    expect(Math.max(...huber.points.map((p) => Math.abs(p.gradient)))).toBeLessThanOrEqual(1 + TOLERANCE);
    expect(at('huber', 'regression', 3, { delta: 2 }).gradient).toBeCloseTo(2, 12);
    expect(at('mae', 'regression', -3).gradient).toBe(-1);
  });

  it('losses defined on non-negative values (msle, mape) have finite shapes', () => {
    for (const name of ['msle', 'mape']) {
      const shape = lossShape(name, 'regression')!;
      expect(shape.points.every((p) => Number.isFinite(p.value) && Number.isFinite(p.gradient))).toBe(true);
    }
  });

  it('binary cross-entropy on logits: value -log p, gradient p - 1 with respect to the logit', () => {
    for (const p of [0.1, 0.5, 0.9]) {
      const point = at('bce-with-logits', 'binary', p);
      expect(point.value).toBeCloseTo(-Math.log(point.x), 10);
      expect(point.gradient).toBeCloseTo(point.x - 1, 10);
    }
  });

  it('bce on probabilities (sigmoid link) has the same shape as bce on logits', () => {
    const logits = lossShape('bce-with-logits', 'binary')!;
    const probabilities = lossShape('bce', 'binary')!;
    logits.points.forEach((p, i) => {
      expect(probabilities.points[i]!.value).toBeCloseTo(p.value, 9);
      expect(probabilities.points[i]!.gradient).toBeCloseTo(p.gradient, 9);
    });
  });

  it('multiclass cross-entropy is the same through logits, probabilities and log-probabilities', () => {
    const reference = lossShape('cross-entropy', 'multiclass')!;
    for (const name of ['categorical-cross-entropy', 'nll']) {
      const shape = lossShape(name, 'multiclass')!;
      reference.points.forEach((p, i) => {
        expect(shape.points[i]!.value).toBeCloseTo(p.value, 9);
        expect(shape.points[i]!.gradient).toBeCloseTo(p.gradient, 9);
      });
    }
    const half = at('cross-entropy', 'multiclass', 0.5);
    expect(half.value).toBeCloseTo(Math.log(2), 12);
    expect(half.gradient).toBeCloseTo(-0.5, 12);
  });

  it('options change the shape: label smoothing pushes the minimum below p = 1', () => {
    const smooth = at('cross-entropy', 'multiclass', 1 - MIN_PROBABILITY, { labelSmoothing: 0.1 });
    expect(smooth.gradient).toBeGreaterThan(0);
  });

  it('no shape for a loss without a training use for the task', () => {
    expect(lossShape('mse', 'binary')).toBeUndefined();
    expect(lossShape('contrastive', 'regression')).toBeUndefined();
  });

  it('a curve far larger than the rest gets a panel of its own, on its own y axis, named in its title', () => {
    const line = (label: string, peak: number) => ({ label, colour: '#000', points: [[0, 0], [0.5, -peak / 2], [1, peak]] as const });
    const series = [line('bce', 7), line('weighted', 7 * OFF_SCALE_FACTOR * 2), line('focal', 2)];
    expect(scaleGroups(series)).toEqual([[0, 2], [1]]);
    expect(scaleGroups([line('a', 1), line('b', 3)])).toEqual([[0, 1]]);
    // The largest group is the main panel; groups chain by the factor from their smallest peak.
    expect(scaleGroups([line('huge', 1000), line('a', 1), line('b', 2), line('c', 9)])).toEqual([[1, 2], [3], [0]]);
    expect(scaleGroups([line('flat', 0), line('a', 1)])).toEqual([[0, 1]]);
    expect(scaleGroups([])).toEqual([]);

    const panels = shapePanels(series, { id: 'v', kind: 'loss-shape', title: 'Loss value', xLabel: 'p', yLabel: 'loss' });
    expect(panels).toHaveLength(2);
    const domain = (svg: string) => /data-y-domain="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
    const [mainLow, mainHigh] = domain(panels[0]!);
    const [ownLow, ownHigh] = domain(panels[1]!);
    // The main panel fits bce and focal (peak 7), not the weighted curve (peak 112).
    expect(mainHigh).toBeGreaterThanOrEqual(7);
    expect(mainHigh).toBeLessThan(20);
    expect(mainLow).toBeLessThanOrEqual(-3.5);
    expect(ownHigh).toBeGreaterThanOrEqual(112);
    expect(ownLow).toBeLessThanOrEqual(-56);
    expect(panels[0]).toContain('>bce<');
    expect(panels[0]).not.toContain('>weighted<');
    expect(panels[1]).toContain('Loss value: weighted (own scale, peak 112)');
    expect(panels[1]).toContain('id="v-2"');
  });
});
