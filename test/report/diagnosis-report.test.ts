import { describe, expect, it } from 'vitest';
import { History, diagnose, smoothEma, type Finding } from '../../src/monitor/index.js';
import {
  MAX_DRAWN_POINTS, diagnosisChart, diagnosisCurves, findingSpan, rangeText, renderDiagnosisReport, type DiagnosedRun,
} from '../../src/report/index.js';

/** Unit checks of the diagnosis report's HTML: structure, marks, escaping, self-containment. */

const EPOCHS = 30;
function overfittingHistory(): History {
  return History.fromRows(Array.from({ length: EPOCHS }, (_, epoch) => ({
    epoch,
    loss: 1.2 * Math.exp(-epoch / 8) + 0.05,
    val_loss: 1.25 * Math.exp(-epoch / 8) + 0.15 + (epoch > 12 ? 0.02 * (epoch - 12) : 0),
  })));
}

function run(name: string, history: History, warnings: string[] = []): DiagnosedRun {
  return { name, source: { path: `/logs/${name}.csv`, format: 'csv-keras' }, warnings, history, findings: diagnose(history) };
}

/** Numbers of the coordinates in an SVG path's d attribute. */
function pathPoints(d: string): number {
  return (d.match(/[ML]/g) ?? []).length;
}

describe('diagnosisCurves', () => {
  it('training then validation loss, by epoch when both carry epochs, raw and smoothed', () => {
    const history = overfittingHistory();
    const { unit, curves } = diagnosisCurves(history, 0.8);
    expect(unit).toBe('epoch');
    expect(curves.map((curve) => [curve.label, curve.name])).toEqual([['training loss', 'loss'], ['validation loss', 'val_loss']]);
    expect(curves[0]!.x).toEqual(Array.from({ length: EPOCHS }, (_, e) => e));
    expect(curves[1]!.smoothed).toEqual(smoothEma(curves[1]!.raw, 0.8));
  });

  it('by step when a series has no epochs; an epoch finding is mapped onto steps through its series', () => {
    const history = new History();
    for (let e = 0; e < 10; e++) history.append('loss', { step: e * 100 + 99, epoch: e, value: 1 / (e + 1) });
    for (let e = 0; e < 10; e++) history.append('val_loss', { step: e * 100 + 99, value: 1 / (e + 1) });
    expect(diagnosisCurves(history).unit).toBe('step');
    const finding = { kind: 'plateau', range: { from: 3, to: 5, unit: 'epoch' }, series: 'loss' } as unknown as Finding;
    expect(findingSpan(finding, history, 'step')).toEqual([399, 599]);
    expect(findingSpan(finding, history, 'epoch')).toEqual([3, 5]);
  });

  it('rangeText', () => {
    expect(rangeText({ from: 12, to: 20, unit: 'epoch' })).toBe('epochs 12-20');
    expect(rangeText({ from: 7, to: 7, unit: 'epoch' })).toBe('epoch 7');
    expect(rangeText({ from: 100, to: 900, unit: 'step' })).toBe('steps 100-900');
    // The Hugging Face Trainer's fractional epochs: 3 decimals, not 16 digits.
    expect(rangeText({ from: 0.7679385649148068, to: 3.5837133029357653, unit: 'epoch' })).toBe('epochs 0.768-3.584');
    expect(rangeText({ from: 0.0256, to: 0.0256, unit: 'epoch' })).toBe('epoch 0.0256');
  });
});

