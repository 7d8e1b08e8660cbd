/**
 * The plateau of no fall (rules-47): the labelling guide's plateau, read where every end rule
 * before it (rule 6 of diagnose.ts, diagnose-end.ts, diagnose-end-trend.ts) stayed silent. The guide
 * (test/monitor/LABELLING.md) defines it as "no significant fall over the last stretch and no new
 * best beyond the noise for a while", and asks an end state of every run of 5 points or more; the
 * rules before this one each ask for more than that (a stall flat with confidence, a whole patience
 * without a new best beyond twice σ, a second half that stopped falling), so a window that shows
 * no fall at all, but did set one lucky level within it, was "no clear answer" while both people
 * labelling each corpus read a plateau from the same numbers.
 *
 * Stated (info) on the monitored loss `p` (a run of `minPointsForTrends` points or more) when its
 * trailing window shows no lean to a fall: Mann-Kendall's one-sided p for a fall at or above
 * `plateauNoFallPValue` (0.10, twice the α every trend rule uses, so that a window leaning to a fall
 * at 5-10 % is still left unstated). Round 19 chose to abstain here (docs/diagnose.md, "The end left
 * unstated"); measured again on corpora 1-61 (2,235 real runs) it found 44 more expected findings
 * for 2 more false alarms. Its cost is on the synthetic set, whose truth is known: 22 more mistakes,
 * plateaus on healthy curves whose noise-free form still falls by 1-4 % per window while the drawn
 * window does not (p 0.1-0.4, its end above its earlier best). The message says so: the noise may hide a slow fall, and the advice is the
 * plateau's mildest. Evidence: the window's change (effect size), noise, Mann-Kendall z and p,
 * `lateChange`, `endMargin`, `stalledPoints` (evaluations since the last new best beyond the noise
 * bar), `window`. Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { at, formatLevel, formatNumber, formatPercent, formatPValue, improvementBar, pointsSinceImprovement, smoothedLevels } from './diagnose-stats.js';
import { endAgainstBest, endEvidence } from './diagnose-end.js';
import { statistics } from './diagnose-rules.js';
import type { Progress } from './diagnose-trends.js';
import type { DiagnoseThresholds } from './thresholds.js';

export function endNoFallPlateauRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  if (n < t.minPointsForTrends || !(recent.test.pDecreasing >= t.plateauNoFallPValue)) return undefined;
  const e = endEvidence(p, t);
  const bar = improvementBar(recent, t);
  const levels = smoothedLevels(curve.y);
  const stalledPoints = pointsSinceImprovement(levels, bar);
  const bestIndex = n - 1 - stalledPoints;
  return {
    kind: 'plateau', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      windowChange: recent.relativeChange, window, lateChange: e.lateChange, endMargin: e.endMargin, level: e.endLevel,
      stalledPoints, improvementThreshold: bar,
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' shows no fall at the end: ${formatPercent(recent.relativeChange)} over the last ${window} points ` +
      `(Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)} for a fall, not under ${formatNumber(t.plateauNoFallPValue)}: no lean to one), ` +
      `${formatPercent(e.lateChange)} over the last ${e.late}; ${endAgainstBest(p, e)}. Its last new best beyond the noise bar (${formatPercent(bar)}) came ` +
      `${stalledPoints} evaluation${stalledPoints === 1 ? '' : 's'} before the end (${formatLevel(curve, levels[bestIndex])} at ${at(curve, curve.x[bestIndex])}). ` +
      'The weakest of the plateau readings: a slow fall within the noise is not ruled out.',
    suggestion: `More epochs at this setting show no gain yet: to be sure, train on with EarlyStopping(patience=${window}, restore_best_weights=True); ` +
      'to move on, lower the learning rate (ReduceLROnPlateau, factor 0.1) and read the curve again.',
  };
}
