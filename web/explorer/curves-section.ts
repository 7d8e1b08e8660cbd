/**
 * Training against validation curves: real runs of losskit's trainer (trained when the page was
 * made, see src/explore/patterns.ts), one per pattern the user picks, with what `diagnose`
 * said about each run.
 */
import { lineChart } from '../../src/report/index.js';
import type { PatternRun } from '../../src/explore/types.js';
import { checkbox, el, setMarkup } from './dom.js';
import { CHART_HEIGHT, CHART_WIDTH, COLOURS, chartWidth, redrawOnResize } from './theme.js';
import { maxOf, minOf } from '../../src/core/extent.js';

export function curvesSection(root: HTMLElement, patterns: readonly PatternRun[]): void {
  let current = patterns[0];
  const show = { train: true, validation: true, best: true, log: true };
  const chart = el('div', { class: 'charts', id: 'curves-chart' });
  const lesson = el('div', { class: 'about', id: 'curves-lesson', 'aria-live': 'polite' });
  const picker = el('fieldset', { class: 'patterns' }, el('legend', {}, 'pattern'),
    ...patterns.map((pattern, i) => {
      const input = el('input', { type: 'radio', name: 'pattern', id: `pattern-${pattern.id}`, value: pattern.id, checked: i === 0 });
      input.addEventListener('change', () => { if (input.checked) { current = pattern; draw(); } });
      return el('div', { class: 'control check' }, input, el('label', { for: `pattern-${pattern.id}` }, pattern.title));
    }));
  const toggles = el('div', { class: 'controls' },
    checkbox('show-train', 'training loss', show.train, (v) => { show.train = v; draw(); }),
    checkbox('show-validation', 'validation loss', show.validation, (v) => { show.validation = v; draw(); }),
    checkbox('show-best', 'mark the best validation epoch', show.best, (v) => { show.best = v; draw(); }),
    checkbox('log-scale', 'log scale (log10 of the loss)', show.log, (v) => { show.log = v; draw(); }));
  root.append(el('div', { class: 'controls' }, picker, toggles), chart, lesson);

  function draw(): void {
    if (!current) return;
    const run = current;
    const y = (v: number) => (show.log ? Math.log10(v) : v);
    const series = [
      ...(show.train ? [{ label: 'training loss', colour: COLOURS[0], points: run.epochs.map((e) => [e.epoch, y(e.train)] as const) }] : []),
      ...(show.validation ? [{ label: 'validation loss', colour: COLOURS[1], dashed: true, points: run.epochs.map((e) => [e.epoch, y(e.validation)] as const) }] : []),
    ];
    const values = series.flatMap((s) => s.points.map((p) => p[1])).filter(Number.isFinite);
    const low = values.length ? minOf(values) : 0;
    const high = values.length ? maxOf(values) : 1;
    const best = run.epochs[run.bestEpoch - 1];
    setMarkup(chart, lineChart({
      id: 'curves-line-chart', kind: 'train-validation', title: `${run.title}: training and validation loss`,
      xLabel: 'epoch', yLabel: show.log ? 'log10 loss' : 'loss', integerX: true,
      width: chartWidth(chart, Math.round(CHART_WIDTH * 1.5)), height: CHART_HEIGHT, series,
      ...(series.length ? {} : { xDomain: [1, run.epochs.length] as const }),
      references: show.best && best ? [{ from: [best.epoch, low], to: [best.epoch, high] }] : [],
      legend: [...series.map((s) => ({ label: s.label, colour: s.colour, swatch: s.dashed ? 'dashed' as const : 'line' as const })),
        ...(show.best && best ? [{ label: `best validation epoch (${best.epoch})`, colour: '#888', swatch: 'dashed' as const }] : [])],
    }));
    lesson.replaceChildren(
      el('p', {}, run.lesson),
      el('p', { class: 'small' }, `Run: ${run.setup}; ${run.epochs.length} epochs.`),
      el('p', {}, el('b', {}, 'losskit diagnose says: '), run.findings.length ? '' : 'no findings.'),
      el('ul', { id: 'curves-findings' }, ...run.findings.map((f) => el('li', { 'data-kind': f.kind }, el('b', {}, `${f.kind} (${f.severity}): `), f.message))),
    );
  }
  draw();
  redrawOnResize(draw);
}
