import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANCHOR_LOSSES, anchorNames } from '../src/anchors.js';
import { getLoss, listLosses } from '../src/index.js';
import { coveringEntries, renderCatalog } from '../scripts/catalog.js';

describe('parity with PyTorch, Keras, optax and TensorFlow.js', () => {
  for (const anchor of ANCHOR_LOSSES.filter((a) => !a.notALoss)) {
    it(`${anchor.library} ${anchor.name} has a losskit entry`, () => {
      expect(coveringEntries(anchor.library, anchor.name).map((e) => e.name)).not.toEqual([]);
    });
  }

  it('every anchor name an entry claims is a real anchor loss (no typos)', () => {
    const known = new Set(ANCHOR_LOSSES.map((a) => `${a.library}:${a.name}`));
    for (const entry of listLosses()) {
      for (const library of ['pytorch', 'keras', 'optax', 'tfjs'] as const) {
        for (const name of anchorNames(entry.anchors, library)) {
          expect(known.has(`${library}:${name}`), `${entry.name} claims unknown ${library} anchor '${name}'`).toBe(true);
        }
      }
    }
  });

  it('aliases users type resolve to the right entry', () => {
    const expected: Record<string, string> = {
      l1: 'mae', l2: 'mse', 'squared-error': 'mse', 'binary-cross-entropy': 'bce',
      'sparse-categorical-cross-entropy': 'cross-entropy', kld: 'kl-div', logcosh: 'log-cosh',
      pinball: 'quantile', 'info-nce': 'nt-xent', smoothl1: 'smooth-l1', smooth_l1: 'smooth-l1',
    };
    for (const [alias, name] of Object.entries(expected)) expect(getLoss(alias).name, alias).toBe(name);
  });

  it('docs/catalog.md is generated from the registry and up to date (npm run docs)', () => {
    const onDisk = readFileSync(new URL('../docs/catalog.md', import.meta.url), 'utf8');
    expect(onDisk).toBe(renderCatalog());
  });
});
