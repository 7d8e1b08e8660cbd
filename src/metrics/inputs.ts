/**
 * Checks and conversions shared by the metrics: equal lengths, class labels, and probabilities
 * given either flat (row-major rows × C, or P(positive) per row for binary) or as one array per row.
 */
import { invalid, shapeMismatch } from '../core/errors.js';

/** Numbers: a typed array or a plain array. */
export type Values = ArrayLike<number>;
/** Class probabilities: flat rows × C (binary may give P(positive) per row), or one array per row. */
export type Probabilities = ArrayLike<number> | readonly ArrayLike<number>[];

/** Throws unless both are non-empty and of equal length. */
export function checkPair(metric: string, yTrue: Values, yPred: Values, predName = 'yPred'): number {
  if (yTrue.length === 0) throw invalid('shape', metric, 'yTrue', 'must have at least one value', yTrue);
  if (yPred.length !== yTrue.length) throw shapeMismatch(metric, predName, [yPred.length], 'yTrue', [yTrue.length]);
  return yTrue.length;
}

/** Throws unless every label is an integer class index in [0, classes). */
export function checkLabels(metric: string, labels: Values, classes: number, name = 'yTrue'): void {
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!(Number.isInteger(label) && label >= 0 && label < classes)) {
      throw invalid('domain', metric, name, `must hold class indices from 0 to ${classes - 1} (index ${i} does not)`, label);
    }
  }
}

/** The number of classes: given, or one more than the largest label seen. */
export function classCount(classes: number | undefined, ...labels: Values[]): number {
  if (classes !== undefined) return classes;
  let largest = 0;
  for (const values of labels) for (let i = 0; i < values.length; i++) largest = Math.max(largest, values[i]);
  return largest + 1;
}

function isNested(probabilities: Probabilities): probabilities is readonly ArrayLike<number>[] {
  return probabilities.length > 0 && typeof probabilities[0] !== 'number';
}

/**
 * Probabilities as a flat rows × `classes` Float64Array. For two classes a flat array of
 * `rows` values is read as P(positive) and expanded to [1 - p, p].
 */
export function probabilityMatrix(metric: string, probabilities: Probabilities, rows: number, classes: number): Float64Array {
  if (isNested(probabilities)) {
    if (probabilities.length !== rows) throw shapeMismatch(metric, 'probabilities', [probabilities.length], 'yTrue', [rows]);
    const flat = new Float64Array(rows * classes);
    probabilities.forEach((row, r) => {
      if (row.length !== classes) throw invalid('shape', metric, 'probabilities', `rows must have ${classes} values (one per class); row ${r} has`, row.length);
      for (let c = 0; c < classes; c++) flat[r * classes + c] = row[c];
    });
    return flat;
  }
  const flat = probabilities as ArrayLike<number>;
  if (classes === 2 && flat.length === rows) {
    const expanded = new Float64Array(rows * 2);
    for (let r = 0; r < rows; r++) {
      expanded[2 * r] = 1 - flat[r];
      expanded[2 * r + 1] = flat[r];
    }
    return expanded;
  }
  if (flat.length !== rows * classes) {
    throw invalid('shape', metric, 'probabilities', `must have rows × classes = ${rows} × ${classes} values${classes === 2 ? ` (or ${rows}: P(positive))` : ''}`, flat.length);
  }
  return Float64Array.from(flat);
}

/** The class of each row: its largest probability, ties to the lower class (binary: P(positive) > 0.5). */
export function predictedClasses(matrix: Float64Array, rows: number, classes: number): Int32Array {
  const predicted = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    let best = 0;
    for (let c = 1; c < classes; c++) if (matrix[r * classes + c] > matrix[r * classes + best]) best = c;
    predicted[r] = best;
  }
  return predicted;
}
