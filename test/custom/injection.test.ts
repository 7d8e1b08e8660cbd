import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  compileFormula, defineCustomLoss, FormulaError, generateSource, LossError, MAX_FORMULA_LENGTH, MAX_NESTING, node, parseFormula,
} from '../../src/index.js';

/**
 * A formula is data. Attempts to smuggle code through one end in a FormulaError (or LossError)
 * naming what is wrong, never in execution; the generated source contains no user text.
 */
const scope = { inputs: ['input', 'target'], options: ['delta'] };

function parseError(text: string): FormulaError {
  try {
    parseFormula(text, scope);
  } catch (error) {
    expect(error).toBeInstanceOf(FormulaError);
    expect(error).toBeInstanceOf(LossError);
    return error as FormulaError;
  }
  throw new Error(`'${text.slice(0, 60)}' parsed`);
}

describe('parse errors point at the column', () => {
  it('an unmatched parenthesis (the issue\'s example)', () => {
    const error = parseError('abs(input - target))^1.5');
    expect(error.message).toMatch(/^custom: unexpected '\)' at column 20: abs\(input - target\)\)\^1\.5/);
    expect(error.column).toBe(20);
  });

  it.each([
    ['exp(input', /unexpected end of formula at column 10/],
    ['input +* target', /unexpected '\*' at column 8/],
    ['input = target', /unexpected '=' at column 7: .*equality is '=='/],
    ['input & target', /unexpected '&' at column 7/],
    ['2input', /unexpected 'i' after the number 2 at column 2/],
    ['exp(input, target)', /exp takes 1 argument, received 2 at column 1/],
    ['foo(input)', /unknown function 'foo' at column 1/],
    ['Exp(input)', /unknown function 'Exp' at column 1/],
    ['input < target < 1', /comparisons do not chain at column 16/],
    ['input[delta]', /the index of \[\.\.\.\] must be an integer input/],
    ['', /the formula is empty/],
    ['1e999 * input', /the number 1e999 is too large at column 1/],
  ])('%s', (text, pattern) => {
    expect(parseError(text).message).toMatch(pattern);
  });
});

