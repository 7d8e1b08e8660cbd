/**
 * `renderSearchReport`: a loss search as one self-contained HTML file (inline SVG and CSS,
 * nothing fetched; the same study always gives the same bytes): the verdict; best-so-far
 * against trials, epochs trained and time for ASHA + TPE and, when given, the random-search
 * baseline; the rung diagram; parameter importance; the winning loss's shape and gradient next
 * to the default loss's; the final comparison with its intervals; the best trials.
 */
import type { ModelScores, PairedDifference, SearchResult, TrialRecord } from '../search/types.js';
import { formatEstimate } from '../stats/index.js';
import { barChart } from './bar-chart.js';
import { definitionList, escapeHtml, htmlDocument } from './html.js';
import { lineChart, type LineSeries } from './line-chart.js';
import { RESIDUAL_RANGE, lossShape } from './loss-shapes.js';
import { formatNumber } from './scale.js';
import { shapePanels } from './shape-charts.js';
import { seriesColour } from './svg.js';
import { maxOf, minOf } from '../core/extent.js';

export interface SearchReportOptions {
  readonly title?: string;
  /** A random-search study on the same task and budget, drawn beside the main one. */
  readonly baseline?: SearchResult;
}

const WIDE = 460;
const TALL = 300;
const TOP_TRIALS = 15;
const PRUNED_COLOUR = '#b9bec5';

function algorithmName(result: SearchResult): string {
  return result.spec.algorithm === 'random' ? 'random search' : 'ASHA + TPE';
}

/** Best-so-far points of a study against trials, epochs trained and seconds. */
function bestSoFar(result: SearchResult, x: (trial: TrialRecord, index: number, epochs: number) => number): Array<readonly [number, number]> {
  const sign = result.spec.direction === 'minimize' ? 1 : -1;
  const byFinish = [...result.trials].sort((a, b) => a.finishedAt - b.finishedAt);
  const points: Array<readonly [number, number]> = [];
  let best: number | undefined;
  let epochs = 0;
  byFinish.forEach((trial, index) => {
    epochs += trial.epochs;
    if (trial.state === 'complete' && trial.value !== undefined && (best === undefined || sign * (trial.value - best) < 0)) best = trial.value;
    if (best !== undefined) points.push([x(trial, index, epochs), best]);
  });
  return points;
}

function progressCharts(result: SearchResult, baseline: SearchResult | undefined): string {
  const studies = [result, ...(baseline ? [baseline] : [])];
  const chart = (id: string, title: string, xLabel: string, x: (trial: TrialRecord, index: number, epochs: number) => number) => lineChart({
    id, title, xLabel, yLabel: `best validation ${result.spec.metric}`, width: WIDE, height: TALL, kind: 'best-so-far',
    series: studies.map((study, i): LineSeries => ({ label: algorithmName(study), colour: seriesColour(i), points: bestSoFar(study, x) })),
  });
  return `<div class="charts">${[
    chart('best-vs-trials', 'Best so far by trials finished', 'trials finished', (_t, index) => index + 1),
    chart('best-vs-epochs', 'Best so far by epochs trained (the resource)', 'epochs trained, all trials', (_t, _i, epochs) => epochs),
    chart('best-vs-time', 'Best so far by time', 'seconds since the study started', (trial) => trial.finishedAt / 1000),
  ].join('')}</div>`;
}

/** Every trial's validation curve; pruned ones grey; the rung epochs as guide lines. */
function rungDiagram(result: SearchResult): string {
  const values = result.trials.flatMap((t) => t.intermediate.map(([, v]) => v)).filter(Number.isFinite);
  if (!values.length) return '<p>No trial reported a validation value.</p>';
  const low = minOf(values);
  const high = maxOf(values);
  const rungEpochs = result.rungs.map((r) => result.spec.asha.minResource * result.spec.asha.reductionFactor ** (result.spec.asha.minEarlyStoppingRate + r.rung));
  const series = result.trials.map((t): LineSeries => ({
    label: `trial ${t.number + 1}`, colour: t.state === 'complete' ? seriesColour(0) : PRUNED_COLOUR,
    points: t.intermediate.map(([epoch, v]) => [epoch, v] as const), markers: t.intermediate.length === 1,
  }));
  // Complete trials drawn last, over the grey pruned ones.
  series.sort((a, b) => Number(a.colour !== PRUNED_COLOUR) - Number(b.colour !== PRUNED_COLOUR));
  return lineChart({
    id: 'rungs', kind: 'rung-diagram', title: 'Validation curves of every trial (grey: pruned)', width: 680, height: 340,
    xLabel: 'epoch', yLabel: `validation ${result.spec.metric}`, integerX: true, series, legend: [],
    references: rungEpochs.map((epoch) => ({ from: [epoch, low] as const, to: [epoch, high] as const })),
  });
}

