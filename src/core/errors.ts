import { isDetached } from './views.js';

/**
 * The library's error types. Every message is written by the helpers below, so all of them
 * read alike: the function, the argument, what was expected, what was received.
 *
 *   huber: 'target' has shape [6] but 'input' has shape [4]
 *   huber: 'delta' must be > 0, received -1
 *
 * Two families, so that a caller (and the CLI's exit code) can tell them apart:
 * - `InputError` and its subclasses: what the caller passed was wrong, and changing it fixes
 *   the error — a loss's inputs or options (`LossError`), a data table (`DataFileError`), a
 *   training log (`LogFileError`), a training configuration (`TrainingSetupError`). The CLI
 *   exits 2 on these.
 * - `InternalError`: an invariant of losskit itself broke; no input should reach it. The
 *   message says so and asks for a report; the CLI exits 1.
 */

/** The caller's input was wrong (see the subclasses); changing it fixes the error. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
}

export type LossErrorKind = 'shape' | 'domain' | 'option';

/** Bad input to a loss: an input's shape or values, an option, a gradient buffer. */
export class LossError extends InputError {
  override readonly name = 'LossError';
  constructor(
    readonly kind: LossErrorKind,
    message: string,
    /** The loss (or function) that raised it, e.g. `'huber'`. */
    readonly loss = '',
    /** The argument at fault, e.g. `'target'`, when there is one. */
    readonly argument = '',
  ) {
    super(message);
  }
}

/** Where in a file an error was found: the path, and the 1-based line when there is one. */
export interface FilePlace {
  readonly file: string;
  readonly line?: number;
}

function placed(place: FilePlace, message: string): string {
  if (!place.file) return message;
  return `${place.file}${place.line === undefined ? '' : `:${place.line}`}: ${message}`;
}

/** A data table (CSV, JSON, an embedded dataset) that cannot be read as the caller asked. */
export class DataFileError extends InputError {
  override readonly name = 'DataFileError';
  readonly file: string;
  readonly line: number | undefined;
  /** The message is prefixed with `file:line: ` when a place is given. */
  constructor(message: string, place: FilePlace = { file: '' }) {
    super(placed(place, message));
    this.file = place.file;
    this.line = place.line;
  }
}

/** A training log (CSV, JSONL, TensorBoard event file, a run directory) that cannot be read. */
export class LogFileError extends InputError {
  override readonly name = 'LogFileError';
  readonly file: string;
  readonly line: number | undefined;
  /** The message is prefixed with `file:line: ` when a place is given. */
  constructor(message: string, place: FilePlace = { file: '' }) {
    super(placed(place, message));
    this.file = place.file;
    this.line = place.line;
  }
}

/** A training configuration that cannot be run: model size, loss/task mismatch, empty split. */
export class TrainingSetupError extends InputError {
  override readonly name = 'TrainingSetupError';
  constructor(
    message: string,
    /** The setting at fault, e.g. `'hidden'`, when there is one. */
    readonly argument = '',
  ) {
    super(message);
  }
}

/** Appended to every InternalError's message. */
export const PLEASE_REPORT = 'this is a bug in losskit, not in your input: please report it with the call or command that raised it';

/** A broken invariant of losskit itself: no input should be able to cause it. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(message: string) {
    super(`${message} (${PLEASE_REPORT})`);
  }
}

/** Shapes print as `[2, 3]`; a scalar as `[]`. */
export function formatShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/**
 * Values print as they would be typed: strings quoted, arrays bracketed, long ones cut. Never
 * throws: a detached typed array, a BigInt array or an exotic object still gets a description.
 */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (ArrayBuffer.isView(value)) return formatView(value);
  if (Array.isArray(value)) return formatItems(value, value.length);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object') {
    const kind = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
    const name = kind?.constructor?.name;
    if (name && name !== 'Object') return `a ${name}`;
    return `an object with keys {${Object.keys(value).join(', ')}}`;
  }
  if (typeof value === 'function') return 'a function';
  return String(value as boolean | symbol);
}

function formatItems(items: ArrayLike<unknown>, length: number): string {
  const shown: string[] = [];
  for (let i = 0; i < Math.min(length, 6); i++) shown.push(formatValue(items[i]));
  return `[${shown.join(', ')}${length > 6 ? `, … (${length} values)` : ''}]`;
}

function formatView(view: ArrayBufferView): string {
  const name = view.constructor.name;
  if (view instanceof DataView) return `a DataView of ${view.byteLength} bytes`;
  if (isDetached(view)) return `a ${name} of a detached ArrayBuffer`;
  const items = view as unknown as ArrayLike<unknown>;
  return formatItems(items, items.length);
}

/** `loss: 'argument' <expectation>, received <value>` — the general form. */
export function invalid(
  kind: LossErrorKind,
  loss: string,
  argument: string,
  expectation: string,
  received: unknown,
): LossError {
  return new LossError(
    kind,
    `${loss}: '${argument}' ${expectation}, received ${formatValue(received)}`,
    loss,
    argument,
  );
}

/** `loss: 'a' has shape [6] but 'b' has shape [4]` — two arguments that must agree. */
export function shapeMismatch(
  loss: string,
  argument: string,
  shape: readonly number[],
  other: string,
  otherShape: readonly number[],
  requirement = '',
): LossError {
  const why = requirement ? ` (${requirement})` : '';
  return new LossError(
    'shape',
    `${loss}: '${argument}' has shape ${formatShape(shape)} but '${other}' has shape ${formatShape(otherShape)}${why}`,
    loss,
    argument,
  );
}

/** `loss: 'a' must have shape <expected>, received shape [..]`. */
export function badShape(
  loss: string,
  argument: string,
  expected: string,
  shape: readonly number[],
): LossError {
  return new LossError(
    'shape',
    `${loss}: '${argument}' must have ${expected}, received shape ${formatShape(shape)}`,
    loss,
    argument,
  );
}

/** `loss: 'a' must be <expectation>, found <value> at index [i, j]` — one bad element. */
export function badElement(
  loss: string,
  argument: string,
  expectation: string,
  value: number,
  flatIndex: number,
  shape: readonly number[],
): LossError {
  return new LossError(
    'domain',
    `${loss}: '${argument}' must be ${expectation}, found ${formatValue(value)} at index ${formatShape(unravel(flatIndex, shape))}`,
    loss,
    argument,
  );
}

function unravel(flatIndex: number, shape: readonly number[]): number[] {
  const index = new Array<number>(shape.length).fill(0);
  let rest = flatIndex;
  for (let axis = shape.length - 1; axis >= 0; axis--) {
    const size = shape[axis];
    index[axis] = size === 0 ? 0 : rest % size;
    rest = size === 0 ? 0 : Math.floor(rest / size);
  }
  return shape.length === 0 ? [] : index;
}
