/**
 * Splitting a JSON array's text, pushed in chunks, into the texts of its elements: `[{...},
 * {...}]` hands on each `{...}` with the line it starts on, so a table of a million rows is
 * parsed one row at a time (JSON.parse on the whole text holds every row as an object at once).
 * Only the array's own structure is checked here; each element is left to JSON.parse.
 * Browser-safe.
 */
import { MAX_RECORD_CHARS } from '../core/csv-scanner.js';

const QUOTE = 34;
const BACKSLASH = 92;
const LF = 10;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const COMMA = 44;

const isSpace = (code: number) => code === 32 || code === LF || code === 13 || code === 9;

/** Where the splitter is: before '[', between elements, inside one, after one, after ']'. */
type State = 'start' | 'element-or-end' | 'element' | 'inside' | 'comma-or-end' | 'done';

export class JsonArraySplitter {
  private state: State = 'start';
  private line = 1;
  private elementLine = 1;
  private pieces: string[] = [];
  private piecesLength = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  constructor(
    private readonly onElement: (text: string, line: number) => void,
    /** Raises the error (must throw); `line` when one can be named. */
    private readonly fail: (message: string, line?: number) => never,
  ) {}

  push(text: string): void {
    let start = this.state === 'inside' ? 0 : -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.state === 'inside') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === BACKSLASH) this.escaped = true;
          else if (code === QUOTE) this.inString = false;
          else if (code === LF) this.line++;
          continue;
        }
        if (code === QUOTE) this.inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) this.depth++;
        else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          if (this.depth === 0) {
            // The array's own ']' right after a bare value (a number, true, null).
            this.emit(text, start, i);
            this.state = 'done';
            continue;
          }
          this.depth--;
          if (this.depth === 0) {
            this.emit(text, start, i + 1);
            this.state = 'comma-or-end';
          }
        } else if (code === LF) this.line++;
        else if (this.depth === 0 && (code === COMMA || isSpace(code))) {
          this.emit(text, start, i);
          this.state = code === COMMA ? 'element-or-end' : 'comma-or-end';
        }
        continue;
      }
      if (code === LF) this.line++;
      if (isSpace(code)) continue;
      switch (this.state) {
        case 'start':
          if (code !== OPEN_BRACKET) this.fail('expected an array of objects (one per row)');
          this.state = 'element-or-end';
          break;
        case 'element-or-end':
          if (code === CLOSE_BRACKET) {
            this.state = 'done';
            break;
          }
          this.state = 'inside';
          this.elementLine = this.line;
          start = i;
          this.depth = 0;
          this.inString = false;
          this.escaped = false;
          i--; // read the element's first character again, inside it
          break;
        case 'comma-or-end':
          if (code === COMMA) this.state = 'element-or-end';
          else if (code === CLOSE_BRACKET) this.state = 'done';
          else this.fail(`expected ',' or ']' after an element, found '${text[i]}'`, this.line);
          break;
        case 'done':
          this.fail(`unexpected text after the array's closing ']'`, this.line);
      }
    }
    if (this.state === 'inside') {
      const piece = text.slice(Math.max(0, start));
      this.pieces.push(piece);
      this.piecesLength += piece.length;
      if (this.piecesLength > MAX_RECORD_CHARS) this.fail(`an element longer than ${MAX_RECORD_CHARS} characters`, this.elementLine);
    }
  }

  finish(): void {
    if (this.state === 'start') this.fail('the file is empty; expected an array of objects (one per row)');
    if (this.state !== 'done') this.fail("the array is not closed (no final ']'; the file may be cut short)", this.line);
  }

  private emit(text: string, start: number, end: number): void {
    const tail = text.slice(Math.max(0, start), end);
    const whole = this.pieces.length > 0 ? this.pieces.join('') + tail : tail;
    this.pieces = [];
    this.piecesLength = 0;
    this.onElement(whole, this.elementLine);
  }
}