describe('renderDiagnosisReport', () => {
  const runs = [run('overfit <run>', overfittingHistory(), ['/logs/x: truncated record at byte 1234 (the file ends 20 bytes into a 60-byte record); kept 5 records before it'])];
  const html = renderDiagnosisReport(runs, { smoothing: 0.6 });

  it('is one self-contained document: no scripts, nothing fetched', () => {
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\((?!#)/);
    expect(renderDiagnosisReport(runs, { smoothing: 0.6 })).toBe(html);
  });

  it('draws the raw curves faint and the smoothed ones solid on a data-chart="diagnosis" SVG', () => {
    const svgs = html.match(/<svg [^>]*data-chart="diagnosis"/g) ?? [];
    expect(svgs).toHaveLength(1);
    expect(html.match(/<path class="raw" [^>]*stroke-opacity="0\.3"/g)).toHaveLength(2);
    expect(html.match(/<path class="smoothed" /g)).toHaveLength(2);
    expect(html).toContain('weight 0.6');
  });

  it('shades each finding over its range with a numbered label, and lists it with its suggestion', () => {
    const finding = runs[0]!.findings.find((f) => f.kind === 'overfitting')!;
    expect(finding).toBeDefined();
    expect(html).toMatch(/<g class="finding" data-kind="overfitting" data-severity="(critical|warning)"><title>[^<]*<\/title><rect /);
    expect(html).toMatch(/>1 overfitting<\/text>/);
    expect(html).toContain(`<strong>overfitting</strong>, ${rangeText(finding.range)}`);
    expect(html).toContain('<em>Try:</em> Keep the model from epoch');
  });

  it('escapes names and shows the readers\' warnings', () => {
    expect(html).toContain('<h2>overfit &lt;run&gt;</h2>');
    expect(html).not.toContain('overfit <run>');
    expect(html).toContain('<li>/logs/x: truncated record at byte 1234');
    expect(html).toContain('Keras CSVLogger');
  });

  it('a readable run without findings has no end stated: no clear answer; a run with no loss says there is nothing to read', () => {
    const clean = History.fromRows(Array.from({ length: 8 }, (_, epoch) => ({ epoch, loss: 0.5, val_loss: 0.6 })));
    const none = History.fromRows([{ epoch: 0, accuracy: 0.5 }, { epoch: 1, accuracy: 0.6 }]);
    const page = renderDiagnosisReport([{ ...run('clean', clean), findings: [] }, run('metrics only', none)]);
    expect(page).toContain('No clear answer about the end: &#39;val_loss&#39;');
    expect(page).toContain('there is no training or validation loss series');
    expect(page).toContain('metrics only: no loss series');
    expect(page).toMatch(/<nav><ol><li><a href="#run-1">clean<\/a>: no clear answer<\/li><li><a href="#run-2">metrics only<\/a>: nothing to diagnose/);
  });

  it('an end the rules cannot tell is no clear answer: in place of "No problems found", and as a note after findings silent on the end', () => {
    // 30 epochs falling 1 % of the start per epoch under ±10 % noise, in two draws that no finding's end states (diagnose-notes.test.ts).
    const creep = (offset: number, slope: number) => History.fromRows(Array.from({ length: 30 }, (_, epoch) => {
      const h = Math.sin((epoch + offset + 1) * 12.9898) * 43758.5453;
      return { epoch, loss: (1 - slope * epoch) * (1 + 0.1 * (2 * (h - Math.floor(h)) - 1)) };
    }));
    const silent = run('silent', creep(57, 0.01));
    const bouncing = run('bouncing', creep(198, 0.01));
    expect(silent.findings).toEqual([]);
    expect(bouncing.findings.map((finding) => finding.kind)).toEqual(['lr-too-high']);
    const page = renderDiagnosisReport([silent, bouncing]);
    expect(page).toMatch(/<p class="note comparable no-clear-answer">No clear answer about the end: &#39;loss&#39; changed/);
    expect(page).toMatch(/<\/ol><p class="note no-clear-answer">No clear answer about the end: &#39;loss&#39; changed/);
    expect(page).toMatch(/<nav><ol><li><a href="#run-1">silent<\/a>: no clear answer/);
    expect(page).not.toContain('none of the rules fired');
  });

  it('non-finite values break the line; long curves are thinned for drawing', () => {
    const history = new History();
    for (let step = 0; step < 5000; step++) history.append('loss', { step, value: step === 2500 ? Number.NaN : 1 / (1 + step / 500) });
    const svg = diagnosisChart(run('long', history), 1);
    for (const [, d] of svg.matchAll(/ (?:d|x|y|width|height)="([^"]*)"/g)) expect(d).not.toMatch(/NaN|Infinity/);
    const raw = /<path class="raw" d="([^"]*)"/.exec(svg)![1]!;
    expect(pathPoints(raw)).toBeLessThanOrEqual(MAX_DRAWN_POINTS + 1);
    // Two pieces: the NaN at step 2500 (kept by the thinning stride of 5) breaks the line.
    expect(raw.match(/M/g)!.length).toBe(2);
  });
});
