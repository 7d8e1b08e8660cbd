import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/report/bar-chart.js';
import { histogram, histogramBins } from '../../src/report/histogram.js';
import { lineChart } from '../../src/report/line-chart.js';
import { matrixChart } from '../../src/report/matrix-chart.js';
import { formatNumber, formatTick, linearScale, niceDomain, niceStep, niceTicks } from '../../src/report/scale.js';
import { scatterChart } from '../../src/report/scatter-chart.js';
import { escapeXml, fitText, legendLayout, px, textWidth, wrapTitle } from '../../src/report/svg.js';

/** The attributes of the root <svg> element. */
function root(svg: string): string {
  return /^<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
}

function expectSized(svg: string, width?: number, height?: number): void {
  const tag = root(svg);
  const w = Number(/ width="([\d.]+)"/.exec(tag)?.[1]);
  const h = Number(/ height="([\d.]+)"/.exec(tag)?.[1]);
  expect(w).toBeGreaterThan(0);
  expect(h).toBeGreaterThan(0);
  expect(tag).toContain(`viewBox="0 0 ${w} ${h}"`);
  if (width !== undefined) expect(w).toBe(width);
  if (height !== undefined) expect(h).toBe(height);
}

/** The `d` of every <path> (all must be non-empty). */
function paths(svg: string): string[] {
  return [...svg.matchAll(/<path\b[^>]* d="([^"]*)"/g)].map((m) => m[1] as string);
}

describe('scales and ticks', () => {
  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(1, 5)).toBe(0.2);
    expect(niceStep(10, 5)).toBe(2);
    expect(niceStep(100, 10)).toBe(10);
    expect(niceStep(0.03, 5)).toBeCloseTo(0.005, 15);
    expect(niceStep(7, 5)).toBe(1);
    expect(niceStep(0, 5)).toBe(1);
  });

  it('ticks are multiples of the step inside the range, without floating-point noise', () => {
    expect(niceTicks(0, 1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(-3, 3)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
    expect(niceTicks(0.1, 0.7, 6)).toEqual([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]);
    expect(niceTicks(0.013, 0.81)).toEqual([0.2, 0.4, 0.6, 0.8]);
  });

  it('nice domains cover the data and end on ticks; degenerate ranges get a height', () => {
    expect(niceDomain(0.013, 0.81)).toEqual([0, 1]);
    expect(niceDomain(3, 97)).toEqual([0, 100]);
    expect(niceDomain(-0.4, 2.3)).toEqual([-0.5, 2.5]);
    const [lo, hi] = niceDomain(5, 5);
    expect(lo).toBeLessThan(5);
    expect(hi).toBeGreaterThan(5);
    expect(niceDomain(NaN, 1)).toEqual([0, 1]);
  });

  it('linear scales map the domain onto the range (inverted for y)', () => {
    const y = linearScale([0, 10], [200, 0]);
    expect(y.map(0)).toBe(200);
    expect(y.map(10)).toBe(0);
    expect(y.map(2.5)).toBe(150);
  });

  it('formats ticks with the decimals the step needs', () => {
    expect(formatTick(0.2, 0.2)).toBe('0.2');
    expect(formatTick(1, 0.2)).toBe('1.0');
    expect(formatTick(1500, 500)).toBe('1500');
    expect(formatTick(0.005, 0.005)).toBe('0.005');
    expect(formatTick(2e6, 1e6)).toBe('2.0e6');
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(Infinity)).toBe('Infinity');
  });
});

describe('svg helpers', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('rounds coordinates to 2 decimals and never prints -0', () => {
    expect(px(1.23456)).toBe('1.23');
    expect(px(-0.001)).toBe('0');
  });

  it('wraps long titles to two lines and shortens the rest', () => {
    expect(wrapTitle('short', 300)).toEqual(['short']);
    const lines = wrapTitle('bce-with-logits (posWeight 43.3): calibration (ECE 0.0574) and much more text here', 200);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(fitText('a long label indeed', textWidth('a long'))).toMatch(/…$/);
    expect(fitText('ok', 100)).toBe('ok');
  });

  it('legend entries wrap to new rows when they do not fit', () => {
    const entries = ['first', 'second', 'third'].map((label) => ({ label, colour: '#000', swatch: 'line' as const }));
    expect(legendLayout(entries, 1000)).toHaveLength(1);
    expect(legendLayout(entries, 80)).toHaveLength(3);
  });
});

