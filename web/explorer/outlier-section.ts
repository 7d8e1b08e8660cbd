/**
 * The outlier lesson: points on a plane, one of them draggable (pointer, arrow keys, or its two
 * sliders), and three lines fitted live by MSE, MAE and Huber with losskit's kernels (line-fit).
 * Squared error lets the dragged point pull its line hardest; MAE barely moves; Huber sits
 * between, and its delta slider moves it from MAE-like to MSE-like.
 */
import { el, formatNumber, slider } from './dom.js';
import { fitLine, type LineFit } from './line-fit.js';
import { seededRandom } from './metadata.js';
import { COLOURS } from './theme.js';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 640;
const HEIGHT = 400;
const MARGIN = { left: 44, right: 14, top: 14, bottom: 34 };
const X_DOMAIN = [0, 10] as const;
const Y_DOMAIN = [-10, 30] as const;
/** The inliers: y = TREND_SLOPE x + TREND_INTERCEPT + Gaussian noise, x evenly spread. */
const TREND_SLOPE = 0.8;
const TREND_INTERCEPT = 2;
const NOISE = 0.6;
const INLIERS = 11;
const OUTLIER_START = { x: 8, y: TREND_SLOPE * 8 + TREND_INTERCEPT };
/** Arrow keys move the outlier by this much (Shift: five times as far). */
const KEY_STEP = 0.5;

export const FITS = [
  { loss: 'mse', label: 'MSE', colour: COLOURS[1] },
  { loss: 'mae', label: 'MAE', colour: COLOURS[2] },
  { loss: 'huber', label: 'Huber', colour: COLOURS[0] },
] as const;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Readonly<Record<string, string | number>> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

const sx = (x: number) => MARGIN.left + ((x - X_DOMAIN[0]) / (X_DOMAIN[1] - X_DOMAIN[0])) * (WIDTH - MARGIN.left - MARGIN.right);
const sy = (y: number) => HEIGHT - MARGIN.bottom - ((y - Y_DOMAIN[0]) / (Y_DOMAIN[1] - Y_DOMAIN[0])) * (HEIGHT - MARGIN.top - MARGIN.bottom);
const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));

/** Box–Muller on the page's seeded generator: the same inliers on every load. */
function inliers(): { xs: number[]; ys: number[] } {
  const random = seededRandom(15);
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < INLIERS; i++) {
    const x = 0.5 + (9 * i) / (INLIERS - 1);
    const gaussian = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    xs.push(x);
    ys.push(TREND_SLOPE * x + TREND_INTERCEPT + NOISE * gaussian);
  }
  return { xs, ys };
}

