/**
 * Issue 10's real-log check, held out again: test/monitor/corpus-third holds 18 runs from 15
 * public repositories used by neither earlier corpus, collected and labelled (labels committed
 * first) before diagnose's rules were changed for the second corpus's misses, and scored once,
 * after those changes were final and committed. Its score is the current honest estimate of
 * how the rules do on logs they were not fitted to: 9 of 15 expected findings (60 %, a 95 %
 * Wilson interval of 36-80 %), 1 false alarm (a warning) in 18 runs. The rules before those
 * changes scored the same. The issue's 90 % bar is NOT met here, and this test does not
 * pretend it is: it keeps the measured level as a regression floor, less a margin of one
 * mistake. docs/diagnose.md says what the misses are. The rules were not changed after this
 * corpus was scored.
 */
import { describe, expect, it } from 'vitest';
import { HELDOUT_CORPUS_DIR, THIRD_CORPUS_DIR, corpusLabels, corpusReport, corpusSources, diagnoseCorpus, scoreCorpus } from './evaluation-corpus.js';

/** Measured: 9 of 15 found, 1 false alarm (a warning), none critical. */
const MIN_FOUND = 8;
const MAX_FALSE_ALARMS = 2;
/** Per kind, measured recall less one miss where a kind has several cases (overfitting: 1 of 2, kept as measured). */
const MIN_RECALL: Readonly<Record<string, number>> = {
  'still-improving': 5 / 9, overfitting: 1 / 2, 'widening-gap': 1, divergence: 1,
};

describe('the third real-log corpus (held out)', () => {
  it('has 15+ labelled runs, each with a source, a licence and a reason, none from a repository of the earlier corpora', () => {
    const labels = corpusLabels(THIRD_CORPUS_DIR);
    const sources = new Map(corpusSources(THIRD_CORPUS_DIR).map((source) => [source.id, source]));
    const earlier = new Set([...corpusSources(), ...corpusSources(HELDOUT_CORPUS_DIR)].map((source) => source.repo));
    expect(labels.length).toBeGreaterThanOrEqual(15);
    for (const label of labels) {
      const source = sources.get(label.id);
      expect(source?.commit, label.id).toMatch(/^[0-9a-f]{40}$/);
      expect(source?.licence, label.id).toMatch(/^(MIT|Apache-2\.0|GPL-3\.0|AGPL-3\.0)$/);
      expect(earlier.has(source?.repo ?? ''), label.id).toBe(false);
      expect(label.reason.length, label.id).toBeGreaterThan(40);
    }
  });

  it('every run is read; the held-out score stays at its measured level; no critical false alarm', async () => {
    const results = await diagnoseCorpus(THIRD_CORPUS_DIR);
    const score = scoreCorpus(results);
    console.log(`diagnose on the third real-log corpus (held out):\n${corpusReport(results, score)}`);
    expect(score.unread).toBe(0);
    expect(score.found).toBeGreaterThanOrEqual(MIN_FOUND);
    expect(score.falseAlarms.filter((alarm) => alarm.severity === 'critical')).toEqual([]);
    expect(score.falseAlarms.length).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
    for (const [kind, floor] of Object.entries(MIN_RECALL)) {
      const recall = score.kinds.find((s) => s.kind === kind)?.recall ?? Number.NaN;
      expect(recall, `${kind} recall`).toBeGreaterThanOrEqual(floor - 1e-9);
    }
  });
});
