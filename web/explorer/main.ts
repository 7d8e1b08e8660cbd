/**
 * The explorer page's script: bundled with losskit's registry and kernels by esbuild
 * (src/explore/bundle.ts) and inlined into the page, so everything runs offline. The page's
 * Node-made data (the training runs) is read from the JSON block `#explorer-data`.
 */
import type { ExplorerData } from '../../src/explore/types.js';
import { byId } from './dom.js';
import { crossEntropySection } from './cross-entropy-section.js';
import { curvesSection } from './curves-section.js';
import { lossSection } from './loss-section.js';
import { outlierSection } from './outlier-section.js';

const data = JSON.parse(byId('explorer-data').textContent ?? '{}') as ExplorerData;
lossSection(byId('loss-explorer'));
outlierSection(byId('outlier-lesson'));
crossEntropySection(byId('cross-entropy'));
curvesSection(byId('train-validation'), data.patterns ?? []);
document.documentElement.dataset['ready'] = 'true';
