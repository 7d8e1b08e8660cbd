import { cEngine } from './c.js';
import type { Engine } from './engine.js';
import { losskitEngine } from './losskit.js';
import { numpyEngine } from './numpy.js';
import { tfjsCpuEngine } from './tfjs-cpu.js';
import { tfjsWasmEngine } from './tfjs-wasm.js';

/**
 * Every engine, in table-column order. losskit-wasm (issue 6, later) is one more file in this
 * folder and one more line here; report.ts says which ratios to print for it.
 */
export function allEngines(): Engine[] {
  return [losskitEngine, cEngine('c'), cEngine('c-fast-math'), numpyEngine(), tfjsCpuEngine, tfjsWasmEngine];
}
