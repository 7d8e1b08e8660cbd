/**
 * The plateau of no fall (rules-47, endNoFallPlateauRule): the labelling guide's plateau ("no
 * significant fall over the last stretch"), read where every other end rule stayed silent, when the
 * window shows no lean to a fall (Mann-Kendall p ≥ `plateauNoFallPValue`). The real runs' tests
 * failed before the rule: both got "no clear answer about the end", while their labellers expected a
 * plateau (and allowed still-improving on the third).
 */
import { describe, expect, it } from 'vitest';
import { noClearAnswer } from '../../src/monitor/index.js';
import { endNoFallPlateauRule } from '../../src/monitor/diagnose-end-no-fall.js';
import { progressOf } from '../../src/monitor/diagnose-trends.js';
import { DEFAULT_THRESHOLDS } from '../../src/monitor/thresholds.js';
import { FORTY_FIFTH_A_CORPUS_DIR, FORTY_FIRST_C_CORPUS_DIR, SIXTY_FIRST_B_CORPUS_DIR, diagnoseCorpusRun } from './evaluation-corpus.js';
import { jitter, kinds } from './diagnose-fixtures.js';

const curve = (y: readonly number[]) => ({ name: 'val_loss', x: y.map((_, i) => i + 1), y: [...y], unit: 'epoch' as const });
const noFall = (y: readonly number[]) => {
  const progress = progressOf(curve(y), DEFAULT_THRESHOLDS);
  if (progress === undefined) throw new Error('too short to read');
  return endNoFallPlateauRule(progress, DEFAULT_THRESHOLDS);
};

describe('the plateau of no fall (rules-47)', () => {
  it('a window with no lean to a fall is a plateau at info, with its numbers and its weakness said', () => {
    // Falls to 0.5 by epoch 15, then wanders ±4 % about it for 15 epochs.
    const y = Array.from({ length: 30 }, (_, i) => (0.5 + 1.5 * Math.exp(-(i + 1) / 3)) * jitter(i * 5 + 3, 0.04));
    const end = noFall(y);
    expect(end?.kind).toBe('plateau');
    expect(end?.severity).toBe('info');
    expect(end?.evidence['pValue']).toBeGreaterThanOrEqual(DEFAULT_THRESHOLDS.plateauNoFallPValue);
    for (const key of ['windowChange', 'lateChange', 'endMargin', 'noiseLevel', 'testStatistic', 'stalledPoints', 'improvementThreshold']) {
      expect(Number.isFinite(end?.evidence[key]), key).toBe(true);
    }
    expect(end?.message).toMatch(/shows no fall at the end.*a slow fall within the noise is not ruled out/);
  });

  it('a window leaning to a fall (p under 0.10) is not read, nor one falling significantly', () => {
    const steady = Array.from({ length: 30 }, (_, i) => (1 - 0.01 * i) * jitter(i + 11, 0.01));
    expect(progressOf(curve(steady), DEFAULT_THRESHOLDS)!.recent.test.pDecreasing).toBeLessThan(DEFAULT_THRESHOLDS.plateauNoFallPValue);
    expect(noFall(steady)).toBeUndefined();
  });

  it('the bar is a threshold: raising it to 1 leaves the window unread', () => {
    const y = Array.from({ length: 30 }, (_, i) => (0.5 + 1.5 * Math.exp(-(i + 1) / 3)) * jitter(i * 5 + 3, 0.04));
    const progress = progressOf(curve(y), DEFAULT_THRESHOLDS)!;
    expect(endNoFallPlateauRule(progress, { ...DEFAULT_THRESHOLDS, plateauNoFallPValue: 1.01 })).toBeUndefined();
  });

  it.each([
    // A Keras IMDB classifier's validation loss (Apache-2.0): plateau expected by both labellers.
    ['a10-keras-nb-pedramnavid-imdb', FORTY_FIFTH_A_CORPUS_DIR],
    // An Informer console log's validation loss, flat to 0.1 % for its last points: plateau expected.
    ['c05-informer-console-log-richpiana-brain', FORTY_FIRST_C_CORPUS_DIR],
    // A CIFAR-10 CNN with augmentation (MIT): plateau|still-improving expected.
    ['b05-udacity-cifar-aug-nb-andreistirb-cnn', SIXTY_FIRST_B_CORPUS_DIR],
  ])('a real run whose end was left unstated reads as a plateau of no fall: %s', async (id, dir) => {
    const { history, findings } = await diagnoseCorpusRun(dir, id);
    expect(kinds(findings)).toContain('plateau');
    expect(findings.find((finding) => finding.kind === 'plateau')?.message).toMatch(/shows no fall at the end/);
    expect(noClearAnswer(history, findings)).toBeUndefined();
  });
});
