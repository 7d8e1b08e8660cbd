import { LossError } from '../core/errors.js';
import { node, type Node } from './ast.js';
import { FUNCTION_NAMES, isOperator, operatorInfo, type Operator } from './operators.js';

/**
 * The formula language's parser: a hand-written tokenizer and recursive-descent parser that
 * accepts ASCII numbers, names, the operators below and whitespace, and nothing else. Names
 * resolve against three closed lists: the loss's inputs, its options, and the whitelisted
 * functions (operators.ts); `num_classes` is C. Every mistake is a FormulaError pointing at
 * the column: `custom: unexpected ')' at column 20: abs(input - target))^1.5`.
 *
 * Precedence, loosest first: `||`, `&&`, comparisons (`< <= > >= == !=`, not chained),
 * `+ -`, `* /`, unary `- + !`, `^` (or `**`, right-associative: -x^2 = -(x^2), 2^-x allowed),
 * postfix `[target]` (the true class's entry of a per-class expression).
 */

/** The longest formula accepted, in characters. */
export const MAX_FORMULA_LENGTH = 10_000;
/** The deepest nesting of parentheses, calls and unary operators accepted. */
export const MAX_NESTING = 100;
/** The identifier for the number of classes. */
export const CLASSES_NAME = 'num_classes';

/** A formula that does not parse or does not resolve; `column` is 1-based. */
export class FormulaError extends LossError {
  constructor(message: string, loss: string, readonly column: number, readonly formula: string) {
    super('option', message, loss, 'formula');
  }
}

/** The names a formula may use besides the functions. */
export interface FormulaScope {
  readonly inputs: readonly string[];
  readonly options: readonly string[];
  /** The name errors start with (the loss's name, or 'custom'). */
  readonly loss?: string;
}

type TokenType = 'number' | 'name' | 'op' | 'end';
interface Token { readonly type: TokenType; readonly text: string; readonly column: number; readonly value?: number }

const OPERATOR_TOKENS = ['**', '<=', '>=', '==', '!=', '&&', '||', '+', '-', '*', '/', '^', '(', ')', ',', '[', ']', '<', '>', '!'];

/** The formula, cut to a window around `column` when long. */
function excerpt(text: string, column: number): string {
  const clean = text.replace(/[^\x20-\x7e]/g, '?');
  if (clean.length <= 80) return clean;
  const from = Math.max(0, column - 40);
  const to = Math.min(clean.length, column + 40);
  return `${from > 0 ? '…' : ''}${clean.slice(from, to)}${to < clean.length ? '…' : ''}`;
}

/** A character as a message shows it: printable ASCII quoted, anything else as U+XXXX. */
function describeChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return code >= 0x21 && code <= 0x7e ? `'${char}'` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

class Parser {
  private offset = 0;
  private current: Token | null = null;
  private depth = 0;
  private readonly loss: string;
  private readonly inputs: ReadonlySet<string>;
  private readonly options: ReadonlySet<string>;

  constructor(private readonly text: string, private readonly scope: FormulaScope) {
    this.loss = scope.loss ?? 'custom';
    this.inputs = new Set(scope.inputs);
    this.options = new Set(scope.options);
    if (typeof text !== 'string') throw new FormulaError(`${this.loss}: the formula must be a string, received ${typeof text}`, this.loss, 0, '');
    if (text.length > MAX_FORMULA_LENGTH) {
      throw new FormulaError(`${this.loss}: the formula is ${text.length} characters long; the limit is ${MAX_FORMULA_LENGTH}`, this.loss, MAX_FORMULA_LENGTH + 1, text.slice(0, 80));
    }
  }

  /** `loss: <message> at column N: <formula>[ (<hint>)]`. */
  fail(message: string, column: number, hint = ''): never {
    const tail = hint ? ` (${hint})` : '';
    throw new FormulaError(`${this.loss}: ${message} at column ${column}: ${excerpt(this.text, column)}${tail}`, this.loss, column, this.text);
  }

