/**
 * Time per training step of a tfjs model with a losskit loss (losskit/tfjs: the fused kernel
 * through tf.customGrad, inputs read back with dataSync) against the same model with tfjs's
 * built-in loss, on the cpu and wasm backends in Node and the WebGL backend in Chromium
 * (bench/tfjs-webgl.ts). Part of `npm run bench`; alone:
 *
 *   npx tsx bench/tfjs-steps.ts [--quick]
 *
 * Workloads and the timing loop: bench/tfjs-step-core.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FULL_STEPS, QUICK_STEPS, STEP_WORKLOADS, measureWorkload, type StepResult } from './tfjs-step-core.js';
import { runWebglSteps } from './tfjs-webgl.js';
import { maxOf } from '../src/core/extent.js';

export type { StepResult } from './tfjs-step-core.js';

async function useBackend(backend: 'cpu' | 'wasm'): Promise<boolean> {
  tf.env().set('PROD', true);
  if (backend === 'wasm') setWasmPaths(`${join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
  return tf.setBackend(backend);
}

/** Runs every workload on the cpu and wasm backends, then WebGL in Chromium; `log` gets one line per row. */
export async function runTfjsSteps(quick: boolean, log: (line: string) => void): Promise<StepResult[]> {
  const config = quick ? QUICK_STEPS : FULL_STEPS;
  const results: StepResult[] = [];
  for (const backend of ['cpu', 'wasm'] as const) {
    if (!(await useBackend(backend))) {
      log(`tfjs steps: backend ${backend} failed to initialise, skipped`);
      continue;
    }
    for (const w of STEP_WORKLOADS) {
      const { builtInMs, losskitMs } = measureWorkload(w, config);
      results.push({ backend, workload: w.id, builtIn: w.builtIn.name, builtInMs, losskitMs, ratio: losskitMs / builtInMs, rounds: config.rounds });
      log(`tfjs step ${backend} ${w.id}: ${w.builtIn.name} ${builtInMs.toFixed(3)} ms, tfLoss('${w.losskit}') ${losskitMs.toFixed(3)} ms, x${(losskitMs / builtInMs).toFixed(2)}`);
    }
  }
  const webgl = await runWebglSteps(quick, log);
  if (typeof webgl === 'string') log(webgl);
  else for (const result of webgl) results.push(result);
  return results;
}

/** The table `npm run bench` prints, with its heading. */
export function stepsTable(results: readonly StepResult[]): string {
  const title = '\ntfjs training step: losskit/tfjs vs the tfjs loss (Adam, cost read back each step), median ms per step\n';
  const header = ['backend', 'workload (layers, batch)', 'built-in ms/step', 'tfLoss ms/step', 'tfLoss/built-in'];
  const rows = results.map((r) => [r.backend, r.workload, r.builtInMs.toFixed(3), r.losskitMs.toFixed(3), r.ratio.toFixed(2)]);
  const widths = header.map((h, i) => maxOf(rows.map((row) => row[i]!.length), h.length));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [title, line(header), ...rows.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const quick = process.argv.includes('--quick');
  const results = await runTfjsSteps(quick, (line) => process.stderr.write(`${line}\n`));
  console.log(stepsTable(results));
}