describe('charts', () => {
  const series = [
    { label: 'train <dashed>', points: [[1, 3], [2, 2], [3, 1.5]] as const, dashed: true },
    { label: 'validation & co', points: [[1, 3.2], [2, NaN], [3, 1.8], [4, 1.7]] as const },
  ];

  it('line chart: sized root, non-empty paths, escaped text, dashed series, gaps at non-finite points', () => {
    const svg = lineChart({ id: 'c-line', title: 'Loss "curves" <test>', series, xLabel: 'epoch', yLabel: 'loss', width: 400, height: 260 });
    expectSized(svg, 400, 260);
    expect(root(svg)).toContain('id="c-line"');
    expect(root(svg)).toContain('data-chart="line"');
    expect(svg).toContain('Loss &quot;curves&quot; &lt;test&gt;');
    expect(svg).toContain('train &lt;dashed&gt;');
    expect(svg).not.toContain('<dashed>');
    for (const d of paths(svg)) expect(d.length).toBeGreaterThan(0);
    expect(svg).toContain('stroke-dasharray="6 4"');
    const validation = /data-label="validation &amp; co"><path d="([^"]*)"/.exec(svg)?.[1] ?? '';
    expect(validation.match(/M/g)).toHaveLength(2);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  it('the same data gives the same bytes', () => {
    const a = lineChart({ id: 'x', title: 't', series });
    expect(lineChart({ id: 'x', title: 't', series })).toBe(a);
  });

  it('bar chart: a rect per bar, the highlighted one outlined, values printed', () => {
    const svg = barChart({ id: 'c-bar', title: 'Test accuracy', bars: [{ label: 'a', value: 0.9 }, { label: 'b <b>', value: 0.95, highlight: true }] });
    expectSized(svg);
    expect(svg.match(/<rect /g)).toHaveLength(2);
    expect(svg).toContain('stroke="#111"');
    expect(svg).toContain('>0.95<');
    expect(svg).toContain('b &lt;b&gt;');
  });

  it('bar chart widens for long labels instead of cutting them', () => {
    const short = barChart({ id: 's', title: 't', bars: [{ label: 'a', value: 1 }] });
    const long = barChart({ id: 'l', title: 't', bars: [{ label: 'bce-with-logits (posWeight 43.3) and more words', value: 1 }] });
    const width = (svg: string) => Number(/ width="([\d.]+)"/.exec(root(svg))?.[1]);
    expect(width(long)).toBeGreaterThan(width(short));
  });

  it('scatter chart: a circle per point, the y = x line, both axes on one domain', () => {
    const points = Array.from({ length: 50 }, (_, i) => [i, i + ((i % 7) - 3)] as const);
    const svg = scatterChart({ id: 'c-scatter', title: 'pred vs true', points, diagonal: true });
    expectSized(svg);
    expect(svg.match(/<circle /g)).toHaveLength(50);
    expect(svg).toContain('class="reference"');
  });

  it('scatter chart thins very large point sets', () => {
    const points = Array.from({ length: 4000 }, (_, i) => [i, i] as const);
    const svg = scatterChart({ id: 'c-many', title: 'many', points });
    expect((svg.match(/<circle /g) ?? []).length).toBeLessThanOrEqual(1500);
    expect(svg).toContain('every 3th point');
  });

  it('histogram bins count every finite value once, on nice edges', () => {
    const values = [-2.5, -1, -0.2, 0, 0.1, 0.3, 1.9, NaN];
    const bins = histogramBins(values, 5);
    expect(bins.reduce((a, b) => a + b.count, 0)).toBe(7);
    expect(bins[0]?.from).toBe(-3);
    expect(bins.every((b) => b.to > b.from)).toBe(true);
    const svg = histogram({ id: 'c-hist', title: 'residuals', values, binCount: 5 });
    expectSized(svg);
    expect((svg.match(/<rect x=/g) ?? []).length).toBeGreaterThan(2);
    expect(histogramBins([])).toEqual([]);
    expect(histogramBins([2, 2, 2]).filter((b) => b.count > 0)).toEqual([expect.objectContaining({ count: 3 })]);
  });

  it('matrix chart: n² cells, counts printed, labels escaped, long column labels rotated', () => {
    const svg = matrixChart({ id: 'c-matrix', title: 'confusion', counts: [[5, 1, 0], [2, 7, 1], [0, 0, 9]], labels: ['Adelie', 'Chin<strap>', 'Gentoo'] });
    expectSized(svg);
    expect(svg.match(/<rect /g)).toHaveLength(9);
    expect(svg).toContain('>7<');
    expect(svg).toContain('Chin&lt;strap&gt;');
    expect(svg).toContain('rotate(-45');
  });

  it('matrix chart keeps ten classes readable by widening', () => {
    const counts = Array.from({ length: 10 }, (_, r) => Array.from({ length: 10 }, (_, c) => (r === c ? 90 : 1)));
    const svg = matrixChart({ id: 'm10', title: 'digits', counts, labels: counts.map((_, i) => String(i)) });
    const width = Number(/ width="([\d.]+)"/.exec(root(svg))?.[1]);
    expect(width).toBeGreaterThanOrEqual(10 * 32);
  });
});
