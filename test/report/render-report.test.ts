import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/compare/verdict.js';
import { renderReport, sectionId } from '../../src/report/render-report.js';
import { syntheticBinary, syntheticMulticlass, syntheticRegression } from './synthetic-results.js';

const results = [syntheticRegression(), syntheticBinary(), syntheticMulticlass()];
const html = renderReport(results, { title: 'Report <of> "losses"' });

/** The HTML of comparison `n` (1-based). */
function section(n: number): string {
  const start = html.indexOf(`<section class="comparison" id="${sectionId(n)}"`);
  return html.slice(start, html.indexOf('</section>', start));
}

/** data-chart kinds of the SVGs in some HTML, with counts. */
function kinds(fragment: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of fragment.matchAll(/<svg\b[^>]*data-chart="([^"]+)"/g)) counts[m[1]!] = (counts[m[1]!] ?? 0) + 1;
  return counts;
}

describe('renderReport', () => {
  it('is one HTML document with the title escaped', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<title>Report &lt;of&gt; &quot;losses&quot;</title>');
    expect(html).toContain('<meta charset="utf-8">');
  });

  it('is self-contained: no scripts, external styles, fonts, images or links out', () => {
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/@import|@font-face/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*(?!["']?#)/i);
    expect(html).not.toMatch(/url\(\s*(?!["']?#)/i);
    // The only http(s) text is the SVG namespace name, which is an identifier, not a request.
    const urls = [...html.matchAll(/https?:\/\/[^\s"'<>)]*/g)].map((m) => m[0]);
    expect(new Set(urls)).toEqual(new Set(['http://www.w3.org/2000/svg']));
  });

  it('every <svg> has a width, height and viewBox, and a unique id', () => {
    const tags = [...html.matchAll(/<svg\b[^>]*>/g)].map((m) => m[0]);
    expect(tags.length).toBeGreaterThan(20);
    const ids = new Set<string>();
    for (const tag of tags) {
      expect(tag).toMatch(/ width="[1-9][\d.]*"/);
      expect(tag).toMatch(/ height="[1-9][\d.]*"/);
      expect(tag).toMatch(/ viewBox="0 0 [\d.]+ [\d.]+"/);
      const id = / id="([^"]+)"/.exec(tag)?.[1];
      expect(id).toBeDefined();
      expect(ids.has(id!)).toBe(false);
      ids.add(id!);
    }
    const allIds = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(allIds).size).toBe(allIds.length);
  });

  it('has a contents list linking each comparison', () => {
    for (let n = 1; n <= results.length; n++) expect(html).toContain(`href="#${sectionId(n)}"`);
  });

  it('each section: dataset, settings, table with the winner marked, note, curves, bars, shapes', () => {
    results.forEach((result, i) => {
      const part = section(i + 1);
      expect(part).toContain('<dl class="settings">');
      expect(part).toContain('<table class="results">');
      for (const heading of ['Results', 'Training curves', 'Test-set predictions', 'Loss shapes']) expect(part).toContain(`<h3>${heading}</h3>`);
      expect(part).toMatch(/<tr class="winner"><td>[^<]*<span class="badge">winner<\/span>/);
      expect(part.match(/<span class="badge">winner<\/span>/g)).toHaveLength(1);
      const counts = kinds(part);
      expect(counts['loss-curves']).toBe(result.runs.length);
      expect(counts['validation-overview']).toBe(1);
      expect(counts['metric-bars']).toBe(1);
      // The main panels; curves on another scale add panels of their own (tested below).
      expect(part).toContain(`id="c${i + 1}-shape-value"`);
      expect(part).toContain(`id="c${i + 1}-shape-gradient"`);
      expect(counts['loss-shape']).toBeGreaterThanOrEqual(1);
      expect(counts['loss-gradient']).toBeGreaterThanOrEqual(1);
      // One row per run, then the baseline's.
      expect(part.match(/<tbody>.*<\/tbody>/s)?.[0].match(/<tr/g)).toHaveLength(result.runs.length + 1);
      expect(part).toContain('<tr class="baseline"><td>baseline: made-up baseline</td>');
      expect(part).toContain(`<p class="verdict winner"><strong>Winner: ${result.winner} (made up)</strong></p>`);
      for (const heading of ['Diagnosis of each run']) expect(part).toContain(`<h3>${heading}</h3>`);
    });
  });

  it('a run whose folds gave no clear answer says so with its count, not "no problems found"; a clean run still says that', () => {
    const [first, second, ...rest] = results[0].runs;
    const unclear = { ...first, diagnosis: [], noClearAnswer: { reason: 'end-untold' as const, message: "No clear answer about the end: 'val_loss' <made up>", evaluations: 3 } };
    const clean = { ...second, diagnosis: [] };
    const page = renderReport([{ ...results[0], runs: [unclear, clean, ...rest] }]);
    expect(page).toContain(`<li><strong>${first.label}</strong>:<ul><li class="no-clear-answer"><strong>no clear answer</strong> (3 of ${results[0].evaluation.evaluations} folds): No clear answer about the end: &#39;val_loss&#39; &lt;made up&gt;</li></ul></li>`);
    expect(page).toContain(`<li><strong>${second.label}</strong>: no problems found.</li>`);
  });

  it('every metric cell is a mean ± its interval', () => {
    const rmse = results[0].runs[0].summary['rmse']!;
    expect(section(1)).toContain(`<td>${formatSummary(rmse)}</td>`);
    expect(formatSummary(rmse)).toMatch(/^[\d.]+ ± [\d.]+$/);
  });

  it('a run that learned nothing gets a banner, a badge, a greyed row, and cannot carry the winner badge', () => {
    const [first, ...rest] = results[0].runs;
    const failed = { ...first, failure: { reason: 'R² 0.01 ± 0.02 is at most 0.05' } };
    const page = renderReport([{ ...results[0], runs: [failed, ...rest], winner: '', verdict: { kind: 'no-clear-winner', text: 'No clear winner: made up', comparisons: [] } }]);
    expect(page).toContain(`<div class="banner failed" role="alert"><strong>${first.label} learned nothing.</strong> R² 0.01 ± 0.02 is at most 0.05.`);
    expect(page).toMatch(/<tr class="failed"><td>mse<span class="badge failed">learned nothing<\/span>/);
    expect(page).not.toContain('<span class="badge">winner</span>');
    expect(page).toContain('<p class="verdict no-clear-winner"><strong>No clear winner: made up</strong></p>');
  });

  it("shows a user table's notes, the claims checked and each run's findings", () => {
    const claims = [{ text: 'robust wins', metric: 'rmse', outcome: 'partly held' as const, parts: [
      { challenger: 'mae', reference: 'mse', outcome: 'held' as const, improvement: 1, halfWidth: 0.5, pValue: 0.01, text: 'mae vs mse: held; made up' },
    ] }];
    const diagnosis = [{ kind: 'overfitting' as const, severity: 'warning' as const, message: 'rose <5%>', suggestion: 'stop earlier', evaluations: 3 }];
    const runs = results[0].runs.map((run, i) => (i === 0 ? { ...run, diagnosis } : run));
    const page = renderReport([{ ...results[0], runs, claims }], { notes: ["excluded column 'Name' (free text)"] });
    expect(page).toContain("<h3>Data preparation</h3>\n<ul class=\"data-notes\"><li>excluded column &#39;Name&#39; (free text)</li>");
    expect(page).toContain('<li class="claim partly"><strong>PARTLY HELD</strong>: robust wins<ul><li>mae vs mse: held; made up</li></ul></li>');
    expect(page).toContain('<strong>overfitting</strong> (3 of 5 folds): rose &lt;5%&gt; <em>Try: stop earlier</em>');
  });

  it('regression sections have a predicted-vs-true scatter and a residual histogram per run', () => {
    const counts = kinds(section(1));
    expect(counts['predicted-vs-true']).toBe(4);
    expect(counts['residual-histogram']).toBe(4);
    expect(counts['confusion-matrix']).toBeUndefined();
    expect(section(1)).toContain('outliers injected');
  });

  it("each run's predicted-vs-true and residual charts share one row, and every run's axes are the same", () => {
    const part = section(1);
    const rows = [...part.matchAll(/<div class="run-row" data-run="(\d+)">(.*?)<\/div>/gs)];
    expect(rows.map((row) => Number(row[1]))).toEqual([0, 1, 2, 3]);
    for (const [, , row] of rows) expect(Object.keys(kinds(row!)).sort()).toEqual(['predicted-vs-true', 'residual-histogram']);
    const domains = (kind: string) => [...part.matchAll(new RegExp(`<svg\\b[^>]*data-chart="${kind}" data-x-domain="([^"]+)" data-y-domain="([^"]+)"`, 'g'))]
      .map((m) => `${m[1]} | ${m[2]}`);
    for (const kind of ['predicted-vs-true', 'residual-histogram']) {
      expect(domains(kind), kind).toHaveLength(4);
      expect(new Set(domains(kind)).size, kind).toBe(1);
    }
    // ... which takes the shared axes: on their own, the runs' extents differ (mse's residuals are wider).
    const run = (i: number) => results[0]!.runs[i]!.predictions as { yTrue: number[]; yPred: number[] };
    const spread = (i: number) => Math.max(...run(i).yPred.map((p, r) => Math.abs(p - run(i).yTrue[r]!)));
    expect(new Set([0, 1, 2, 3].map(spread)).size).toBeGreaterThan(1);
    const [xDomain] = domains('residual-histogram')[0]!.split(' | ');
    const [low, high] = xDomain!.split(' ').map(Number);
    for (const i of [0, 1, 2, 3]) expect(low! <= -spread(i) || high! >= spread(i)).toBe(true);
    // Training curves share the epoch axis (each its own loss axis).
    const curveX = [...part.matchAll(/data-chart="loss-curves" data-x-domain="([^"]+)"/g)].map((m) => m[1]);
    expect(curveX).toHaveLength(4);
    expect(new Set(curveX).size).toBe(1);
  });

  it('a loss-shape curve far larger than the others is drawn in a panel of its own, not as a sliver', () => {
    const part = section(2);
    const charts = [...part.matchAll(/<svg\b[^>]*data-chart="loss-(?:shape|gradient)"[^>]*>.*?<\/svg>/gs)].map((m) => m[0]);
    const titled = (svg: string) => /<title>([^<]*)<\/title>/.exec(svg)![1]!;
    const main = charts.filter((svg) => /id="c2-shape-(value|gradient)"/.test(svg));
    const own = charts.filter((svg) => /id="c2-shape-(value|gradient)-2"/.test(svg));
    expect(main).toHaveLength(2);
    expect(own.map(titled)).toEqual([
      expect.stringMatching(/^Loss value: bce-with-logits \(posWeight 4\) \(own scale, peak [\d.]+\)$/),
      expect.stringMatching(/^Gradient dL\/dz \(true-class logit\): bce-with-logits \(posWeight 4\) \(own scale, peak 4\)$/),
    ]);
    for (const svg of main) expect(svg).not.toContain('posWeight 4');
    // The own panel's y axis reaches the weighted curve's peak (|gradient| 4); the main one's stays well inside it.
    const yReach = (svg: string) => Math.max(...(/data-y-domain="([^"]+)"/.exec(svg)![1]!.split(' ').map((v) => Math.abs(Number(v)))));
    expect(yReach(own[1]!)).toBeGreaterThanOrEqual(4);
    expect(yReach(main[1]!)).toBeLessThan(2);
    expect(section(1)).not.toMatch(/<title>[^<]*own scale/);
  });

  it('classification sections have a confusion matrix and a calibration curve per run', () => {
    for (const n of [2, 3]) {
      const counts = kinds(section(n));
      expect(counts['confusion-matrix']).toBe(results[n - 1]!.runs.length);
      expect(counts['calibration']).toBe(results[n - 1]!.runs.length);
      expect(counts['predicted-vs-true']).toBeUndefined();
    }
    expect(section(2)).toContain('kept 20 % of the training rows of class &#39;Chinstrap&#39;');
  });

  it('the table has the terminal columns, primary metric first and marked', () => {
    const part = section(1);
    for (const column of ['loss', 'test metrics, mean ± 95 % interval over 5 folds', 'epochs (median)', 'time (s)']) expect(part).toContain(`>${column}</th>`);
    expect(part).toMatch(/<th class="primary"[^>]*>RMSE\u00a0↓<\/th>/);
    expect(section(2)).toMatch(/<th class="primary"[^>]*>accuracy\u00a0↑<\/th>/);
  });

  it('states comparability in the note, highlighted differently when not comparable', () => {
    expect(section(1)).toContain('<p class="note comparable">');
    expect(section(3)).toContain('<p class="note">Losses of different families');
  });

  it('escapes titles and names from the data', () => {
    expect(html).toContain('House prices &lt;with&gt; 10 % outliers');
    expect(html).toContain('Synthetic binary &lt;data&gt; &amp; &quot;friends&quot;');
    expect(html).not.toContain('<data>');
  });

  it('says which losses have no shape for the task', () => {
    const result = syntheticRegression();
    const odd = { ...result, runs: [...result.runs, { ...result.runs[0]!, loss: 'contrastive', label: 'contrastive' }] };
    expect(renderReport([odd])).toContain('Not drawn (no regression training use): contrastive.');
  });

  it('a diverged run is marked, and its non-finite numbers never reach SVG coordinates', () => {
    const result = syntheticRegression();
    const [first, ...rest] = result.runs;
    const diverged = {
      ...first!, label: 'mse (lr 10)', divergedAtEpoch: 3,
      history: first!.history.slice(0, 3).map((r, i) => (i === 2 ? { ...r, trainLoss: NaN, validationLoss: Infinity } : r)),
      test: { rmse: NaN, mae: NaN, r2: NaN },
      predictions: { kind: 'regression' as const, yTrue: [1, 2, 3], yPred: [NaN, NaN, NaN] },
    };
    const page = renderReport([{ ...result, runs: [diverged, ...rest] }]);
    expect(page).toContain('<span class="badge diverged">diverged at epoch 3</span>');
    for (const svg of page.match(/<svg\b.*?<\/svg>/gs) ?? []) {
      const attributes = [...svg.matchAll(/ (?:d|x|y|cx|cy|width|height|points|transform)="([^"]*)"/g)].map((m) => m[1]);
      for (const value of attributes) expect(value).not.toMatch(/NaN|Infinity/);
    }
  });

  it('the same results give the same bytes', () => {
    expect(renderReport(results, { title: 'Report <of> "losses"' })).toBe(html);
  });

  it('renders an empty list and a default title', () => {
    const empty = renderReport([]);
    expect(empty).toContain('<title>losskit report</title>');
    expect(empty).toContain('No comparisons to show.');
  });
});
