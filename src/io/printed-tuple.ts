/**
 * A line Python 2 printed as a tuple (readers-109). In Python 2 `print` is a statement, and a loop
 * written for Python 3, `print("Epoch: {}/{}...".format(e, epochs), "Step: {}...".format(counter),
 * ...)`, prints the tuple of its arguments: `('Epoch: 1/4...', 'Step: 100...', 'Loss: 0.685023...',
 * 'Val Loss: 0.686960')` (a Udacity sentiment-RNN notebook run under Python 2, the 61st corpus' b04),
 * where Python 3 prints `Epoch: 1/4... Step: 100... Loss: 0.685023... Val Loss: 0.686960`. A line
 * that is such a tuple and nothing else (two or more elements, at least one of them a quoted string,
 * the others numbers) is read as the line Python 3 prints: its elements joined by a space, each
 * string's escapes decoded. A tuple among other text (a message quoting one), one holding anything
 * else (a list, a tensor) or one whose strings break the line (`'\nValidation set: '`) is left as
 * it is. Browser-safe.
 */
import { parsePythonLiteral } from './python-literal.js';

/** A Python string literal as repr writes it, with Python 2's unicode prefix (`u'loss'`) or none. */
const STRING = String.raw`[uU]?(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")`;
/** A number as repr writes it: an int (Python 2's long with its `L`), a float, nan or inf. */
const NUMBER = String.raw`[+-]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?[lL]?|nan|inf)`;
const ELEMENT = `(?:${STRING}|${NUMBER})`;
const WHOLE_TUPLE = new RegExp(String.raw`^\s*\(\s*${ELEMENT}(?:\s*,\s*${ELEMENT})+\s*\)\s*$`);
const ELEMENTS = new RegExp(`${STRING}|${NUMBER}`, 'g');

/** `text` as Python 3 prints it when it is a whole printed tuple (see the module comment), else `text` unchanged. */
export function printedTupleLine(text: string): string {
  if (!text.includes('(') || !WHOLE_TUPLE.test(text)) return text;
  const inside = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const words: string[] = [];
  let quoted = false;
  for (const [element] of inside.matchAll(ELEMENTS)) {
    if (!/^[uU]?['"]/.test(element)) {
      words.push(element.replace(/[lL]$/, ''));
      continue;
    }
    const value = parsePythonLiteral(element.replace(/^[uU]/, ''));
    if (typeof value !== 'string' || /[\r\n]/.test(value)) return text;
    quoted = true;
    words.push(value);
  }
  return quoted ? words.join(' ') : text;
}
