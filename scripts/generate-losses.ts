import { readFileSync, writeFileSync } from 'node:fs';
import { GENERATED_FILES, renderLossIndex, renderPublicIndex } from './loss-index.js';

// Rewrites src/losses/index.ts and the loss block of src/index.ts from the loss definitions.
writeFileSync(GENERATED_FILES.lossIndex, await renderLossIndex());
writeFileSync(GENERATED_FILES.publicIndex, await renderPublicIndex(readFileSync(GENERATED_FILES.publicIndex, 'utf8')));
console.log('wrote src/losses/index.ts and the loss exports of src/index.ts');
