import { describe, expect, it } from 'vitest';
import { renderSearchReport } from '../../src/report/index.js';
import { searchLosses } from '../../src/search/index.js';

describe('the search report', () => {
  it('is one self-contained page with the progress, rung, importance, shape and comparison charts', async () => {
    const task = { data: { kind: 'embedded' as const, name: 'boston' }, prepare: { outliers: 0.1 }, train: { epochs: 9 }, seed: 2 };
    const result = await searchLosses({ task, budget: 20, folds: 2 });
    const baseline = await searchLosses({ task, budget: 8, folds: 0, algorithm: 'random' });
    const html = renderSearchReport(result, { baseline });
    for (const id of ['best-vs-trials', 'best-vs-epochs', 'best-vs-time', 'rungs', 'importance', 'shape-value', 'shape-gradient']) {
      expect(html, id).toContain(`id="${id}"`);
    }
    expect(html).toContain('random search');
    expect(html).toMatch(/searched − default/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(renderSearchReport(result, { baseline })).toBe(html);
    expect(renderSearchReport(result)).toContain('No random-search baseline');
  });
});
