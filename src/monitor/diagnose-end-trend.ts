/**
 * Still improving by the trend at the end (rules-25): the issue's own definition of the verdict
 * ("still-improving = a significantly negative trend at the end") and the labelling guide's
 * (test/monitor/LABELLING.md: "a significant downward trend over the last stretch and a new best
 * level near the end"), read where every end rule before it (diagnose-end.ts, rule 6 of
 * diagnose.ts) stayed silent. Those rules each ask for more than the trend: a gain at the end
 * beyond the noise σ, a second half still falling by half of `plateauMinRelativeDecrease`, a new
 * best beyond twice σ within the patience. On a curve whose noise is wide against its slow late
 * fall none of them can pass, although the trend test finds the fall and the lowest level is at
 * the end: the tool said "no clear answer" there, while the two people labelling each corpus read
 * still-improving from the same numbers.
 *
 * Stated (info) on the monitored loss `p` (a run of `minPointsForTrends` points or more) when:
 * - the trailing window falls significantly (Mann-Kendall p < `trendSignificance`, the α every
 *   trend rule uses), and
 * - its lowest level (3-point running median, so that one low point does not decide) lies in
 *   the window's last third (the same split endEvidence reads the end's margin on): the newest
 *   best is at the end, where a levelled-off curve would have set it earlier.
 * The plateau half of "every end stated" is not read here: a window with no significant fall is
 * not evidence of a flat end (rules-18 measured that fill and did not keep it); a window with no
 * lean to a fall at all (p ≥ 0.10) is, as the labelling guide reads it (rules-47, diagnose-end-no-fall.ts).
 * The message says what was not shown: the end's gain may be within the noise, and EarlyStopping
 * with min_delta = 2σ may already be out of patience. Evidence: the window's change (effect
 * size), noise, Mann-Kendall z and p, `lateChange`, `endMargin`, `lowestPoints` (evaluations since
 * the lowest level), `stalledPoints` (since the last new best beyond the noise bar), `patience`.
 *
 * Still improving over the labelling guide's last stretch (rules-52, `lastStretchStillImprovingRule`):
 * read after the plateau rules, and overturning their plateau (diagnose.ts), which they measure
 * against the trailing window (a quarter of the run, 10 points on a short one) and the noise bar
 * of twice the robust noise; also where no end rule stated the end. On a long
 * per-batch or per-print loss (an RNN's loss printed 13 times an epoch, a YOLO box loss) that
 * window can hold a level stretch of the noisy tail while the run's last third still falls
 * clearly and its lowest point is at the end: the plateau rules said "stalled" where both people
 * labelling each corpus read still-improving from the guide's own numbers (the last third's
 * Mann-Kendall z, the last quarter's change, the best near the end).
 * Browser-safe.
 */
import type { Finding } from './diagnose-types.js';
import { argMin, at, formatLevel, formatNumber, formatPercent, formatPValue, improvementBar, lastLevel, pointsSinceImprovement, smoothedLevels } from './diagnose-stats.js';
import { endAgainstBest, endEvidence } from './diagnose-end.js';
import { statistics } from './diagnose-rules.js';
import type { Progress } from './diagnose-trends.js';
import type { DiagnoseThresholds } from './thresholds.js';
import { mannKendall, robustNoise } from './trend-tests.js';
import { minOf } from '../core/extent.js';

export function endTrendStillImprovingRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve, window, recent } = p;
  const n = curve.y.length;
  if (n < t.minPointsForTrends || !(recent.test.pDecreasing < t.trendSignificance)) return undefined;
  const levels = smoothedLevels(curve.y);
  const lowestPoints = n - 1 - argMin(levels);
  const lastThird = Math.max(3, Math.ceil(window / 3));
  if (lowestPoints >= lastThird) return undefined;
  const e = endEvidence(p, t);
  const bar = improvementBar(recent, t);
  const stalledPoints = pointsSinceImprovement(levels, bar);
  const outOfPatience = stalledPoints >= window;
  const lowest = lowestPoints === 0 ? 'at the last point' : `${lowestPoints} evaluation${lowestPoints === 1 ? '' : 's'} before the end`;
  const patience = outOfPatience
    ? `its last new best beyond the noise bar (${formatPercent(bar)}) came ${stalledPoints} evaluations before the end, so EarlyStopping with that min_delta would stop, ` +
      'but the trend has not levelled off'
    : `its last new best beyond the noise bar (${formatPercent(bar)}) came ${stalledPoints === 0 ? 'at the last point' : `${stalledPoints} evaluation${stalledPoints === 1 ? '' : 's'} before the end`}, within the patience of ${window}`;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - window], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      windowChange: recent.relativeChange, window, lateChange: e.lateChange, endMargin: e.endMargin, level: e.endLevel,
      lowestPoints, stalledPoints, improvementThreshold: bar, patience: window,
      ...statistics(recent.relativeChange, recent.noise, recent.test.z, recent.test.pDecreasing),
    },
    message: `'${curve.name}' still falls at the end by its trend, though no single level proves a gain beyond the noise: ` +
      `${formatPercent(recent.relativeChange)} over the last ${window} points (Mann-Kendall z = ${formatNumber(recent.test.z)}, ${formatPValue(recent.test.pDecreasing)}), ` +
      `${formatPercent(e.lateChange)} over the last ${e.late}; its lowest level (${formatLevel(curve, levels[n - 1 - lowestPoints])}, 3-point median) came ${lowest} ` +
      `(${at(curve, curve.x[n - 1 - lowestPoints])}); ${endAgainstBest(p, e)}; ${patience}.`,
    suggestion: `Training longer should still help, slowly: resume with EarlyStopping(patience=${window}, restore_best_weights=True), ` +
      'or decay the learning rate to turn the slow fall into a faster one; the end alone does not prove a gain.',
  };
}

