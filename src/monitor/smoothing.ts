/**
 * Curve smoothing. `smoothEma` is TensorBoard's "classic" debiased exponential moving average,
 * bit for bit (tensorflow/tensorboard `webapp/widgets/line_chart_v2/data_transformer.ts`,
 * `classicSmoothing`), which W&B's and MLflow's EMA options copy:
 *
 *   w = clamp(isFinite(w) ? w : 0, 0, 1)
 *   if every y equals y[0]: return the series unchanged            (tensorboard#786)
 *   last = 0; n = 0
 *   for each y: if !isFinite(y): out = y                            (NaN/±Inf passed through, not counted)
 *               else: last = last·w + (1 − w)·y; n += 1; out = last / (w == 1 ? 1 : 1 − w^n)
 *
 * The division by 1 − w^n removes the pull towards 0 of a plain EMA started at 0 (tensorboard
 * PR #639, issue #610). x values are ignored: smoothing is by index, so smooth before you
 * downsample (tensorboard#1518). Browser-safe.
 */

/** TensorBoard's default smoothing weight (`METRICS_SETTINGS_DEFAULT.scalarSmoothing`). */
export const TENSORBOARD_SMOOTHING_WEIGHT = 0.6;

/**
 * TensorBoard's debiased EMA (see the module comment). `weight` 0 returns the values; `weight` 1
 * gives 0 for every finite value, as TensorBoard does (its EMA starts at 0 and never moves).
 */
export function smoothEma(values: readonly number[], weight = TENSORBOARD_SMOOTHING_WEIGHT): number[] {
  const w = Math.min(1, Math.max(0, Number.isFinite(weight) ? weight : 0));
  if (values.length === 0) return [];
  if (values.every((value) => value === values[0])) return [...values];
  let last = 0;
  let count = 0;
  return values.map((value) => {
    if (!Number.isFinite(value)) return value;
    last = last * w + (1 - w) * value;
    count++;
    return last / (w === 1 ? 1 : 1 - Math.pow(w, count));
  });
}

/** Median of the finite values, NaN when there are none. */
export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/**
 * Rolling median over `window` points: trailing (point i and the window − 1 before it) by
 * default, or centred. Non-finite values are skipped inside a window; a window with no finite
 * value gives NaN. Robust to single spikes, unlike the EMA.
 */
export function rollingMedian(values: readonly number[], window: number, { centred = false }: { centred?: boolean } = {}): number[] {
  const size = Math.max(1, Math.floor(window));
  const before = centred ? Math.floor((size - 1) / 2) : size - 1;
  const after = centred ? size - 1 - before : 0;
  return values.map((_, i) => median(values.slice(Math.max(0, i - before), i + after + 1)));
}