  /**
   * Reads the next token, on demand: the first mistake by position is the one reported
   * (`eval("1")` is an unknown function at column 1, not a quote at column 6).
   */
  private lex(): Token {
    const text = this.text;
    let i = this.offset;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const column = i + 1;
    if (i >= text.length) {
      this.offset = i;
      return { type: 'end', text: 'end of formula', column: text.length + 1 };
    }
    const char = text[i]!;
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (number) {
      const value = Number(number[0]);
      if (!Number.isFinite(value)) this.fail(`the number ${number[0].slice(0, 20)} is too large`, column);
      this.offset = i + number[0].length;
      if (/[A-Za-z_]/.test(text[this.offset] ?? '')) this.fail(`unexpected ${describeChar(text[this.offset]!)} after the number ${number[0]}`, this.offset + 1);
      return { type: 'number', text: number[0], column, value };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i, i + 200));
    if (name) {
      if (name[0].length >= 200) this.fail('a name longer than 199 characters', column);
      this.offset = i + name[0].length;
      return { type: 'name', text: name[0], column };
    }
    const op = OPERATOR_TOKENS.find((candidate) => text.startsWith(candidate, i));
    if (op) {
      this.offset = i + op.length;
      return { type: 'op', text: op, column };
    }
    if (char === '=') this.fail("unexpected '='", column, "equality is '=='");
    if (char === '&' || char === '|') this.fail(`unexpected ${describeChar(char)}`, column, "logical operators are '&&' and '||'");
    this.fail(`unexpected character ${describeChar(char)}`, column);
  }

  private peek(): Token {
    this.current ??= this.lex();
    return this.current;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.current = null;
    return token;
  }

  private accept(text: string): Token | null {
    const token = this.peek();
    if (token.type === 'op' && token.text === text) return this.next();
    return null;
  }

  private expect(text: string, what: string): Token {
    const token = this.accept(text);
    if (!token) this.unexpected(this.peek(), `expected ${what}`);
    return token;
  }

  private unexpected(token: Token, hint = ''): never {
    const what = token.type === 'end' ? 'end of formula' : `'${token.text}'`;
    this.fail(`unexpected ${what}`, token.column, hint);
  }

  private enter(column: number): void {
    if (++this.depth > MAX_NESTING) this.fail(`nesting deeper than ${MAX_NESTING} levels`, column);
  }

  parse(): Node {
    if (this.peek().type === 'end') this.fail('the formula is empty', 1);
    const tree = this.expression();
    const rest = this.peek();
    if (rest.type !== 'end') this.unexpected(rest, rest.text === ')' ? 'no matching \'(\'' : 'expected an operator');
    return tree;
  }

  private expression(): Node {
    this.enter(this.peek().column);
    const tree = this.or();
    this.depth--;
    return tree;
  }

  private or(): Node {
    let left = this.and();
    while (this.accept('||')) left = node.apply('or', left, this.and());
    return left;
  }

  private and(): Node {
    let left = this.comparison();
    while (this.accept('&&')) left = node.apply('and', left, this.comparison());
    return left;
  }

  private comparison(): Node {
    const left = this.sum();
    const ops: Record<string, Operator> = { '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge', '==': 'eq', '!=': 'ne' };
    const token = this.peek();
    const op = token.type === 'op' ? ops[token.text] : undefined;
    if (!op || !Object.hasOwn(ops, token.text)) return left;
    this.next();
    const tree = node.apply(op, left, this.sum());
    const after = this.peek();
    if (after.type === 'op' && Object.hasOwn(ops, after.text)) this.fail(`comparisons do not chain`, after.column, `write (a ${token.text} b) && (b ${after.text} c)`);
    return tree;
  }

  private sum(): Node {
    let left = this.product();
    for (;;) {
      if (this.accept('+')) left = node.apply('add', left, this.product());
      else if (this.accept('-')) left = node.apply('sub', left, this.product());
      else return left;
    }
  }

  private product(): Node {
    let left = this.unary();
    for (;;) {
      if (this.accept('*')) left = node.apply('mul', left, this.unary());
      else if (this.accept('/')) left = node.apply('div', left, this.unary());
      else return left;
    }
  }

  private unary(): Node {
    const token = this.peek();
    if (token.type === 'op' && (token.text === '-' || token.text === '+' || token.text === '!')) {
      this.next();
      this.enter(token.column);
      const arg = this.unary();
      this.depth--;
      if (token.text === '+') return arg;
      if (token.text === '!') return node.apply('not', arg);
      return arg.kind === 'number' ? node.number(-arg.value) : node.apply('neg', arg);
    }
    return this.power();
  }

  private power(): Node {
    const base = this.postfix();
    if (this.accept('^') || this.accept('**')) {
      this.enter(this.peek().column);
      const exponent = this.unary();
      this.depth--;
      return node.apply('pow', base, exponent);
    }
    return base;
  }

  private postfix(): Node {
    let tree = this.primary();
    while (this.peek().type === 'op' && this.peek().text === '[') {
      this.next();
      const index = this.peek();
      if (index.type !== 'name' || !this.inputs.has(index.text)) {
        this.unexpected(index, `the index of [...] must be an integer input such as [target]`);
      }
      this.next();
      this.expect(']', "']'");
      tree = node.apply('pick', tree, node.input(index.text));
    }
    return tree;
  }

  private primary(): Node {
    const token = this.next();
    if (token.type === 'number') return node.number(token.value!);
    if (token.type === 'op' && token.text === '(') {
      const inner = this.expression();
      this.expect(')', `')' to close the '(' at column ${token.column}`);
      return inner;
    }
    if (token.type === 'name') {
      if (this.peek().type === 'op' && this.peek().text === '(') return this.call(token);
      return this.name(token);
    }
    this.unexpected(token, token.type === 'end' ? 'expected a value' : 'expected a number, a name or \'(\'');
  }

  private name(token: Token): Node {
    const name = token.text;
    if (this.inputs.has(name)) return node.input(name);
    if (this.options.has(name)) return node.option(name);
    if (name === CLASSES_NAME) return node.classes();
    if (isOperator(name) && operatorInfo(name).callable) this.fail(`the function '${name}' needs arguments`, token.column, `${name}(...)`);
    this.fail(`unknown name '${name}'`, token.column, this.suggest(name));
  }

  private suggest(name: string): string {
    const inputs = [...this.inputs].join(', ') || 'none';
    const options = [...this.options].join(', ') || 'none';
    const lower = name.toLowerCase();
    const close = [...this.inputs, ...this.options, ...FUNCTION_NAMES, CLASSES_NAME].find((candidate) => candidate.toLowerCase() === lower);
    return `${close ? `did you mean '${close}'? ` : ''}inputs: ${inputs}; options: ${options}`;
  }

  private call(token: Token): Node {
    const name = token.text;
    if (!isOperator(name) || !operatorInfo(name).callable) {
      const what = this.inputs.has(name) || this.options.has(name) ? `'${name}' is not a function` : `unknown function '${name}'`;
      this.fail(what, token.column, `functions: ${FUNCTION_NAMES.join(', ')}`);
    }
    this.expect('(', "'('");
    const args: Node[] = [];
    if (!this.accept(')')) {
      do args.push(this.expression());
      while (this.accept(','));
      this.expect(')', `',' or ')' to close ${name}(`);
    }
    const { arity } = operatorInfo(name);
    if (args.length !== arity) this.fail(`${name} takes ${arity} argument${arity === 1 ? '' : 's'}, received ${args.length}`, token.column);
    if (name === 'onehot' && args[0]!.kind !== 'input') this.fail('onehot takes an integer input, e.g. onehot(target)', token.column);
    return node.apply(name, ...args);
  }
}

/** Parses a formula against the loss's inputs and options; throws FormulaError. */
export function parseFormula(text: string, scope: FormulaScope): Node {
  return new Parser(text, scope).parse();
}
