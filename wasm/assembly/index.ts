// The kernels' WASM module (built by scripts/build-wasm.mjs into src/wasm/kernels.generated.ts).
// No runtime allocator: the JS side (src/wasm/memory.ts) owns memory above heapBase().
export { mseF32, mseF64, huberF32, huberF64 } from './elementwise';
export { bceLogitsF32 } from './bce';
export { softmaxCeF32 } from './softmax';
export { klDivF32 } from './divergence';
export { sigmoidFocalF32 } from './focal';
export { tripletF32 } from './triplet';
export { expF32, expNonPositiveF32, logF32, log1pUnitF32 } from './vmath';
export { denseForwardF32, denseWeightGradF32, denseInputGradF32, gatherRowsF32 } from './dense';
export { adamStepF32, sgdStepF32 } from './optimizers';

/** First byte the JS-side allocator may use (after static data and the shadow stack). */
export function heapBase(): usize {
  return __heap_base;
}
