/** The terminal chart's y-axis labels: distinct on narrow ranges, each the value of its row. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTerminalChart } from '../../src/report/terminal-chart.js';

/** The labelled rows of a chart: [row index, label as a number]. */
function axisLabels(chart: string, height: number): [number, number][] {
  return chart.split('\n').slice(0, height).flatMap((line, row) => {
    const tag = line.slice(0, line.indexOf(' |')).trim();
    return tag ? [[row, Number(tag)] as [number, number]] : [];
  });
}

describe('terminal chart y-axis labels', () => {
  it('a loss stalled near ln 2 gets three different labels, not 0.693 three times', () => {
    const chart = renderTerminalChart([{ label: 'bce', values: [0.69315, 0.69312, 0.69309, 0.69305] }], { height: 12, normalise: false });
    const labels = axisLabels(chart, 12);
    expect(labels.map(([row]) => row)).toEqual([0, 5, 11]);
    expect(labels.map(([, value]) => value)).toEqual([0.69315, 0.69310, 0.69305]);
  });

  it('normalised curves that barely move (1 to 0.9996) are labelled apart', () => {
    const chart = renderTerminalChart([{ label: 'a', values: [1, 0.9998, 0.9996] }], { height: 8 });
    const values = axisLabels(chart, 8).map(([, value]) => value);
    expect(new Set(values).size).toBe(3);
    expect(values[0]).toBe(1);
    expect(values[2]).toBe(0.9996);
  });

  it('wide ranges keep 3 significant digits and the 8-character axis; the middle label is its row\'s value', () => {
    // Row 2 of 0..5 stands for 123.456 - 2/5 * 83.456 = 90.07 (the midpoint 81.7 would sit half a row lower).
    const chart = renderTerminalChart([{ label: 'mse', values: [123.456, 60, 40] }], { height: 6, normalise: false });
    expect(axisLabels(chart, 6).map(([, value]) => value)).toEqual([123, 90.1, 40]);
    expect(chart.split('\n')[0]!.indexOf('|')).toBe(9);
  });

  it('for any range, the labels are distinct and each reads within half a row of its row value', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.double({ min: 1e-9, max: 1e3, noNaN: true }),
      fc.integer({ min: 3, max: 20 }),
      (low, relativeSpread, height) => {
        const high = low + Math.max(Math.abs(low), 1) * relativeSpread;
        fc.pre(high > low);
        const chart = renderTerminalChart([{ label: 's', values: [high, low] }], { height, normalise: false });
        const labels = axisLabels(chart, height);
        expect(labels).toHaveLength(3);
        expect(new Set(labels.map(([, value]) => value)).size).toBe(3);
        const step = (high - low) / (height - 1);
        for (const [row, value] of labels) expect(Math.abs(value - (high - row * step))).toBeLessThanOrEqual(step / 2);
        expect(chart).toMatch(/^[\x20-\x7e\n]*$/);
      },
    ));
  });
});
