import { describe, expect, it } from 'vitest';
import { TERMINAL_MARKERS, renderTerminalChart } from '../../src/report/terminal-chart.js';

const series = [
  { label: 'mse', values: [100, 60, 40, 30, 25] },
  { label: 'mae', values: [8, 6, 5, 4.5, 4.4] },
];

describe('renderTerminalChart', () => {
  it('is plain ASCII with a marker per series, an axis, the epoch range and a legend', () => {
    const chart = renderTerminalChart(series, { width: 40, height: 8 });
    expect(chart).toMatch(/^[\x20-\x7e\n]*$/);
    const lines = chart.split('\n');
    expect(lines).toHaveLength(8 + 4);
    expect(chart).toContain(`${TERMINAL_MARKERS[0]} mse`);
    expect(chart).toContain(`${TERMINAL_MARKERS[1]} mae`);
    expect(chart).toContain('epoch 1');
    expect(chart).toContain('epoch 5');
    expect(chart).toContain('its epoch-1 value');
    for (const line of lines.slice(0, 8)) expect(line.length).toBeLessThanOrEqual(8 + 2 + 40);
  });

  it('normalises each series to its first value by default: both start at the top label 1', () => {
    const chart = renderTerminalChart(series, { width: 30, height: 6 });
    const top = chart.split('\n')[0]!;
    expect(top.trim().startsWith('1 |')).toBe(true);
    expect(top).toContain('*');
  });

  it('shares the raw axis when asked', () => {
    const chart = renderTerminalChart(series, { width: 30, height: 6, normalise: false });
    expect(chart.split('\n')[0]!.trim().startsWith('100 |')).toBe(true);
    expect(chart).not.toContain('epoch-1 value');
  });

  it('survives one epoch, empty series, constant and non-finite values, and non-ASCII labels', () => {
    const chart = renderTerminalChart([
      { label: 'one', values: [1] }, { label: 'none', values: [] },
      { label: 'flat', values: [2, 2, 2] }, { label: 'nan ÷', values: [1, NaN, 0.5] },
    ]);
    expect(chart).toMatch(/^[\x20-\x7e\n]*$/);
    expect(chart).toContain('nan ?');
  });
});
