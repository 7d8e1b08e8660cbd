/**
 * A notebook loop that prints its loss bare, its name only in the code (readers-169): karpathy's nn-zero-to-hero
 * notebooks and their many copies train in a cell such as
 *
 *     for k in range(20):
 *       ...
 *       print(k, loss.data)        # micrograd:  `0 7.658500715439129`
 *       print(loss.item())         # makemore:   `2.52420711517334`
 *       print(loss)                #             `tensor(4.5082, grad_fn=<AddBackward0>)`
 *       print(k, loss)             # micrograd:  `0 Value(data=0.00080675, grad=1.0)` (readers-171)
 *
 * and what they print carries no name: a console reader sees numbers, which it rightly never takes for a loss (the
 * hundred-and-sixty-second corpus's d01-d05, d09 and d10, unread held out). The cell's code names them. Where it holds
 * a loop and, inside it, one `print` of a name with `loss` in it (`.item()` or `.data` after it, a counter before it),
 * and every other `print` of the cell prints a string (so that no other bare number can come out of it), each output
 * line of exactly that shape (a number, a scalar tensor, a micrograd `Value` with its `data=`, after the counter where
 * the code prints one) is written as the pair it is: `loss: 2.524`, `step 0, loss: 7.6585`. Other lines stay as
 * printed.
 *
 * The loop's print may also be an f-string of the counter and the loss alone (readers-173: `print(f'{k:3d}
 * {loss.item()}')`, `  0 3.7599`, the hundred-and-sixty-seventh corpus's a06 and a07); an f-string elsewhere in the cell
 * counts as printing a string only where it has words of its own outside its placeholders.
 *
 * The loop may also sit in a function an earlier cell defines, the cell only calling it (readers-172:
 * `W, loss = gradient_descent(xs, ys)`, the hundred-and-sixty-sixth corpus's b12, unread held out): the function's
 * body is then the code that says what is printed, on the same terms, and every other `print` the cell can reach (its
 * own, and those of the other notebook functions it calls, however deep) must print a string. Browser-safe.
 */
import { PRINTED_NUMBER, TORCH_SCALAR_ARGUMENTS } from './series.js';