function frame(plot: SVGSVGElement): void {
  const grid = svg('path', { class: 'grid', fill: 'none', stroke: '#e4e4e4' });
  const labels = svg('g', { 'font-size': 12, fill: '#444' });
  const d: string[] = [];
  for (let x = X_DOMAIN[0]; x <= X_DOMAIN[1]; x += 2) {
    d.push(`M${sx(x)} ${sy(Y_DOMAIN[0])}V${sy(Y_DOMAIN[1])}`);
    const t = svg('text', { x: sx(x), y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle' });
    t.textContent = String(x);
    labels.append(t);
  }
  for (let y = Y_DOMAIN[0]; y <= Y_DOMAIN[1]; y += 5) {
    d.push(`M${sx(X_DOMAIN[0])} ${sy(y)}H${sx(X_DOMAIN[1])}`);
    const t = svg('text', { x: MARGIN.left - 6, y: sy(y) + 4, 'text-anchor': 'end' });
    t.textContent = String(y);
    labels.append(t);
  }
  grid.setAttribute('d', d.join(''));
  const axes = svg('path', { d: `M${sx(0)} ${sy(Y_DOMAIN[1])}V${sy(Y_DOMAIN[0])}H${sx(X_DOMAIN[1])}`, stroke: '#444', fill: 'none' });
  const clip = svg('clipPath', { id: 'plane-clip' });
  clip.append(svg('rect', { x: sx(X_DOMAIN[0]), y: sy(Y_DOMAIN[1]), width: sx(X_DOMAIN[1]) - sx(X_DOMAIN[0]), height: sy(Y_DOMAIN[0]) - sy(Y_DOMAIN[1]) }));
  plot.append(clip, grid, axes, labels);
}

export function outlierSection(root: HTMLElement): void {
  const data = inliers();
  const outlier = { ...OUTLIER_START };
  let delta = 1;
  let start: LineFit[] | undefined;

  const plot = svg('svg', {
    id: 'outlier-plane', 'data-chart': 'outlier-plane', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'group',
    'aria-label': 'Points on a plane with three fitted lines',
    // The data-to-viewBox mapping, stated for scripts and tests that place the pointer.
    'data-x-domain': X_DOMAIN.join(' '), 'data-y-domain': Y_DOMAIN.join(' '),
    'data-plot': [MARGIN.left, MARGIN.top, WIDTH - MARGIN.right, HEIGHT - MARGIN.bottom].join(' '),
  });
  frame(plot);
  const lines = FITS.map((fit) => {
    const line = svg('line', { id: `fit-${fit.loss}`, class: 'fit', stroke: fit.colour, 'stroke-width': 2.5, 'clip-path': 'url(#plane-clip)' });
    if (fit.loss === 'mae') line.setAttribute('stroke-dasharray', '7 4');
    plot.append(line);
    return line;
  });
  data.xs.forEach((x, i) => plot.append(svg('circle', { class: 'point', cx: sx(x), cy: sy(data.ys[i] as number), r: 5, fill: '#555' })));
  const handle = svg('circle', {
    id: 'outlier', class: 'outlier', r: 9, fill: COLOURS[4], stroke: '#222', 'stroke-width': 1.5, tabindex: 0, role: 'slider',
    // ARIA has no two-dimensional slider: announce y as the value and both coordinates as its text.
    'aria-label': 'The movable point: drag it, or use the arrow keys', 'aria-valuemin': Y_DOMAIN[0], 'aria-valuemax': Y_DOMAIN[1],
  });
  plot.append(handle);

  const legend = el('p', { class: 'legend' }, ...FITS.flatMap((fit) => [el('span', { class: 'swatch', style: `background:${fit.colour}` }), ` ${fit.label} `]), el('span', { class: 'swatch dot', style: `background:${COLOURS[4]}` }), ' the point you move');
  const rows = FITS.map((fit) => el('tr', { id: `fit-row-${fit.loss}` }));
  const table = el('table', { class: 'results', id: 'fit-table' },
    el('thead', {}, el('tr', {}, ...['line fitted by', 'slope', 'intercept', 'mean loss', 'moved at the point\'s x', 'IRLS steps'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, ...rows));
  const xSlider = slider({ id: 'outlier-x', label: 'point x', min: X_DOMAIN[0], max: X_DOMAIN[1], step: 0.1, value: outlier.x }, (v) => { outlier.x = v; update(false); });
  const ySlider = slider({ id: 'outlier-y', label: 'point y', min: Y_DOMAIN[0], max: Y_DOMAIN[1], step: 0.1, value: outlier.y }, (v) => { outlier.y = v; update(false); });
  const deltaSlider = slider({ id: 'huber-delta', label: 'Huber delta', min: 0.1, max: 10, step: 0.1, value: delta, hint: 'Residuals beyond delta count linearly: small delta acts like MAE, large like MSE.' }, (v) => { delta = v; start = undefined; update(false); });
  const reset = el('button', { type: 'button', id: 'outlier-reset' }, 'put the point back');
  reset.addEventListener('click', () => { Object.assign(outlier, OUTLIER_START); update(true); });
  root.append(el('div', { class: 'plane-wrap' }, plot), legend, el('div', { class: 'controls' }, xSlider, ySlider, deltaSlider, el('div', { class: 'control' }, reset)), el('div', { class: 'table-wrap' }, table));

  function fits(): LineFit[] {
    const xs = Float64Array.from([...data.xs, outlier.x]);
    const ys = Float64Array.from([...data.ys, outlier.y]);
    return FITS.map((fit) => fitLine(fit.loss, fit.loss === 'huber' ? { delta } : {}, xs, ys));
  }

  function update(syncSliders: boolean): void {
    handle.setAttribute('cx', String(sx(outlier.x)));
    handle.setAttribute('cy', String(sy(outlier.y)));
    handle.setAttribute('aria-valuenow', String(outlier.y));
    handle.setAttribute('aria-valuetext', `x ${formatNumber(outlier.x)}, y ${formatNumber(outlier.y)}`);
    if (syncSliders) {
      for (const [box, value] of [[xSlider, outlier.x], [ySlider, outlier.y]] as const) {
        (box.querySelector('input') as HTMLInputElement).value = String(value);
        (box.querySelector('output') as HTMLOutputElement).textContent = formatNumber(value);
      }
    }
    const current = fits();
    start ??= FITS.map((fit) => fitLine(fit.loss, fit.loss === 'huber' ? { delta } : {}, Float64Array.from([...data.xs, OUTLIER_START.x]), Float64Array.from([...data.ys, OUTLIER_START.y])));
    current.forEach((fit, i) => {
      const line = lines[i] as SVGLineElement;
      line.setAttribute('x1', String(sx(X_DOMAIN[0])));
      line.setAttribute('x2', String(sx(X_DOMAIN[1])));
      line.setAttribute('y1', String(sy(fit.slope * X_DOMAIN[0] + fit.intercept)));
      line.setAttribute('y2', String(sy(fit.slope * X_DOMAIN[1] + fit.intercept)));
      line.dataset['slope'] = String(fit.slope);
      line.dataset['intercept'] = String(fit.intercept);
      const before = start?.[i] as LineFit;
      const moved = (fit.slope - before.slope) * outlier.x + (fit.intercept - before.intercept);
      (rows[i] as HTMLTableRowElement).replaceChildren(
        el('td', {}, FITS[i]?.label ?? ''), el('td', {}, formatNumber(fit.slope)), el('td', {}, formatNumber(fit.intercept)),
        el('td', {}, formatNumber(fit.loss)), el('td', { class: 'moved' }, formatNumber(moved)), el('td', {}, String(fit.iterations)),
      );
    });
  }

  // Pointer dragging: the point follows the pointer in data coordinates, kept inside the plane.
  const toData = (event: PointerEvent) => {
    const matrix = plot.getScreenCTM();
    if (!matrix) return undefined;
    const p = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const x = X_DOMAIN[0] + ((p.x - MARGIN.left) / (WIDTH - MARGIN.left - MARGIN.right)) * (X_DOMAIN[1] - X_DOMAIN[0]);
    const y = Y_DOMAIN[0] + ((HEIGHT - MARGIN.bottom - p.y) / (HEIGHT - MARGIN.top - MARGIN.bottom)) * (Y_DOMAIN[1] - Y_DOMAIN[0]);
    return { x: clamp(x, X_DOMAIN), y: clamp(y, Y_DOMAIN) };
  };
  handle.addEventListener('pointerdown', (event) => { handle.setPointerCapture(event.pointerId); handle.classList.add('dragging'); event.preventDefault(); });
  handle.addEventListener('pointermove', (event) => {
    if (!handle.hasPointerCapture(event.pointerId)) return;
    const p = toData(event);
    if (p) { Object.assign(outlier, p); update(true); }
  });
  const release = (event: PointerEvent) => { if (handle.hasPointerCapture(event.pointerId)) handle.releasePointerCapture(event.pointerId); handle.classList.remove('dragging'); };
  handle.addEventListener('pointerup', release);
  handle.addEventListener('pointercancel', release);
  handle.addEventListener('keydown', (event) => {
    const step = KEY_STEP * (event.shiftKey ? 5 : 1);
    const moves: Record<string, [number, number]> = { ArrowUp: [0, step], ArrowDown: [0, -step], ArrowLeft: [-step, 0], ArrowRight: [step, 0] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    outlier.x = clamp(outlier.x + move[0], X_DOMAIN);
    outlier.y = clamp(outlier.y + move[1], Y_DOMAIN);
    update(true);
  });
  update(true);
}
