import { readFileSync, writeFileSync } from 'node:fs';
import { DECLARATIONS_FILE, renderKernelDeclarations } from './kernel-declarations.js';
import { GENERATED_FILES, renderLossIndex, renderPublicIndex } from './loss-index.js';

// Rewrites src/losses/index.ts and the loss block of src/index.ts from the loss definitions, and
// src/wasm/kernel-declarations.ts from the @kernel lines of wasm/assembly.
// The kernel declarations first: loading the losses loads the kernel table, which imports them.
writeFileSync(DECLARATIONS_FILE, await renderKernelDeclarations());
writeFileSync(GENERATED_FILES.lossIndex, await renderLossIndex());
writeFileSync(GENERATED_FILES.publicIndex, await renderPublicIndex(readFileSync(GENERATED_FILES.publicIndex, 'utf8')));
console.log('wrote src/losses/index.ts, the loss exports of src/index.ts and src/wasm/kernel-declarations.ts');
