import { KERNEL_HELPERS, operatorInfo } from './operators.js';
import type { Program, Stmt } from './schedule.js';
import { powerForm } from './power.js';

/**
 * The fast back end: JavaScript source generated from a kernel program and compiled once with
 * `new Function`. User text never reaches the source. The program holds only operators of the
 * whitelist (operators.ts), register numbers and numbers; the source is made of the operators'
 * fixed templates, generated names (r12, x0, g1, o2) and number literals written by
 * `numberLiteral` from the numbers' values. A last check tokenises the source and refuses any
 * name outside a fixed vocabulary and any quote, backtick or backslash.
 *
 * The kernel: kernel(X, O, G, V, S, N, C, SP, gradScale) with X the input arrays by slot, O the
 * option values, G the gradient arrays by slot (null where not wanted), V the per-element or
 * per-row values for reduction 'none' (or null), S a Float64Array receiving [sum, one
 * finiteness accumulator per checked input, ..., last: the gradients' finiteness accumulator
 * (0 when every gradient written is finite)], N the rows (elements), C the classes, SP the
 * spatial size (element (n, c, s) sits at n C SP + c SP + s). Returns the float64 sum of the values.
 */

export type KernelFunction = (
  X: ReadonlyArray<ArrayLike<number>>, O: Float64Array, G: ReadonlyArray<{ [i: number]: number } | null>,
  V: { [i: number]: number } | null, S: Float64Array, N: number, C: number, SP: number, gradScale: number,
) => number;

/** A number as a JavaScript literal; only ever built from a number value. */
export function numberLiteral(value: number): string {
  if (typeof value !== 'number') throw new TypeError('custom codegen: a literal must be a number');
  if (Number.isNaN(value)) return '(0 / 0)';
  if (!Number.isFinite(value)) return value > 0 ? '(1 / 0)' : '(-1 / 0)';
  if (Object.is(value, -0)) return '(-0)';
  const text = String(value);
  if (!/^-?\d+(\.\d+)?(e[+-]\d+)?$/.test(text)) throw new TypeError(`custom codegen: unexpected number form ${text}`);
  return value < 0 ? `(${text})` : text;
}

const reg = (r: number) => `r${r}`;

/** Names the generated source may contain (besides r/x/g/o/f followed by digits). */
const VOCABULARY = new Set([
  'use', 'strict', 'return', 'function', 'kernel', 'const', 'let', 'for', 'if', 'null', 'Math',
  'exp', 'log', 'log1p', 'expm1', 'sqrt', 'tanh', 'cosh', 'sinh', 'abs', 'pow', 'min', 'max',
  'h_softplus', 'h_sigmoid', 'h_logcosh', 'h_sign', 'H', 'softplus', 'sigmoid', 'logcosh', 'sign',
  'X', 'O', 'G', 'V', 'S', 'N', 'C', 'SP', 'CS', 'gradScale', 'n', 's', 'p', 'c', 'q', 'i', 'base', 'sum', 'gf', 'length',
]);

