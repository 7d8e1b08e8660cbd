/**
 * Browser side of the WebGL training-step bench (bundled by bench/tfjs-webgl.ts): switches tfjs
 * to its WebGL backend and exposes `runSteps(quick)` to the driving Node process.
 */
import * as tf from '@tensorflow/tfjs';
import { FULL_STEPS, QUICK_STEPS, STEP_WORKLOADS, measureWorkload } from './tfjs-step-core.js';

interface WebglRenderer { readonly gpgpu?: { readonly gl?: WebGL2RenderingContext } }

async function runSteps(quick: boolean) {
  if (!(await tf.setBackend('webgl'))) return { renderer: '', rows: [] };
  await tf.ready();
  const gl = (tf.backend() as unknown as WebglRenderer).gpgpu?.gl;
  const info = gl?.getExtension('WEBGL_debug_renderer_info');
  const renderer = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
  const rows = STEP_WORKLOADS.map((w) => ({ workload: w.id, builtIn: w.builtIn.name, ...measureWorkload(w, quick ? QUICK_STEPS : FULL_STEPS) }));
  return { renderer, rows };
}

(window as unknown as { runSteps: typeof runSteps }).runSteps = runSteps;
