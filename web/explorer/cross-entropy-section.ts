/**
 * Cross-entropy against the probability the model gives the true class, with the article's
 * worked examples marked (the registry's examples of bce and categorical-cross-entropy,
 * evaluated live), and focal loss beside it with a slider for its focusing exponent gamma.
 */
import { lineChart, type LineSeries } from '../../src/report/index.js';
import { checkbox, el, formatNumber, setMarkup, slider } from './dom.js';
import { crossEntropyExamples, lossCurve } from './metadata.js';
import { CHART_HEIGHT, COLOURS, chartWidth, redrawOnResize } from './theme.js';

export function crossEntropySection(root: HTMLElement): void {
  let gamma = 2;
  let showFocal = true;
  const examples = crossEntropyExamples();
  const charts = el('div', { class: 'charts', id: 'ce-charts' });
  const controls = el('div', { class: 'controls' },
    checkbox('show-focal', 'show focal loss', showFocal, (checked) => { showFocal = checked; draw(); }),
    slider({ id: 'focal-gamma', label: 'focal gamma', min: 0, max: 5, step: 0.1, value: gamma, hint: 'sigmoid-focal with alpha off: (1 − p)^gamma × cross-entropy. gamma = 0 is cross-entropy.' }, (v) => { gamma = v; draw(); }));
  const table = el('table', { class: 'results', id: 'ce-examples' },
    el('thead', {}, el('tr', {}, ...['worked example', 'true class', 'p (true class)', 'loss (live)'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...examples.flatMap((example) => example.rows.map((row, i) => el('tr', {},
      el('td', {}, i === 0 ? `${example.loss}: ${example.note}` : ''), el('td', {}, row.target), el('td', {}, formatNumber(row.p)), el('td', {}, formatNumber(row.value)))))));
  root.append(controls, charts, el('div', { class: 'table-wrap' }, table));

  function draw(): void {
    const ce = lossCurve('bce-with-logits', {});
    const focal = showFocal ? lossCurve('sigmoid-focal', { gamma, alpha: -1 }) : undefined;
    const curve = (key: 'value' | 'gradient', c: typeof ce, label: string, colour: string, dashed = false): LineSeries => ({
      label, colour, dashed, points: c.points.map((p) => [p.x, p[key]] as const),
    });
    // One series per worked example: a lone point, drawn as a marker only.
    const marks: LineSeries[] = examples.flatMap((example, e) => example.rows.map((row) => ({
      label: example.loss, colour: COLOURS[3 + e] as string, markers: true, points: [[row.p, row.value] as const],
    })));
    const legendMarks = examples.map((example, e) => ({ label: `${example.loss} worked examples`, colour: COLOURS[3 + e] as string, swatch: 'square' as const }));
    const lines = [curve('value', ce, 'cross-entropy  −log p', COLOURS[0]), ...(focal ? [curve('value', focal, `focal, gamma ${formatNumber(gamma)}`, COLOURS[1], true)] : [])];
    const value = lineChart({
      id: 'ce-value-chart', kind: 'ce-value', title: 'Loss against the true class\'s probability', xLabel: 'p, predicted probability of the true class', yLabel: 'loss',
      width: chartWidth(charts), height: CHART_HEIGHT, xDomain: [0, 1], yDomain: [0, 5], series: [...lines, ...marks],
      legend: [...lines.map((s) => ({ label: s.label, colour: s.colour as string, swatch: s.dashed ? 'dashed' as const : 'line' as const })), ...legendMarks],
    });
    const gradient = lineChart({
      id: 'ce-gradient-chart', kind: 'ce-gradient', title: 'Corrective signal: gradient on the true-class logit', xLabel: 'p, predicted probability of the true class', yLabel: 'dL/dz',
      width: chartWidth(charts), height: CHART_HEIGHT, xDomain: [0, 1],
      series: [curve('gradient', ce, 'cross-entropy  p − 1', COLOURS[0]), ...(focal ? [curve('gradient', focal, `focal, gamma ${formatNumber(gamma)}`, COLOURS[1], true)] : [])],
      references: [{ from: [0, 0], to: [1, 0] }],
    });
    setMarkup(charts, value + gradient);
    // The chart kit's markers are small dots; the worked examples get larger ones, with tooltips.
    examples.forEach((example, e) => {
      const dots = charts.querySelectorAll(`#ce-value-chart g.series[data-label="${example.loss}"] circle`);
      dots.forEach((dot, i) => {
        const row = example.rows[i % example.rows.length];
        dot.setAttribute('r', '5.5');
        dot.setAttribute('stroke', '#fff');
        dot.setAttribute('stroke-width', '1.5');
        dot.setAttribute('class', 'worked-example');
        dot.setAttribute('fill', COLOURS[3 + e] as string);
        if (row) dot.append(Object.assign(document.createElementNS('http://www.w3.org/2000/svg', 'title'), { textContent: `${example.loss}: p = ${formatNumber(row.p)}, loss ${formatNumber(row.value)}` }));
      });
    });
  }
  draw();
  redrawOnResize(draw);
}
