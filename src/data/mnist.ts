/**
 * MNIST from the installed `mnist` package (10,000 digits, 28 × 28 pixels in [0, 1]): all ten
 * classes, or one digit against the rest. The pixel array is read once per process and shared
 * by both views, so treat `features` as read-only (prepareSplit copies what it uses).
 */
import { DataFileError } from '../core/errors.js';
import { MNIST_DIGITS, MNIST_PIXELS, readMnist } from './files.js';
import type { Dataset } from './types.js';

/** The article's example digit for "one digit vs rest". */
export const DEFAULT_MNIST_DIGIT = 3;
const IMAGE_SIDE = 28;

export const MNIST_FEATURES: readonly string[] = Array.from({ length: MNIST_PIXELS }, (_, i) =>
  `pixel_${Math.floor(i / IMAGE_SIDE)}_${i % IMAGE_SIDE}`);
export const MNIST_CLASSES: readonly string[] = Array.from({ length: MNIST_DIGITS }, (_, digit) => String(digit));

/** The ten-class dataset; pixels share one scale, so prepareSplit standardises them together. */
export function loadMnist(): Dataset {
  const { pixels, labels, rows } = readMnist();
  return {
    name: 'mnist',
    task: 'multiclass',
    features: pixels,
    rows,
    featureNames: MNIST_FEATURES,
    target: labels,
    targetName: 'digit',
    classNames: MNIST_CLASSES,
    scaling: 'shared',
  };
}

/** Class names of a one-vs-rest view: [negative, positive]. */
export function mnistBinaryClasses(digit: number): readonly string[] {
  return [`not ${digit}`, String(digit)];
}

/** `digit` (positive, about 10 % of the images) against the nine others. */
export function loadMnistBinary(digit = DEFAULT_MNIST_DIGIT): Dataset {
  if (!Number.isInteger(digit) || digit < 0 || digit >= MNIST_DIGITS) {
    throw new DataFileError(`mnist-binary: 'digit' must be an integer from 0 to 9, received ${digit}`);
  }
  const { pixels, labels, rows } = readMnist();
  return {
    name: digit === DEFAULT_MNIST_DIGIT ? 'mnist-binary' : `mnist-binary-${digit}`,
    task: 'binary',
    features: pixels,
    rows,
    featureNames: MNIST_FEATURES,
    target: labels.map((label) => (label === digit ? 1 : 0)),
    targetName: `is ${digit}`,
    classNames: mnistBinaryClasses(digit),
    scaling: 'shared',
  };
}