/** Defence in depth: every name in the source is generated or from the vocabulary; no string syntax at all. */
export function assertWhitelisted(source: string): void {
  const body = source.replace(/^"use strict";/, '');
  if (/["'`\\]/.test(body)) throw new TypeError('custom codegen: generated source contains string syntax');
  for (const match of body.matchAll(/\d+(?:\.\d*)?(?:e[+-]?\d+)?|[A-Za-z_$][\w$]*/g)) {
    const word = match[0];
    if (/^\d/.test(word) || /^[rxgofa]\d+$/.test(word) || VOCABULARY.has(word)) continue;
    throw new TypeError(`custom codegen: unexpected name '${word}' in generated source`);
  }
}

class Writer {
  private readonly lines: string[] = [];
  private readonly constants = new Map<number, number>();

  constructor(private readonly program: Program) {}

  line(depth: number, text: string): void {
    this.lines.push(`${'  '.repeat(depth)}${text}`);
  }

  text(): string {
    return this.lines.join('\n');
  }

  private loadExpr(s: Stmt & { t: 'load' }, element: string): string {
    const array = `x${s.slot}`;
    switch (s.layout) {
      case 'element': case 'row': case 'index': return `${array}[${element}]`;
      case 'class': return s.index === null ? `${array}[q]` : `${array}[base + ${reg(s.index)} * SP]`;
      case 'class-vector': return s.index === null ? `${array}[c]` : `${array}[${reg(s.index)}]`;
    }
  }

  private setExpr(s: Stmt & { t: 'set' }): string {
    const args = s.args.map(reg);
    if (s.op === 'pow') {
      const exponent = this.constants.get(s.args[1]!);
      const form = exponent === undefined ? null : powerForm(exponent);
      if (form) return form.emit(args[0]!);
    }
    return operatorInfo(s.op).emit!(args);
  }

  statement(s: Stmt, depth: number, element: string): void {
    switch (s.t) {
      case 'const':
        this.constants.set(s.dst, s.value);
        return this.line(depth, `const ${reg(s.dst)} = ${numberLiteral(s.value)};`);
      case 'option': return this.line(depth, `const ${reg(s.dst)} = O[${numberLiteral(s.index)}];`);
      case 'classes': return this.line(depth, `const ${reg(s.dst)} = C;`);
      case 'load': return this.line(depth, `const ${reg(s.dst)} = ${this.loadExpr(s, element)};`);
      case 'onehot': return this.line(depth, `const ${reg(s.dst)} = (${s.index === null ? 'c' : reg(s.index)} === ${reg(s.target)} ? 1 : 0);`);
      case 'set': return this.line(depth, `const ${reg(s.dst)} = ${this.setExpr(s)};`);
      case 'acc': return this.line(depth, s.kind === 'sum' ? `${reg(s.dst)} += ${reg(s.src)};` : `${reg(s.dst)} = Math.max(${reg(s.dst)}, ${reg(s.src)});`);
      case 'check': return this.line(depth, `f${s.slot} += ${reg(s.src)} - ${reg(s.src)};`);
      case 'grad': return this.line(depth, `g${s.slot}[${s.perClass ? 'q' : element}] = ${reg(s.src)} * gradScale; gf += ${reg(s.src)} * 0;`);
      case 'value': return this.line(depth, `sum += ${reg(s.src)}; if (V !== null) V[${element}] = ${reg(s.src)};`);
    }
  }

  /** The body of one element or row: row segments, class loops, gradient loop, stores. */
  body(depth: number, element: string): void {
    const { rows, loops, gradLoop, tail } = this.program;
    const segments = Math.max(rows.length, loops.length);
    for (let k = 0; k < segments; k++) {
      const loop = k > 0 ? loops[k] : undefined;
      if (loop && loop.body.length) {
        for (const { dst, kind } of loop.accumulators) this.line(depth, `let ${reg(dst)} = ${kind === 'sum' ? '0' : '(-1 / 0)'};`);
        this.classLoop(loop.body, depth);
      }
      for (const s of rows[k] ?? []) this.statement(s, depth, element);
    }
    if (gradLoop) this.classLoop(gradLoop, depth);
    for (const s of tail) this.statement(s, depth, element);
  }

  private classLoop(body: readonly Stmt[], depth: number): void {
    this.line(depth, 'for (let c = 0, q = base; c < C; c++, q += SP) {');
    for (const s of body) this.statement(s, depth + 1, 'p');
    this.line(depth, '}');
  }
}

/** The kernel's JavaScript source (a function body returning the kernel). */
export function generateSource(program: Program): string {
  const w = new Writer(program);
  w.line(0, 'return function kernel(X, O, G, V, S, N, C, SP, gradScale) {');
  program.inputs.forEach((_, slot) => w.line(1, `const x${slot} = X[${slot}]; const g${slot} = G[${slot}];`));
  for (const s of program.pre) w.statement(s, 1, 'i');
  w.line(1, 'let sum = 0;');
  w.line(1, 'let gf = 0;');
  for (const slot of program.checked) w.line(1, `let f${slot} = 0;`);
  if (program.mode === 'elementwise') {
    w.line(1, 'for (let i = 0; i < N; i++) {');
    w.body(2, 'i');
    w.line(1, '}');
  } else {
    w.line(1, 'const CS = C * SP;');
    w.line(1, 'for (let n = 0, p = 0; n < N; n++) {');
    w.line(2, 'for (let s = 0; s < SP; s++, p++) {');
    w.line(3, 'const base = n * CS + s;');
    w.body(3, 'p');
    w.line(2, '}');
    w.line(1, '}');
  }
  w.line(1, 'S[0] = sum;');
  w.line(1, 'S[S.length - 1] = gf;');
  for (const slot of program.checked) w.line(1, `S[${1 + slot}] = f${slot};`);
  w.line(1, 'return sum;');
  w.line(0, '};');
  const helpers = 'const h_softplus = H.softplus, h_sigmoid = H.sigmoid, h_logcosh = H.logcosh, h_sign = H.sign;';
  const source = `"use strict";\n${helpers}\n${w.text()}`;
  assertWhitelisted(source);
  return source;
}

/** Compiles generated source; throws when the environment forbids it (a Content-Security-Policy without 'unsafe-eval'). */
export function compileSource(source: string): KernelFunction {
  // The one place code is made from text, and the text is generated above, never user input.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- deliberate: see the line above
  const factory = new Function('H', source) as (helpers: typeof KERNEL_HELPERS) => KernelFunction;
  return factory(KERNEL_HELPERS);
}
