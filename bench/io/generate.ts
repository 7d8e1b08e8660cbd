/**
 * Deterministic large inputs for `npm run bench:io`: training logs as Lightning, Keras and a
 * JSONL logger write them, and user tables as CSV and JSONL. Values come from a counter-based
 * hash (no state, same bytes on every machine), printed as Python's `repr` of a float32 loss
 * would be (17 significant digits), since that is what the loggers write.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const INPUT_KINDS = ['lightning.csv', 'keras.csv', 'log.jsonl', 'table.csv', 'table.jsonl'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** A uniform number in [0, 1) from an index and a key (MurmurHash3's fmix32). */
function uniform(index: number, key: number): number {
  let h = (index ^ Math.imul(key, 0x9e3779b9)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 2 ** 32;
}

/** A float32 value printed with 17 significant digits, as Python prints float(torch.float32). */
const repr = (value: number) => String(Number(Math.fround(value).toPrecision(17)));

const COLOURS = ['red', 'green', 'blue', 'amber', 'violet'];

/** The lines of each kind, one call per line index (the header is line -1). */
const LINES: Record<InputKind, (i: number) => string> = {
  'lightning.csv': (i) => {
    if (i < 0) return 'epoch,step,train_loss_step,lr-Adam,val_loss,val_acc,train_loss_epoch';
    const step = Math.floor(i / 1.002);
    const epoch = Math.floor(step / 1000);
    if (i % 501 === 500) return `${epoch},${step},,,${repr(0.5 + uniform(i, 1) / 10)},${repr(0.8 + uniform(i, 2) / 10)},`;
    if (i % 501 === 250) return `${epoch},${step},,,,,${repr(0.4 + uniform(i, 3) / 10)}`;
    return `${epoch},${step},${repr(2 / (1 + step / 1e4) + uniform(i, 4) / 5)},${repr(1e-3 * 0.99 ** epoch)},,,`;
  },
  'keras.csv': (i) => {
    if (i < 0) return 'epoch,accuracy,loss,learning_rate,val_accuracy,val_loss';
    return `${i},${repr(0.5 + uniform(i, 1) / 2)},${repr(1 / (1 + i / 100) + uniform(i, 2) / 10)},${repr(1e-3)},${repr(0.5 + uniform(i, 3) / 2)},${repr(1.1 / (1 + i / 100) + uniform(i, 4) / 10)}`;
  },
  'log.jsonl': (i) => {
    if (i < 0) return '';
    return JSON.stringify({ step: i, epoch: Math.floor(i / 1000), loss: Number(repr(2 / (1 + i / 1e4) + uniform(i, 1) / 5)), lr: 1e-3, grad_norm: Number(repr(uniform(i, 2) * 3)) });
  },
  'table.csv': (i) => {
    if (i < 0) return [...Array.from({ length: 16 }, (_, k) => `f${k}`), 'colour', 'target'].join(',');
    const features = Array.from({ length: 16 }, (_, k) => (uniform(i, k + 10) * 100 - 50).toFixed(4));
    return [...features, COLOURS[Math.floor(uniform(i, 5) * COLOURS.length)], (uniform(i, 6) * 10).toFixed(3)].join(',');
  },
  'table.jsonl': (i) => {
    if (i < 0) return '';
    const record: Record<string, number | string> = {};
    for (let k = 0; k < 16; k++) record[`f${k}`] = Number((uniform(i, k + 10) * 100 - 50).toFixed(4));
    record.colour = COLOURS[Math.floor(uniform(i, 5) * COLOURS.length)];
    record.target = Number((uniform(i, 6) * 10).toFixed(3));
    return JSON.stringify(record);
  },
};

/** Writes `kind` of about `bytes` bytes into `folder` (kept between runs); returns its path. */
export async function generate(folder: string, kind: InputKind, bytes: number): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const path = join(folder, kind);
  if (existsSync(path) && Math.abs(statSync(path).size - bytes) < bytes * 0.01 + 4096) return path;
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  const line = LINES[kind];
  let written = 0;
  const header = line(-1);
  if (header) {
    out.write(`${header}\n`);
    written += header.length + 1;
  }
  let batch: string[] = [];
  for (let i = 0; written < bytes; i++) {
    const text = line(i);
    batch.push(text);
    written += text.length + 1;
    if (batch.length === 10_000) {
      if (!out.write(`${batch.join('\n')}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
      batch = [];
    }
  }
  if (batch.length) out.write(`${batch.join('\n')}\n`);
  await new Promise<void>((resolve) => out.end(() => resolve()));
  renameSync(partial, path);
  return path;
}
