import { tfjsEngine } from './tfjs-common.js';

/**
 * TensorFlow.js on its WASM backend (@tensorflow/tfjs-backend-wasm, XNNPACK). In Node it
 * loads the SIMD build without threads (describe() records which), i.e. one core, like C.
 */
export const tfjsWasmEngine = tfjsEngine('wasm');