describe('injection attempts are clean errors', () => {
  it.each([
    ['constructor', /unknown name 'constructor' at column 1/],
    ['constructor.constructor("return process")()', /unexpected character '\.' at column 12/],
    ['__proto__', /unknown name '__proto__' at column 1/],
    ['input.__proto__', /unexpected character '\.' at column 6/],
    ['toString(input)', /unknown function 'toString'/],
    ['hasOwnProperty', /unknown name 'hasOwnProperty'/],
    ['`${process.exit(1)}`', /unexpected character '`' at column 1/],
    ['"input"', /unexpected character '"' at column 1/],
    ["'input'", /unexpected character ''' at column 1/],
    ['input /* comment */ + target', /unexpected '\*' at column 8/],
    ['input // comment', /unexpected '\/' at column 8/],
    ['\\u0065xp(input)', /unexpected character '\\' at column 1/],
    ['ex\\u0070(input)', /unexpected character '\\' at column 3/],
    ['process', /unknown name 'process'/],
    ['process.exit(1)', /unexpected character '\.'/],
    ['globalThis', /unknown name 'globalThis'/],
    ['eval("1")', /unknown function 'eval'/],
    ['Function("return 1")()', /unknown function 'Function'/],
    ['require("fs")', /unknown function 'require'/],
    ['import("fs")', /unknown function 'import'/],
    ['input; process.exit(1)', /unexpected character ';' at column 6/],
    ['input, target', /unexpected ','/],
    ['[input]', /unexpected '\['/],
    ['{}', /unexpected character '\{'/],
    ['input\u2028target', /unexpected character U\+2028 at column 6/],
    ['іnput', /unexpected character U\+0456 at column 1/],
    ['input\u0000', /unexpected character U\+0000 at column 6/],
  ])('%s', (text, pattern) => {
    expect(parseError(text).message).toMatch(pattern);
  });

  it('very deep nesting stops at the limit with the column, without a stack overflow', () => {
    for (const [open, close] of [['(', ')'], ['exp(', ')'], ['-', ''], ['!', '']] as const) {
      const text = `${open.repeat(100_000).slice(0, MAX_FORMULA_LENGTH - 10)}input${close.repeat(1)}`;
      expect(parseError(text).message).toMatch(new RegExp(`nesting deeper than ${MAX_NESTING} levels at column \\d+`));
    }
    expect(parseError(`${'2^'.repeat(2000)}input`).message).toMatch(/nesting deeper than/);
  });

  it('a 1 MB formula is refused before it is read', () => {
    const huge = 'input + '.repeat(131_072) + 'target';
    const error = parseError(huge);
    expect(error.message).toBe(`custom: the formula is ${huge.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`);
  });

  it('a formula just under the limit parses (long sums are not nesting)', () => {
    const text = Array.from({ length: 1200 }, () => 'input').join(' + ');
    expect(text.length).toBeLessThan(MAX_FORMULA_LENGTH);
    expect(() => compileFormula({ formula: text, inputs: [{ name: 'input' }, { name: 'target' }], options: [] })).not.toThrow();
  });

  it('non-string formulas are refused', () => {
    for (const value of [42, null, { toString: () => 'input' }, ['input']]) {
      expect(() => parseFormula(value as unknown as string, scope)).toThrow(FormulaError);
    }
  });
});

describe('names in definitions', () => {
  it.each([
    [{ inputs: ['constructor', 'target'] }, /'constructor' is reserved/],
    [{ inputs: ['__proto__', 'target'] }, /'__proto__' is reserved/],
    [{ inputs: ['input', 'exp'] }, /'exp' is reserved/],
    [{ inputs: ['input', 'a-b'] }, /input names must be identifiers/],
    [{ inputs: ['input', 'target', 'input'] }, /listed twice/],
    [{ options: { __proto__x: 1 } }, /reserved/],
    [{ options: { hasOwnProperty: 1 } }, /'hasOwnProperty' is reserved/],
    [{ options: { 'x;y': 1 } }, /option names must be identifiers/],
    [{ options: { delta: '1; process.exit()' } }, /needs a finite default number/],
    [{ name: 'bad name' }, /'name' must be 1-64 letters/],
  ])('%o', (patch, pattern) => {
    const definition = { name: 'n', formula: 'abs(input - target)', ...patch } as Parameters<typeof defineCustomLoss>[0];
    expect(() => defineCustomLoss(definition)).toThrow(pattern);
  });

  it('an option object with a __proto__ key does not reach the prototype', () => {
    const options = JSON.parse('{"__proto__": {"default": 1}, "delta": 2}') as Record<string, number>;
    expect(() => defineCustomLoss({ name: 'p', formula: 'delta * abs(input - target)', options })).toThrow(/reserved/);
  });
});

describe('generated source holds no user text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('names from a tree built in code never reach the source', () => {
    const evil = 'x]; globalThis.pwned = 1; //';
    const tree = node.apply('mul', node.input(evil), node.apply('exp', node.option('y = (() => { throw 1 })()')));
    const compiled = compileFormula({ formula: tree, inputs: [{ name: evil }], options: ['y = (() => { throw 1 })()'] });
    const source = generateSource(compiled.program({ grad: true, weighted: false }));
    expect(source).not.toContain('pwned');
    expect(source).not.toContain('throw');
    const grad = new Float64Array(1);
    const kernel = compiled.kernel({ grad: true, weighted: false, dtype: 'float64' });
    kernel([Float64Array.of(2), undefined as never], Float64Array.of(0), [grad, null], null, new Float64Array(3), 1, 1, 1, 1);
    expect(grad[0]).toBe(1);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('every text compiled by new Function is generated, and passes the whitelist check', () => {
    const seen: string[] = [];
    const original = globalThis.Function;
    const spy = vi.spyOn(globalThis, 'Function').mockImplementation(function recording(...args: string[]) {
      seen.push(args[args.length - 1]!);
      return original(...args);
    } as unknown as FunctionConstructor);
    const formula = 'where(abs(input - target) < delta, 0.5 * (input - target)^2, delta * (abs(input - target) - 0.5 * delta))';
    const loss = defineCustomLoss({ name: 'spy', formula, options: { delta: 1.25 } });
    loss.evaluate({ input: [1, 2], target: [0, 0] }, {}, { grad: true });
    expect(spy).toHaveBeenCalled();
    for (const text of seen) {
      expect(text).not.toContain('input');
      expect(text).not.toContain('target');
      expect(text).not.toContain('delta');
      expect(text).not.toContain('1.25');
      expect(text.replace(/^"use strict";/, '')).not.toMatch(/["'`\\]/);
    }
  });

  it('falls back to closures, with the same values, where new Function is forbidden', () => {
    const formula = 'log(1 + exp(input)) - input * target';
    const inputs = { input: [2, -1, 30], target: [1, 0, 1] };
    const generated = defineCustomLoss({ name: 'generated', formula }).evaluate(inputs, { reduction: 'none' }, { grad: true });
    vi.spyOn(globalThis, 'Function').mockImplementation(function refusing() {
      throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
    } as unknown as FunctionConstructor);
    const loss = defineCustomLoss({ name: 'csp', formula });
    expect(loss.custom.backend).toBe('closures');
    const result = loss.evaluate(inputs, { reduction: 'none' }, { grad: true });
    expect(result.value).toEqual(generated.value);
    expect(result.grads.input!.data).toEqual(generated.grads.input!.data);
  });
});
