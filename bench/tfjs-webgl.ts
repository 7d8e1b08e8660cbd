/**
 * The training-step bench on tfjs's WebGL backend, in headless Chromium (Debian's, via
 * playwright-core). This machine has no GPU: Chromium's WebGL runs on SwiftShader (software,
 * via ANGLE/Vulkan), so the absolute times are a CPU's, but the pipeline is WebGL's: every
 * losskit/tfjs step reads yPred back from textures and uploads the gradient. The row's backend
 * is labelled with the renderer Chromium reports.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StepResult } from './tfjs-step-core.js';

const CHROMIUM = '/usr/bin/chromium';
const PAGE = fileURLToPath(new URL('./tfjs-webgl-page.ts', import.meta.url));
// No --disable-gpu here: WebGL must stay on (SwiftShader when there is no GPU).
const ARGS = ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'];

/** Rows for the WebGL backend, or a note saying why there are none. */
export async function runWebglSteps(quick: boolean, log: (line: string) => void): Promise<StepResult[] | string> {
  if (!existsSync(CHROMIUM)) return `tfjs steps: webgl skipped (${CHROMIUM} not found)`;
  const [{ build }, { chromium }] = await Promise.all([import('esbuild'), import('playwright-core')]);
  const bundle = await build({ entryPoints: [PAGE], bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  const script = (bundle.outputFiles[0]?.text ?? '').replace(/<\/(script)/gi, '<\\/$1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script type="module">${script}</script></body></html>`);
    await page.waitForFunction(() => 'runSteps' in window, null, { timeout: 60_000 });
    const { renderer, rows } = await page.evaluate((q) => (window as unknown as { runSteps(quick: boolean): Promise<{ renderer: string; rows: Array<{ workload: string; builtIn: string; builtInMs: number; losskitMs: number }> }> }).runSteps(q), quick);
    if (!rows.length) return 'tfjs steps: webgl skipped (the WebGL backend did not initialise in Chromium)';
    const backend = /swiftshader/i.test(renderer) ? 'webgl (SwiftShader)' : 'webgl';
    log(`tfjs steps: webgl renderer ${renderer}`);
    return rows.map((r) => {
      log(`tfjs step ${backend} ${r.workload}: ${r.builtIn} ${r.builtInMs.toFixed(3)} ms, tfLoss ${r.losskitMs.toFixed(3)} ms, x${(r.losskitMs / r.builtInMs).toFixed(2)}`);
      return { backend, ...r, ratio: r.losskitMs / r.builtInMs, rounds: quick ? 3 : 9 };
    });
  } finally {
    await browser.close();
  }
}
