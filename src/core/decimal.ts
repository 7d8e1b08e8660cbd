/**
 * Reading a plain decimal number straight out of a larger string, without a substring per
 * cell: the CSV readers call it once per cell of files with millions of cells.
 *
 * Grammar (after trimming spaces and tabs): [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?
 * — what Python, Keras, Lightning and spreadsheets write. No hex, no '_', no 'Infinity'.
 *
 * Fast path (Clinger 1990, "How to read floating point numbers accurately"): a mantissa of
 * at most 15 significant digits is an exact double, and so is 10^k for k <= 22, so one
 * multiplication or division by 10^k is correctly rounded — the same double `Number()` gives.
 * Anything else (more digits, larger exponents) is handed to `Number()` on the slice.
 */

/** 10^0 .. 10^22: every one an exact double. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));
const MAX_EXACT_DIGITS = 15;

const SPACE = 32;
const TAB = 9;
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;

const isDigit = (code: number) => code >= ZERO && code <= NINE;

/**
 * The number written in `text` between `start` and `end` (spaces and tabs around it
 * ignored), or undefined when that stretch is not a plain decimal (empty, 'NA', 'nan', '1,5').
 */
export function decimalAt(text: string, start: number, end: number): number | undefined {
  while (start < end && (text.charCodeAt(start) === SPACE || text.charCodeAt(start) === TAB)) start++;
  while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
  let i = start;
  let negative = false;
  const sign = text.charCodeAt(i);
  if (sign === PLUS || sign === MINUS) {
    negative = sign === MINUS;
    i++;
  }
  let mantissa = 0;
  let significant = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end; i++) {
    const code = text.charCodeAt(i);
    if (!isDigit(code)) break;
    digits++;
    if (significant > 0 || code !== ZERO) {
      significant++;
      if (significant <= MAX_EXACT_DIGITS) mantissa = mantissa * 10 + (code - ZERO);
      else scale++;
    }
  }
  if (i < end && text.charCodeAt(i) === DOT) {
    for (i++; i < end; i++) {
      const code = text.charCodeAt(i);
      if (!isDigit(code)) break;
      digits++;
      if (significant > 0 || code !== ZERO) {
        significant++;
        if (significant <= MAX_EXACT_DIGITS) {
          mantissa = mantissa * 10 + (code - ZERO);
          scale--;
        }
      } else scale--;
    }
  }
  if (digits === 0) return undefined;
  let exponent = 0;
  if (i < end && (text.charCodeAt(i) === LOWER_E || text.charCodeAt(i) === UPPER_E)) {
    i++;
    let exponentNegative = false;
    const exponentSign = text.charCodeAt(i);
    if (exponentSign === PLUS || exponentSign === MINUS) {
      exponentNegative = exponentSign === MINUS;
      i++;
    }
    const first = i;
    for (; i < end && isDigit(text.charCodeAt(i)); i++) {
      if (exponent < 100_000) exponent = exponent * 10 + (text.charCodeAt(i) - ZERO);
    }
    if (i === first) return undefined;
    if (exponentNegative) exponent = -exponent;
  }
  if (i !== end) return undefined;
  const power = scale + exponent;
  if (significant <= MAX_EXACT_DIGITS && power >= -22 && power <= 22) {
    const magnitude = power >= 0 ? mantissa * EXACT_POWERS_OF_TEN[power] : mantissa / EXACT_POWERS_OF_TEN[-power];
    return negative ? -magnitude : magnitude;
  }
  return Number(text.slice(start, end));
}
