/**
 * Opens a rendered report in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core) and checks that every chart rendered: non-zero boxes, drawn marks, no
 * console or page errors, nothing requested but the file itself. Saves a full-page screenshot
 * to test-output/report.png for people to look at.
 *
 * Without /usr/bin/chromium the test is skipped locally (with the reason in its name) and
 * fails on CI, where `.ci/run` installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { renderReport } from '../../src/report/render-report.js';
import { syntheticBinary, syntheticMulticlass, syntheticRegression } from './synthetic-results.js';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const VIEWPORT = { width: 1280, height: 900 };
const SCREENSHOT = fileURLToPath(new URL('../../test-output/report.png', import.meta.url));
/** A full-page screenshot of three comparisons is hundreds of KB; a blank page is a few KB. */
const MIN_SCREENSHOT_BYTES = 50_000;
const BROWSER_TIMEOUT_MS = 60_000;

/** What the page reports about each chart. */
interface ChartCheck {
  readonly id: string;
  readonly kind: string;
  readonly width: number;
  readonly height: number;
  /** Drawn marks: paths with a non-empty `d` and a non-zero box, rects and circles of non-zero size. */
  readonly paths: number;
  readonly rects: number;
  readonly circles: number;
}

const available = existsSync(CHROMIUM);

describe('report in headless Chromium', () => {
  if (!available && !process.env.CI) {
    it.skip(`skipped: ${CHROMIUM} not found (install Debian's chromium: apt-get install chromium; CI installs it)`, () => {});
    return;
  }

  let browser: Browser | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'losskit-report-'));
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders every chart with no errors and no requests, and saves a screenshot', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing; .ci/run installs it on CI`).toBe(true);
    const html = renderReport([syntheticRegression(), syntheticBinary(), syntheticMulticlass()], { title: 'losskit report (browser test)' });
    const file = join(dir, 'report.html');
    writeFileSync(file, html);
    const fileUrl = pathToFileURL(file).href;
    const chartsInHtml = (html.match(/<svg\b/g) ?? []).length;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: BROWSER_TIMEOUT_MS });
    const page = await browser.newPage({ viewport: VIEWPORT });
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    const otherRequests: string[] = [];
    const failedRequests: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(`${message.type()}: ${message.text()}`); });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', (request) => { if (request.url() !== fileUrl) otherRequests.push(request.url()); });
    page.on('requestfailed', (request) => failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));

    const response = await page.goto(fileUrl, { waitUntil: 'load', timeout: BROWSER_TIMEOUT_MS });
    expect(response === null || response.ok()).toBe(true);

    const charts: ChartCheck[] = await page.evaluate(() => Array.from(document.querySelectorAll('svg[data-chart]'), (svg) => {
      const box = svg.getBoundingClientRect();
      const sized = (element: SVGGraphicsElement) => {
        const b = element.getBBox();
        return b.width > 0 || b.height > 0;
      };
      const paths = Array.from(svg.querySelectorAll('path')).filter((p) => (p.getAttribute('d') ?? '').trim() !== '' && sized(p)).length;
      const rects = Array.from(svg.querySelectorAll('rect')).filter((r) => r.width.baseVal.value > 0 && r.height.baseVal.value > 0 && !r.closest('clipPath')).length;
      const circles = Array.from(svg.querySelectorAll('circle')).filter((c) => c.r.baseVal.value > 0).length;
      return { id: svg.id, kind: svg.getAttribute('data-chart') ?? '', width: box.width, height: box.height, paths, rects, circles };
    }));

    expect(charts.length).toBe(chartsInHtml);
    expect(new Set(charts.map((c) => c.kind))).toEqual(new Set([
      'loss-curves', 'validation-overview', 'metric-bars', 'predicted-vs-true', 'residual-histogram',
      'confusion-matrix', 'calibration', 'loss-shape', 'loss-gradient',
    ]));
    for (const chart of charts) {
      expect(chart.id, 'every chart has an id').not.toBe('');
      expect(chart.width, `${chart.id} width`).toBeGreaterThan(0);
      expect(chart.height, `${chart.id} height`).toBeGreaterThan(0);
      expect(chart.paths + chart.rects + chart.circles, `${chart.id} draws marks`).toBeGreaterThan(0);
    }
    // The marks each kind of chart must have drawn (beyond its frame).
    const byKind = (kind: string) => charts.filter((c) => c.kind === kind);
    for (const c of byKind('loss-curves')) expect(c.paths, c.id).toBeGreaterThanOrEqual(4); // grid, axes, train, validation
    for (const c of byKind('predicted-vs-true')) expect(c.circles, c.id).toBeGreaterThan(10);
    for (const c of byKind('residual-histogram')) expect(c.rects, c.id).toBeGreaterThan(3);
    for (const c of byKind('confusion-matrix')) expect(c.rects, c.id).toBeGreaterThanOrEqual(4);
    for (const c of byKind('calibration')) expect(c.circles, c.id).toBeGreaterThan(0);
    for (const c of byKind('metric-bars')) expect(c.rects, c.id).toBeGreaterThanOrEqual(3);

    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(otherRequests).toEqual([]);
    expect(failedRequests).toEqual([]);

    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const png = readFileSync(SCREENSHOT);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(MIN_SCREENSHOT_BYTES);
    // IHDR: width and height are the big-endian 32-bit integers at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBe(VIEWPORT.width);
    expect(png.readUInt32BE(20)).toBeGreaterThan(VIEWPORT.height);

    // The chart grids fill the page width: at 1280 px, each run's predicted-vs-true and residual
    // charts side by side, two runs a row, and the shape charts two a row, each wider than drawn.
    const layout = await page.evaluate(() => {
      const boxes = (selector: string) => Array.from(document.querySelectorAll(selector), (e) => e.getBoundingClientRect());
      const row = document.querySelector('.run-row');
      const pair = row ? Array.from(row.querySelectorAll('svg'), (svg) => svg.getBoundingClientRect()) : [];
      const grid = document.querySelector('.charts.runs')!.getBoundingClientRect();
      const shapes = boxes('#comparison-1 .charts.shapes svg');
      return {
        pairTops: pair.map((b) => Math.round(b.top)), pairWidths: pair.map((b) => b.width),
        gridWidth: grid.width, rowWidths: boxes('#comparison-1 .run-row').map((b) => b.width), shapeWidths: shapes.map((b) => b.width),
      };
    });
    expect(layout.pairTops).toHaveLength(2);
    expect(layout.pairTops[0]).toBe(layout.pairTops[1]);
    for (const width of layout.pairWidths) expect(width).toBeGreaterThan(280);
    expect(layout.rowWidths[0]! * 2).toBeGreaterThan(layout.gridWidth * 0.95);
    for (const width of layout.shapeWidths) expect(width).toBeGreaterThan(layout.gridWidth * 0.45);

    // A phone: nothing wider than the screen, every chart within it.
    await page.setViewportSize({ width: 390, height: 800 });
    const phone = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      rightmost: Math.max(...Array.from(document.querySelectorAll('svg[data-chart]'), (svg) => svg.getBoundingClientRect().right)),
      narrowest: Math.min(...Array.from(document.querySelectorAll('.charts.grid svg'), (svg) => svg.getBoundingClientRect().width)),
    }));
    expect(phone.scrollWidth).toBeLessThanOrEqual(390);
    expect(phone.rightmost).toBeLessThanOrEqual(390);
    // Stacked, not squeezed: each chart of a grid takes (nearly) the whole phone width.
    expect(phone.narrowest).toBeGreaterThan(330);
  }, BROWSER_TIMEOUT_MS * 2);
});
