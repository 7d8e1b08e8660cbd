/**
 * Reading the data files shipped with losskit (`data/*.json` at the package root) and the MNIST
 * digits of the installed `mnist` package. Node only; nothing is downloaded at run time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LossError } from '../core/errors.js';
import type { ColumnTable } from './dataset.js';

/** `data/` at the package root: two levels up from both src/data/ and dist/data/. */
const DATA_FOLDER = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads `data/<fileName>`, a `{ columns, rows }` table written by data/extract.mjs. */
export function readEmbeddedTable(fileName: string): ColumnTable {
  const path = join(DATA_FOLDER, fileName);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new LossError('domain', `${path}: cannot read the embedded data file (${(error as Error).message})`, 'data', fileName);
  }
  const table = parsed as Partial<ColumnTable>;
  if (!Array.isArray(table.columns) || !Array.isArray(table.rows)) {
    throw new LossError('domain', `${path}: expected { columns, rows }`, 'data', fileName);
  }
  return table as ColumnTable;
}

export const MNIST_PIXELS = 28 * 28;
export const MNIST_DIGITS = 10;

/** The MNIST images of the `mnist` package: pixels in [0, 1], rows × 784, ordered by digit. */
export interface MnistImages {
  readonly pixels: Float64Array;
  readonly labels: Float64Array;
  readonly rows: number;
}

let mnistCache: MnistImages | undefined;

/**
 * Reads `mnist/src/digits/0.json` … `9.json` (each `{ data: [...] }`, 784 floats per image)
 * once per process (~0.3 s for the 10,000 images).
 */
export function readMnist(): MnistImages {
  if (mnistCache) return mnistCache;
  const digitsFolder = join(dirname(createRequire(import.meta.url).resolve('mnist/package.json')), 'src', 'digits');
  const perDigit: number[][] = [];
  let rows = 0;
  for (let digit = 0; digit < MNIST_DIGITS; digit++) {
    const path = join(digitsFolder, `${digit}.json`);
    const data = (JSON.parse(readFileSync(path, 'utf8')) as { data?: unknown }).data;
    if (!Array.isArray(data) || data.length % MNIST_PIXELS !== 0) {
      throw new LossError('domain', `${path}: expected { data: [...] } with a multiple of ${MNIST_PIXELS} values`, 'data', 'mnist');
    }
    perDigit.push(data as number[]);
    rows += data.length / MNIST_PIXELS;
  }
  const pixels = new Float64Array(rows * MNIST_PIXELS);
  const labels = new Float64Array(rows);
  let offset = 0;
  perDigit.forEach((data, digit) => {
    pixels.set(data, offset * MNIST_PIXELS);
    labels.fill(digit, offset, offset + data.length / MNIST_PIXELS);
    offset += data.length / MNIST_PIXELS;
  });
  mnistCache = { pixels, labels, rows };
  return mnistCache;
}
