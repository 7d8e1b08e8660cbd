/**
 * Issue 10's real-log check, held out: test/monitor/corpus-heldout holds 33 runs from 30 public
 * repositories that the first corpus does not use, collected and labelled (labels committed
 * first) after diagnose's rules had been tuned on test/monitor/corpus. Its score is the honest
 * estimate of how the rules do on logs they were not fitted to, and it is lower than the first
 * corpus's: the issue's bars (>= 90 % found, <= 1 false alarm per 20 runs) are NOT met here, and
 * this test does not pretend they are. It keeps the measured level as a regression floor, less a
 * margin of one mistake; docs/diagnose.md gives the numbers and what the misses are.
 */
import { describe, expect, it } from 'vitest';
import { HELDOUT_CORPUS_DIR, corpusLabels, corpusReport, corpusSources, diagnoseCorpus, scoreCorpus } from './evaluation-corpus.js';

/** Measured with the rules unchanged and the readers fixed (see the corpus README): 17 of 29 found, 4 false alarms, none critical. */
const MIN_FOUND = 16;
const MAX_FALSE_ALARMS = 5;
/** Per kind, measured recall less one miss where a kind has several cases (plateau: 1 of 4, kept as measured). */
const MIN_RECALL: Readonly<Record<string, number>> = {
  'still-improving': 8 / 16, overfitting: 1 / 4, 'widening-gap': 2 / 3, plateau: 1 / 4, 'lr-too-low': 1, 'noisy-validation': 1,
};

describe('the held-out real-log corpus', () => {
  it('has 30+ labelled runs, each with a source, a licence and a reason, none from a repository of the first corpus', () => {
    const labels = corpusLabels(HELDOUT_CORPUS_DIR);
    const sources = new Map(corpusSources(HELDOUT_CORPUS_DIR).map((source) => [source.id, source]));
    const tuned = new Set(corpusSources().map((source) => source.repo));
    expect(labels.length).toBeGreaterThanOrEqual(30);
    for (const label of labels) {
      const source = sources.get(label.id);
      expect(source?.commit, label.id).toMatch(/^[0-9a-f]{40}$/);
      expect(source?.licence, label.id).toMatch(/^(MIT|Apache-2\.0|GPL-3\.0|AGPL-3\.0)$/);
      expect(tuned.has(source?.repo ?? ''), label.id).toBe(false);
      expect(label.reason.length, label.id).toBeGreaterThan(40);
    }
  });

  it('every run is read; the held-out score stays at its measured level; no critical false alarm', async () => {
    const results = await diagnoseCorpus(HELDOUT_CORPUS_DIR);
    const score = scoreCorpus(results);
    console.log(`diagnose on the held-out real-log corpus:\n${corpusReport(results, score)}`);
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
