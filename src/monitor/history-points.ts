/**
 * The points of a History's series: reading a series given as columns or as point objects,
 * looking up an epoch counter's value at a step, and keeping a series sorted by step with one
 * point per step. Browser-safe.
 */
import type { ScalarSeries } from '../io/types.js';
import type { PointInput, SeriesPoint } from './history.js';

function isColumns(series: ScalarSeries | readonly PointInput[]): series is ScalarSeries {
  return !Array.isArray(series);
}

/** The points of a series given as columns or as point objects. */
export function* pointsOf(series: ScalarSeries | readonly PointInput[]): Generator<PointInput> {
  if (!isColumns(series)) {
    yield* series;
    return;
  }
  const { steps, values, epochs, wallTimes } = series;
  for (let i = 0; i < series.length; i++) {
    const epoch = epochs?.[i];
    const wallTime = wallTimes?.[i];
    yield {
      step: steps[i], value: values[i],
      ...(epoch !== undefined && !Number.isNaN(epoch) && { epoch }),
      ...(wallTime !== undefined && !Number.isNaN(wallTime) && { wallTime }),
    };
  }
}

/** The counter's value at a step: the last one logged at or before it (undefined before the first). */
export function epochLookup(counter: Iterable<PointInput>): (step: number) => number | undefined {
  const points = [...counter].filter((point) => point.step !== undefined && Number.isFinite(point.value))
    .map((point) => ({ step: point.step as number, value: point.value }))
    .sort((a, b) => a.step - b.step);
  return (step) => {
    let low = 0;
    let high = points.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (points[middle].step <= step) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? undefined : points[low - 1].value;
  };
}

/** Keeps `points` sorted by step with one point per step (a repeated step replaces). */
export function insertByStep(points: SeriesPoint[], point: SeriesPoint): void {
  const last = points.at(-1);
  if (last === undefined || point.step > last.step) {
    points.push(point);
    return;
  }
  let low = 0;
  let high = points.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (points[middle].step < point.step) low = middle + 1;
    else high = middle;
  }
  if (points[low]?.step === point.step) points[low] = point;
  else points.splice(low, 0, point);
}
