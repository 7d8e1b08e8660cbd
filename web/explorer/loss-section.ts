/**
 * "Any loss": pick a registry loss, move its options' sliders, see its value and gradient
 * curves redrawn live (computed by the loss's kernel in the page), with its formula and what
 * it matches; optionally another loss of the same task drawn beside it.
 */
import { lineChart, type LineSeries } from '../../src/report/index.js';
import { checkbox, el, select, setMarkup, slider } from './dom.js';
import { lossCurve, lossGroups, lossText, optionControls, sameTaskLosses, shapeTask, type Curve } from './metadata.js';
import { CHART_HEIGHT, COLOURS, chartWidth, redrawOnResize } from './theme.js';

const DEFAULT_LOSS = 'huber';

export function lossSection(root: HTMLElement): void {
  let name = DEFAULT_LOSS;
  let options: Record<string, unknown> = {};
  let compare = '';
  let seed = 1;

  const pick = el('div', { class: 'controls' });
  const optionsBox = el('div', { class: 'controls', id: 'loss-options' });
  const about = el('div', { class: 'about', id: 'loss-about' });
  const charts = el('div', { class: 'charts', id: 'loss-charts', 'aria-live': 'polite' });
  const how = el('p', { class: 'caption', id: 'loss-how' });
  root.append(pick, about, optionsBox, charts, how);

  const series = (curve: Curve, key: 'value' | 'gradient', label: string, colour: string, dashed = false): LineSeries => ({
    label, colour, dashed, points: curve.points.map((p) => [p.x, p[key]] as const),
  });

  function draw(): void {
    const curve = lossCurve(name, options, seed);
    const other = compare ? lossCurve(compare, {}, seed) : undefined;
    const xDomain = curve.mode === 'shape' && curve.task !== 'regression' ? [0, 1] as const : undefined;
    const chart = (key: 'value' | 'gradient', id: string, title: string, yLabel: string) => lineChart({
      id, kind: key === 'value' ? 'loss-value' : 'loss-gradient', title, xLabel: curve.xLabel, yLabel,
      width: chartWidth(charts), height: CHART_HEIGHT, ...(xDomain ? { xDomain } : {}),
      series: [series(curve, key, name, COLOURS[0]), ...(other ? [series(other, key, `${compare} (defaults)`, COLOURS[1], true)] : [])],
      references: [{ from: [curve.points[0]?.x ?? 0, 0], to: [curve.points.at(-1)?.x ?? 1, 0] }],
    });
    setMarkup(charts, chart('value', 'loss-value-chart', `${name}: value`, 'loss') + chart('gradient', 'loss-gradient-chart', `${name}: gradient`, curve.gradientLabel));
    how.textContent = curve.how;
  }

  function describe(): void {
    const text = lossText(name);
    about.replaceChildren(
      el('h3', {}, `${text.title} (${text.name})`),
      el('p', {}, text.summary),
      el('p', {}, el('code', { class: 'formula' }, text.formula)),
      el('p', {}, text.behaviour),
      el('p', { class: 'small' }, `Matches ${text.matches}. Inputs: `, ...text.inputs.flatMap((i, k) => [k ? '; ' : '', el('b', {}, i.name), `${i.differentiable ? ' (differentiable)' : ''}: ${i.doc}`])),
    );
  }

  function buildOptions(): void {
    const use = shapeTask(name);
    const { controls, fixed } = optionControls(name, use?.options ?? {});
    options = {};
    optionsBox.replaceChildren();
    for (const control of controls) {
      const id = `option-${control.name}`;
      if (control.kind === 'number') {
        options[control.name] = control.value;
        optionsBox.append(slider({ id, label: control.name, min: control.min, max: control.max, step: control.step, value: control.value, hint: control.doc }, (value) => { options[control.name] = value; draw(); }));
      } else if (control.kind === 'boolean') {
        options[control.name] = control.value;
        optionsBox.append(checkbox(id, control.name, control.value, (checked) => { options[control.name] = checked; draw(); }, control.doc));
      } else {
        options[control.name] = control.value;
        optionsBox.append(select(id, control.name, [{ options: control.choices.map((c) => [c, c] as const) }], control.value, (value) => { options[control.name] = value; draw(); }, control.doc));
      }
    }
    if (!controls.length) optionsBox.append(el('p', { class: 'small' }, `${name} has no options to vary.`));
    if (fixed.length) optionsBox.append(el('p', { class: 'small' }, `Not varied: ${fixed.join('; ')}.`));
    const comparable = sameTaskLosses(name);
    compare = '';
    if (comparable.length) {
      optionsBox.append(select('compare-loss', 'compare with', [{ options: [['', 'nothing'], ...comparable.map((n) => [n, n] as const)] }], '', (value) => { compare = value; draw(); }, 'Another loss of the same task, with its default options, dashed.'));
    } else {
      const again = el('button', { type: 'button', id: 'resample' }, 'another random point');
      again.addEventListener('click', () => { seed += 1; draw(); });
      optionsBox.append(el('div', { class: 'control' }, again, el('small', {}, 'The slice goes through a random valid point of the loss\'s inputs.')));
    }
  }

  const groups = lossGroups().map((g) => ({ label: g.family, options: g.names.map((n) => [n, n] as const) }));
  pick.append(select('loss-select', 'loss', groups, name, (value) => { name = value; seed = 1; buildOptions(); describe(); draw(); }));
  buildOptions();
  describe();
  draw();
  redrawOnResize(draw);
}
