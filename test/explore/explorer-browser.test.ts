/**
 * `losskit explore`'s page in real headless Chromium (Debian's chromium via playwright-core):
 * dragging the outlier moves the MSE line more than the Huber line, by measured amounts;
 * sliders, the pattern picker and the toggles change the curves; every registry loss draws a
 * value and a gradient curve; the keyboard moves the point; the page fits a phone's width; no
 * console errors; nothing requested but the page itself, from a file and from `--serve`.
 * Measurements go to test-output/explorer-measurements.json, a screenshot to test-output/explorer.png.
 *
 * Without /usr/bin/chromium the test is skipped locally (reason in its name) and fails on CI.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildExplorerPage, servePage } from '../../src/explore/index.js';
import { listLosses } from '../../src/index.js';

const CHROMIUM = '/usr/bin/chromium';
const LAUNCH_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
const TIMEOUT_MS = 120_000;
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
/** Where the test drags the movable point: from its start on the trend (x 8, y 8.4) to y 28. */
const DRAG_TO_Y = 28;

interface Watch {
  readonly errors: string[];
  readonly requests: string[];
}

/** Records console errors and warnings, page errors and every request other than `pageUrl`. */
function watch(page: Page, pageUrl: string): Watch {
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (r.url() !== pageUrl) requests.push(r.url()); });
  page.on('requestfailed', (r) => errors.push(`failed ${r.url()}`));
  return { errors, requests };
}

async function open(browser: Browser, url: string, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const seen = watch(page, url);
  await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await page.waitForSelector('html[data-ready="true"]', { timeout: TIMEOUT_MS });
  return { page, seen };
}

type Lines = Record<string, { slope: number; intercept: number }>;

const lines = (page: Page): Promise<Lines> => page.evaluate(() => Object.fromEntries(['mse', 'mae', 'huber'].map((loss) => {
  const line = document.getElementById(`fit-${loss}`) as unknown as SVGLineElement;
  return [loss, { slope: Number(line.dataset['slope']), intercept: Number(line.dataset['intercept']) }];
})));

/** The `d` of every series path in a chart. */
const seriesPaths = (page: Page, chartId: string): Promise<string[]> => page.evaluate((id) => Array.from(document.querySelectorAll(`#${id} g.series path`), (p) => p.getAttribute('d') ?? ''), chartId);

/** Client coordinates of data point (x, y) of the outlier plane (the plane states its mapping in data-* attributes). */
const planeToClient = (page: Page, x: number, y: number) => page.evaluate(([px, py]) => {
  const plot = document.getElementById('outlier-plane') as unknown as SVGSVGElement;
  const [x0, x1] = plot.dataset['xDomain']!.split(' ').map(Number) as [number, number];
  const [y0, y1] = plot.dataset['yDomain']!.split(' ').map(Number) as [number, number];
  const [left, top, right, bottom] = plot.dataset['plot']!.split(' ').map(Number) as [number, number, number, number];
  const vx = left + ((px - x0) / (x1 - x0)) * (right - left);
  const vy = bottom - ((py - y0) / (y1 - y0)) * (bottom - top);
  const point = new DOMPoint(vx, vy).matrixTransform(plot.getScreenCTM()!);
  return { x: point.x, y: point.y };
}, [x, y] as const);

const available = existsSync(CHROMIUM);