function importanceChart(result: SearchResult): string {
  if (!result.importance.length) return '<p>Too few complete trials to say which parameters mattered.</p>';
  return barChart({
    id: 'importance', kind: 'importance', title: `Parameter importance (η² of the ${result.importanceBasis.startsWith('objective') ? 'objective' : 'first-rung metric'}, normalised)`, valueLabel: 'share of the objective\'s spread explained', domain: [0, 1],
    bars: result.importance.map((entry, i) => ({ label: entry.parameter, value: entry.importance, colour: seriesColour(i === 0 ? 0 : 1) })),
  });
}

function shapeSection(result: SearchResult): string {
  const final = result.final;
  if (!final) return '<p>No final comparison was run, so there is no winner to draw.</p>';
  const task = result.dataset.task;
  const models = [final.best, final.baseline];
  const shapes = models.map((model, i) => {
    try {
      const shape = lossShape(model.config.loss, task, model.config.lossOptions);
      return shape ? { label: `${i === 0 ? 'searched' : 'default'}: ${model.label}`, colour: seriesColour(i), shape } : undefined;
    } catch {
      return undefined;
    }
  }).filter((s): s is NonNullable<typeof s> => s !== undefined);
  if (!shapes.length) return '<p>The losses could not be drawn.</p>';
  const regression = task === 'regression';
  const xLabel = regression ? 'residual e = prediction − target' : 'predicted probability of the true class p';
  const panels = (pick: 'value' | 'gradient', id: string, title: string) => shapePanels(
    shapes.map((s) => ({ label: s.label, colour: s.colour, points: s.shape.points.map((p) => [p.x, p[pick]] as const) })),
    { id, title, xLabel, yLabel: pick === 'value' ? 'loss' : 'gradient', kind: pick === 'value' ? 'loss-shape' : 'loss-gradient',
      ...(regression ? { references: [{ from: [-RESIDUAL_RANGE, 0] as const, to: [RESIDUAL_RANGE, 0] as const }] } : { xDomain: [0, 1] as const }) });
  const value = panels('value', 'shape-value', 'Loss value');
  const gradient = panels('gradient', 'shape-gradient', regression ? 'Gradient dL/d(prediction)' : 'Gradient dL/dz (true-class logit)');
  return `<div class="charts grid shapes">${[value[0], gradient[0], ...value.slice(1), ...gradient.slice(1)].join('')}</div>`;
}

function finalSection(result: SearchResult): string {
  const final = result.final;
  if (!final) return '<p>The final comparison was skipped (--folds 0) or no trial completed.</p>';
  const n = (v: number) => escapeHtml(formatNumber(v, 4));
  const row = (name: string, model: ModelScores) => `<tr><td>${escapeHtml(name)}</td><td>${escapeHtml(model.label)}</td><td>${escapeHtml(formatEstimate(model.mean, model.halfWidth))}</td><td>[${n(model.low)}, ${n(model.high)}]</td><td>${model.scores.map(n).join(', ')}</td></tr>`;
  const pText = (p: number) => (p < 0.001 ? 'p < 0.001' : `p = ${n(p)}`);
  const diff = (name: string, d: PairedDifference) => `<tr><td>difference</td><td>${escapeHtml(name)}</td><td>${escapeHtml(formatEstimate(d.mean, d.halfWidth))}</td><td>[${n(d.low)}, ${n(d.high)}]</td><td>${escapeHtml(`${pText(d.pValue)}: ${d.verdict}`)}</td></tr>`;
  return `<div class="table-wrap"><table class="results"><thead><tr><th>model</th><th>settings</th><th>mean test ${escapeHtml(final.metric)}</th><th>${final.confidence * 100} % interval</th><th>per fold</th></tr></thead><tbody>
${row('searched', final.best)}
${row('default', final.baseline)}
${final.tunedBaseline ? row('default at the searched settings', final.tunedBaseline) : ''}
${diff('searched − default', final.difference)}
${final.tunedDifference ? diff('searched − default at the searched settings', final.tunedDifference) : ''}
</tbody></table></div>
<p><strong>${escapeHtml(`Verdict: ${final.verdict}. ${final.explanation}`)}</strong></p>
<p class="caption">${escapeHtml(`Method: ${final.method}; ${final.trainRows.toFixed(0)} train / ${final.testRows.toFixed(0)} test rows per fold; ${final.higherIsBetter ? 'higher' : 'lower'} is better.`)}</p>`;
}

