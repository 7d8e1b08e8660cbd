import { cEngine } from './c.js';
import type { Engine } from './engine.js';
import { losskitEngine } from './losskit.js';
import { losskitThreadsEngine } from './losskit-threads.js';
import { losskitWasmComputeEngine, losskitWasmCopiesEngine, losskitWasmEngine, losskitWasmZeroCopyEngine } from './losskit-wasm.js';
import { numpyEngine } from './numpy.js';
import { tfjsCpuEngine } from './tfjs-cpu.js';
import { tfjsWasmEngine } from './tfjs-wasm.js';

/** Every engine, in table-column order; report.ts says which ratios to print. */
export function allEngines(): Engine[] {
  return [
    losskitEngine, losskitWasmEngine, losskitWasmZeroCopyEngine, losskitWasmCopiesEngine, losskitWasmComputeEngine, losskitThreadsEngine(),
    cEngine('c'), cEngine('c-fast-math'), cEngine('c-fast-math-mt'), numpyEngine(), tfjsCpuEngine, tfjsWasmEngine,
  ];
}