/** A `print` of a loss, inside a block (indented): an optional counter name, then the loss's name, `.item()` or `.data` or nothing. */
const LOSS_PRINT = /^[ \t]+print\(\s*(?:([A-Za-z_]\w*)\s*,\s*)?(\w*loss\w*)(?:\.item\(\)|\.data)?\s*\)\s*(?:#.*)?$/im;
/**
 * The same print as an f-string of the counter and the loss alone, a space (or one of `,:|`) between them:
 * `print(f'{k:3d} {loss.item()}')`, `print(f"{i}: {loss.item():.4f}")`.
 */
const F_STRING_LOSS_PRINT = /^[ \t]+print\(\s*f(['"])\{([A-Za-z_]\w*)(?::[^{}'"]*)?\}[ \t]*[,:|]?[ \t]*\{(\w*loss\w*)(?:\.item\(\)|\.data)?(?::[^{}'"]*)?\}\1\s*\)\s*(?:#.*)?$/im;
/** A loop's header line. */
const LOOP = /^[ \t]*(?:for|while)\b/m;
/** Every `print(` call of a cell's code, with what follows it on its line. */
const PRINT_CALL = /\bprint\(([^\n]*)/g;

/**
 * A loss as a loop prints it, its number in one of three groups: bare (`print(loss.item())`), a scalar tensor
 * (`print(loss)`: `tensor(4.5082, grad_fn=<AddBackward0>)`) or a micrograd `Value` (`Value(data=0.0008, grad=1.0)`,
 * `Value(label=,data=4.9662,op=+)`).
 */
const PRINTED_VALUE = String.raw`(?:(${PRINTED_NUMBER})|tensor\(\s*(${PRINTED_NUMBER})\s*${TORCH_SCALAR_ARGUMENTS}\)|Value\([^()]*?\bdata=(${PRINTED_NUMBER})[^()]*\))`;
/** The value alone on its line. */
const BARE_VALUE = new RegExp(String.raw`^\s*${PRINTED_VALUE}\s*$`);
/** A counter, then the value, as `print(k, loss.data)` writes them (or an f-string, with one of `,:|` between). */
const COUNTED_VALUE = new RegExp(String.raw`^\s*(\d+)\s*[,:|]?\s+${PRINTED_VALUE}\s*$`);

/** True when a print's arguments can print no bare number: a string, or an f-string with words of its own. */
function printsText(argumentsText: string): boolean {
  if (!/['"]/.test(argumentsText)) return false;
  const formatted = /^\s*f(['"])(.*?)\1/.exec(argumentsText);
  return formatted === null || /[A-Za-z]/.test(formatted[2].replace(/\{[^{}]*\}/g, ''));
}

/** The code without its comment lines: a commented-out print (`#print(loss.item())`, makemore's) prints nothing. */
function withoutComments(code: string): string {
  return code.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
}

/** What the cell's code says its loop prints: the loss's name, and whether a counter comes before it. */
function loopLossPrint(code: string): { name: string; counted: boolean } | undefined {
  const source = withoutComments(code);
  const plain = LOSS_PRINT.exec(source);
  const formatted = plain === null ? F_STRING_LOSS_PRINT.exec(source) : null;
  const print = plain ?? formatted;
  const loop = LOOP.exec(source);
  if (print === null || loop === null || loop.index > print.index) return undefined;
  const lossPrintAt = source.indexOf('print(', print.index);
  const others = [...source.matchAll(PRINT_CALL)].filter((call) => call.index !== lossPrintAt);
  if (!others.every((call) => printsText(call[1]))) return undefined;
  return formatted === null ? { name: print[2], counted: print[1] !== undefined } : { name: formatted[3], counted: true };
}

/** A top-level `def name(...):` and its body, up to the next line that is not indented. */
const DEFINITION = /^def[ \t]+([A-Za-z_]\w*)[ \t]*\([^\n]*\n((?:[ \t]+[^\n]*\n|[ \t]*\n)*)/gm;

/** The functions the notebook's cells define at their top level, by name (a later definition replacing an earlier). */
export function notebookFunctions(sources: readonly string[]): ReadonlyMap<string, string> {
  const functions = new Map<string, string>();
  for (const source of sources) {
    for (const definition of `${source}\n`.matchAll(DEFINITION)) functions.set(definition[1], definition[2]);
  }
  return functions;
}

/** The bodies of the notebook functions `code` calls, and of those they call, each once. */
function reachableBodies(code: string, functions: ReadonlyMap<string, string>): string[] {
  const reached = new Set<string>();
  const visit = (text: string) => {
    for (const [name, body] of functions) {
      if (reached.has(name) || !new RegExp(String.raw`(?<![\w.])${name}\s*\(`).test(text)) continue;
      reached.add(name);
      visit(body);
    }
  };
  visit(code);
  return [...reached].map((name) => functions.get(name)!);
}

/** What a loop in a notebook function the cell calls prints, where that is the only number the cell can print. */
function calledLoopLossPrint(source: string, functions: ReadonlyMap<string, string>): { name: string; counted: boolean } | undefined {
  const bodies = reachableBodies(source, functions);
  const printing = bodies.flatMap((body) => {
    const printed = loopLossPrint(body);
    return printed === undefined ? [] : [{ body, printed }];
  });
  if (printing.length !== 1) return undefined;
  const rest = withoutComments([source, ...bodies.filter((body) => body !== printing[0].body)].join('\n'));
  return [...rest.matchAll(PRINT_CALL)].every((call) => printsText(call[1])) ? printing[0].printed : undefined;
}

/**
 * A cell's output with each line its loop printed bare written as the named pair it is (see the module comment);
 * `functions` are the notebook's own (notebookFunctions), for a cell that calls the function that loops.
 */
export function withLoopLossNamed(source: string, output: string, functions: ReadonlyMap<string, string> = new Map()): string {
  const printed = loopLossPrint(source) ?? calledLoopLossPrint(source, functions);
  if (printed === undefined) return output;
  return output
    .split('\n')
    .map((line) => {
      if (printed.counted) {
        const counted = COUNTED_VALUE.exec(line);
        return counted === null ? line : `step ${counted[1]}, ${printed.name}: ${counted[2] ?? counted[3] ?? counted[4]}`;
      }
      const value = BARE_VALUE.exec(line);
      return value === null ? line : `${printed.name}: ${value[1] ?? value[2] ?? value[3]}`;
    })
    .join('\n');
}