function finalistsSection(result: SearchResult): string {
  const finalists = result.finalists ?? [];
  if (!finalists.length) return '';
  const items = finalists.map((f) => {
    const options = Object.entries(f.lossOptions).map(([k, v]) => `${k} = ${typeof v === 'number' ? formatNumber(v, 4) : String(v)}`).join(', ');
    return `<li><p>${escapeHtml(`Trial ${f.trial + 1}, validation ${result.spec.metric} ${formatNumber(f.value, 4)}: ${f.label}`)}</p>
<pre>${escapeHtml(`L = ${f.simplified}${options ? `\n    with ${options}` : ''}\ndL/dinput = ${f.gradient}${f.warnings.map((w) => `\nwarning: ${w}`).join('')}`)}</pre></li>`;
  });
  return `<h3>Formula finalists</h3>
<p class="caption">The best formula trials, simplified as their kernels compute them, with the symbolic gradient; each is registered under its name ('custom:' + formula).</p>
<ol>${items.join('')}</ol>`;
}

function trialsTable(result: SearchResult): string {
  const sign = result.spec.direction === 'minimize' ? 1 : -1;
  const shown = [...result.trials].filter((t) => t.state === 'complete').sort((a, b) => sign * ((a.value as number) - (b.value as number))).slice(0, TOP_TRIALS);
  const rows = shown.map((t) => `<tr><td>${t.number + 1}</td><td>${escapeHtml(formatNumber(t.value as number, 4))}</td><td>${t.epochs}</td><td>${escapeHtml(Object.entries(t.params).map(([k, v]) => `${k} = ${typeof v === 'number' ? formatNumber(v, 3) : String(v)}`).join(', '))}</td></tr>`);
  return `<div class="table-wrap"><table class="results"><thead><tr><th>trial</th><th>validation ${escapeHtml(result.spec.metric)}</th><th>epochs</th><th>parameters</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function renderSearchReport(result: SearchResult, options: SearchReportOptions = {}): string {
  const title = options.title ?? `losskit search: ${result.dataset.name}`;
  const count = (state: string) => result.trials.filter((t) => t.state === state).length;
  const settings = definitionList('settings', [
    ['dataset', `${result.dataset.name} (${result.dataset.task})`],
    ['split (train / validation / test)', `${result.dataset.trainRows} / ${result.dataset.validationRows} / ${result.dataset.testRows}`],
    ['algorithm', result.spec.algorithm === 'random' ? 'random search' : `ASHA (η = ${result.spec.asha.reductionFactor}) + TPE`],
    ['objective', `validation ${result.spec.metric} (${result.spec.direction})`],
    ['trials', `${result.trials.length}: ${count('complete')} complete, ${count('pruned')} pruned${result.rejected ? ` (${result.rejected} formula candidates rejected before training)` : ''}, ${count('failed')} failed`],
    ['epochs per trial', String(result.spec.task.train.epochs)],
    ['workers', String(result.workers)],
    ['seed', String(result.spec.task.seed)],
    ['time', `${formatNumber(result.seconds, 3)} s`],
  ]);
  const baselineNote = options.baseline ? '' : '<p class="caption">No random-search baseline was run with this study (losskit search --with-random draws one).</p>';
  const best = result.best ? `<p><strong>${escapeHtml(`Best trial ${result.best.trial + 1}: ${result.best.label} (validation ${result.spec.metric} ${formatNumber(result.best.value, 4)}).`)}</strong></p>` : '<p>No trial completed.</p>';
  const body = `<header><h1>${escapeHtml(title)}</h1>
<p class="lede">${escapeHtml(result.space.description)}. Trials are chosen on the validation rows; the test rows judge only the final comparison.</p></header>
<section class="comparison" id="search">
${settings}
${best}
<h3>Final comparison with the default loss</h3>
${finalSection(result)}
<h3>Search progress</h3>
${baselineNote}
${progressCharts(result, options.baseline)}
<h3>Rung diagram</h3>
<p class="caption">Each line is one trial's validation ${escapeHtml(result.spec.metric)} by epoch; dotted lines mark the rungs where ASHA keeps the best third and stops the rest.</p>
<div class="charts">${rungDiagram(result)}</div>
<h3>Parameter importance</h3>
<p class="caption">${escapeHtml(`Share of the spread explained by each parameter alone (η², the correlation ratio; numbers grouped by quartile), over the ${result.importanceBasis}. A description of this study's trials, not a law of the task.`)}</p>
<div class="charts">${importanceChart(result)}</div>
<h3>The winning loss and the default</h3>
${shapeSection(result)}
${finalistsSection(result)}
<h3>Best trials</h3>
${trialsTable(result)}
</section>
<footer>Generated by losskit. Self-contained: inline SVG and CSS, nothing loaded from elsewhere.</footer>`;
  return htmlDocument(title, body);
}
