import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface FixtureTensor {
  shape: number[];
  data: number[];
  dtype?: 'int';
}

export interface FixtureCase {
  id: string;
  loss?: string;
  inputs: Record<string, FixtureTensor>;
  options: Record<string, unknown>;
  expected: { value: FixtureTensor; grad?: Record<string, FixtureTensor> };
  rtol: number;
  atol: number;
  note?: string;
}

export interface FixtureError {
  id: string;
  inputs: Record<string, FixtureTensor>;
  options: Record<string, unknown>;
  error: 'shape' | 'domain' | 'option';
  note?: string;
}

export interface FixtureFile {
  loss: string;
  semantics: string;
  cases: FixtureCase[];
  errors: FixtureError[];
}

const SENTINEL = '\u0000losskit:';

/**
 * JSON.parse that also accepts Python's bare NaN, Infinity and -Infinity tokens. A small
 * scanner skips string literals, so the words inside notes are left alone.
 */
export function parsePythonJson(text: string): unknown {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const token = ['-Infinity', 'Infinity', 'NaN'].find((t) => text.startsWith(t, i));
    if (token) {
      out += JSON.stringify(SENTINEL + token);
      i += token.length;
      continue;
    }
    out += ch;
    i++;
  }
  return JSON.parse(out, (_key, value: unknown) =>
    typeof value === 'string' && value.startsWith(SENTINEL) ? Number(value.slice(SENTINEL.length)) : value,
  );
}

export function loadFixture(file: string): FixtureFile {
  return parsePythonJson(readFileSync(join(FIXTURE_DIR, file), 'utf8')) as FixtureFile;
}

export function fixtureFiles(): string[] {
  return readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json')).sort();
}

/** A fixture tensor as the library accepts it, in the requested float type. */
export function toInput(tensor: FixtureTensor, dtype: 'float32' | 'float64'): { data: Float32Array | Float64Array | Int32Array; shape: number[] } {
  if (tensor.dtype === 'int') return { data: Int32Array.from(tensor.data), shape: tensor.shape };
  const data = dtype === 'float32' ? Float32Array.from(tensor.data) : Float64Array.from(tensor.data);
  return { data, shape: tensor.shape };
}

/** Options with tensor-valued entries ({shape, data}) converted like inputs. */
export function toOptions(options: Record<string, unknown>, dtype: 'float32' | 'float64'): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    out[key] = value && typeof value === 'object' && 'data' in value ? toInput(value as FixtureTensor, dtype) : value;
  }
  return out;
}

const nonFinite = (data: readonly number[]) => data.some((x) => !Number.isFinite(x));

/**
 * Where the reference has no finite answer from finite inputs (PyTorch's NaN for a mean over
 * nothing, +Infinity for a CTC target that cannot be aligned), losskit raises a LossError
 * instead of returning it: "never a silent NaN" (README), a deliberate difference.
 */
export function noFiniteAnswer(c: FixtureCase): boolean {
  return nonFinite(c.expected.value.data) && !Object.values(c.inputs).some((t) => nonFinite(t.data));
}
