/**
 * Python literals as `repr` / `str` writes them, for training histories saved that way:
 * `str(model.fit(...).history)` written to a file, or `json.dump(str(history.history), f)` (a JSON
 * string holding the dict). The grammar is the subset of `ast.literal_eval` such histories use:
 *
 *   value   dict | list | tuple | string | number | None | True | False | nan | inf | call
 *   dict    '{' (value ':' value (',' value ':' value)* ','?)? '}'      keys: strings or numbers
 *   list    '[' (value (',' value)* ','?)? ']'        tuple: the same in '(' ')'
 *   string  '...' or "..." with backslash escapes (\n \t \\ \' \" \xNN \uNNNN)
 *   number  Python's int / float spellings, signed ('-0.5', '1e-3', '1_000'), 'nan', 'inf', '-inf'
 *   call    a numpy scalar's repr, as NumPy 2 prints list items: np.float64(0.5), np.float32(nan),
 *           numpy.int64(3); and float('nan') / float('inf')
 *
 * Anything else (names, expressions, other calls, arrays) is an error naming the line and column.
 * NaN and ±Infinity come back as numbers. Browser-safe.
 */

/** A Python literal that cannot be read: `reason`, at 1-based `line` and `column`. */
export class PythonLiteralError extends Error {
  override readonly name = 'PythonLiteralError';
  constructor(readonly reason: string, readonly line: number, readonly column: number) {
    super(`${reason} at line ${line}, column ${column}`);
  }
}

export type PythonValue = number | string | boolean | null | PythonValue[] | { [key: string]: PythonValue };

/** Numpy scalar types whose repr is `np.<type>(<number>)` (NumPy 2's repr of list items). */
const NUMPY_SCALAR = /^(?:np|numpy)\.(?:float(?:16|32|64|128)?|longdouble|double|single|half|u?int(?:8|16|32|64)?|int_)$/;
const NUMBER = /^[+-]?(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?/;
const NAMED_NUMBERS: ReadonlyMap<string, number> = new Map([['nan', Number.NaN], ['inf', Infinity], ['infinity', Infinity]]);
const CONSTANTS: ReadonlyMap<string, PythonValue> = new Map<string, PythonValue>([['None', null], ['True', true], ['False', false]]);
const ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Deeper nesting is no history (and would overflow the stack of this recursive reader). */
const MAX_DEPTH = 64;

class Reader {
  private at = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  parseWhole(): PythonValue {
    const value = this.value();
    this.space();
    if (this.at < this.text.length) this.fail(`unexpected '${this.text[this.at]}' after the value`);
    return value;
  }

  private fail(reason: string, at = this.at): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    throw new PythonLiteralError(reason, line, at - before.lastIndexOf('\n'));
  }

  private space(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at])) this.at++;
  }

  private value(): PythonValue {
    this.space();
    const char = this.text[this.at];
    if (char === undefined) this.fail('the text ends where a value was expected');
    if (char === '{' || char === '[' || char === '(') {
      if (++this.depth > MAX_DEPTH) this.fail(`nested deeper than ${MAX_DEPTH} levels`);
      const value = char === '{' ? this.dict() : this.sequence(char === '[' ? ']' : ')');
      this.depth--;
      return value;
    }
    if (char === "'" || char === '"') return this.string();
    return this.scalar();
  }

  private dict(): { [key: string]: PythonValue } {
    // A null-prototype object: keys such as '__proto__' stay data.
    const result = Object.create(null) as { [key: string]: PythonValue };
    this.at++;
    this.items('}', () => {
      const keyAt = this.at;
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') this.fail('a dict key must be a string or a number', keyAt);
      this.space();
      if (this.text[this.at] !== ':') this.fail("expected ':' after a dict key");
      this.at++;
      result[String(key)] = this.value();
    });
    return result;
  }

  private sequence(close: ']' | ')'): PythonValue[] {
    const result: PythonValue[] = [];
    this.at++;
    this.items(close, () => result.push(this.value()));
    return result;
  }

  /** Comma-separated items up to `close` (a trailing comma allowed), the opening bracket already read. */
  private items(close: string, item: () => void): void {
    for (;;) {
      this.space();
      if (this.text[this.at] === close) {
        this.at++;
        return;
      }
      item();
      this.space();
      const next = this.text[this.at];
      if (next === ',') this.at++;
      else if (next !== close) this.fail(next === undefined ? `the text ends before the closing '${close}'` : `expected ',' or '${close}', found '${next}'`);
    }
  }

  private string(): string {
    const quote = this.text[this.at];
    const start = this.at++;
    let out = '';
    for (;;) {
      const char = this.text[this.at++];
      if (char === undefined || char === '\n') this.fail('a string is not closed', start);
      if (char === quote) return out;
      if (char !== '\\') {
        out += char;
        continue;
      }
      const escape = this.text[this.at++] ?? '';
      const hex = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
      if (hex > 0) {
        const digits = this.text.slice(this.at, this.at + hex);
        if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) this.fail(`a bad \\${escape} escape`, this.at - 2);
        out += String.fromCodePoint(parseInt(digits, 16));
        this.at += hex;
      } else out += ESCAPES[escape] ?? `\\${escape}`;
    }
  }

  private scalar(): PythonValue {
    const start = this.at;
    const word = /^[+-]?[A-Za-z_][\w.]*/.exec(this.text.slice(start, start + 64))?.[0];
    if (word !== undefined) return this.named(word, start);
    const number = NUMBER.exec(this.text.slice(start, start + 64))?.[0];
    if (number === undefined) this.fail(`unexpected '${this.text[start]}' where a value was expected`);
    this.at += number.length;
    return Number(number.replace(/_/g, ''));
  }

  /** nan / inf / None / True / False, or a numpy scalar's or float()'s call. */
  private named(word: string, start: number): PythonValue {
    this.at += word.length;
    const sign = word[0] === '-' ? -1 : 1;
    const bare = word.replace(/^[+-]/, '');
    const named = NAMED_NUMBERS.get(bare.toLowerCase());
    if (named !== undefined) return sign * named;
    const constant = CONSTANTS.get(bare);
    if (bare === word && constant !== undefined) return constant;
    if (NUMPY_SCALAR.test(bare) || bare === 'float') {
      this.space();
      if (this.text[this.at] !== '(') this.fail(`'${bare}' without a value in parentheses`, start);
      this.at++;
      const inner = this.value();
      this.space();
      if (this.text[this.at] !== ')') this.fail(`expected ')' to close '${bare}('`);
      this.at++;
      const value = typeof inner === 'string' && bare === 'float' ? NAMED_NUMBERS.get(inner.trim().toLowerCase().replace(/^[+-]/, '')) : inner;
      if (typeof value !== 'number') this.fail(`'${bare}(...)' must hold a number`, start);
      return sign * (typeof inner === 'string' && inner.trim().startsWith('-') ? -value : value);
    }
    return this.fail(`'${bare}' is not a Python literal losskit reads (numbers, strings, lists, dicts, None, nan, inf, np.float64(...))`, start);
  }
}

/** Parses a Python literal (see the module comment); throws a `PythonLiteralError` naming where it fails. */
export function parsePythonLiteral(text: string): PythonValue {
  return new Reader(text).parseWhole();
}

/**
 * True when `text` opens like Python's repr of a dict (`{'loss': ...`): repr quotes string keys with
 * single quotes (a double-quoted first key is JSON, whose errors are JSON's).
 */
export function looksLikePythonDict(text: string): boolean {
  return /^\s*\{\s*'[^'\n]*'\s*:/.test(text);
}
