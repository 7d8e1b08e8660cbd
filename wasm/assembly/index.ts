// The kernels' WASM module (built by scripts/build-wasm.mjs into src/wasm/kernels.generated.ts).
// No runtime allocator: the JS side (src/wasm/memory.ts) owns memory above heapBase().
// Loss kernels: every export of these files is a loss kernel, declared by the `@kernel` line
// above it (loss, layout, nsPerElement: see scripts/kernel-declarations.ts); `npm run generate`
// turns those lines into src/wasm/kernel-table.ts's entries. A new kernel in one of these files
// needs no line here (a new file needs one).
export * from './elementwise';
export * from './bce';
export * from './softmax';
export * from './divergence';
export * from './focal';
export * from './triplet';
// Vector math (tested on its own), the trainer's dense layers and optimizers.
export { expF32, expNonPositiveF32, logF32, log1pUnitF32 } from './vmath';
export { denseForwardF32, denseWeightGradF32, denseInputGradF32, gatherRowsF32 } from './dense';
export { adamStepF32, sgdStepF32 } from './optimizers';

/** First byte the JS-side allocator may use (after static data and the shadow stack). */
export function heapBase(): usize {
  return __heap_base;
}