/**
 * The monitored loss still falls over the run's last stretch, as the labelling guide reads it
 * (rules-52): on `lastStretchMinPoints` points or more (after bucketing), the last third falls by
 * Mann-Kendall at p < `lastStretchSignificance`, the lowest point lies within the last
 * `lastStretchBestShare` of the run (at least the last 2 points), and the last quarter fell by
 * `lastStretchMinFall` or more (from the point before it to the end level, a 3-point median) to a
 * new best level (the last third's lowest 3-point running median beats the lowest before it by
 * the same bar). Evidence: the last quarter's change (effect size), the last third's noise, z and
 * p, the points since the lowest, the new best's margin.
 */
export function lastStretchStillImprovingRule(p: Progress, t: DiagnoseThresholds): Finding | undefined {
  const { curve } = p;
  const y = curve.y;
  const n = y.length;
  if (n < t.lastStretchMinPoints) return undefined;
  const third = y.slice(n - Math.ceil(n / 3));
  const test = mannKendall(third);
  if (!(test.pDecreasing < t.lastStretchSignificance)) return undefined;
  const lowest = argMin(y);
  const lowestPoints = n - 1 - lowest;
  if (lowestPoints > Math.max(2, Math.round(n * t.lastStretchBestShare))) return undefined;
  const quarter = Math.ceil(n / 4);
  const before = y[n - 1 - quarter];
  const quarterChange = before === 0 ? 0 : (lastLevel(y) - before) / Math.abs(before);
  if (!(quarterChange <= -t.lastStretchMinFall)) return undefined;
  // A new best level, not a return to an earlier one (a bump recovered): the last third's lowest
  // level (3-point medians) beats the lowest before it by the same bar.
  const levels = smoothedLevels(y);
  const bestBefore = minOf(levels.slice(0, n - third.length));
  const newBestMargin = bestBefore === 0 ? Number.NaN : (bestBefore - minOf(levels.slice(n - third.length))) / Math.abs(bestBefore);
  if (!(newBestMargin >= t.lastStretchMinFall)) return undefined;
  const lowestAt = lowestPoints === 0 ? 'at the last point' : `${lowestPoints} point${lowestPoints === 1 ? '' : 's'} before the end`;
  return {
    kind: 'still-improving', severity: 'info', series: curve.name,
    range: { from: curve.x[n - third.length], to: curve.x[n - 1], unit: curve.unit },
    evidence: {
      window: third.length, quarterChange, quarter, lowestPoints, newBestMargin, level: lastLevel(y),
      ...statistics(quarterChange, robustNoise(third), test.z, test.pDecreasing),
    },
    message: `'${curve.name}' still falls over the last third of the run: Mann-Kendall z = ${formatNumber(test.z)} (${formatPValue(test.pDecreasing)}) over its last ` +
      `${third.length} points, ${formatPercent(quarterChange)} over the last quarter (${quarter} points), and its lowest point (${formatLevel(curve, y[lowest])}) came ` +
      `${lowestAt} (${at(curve, curve.x[lowest])}); the trailing window may look level within the noise, but the run's last stretch has not stopped falling.`,
    suggestion: `Training longer should still help: resume with EarlyStopping(patience=${p.window}, restore_best_weights=True) and let the monitor decide, ` +
      'or decay the learning rate to turn the slow fall into a faster one.',
  };
}