describe('losskit explore in headless Chromium', () => {
  if (!available && !process.env.CI) {
    it.skip(`skipped: ${CHROMIUM} not found (apt-get install chromium; CI installs it)`, () => {});
    return;
  }
  let browser: Browser;
  let html: string;
  let fileUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'losskit-explore-'));
  const measured: Record<string, unknown> = {};

  beforeAll(async () => {
    html = await buildExplorerPage('test');
    const file = join(dir, 'explorer.html');
    writeFileSync(file, html);
    fileUrl = pathToFileURL(file).href;
    measured['pageBytes'] = Buffer.byteLength(html);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS, timeout: TIMEOUT_MS });
  }, TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    writeFileSync(join(OUTPUT, 'explorer-measurements.json'), `${JSON.stringify(measured, null, 2)}\n`);
  });

  it('dragging the outlier moves the MSE line more than the Huber line, and Huber more than MAE', async () => {
    const { page, seen } = await open(browser, fileUrl);
    await page.locator('#outlier').scrollIntoViewIfNeeded();
    const before = await lines(page);
    const from = await planeToClient(page, 8, 8.4);
    const to = await planeToClient(page, 8, DRAG_TO_Y);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    const pointY = Number(await page.inputValue('#outlier-y'));
    expect(pointY).toBeGreaterThan(DRAG_TO_Y - 0.5);
    const after = await lines(page);
    // How far each line moved where the dragged point is (x = 8).
    const moved = Object.fromEntries(Object.keys(before).map((loss) => [loss,
      Math.abs((after[loss]!.slope - before[loss]!.slope) * 8 + after[loss]!.intercept - before[loss]!.intercept)]));
    measured['drag'] = { from: [8, 8.4], to: [8, pointY], movedAtPointX: moved, before, after };
    expect(moved['mse']).toBeGreaterThan(2);
    expect(moved['mse']).toBeGreaterThan(5 * moved['huber']!);
    expect(moved['huber']).toBeGreaterThan(moved['mae']!);
    // The page's own table reports the same shifts.
    const shown = await page.$$eval('#fit-table td.moved', (cells) => cells.map((c) => Number(c.textContent)));
    expect(shown[0]).toBeCloseTo(moved['mse']!, 2);

    // Keyboard: the focused point moves with the arrow keys, and the lines follow.
    await page.focus('#outlier');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
    expect(Number(await page.inputValue('#outlier-y'))).toBeCloseTo(pointY - 2, 5);
    expect((await lines(page))['mse']!.intercept).not.toBe(after['mse']!.intercept);

    // A larger Huber delta makes Huber act more like MSE: its line moves towards the MSE line.
    const huberBefore = (await lines(page))['huber']!;
    await page.focus('#huber-delta');
    for (let i = 0; i < 60; i++) await page.keyboard.press('ArrowRight');
    const huberAfter = (await lines(page))['huber']!;
    const mse = (await lines(page))['mse']!;
    expect(Math.abs(huberAfter.slope - mse.slope)).toBeLessThan(Math.abs(huberBefore.slope - mse.slope));
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('sliders, the loss picker, the pattern picker and the toggles change the curves', async () => {
    const { page, seen } = await open(browser, fileUrl);
    const huber = await seriesPaths(page, 'loss-value-chart');
    await page.focus('#option-delta');
    for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
    const wider = await seriesPaths(page, 'loss-value-chart');
    expect(wider[0]).not.toBe(huber[0]);
    expect(await page.textContent('#option-delta-value')).not.toBe('1');

    await page.selectOption('#compare-loss', 'mse');
    expect((await seriesPaths(page, 'loss-value-chart')).length).toBe(2);

    const focal = await seriesPaths(page, 'ce-value-chart');
    await page.focus('#focal-gamma');
    for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
    expect((await seriesPaths(page, 'ce-value-chart'))[1]).not.toBe(focal[1]);
    expect(await page.$$eval('#ce-value-chart circle.worked-example', (c) => c.length)).toBe(6);

    const goodFit = await seriesPaths(page, 'curves-line-chart');
    await page.check('#pattern-overfitting');
    const overfit = await seriesPaths(page, 'curves-line-chart');
    expect(overfit[0]).not.toBe(goodFit[0]);
    expect(await page.textContent('#curves-lesson')).toMatch(/Overfitting|memorises/);
    await page.uncheck('#show-train');
    expect((await seriesPaths(page, 'curves-line-chart')).length).toBe(1);
    await page.uncheck('#log-scale');
    expect((await seriesPaths(page, 'curves-line-chart'))[0]).not.toBe(overfit[1]);
    expect(seen.errors).toEqual([]);
    expect(seen.requests).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('every registry loss draws a value and a gradient curve', async () => {
    const { page, seen } = await open(browser, fileUrl);
    const names = await page.$$eval('#loss-select option', (options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(names).toEqual(expect.arrayContaining(listLosses().map((e) => e.name)));
    const thin: string[] = [];
    for (const name of names) {
      await page.selectOption('#loss-select', name);
      for (const chart of ['loss-value-chart', 'loss-gradient-chart']) {
        const [d] = await seriesPaths(page, chart);
        const points = (d ?? '').split(/[ML]/).length - 1;
        if (points < 60) thin.push(`${name} ${chart}: ${points} points`);
      }
    }
    measured['lossesDrawn'] = names.length;
    expect(thin).toEqual([]);
    expect(seen.errors).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('fits a phone screen (390 px) without sideways scrolling, and saves screenshots', async () => {
    mkdirSync(dirname(join(OUTPUT, 'x')), { recursive: true });
    const desktop = await open(browser, fileUrl);
    await desktop.page.screenshot({ path: join(OUTPUT, 'explorer.png'), fullPage: true });
    await desktop.page.close();
    const { page, seen } = await open(browser, fileUrl, { width: 390, height: 844 });
    const widths = await page.evaluate(() => ({
      document: document.documentElement.scrollWidth,
      widest: Math.max(...Array.from(document.querySelectorAll('svg'), (s) => s.getBoundingClientRect().right)),
    }));
    measured['phone'] = widths;
    expect(widths.document).toBeLessThanOrEqual(390);
    expect(widths.widest).toBeLessThanOrEqual(390);
    await page.screenshot({ path: join(OUTPUT, 'explorer-phone.png'), fullPage: true });
    expect(seen.errors).toEqual([]);
    await page.close();
  }, TIMEOUT_MS);

  it('served by --serve on localhost: one request, for the page', async () => {
    const server = await servePage(html, 0);
    try {
      const { page, seen } = await open(browser, server.url);
      expect(await page.title()).toBe('losskit explorer');
      expect(seen.requests).toEqual([]);
      expect(seen.errors).toEqual([]);
      await page.close();
    } finally {
      await server.close();
    }
  }, TIMEOUT_MS);
});
