/**
 * A streaming CSV tokenizer for the log and table readers: text is pushed in chunks of any
 * size and each complete record is handed on as field boundaries in the text, so a reader can
 * parse a number in place (`decimalAt`) instead of making a substring per cell. Memory is the
 * unfinished record plus one chunk, whatever the file's size.
 *
 * The dialect is RFC 4180 as Python's `csv` module, Keras's CSVLogger, Lightning and
 * spreadsheets write it: fields in double quotes may hold separators, line breaks and doubled
 * quotes (""); records end with '\n', '\r\n' or a lone '\r' (the first line break decides);
 * a quote inside an unquoted field is an ordinary character. The separator is given, or
 * guessed as papaparse guesses it (the candidate giving the same number of fields, more than
 * one, on the first lines). Records are handed on with the 1-based line they start on.
 * Browser-safe.
 */

/** Separators tried when none is given, in order of preference on ties. */
export const CSV_SEPARATORS = [',', '\t', '|', ';', '\x1e', '\x1f'] as const;
/** A record longer than this (an unclosed quote, a file with no line breaks) is an error, not memory growth. */
export const MAX_RECORD_CHARS = 1 << 26;
/** Lines looked at to guess the separator. */
const GUESS_LINES = 10;
/** Text gathered before guessing, when the first lines are long. */
const GUESS_CHARS = 1 << 16;

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** A malformed record: what is wrong and the line it is on. Readers turn it into their own error. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

/** One record, valid only during the `onRecord` call that receives it. */
export interface CsvRecord {
  /** 1-based line of the file the record starts on. */
  readonly line: number;
  readonly size: number;
  /** The text that `start(i)` and `end(i)` index into. */
  readonly text: string;
  /** Where field i's characters are in `text` (inside the quotes for a quoted field). */
  start(i: number): number;
  end(i: number): number;
  /** Field i as a string, doubled quotes undone. */
  field(i: number): string;
  /** Every field as a string. */
  fields(): string[];
  /** True when every field is empty or white space (papaparse's `skipEmptyLines: 'greedy'`). */
  isBlank(): boolean;
}

type Outcome = 'record' | 'incomplete';

export class CsvScanner implements CsvRecord {
  line = 1;
  size = 0;
  text = '';
  private separator = -1;
  /** '\n' (also '\r\n') or '\r'; undecided until the first line break. */
  private newline = -1;
  private starts: number[] = [];
  private ends: number[] = [];
  private escaped: boolean[] = [];
  private pending = '';
  private nextLine = 1;
  private recordStart = 0;
  private cursor = 0;
  /** Pending text length before an unfinished long record is scanned again (keeps long records linear, not quadratic). */
  private rescanAt = 0;

  constructor(private readonly onRecord: (record: CsvRecord) => void, separator?: string) {
    if (separator !== undefined) this.separator = separator.charCodeAt(0);
  }

  /** The separator in use ('' until guessed). */
  get separatorText(): string {
    return this.separator < 0 ? '' : String.fromCharCode(this.separator);
  }

  /** Adds text; hands on every record it completes. */
  push(chunk: string): void {
    this.pending = this.pending.length === 0 ? chunk : this.pending + chunk;
    if (this.pending.length < this.rescanAt) return;
    if (this.separator < 0) {
      if (!this.readyToGuess()) return;
      this.separator = guessSeparator(this.pending);
    }
    this.drain(false);
  }

  /** Ends the text: the last record may lack its line break; an unclosed quote is an error. */
  finish(): void {
    if (this.separator < 0) this.separator = guessSeparator(this.pending);
    this.drain(true);
    this.pending = '';
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  field(i: number): string {
    const text = this.text.slice(this.starts[i], this.ends[i]);
    return this.escaped[i] ? text.replaceAll('""', '"') : text;
  }

  fields(): string[] {
    return Array.from({ length: this.size }, (_, i) => this.field(i));
  }

  isBlank(): boolean {
    for (let i = 0; i < this.size; i++) {
      for (let c = this.starts[i]; c < this.ends[i]; c++) {
        const code = this.text.charCodeAt(c);
        if (code !== 32 && code !== 9 && code !== LF && code !== CR) return false;
      }
    }
    return true;
  }

  private readyToGuess(): boolean {
    if (this.pending.length >= GUESS_CHARS) return true;
    let breaks = 0;
    for (let i = this.pending.indexOf('\n'); i >= 0 && breaks < GUESS_LINES; i = this.pending.indexOf('\n', i + 1)) breaks++;
    return breaks >= GUESS_LINES;
  }

  private drain(final: boolean): void {
    const text = this.pending;
    this.text = text;
    this.cursor = 0;
    for (;;) {
      this.recordStart = this.cursor;
      this.line = this.nextLine;
      if (this.cursor >= text.length) break;
      if (this.scanRecord(text, final) === 'incomplete') break;
      this.onRecord(this);
    }
    const unfinished = text.length - this.recordStart;
    if (unfinished > MAX_RECORD_CHARS) {
      throw new CsvSyntaxError(`a record longer than ${MAX_RECORD_CHARS} characters (an unclosed quote, or not a CSV file)`, this.line);
    }
    this.pending = text.slice(this.recordStart);
    // A long unfinished record is scanned again only once the text has doubled.
    this.rescanAt = unfinished > GUESS_CHARS ? Math.min(2 * unfinished, MAX_RECORD_CHARS + 1) : 0;
  }

  private lineBreak(text: string, at: number, final: boolean): number {
    // Returns the length of the line break at `at` (0: none; -1: undecidable yet).
    const code = text.charCodeAt(at);
    if (code === LF) {
      if (this.newline < 0) this.newline = LF;
      return this.newline === LF ? 1 : 0;
    }
    if (code !== CR) return 0;
    if (at + 1 >= text.length && !final) return -1;
    const crlf = text.charCodeAt(at + 1) === LF;
    if (this.newline < 0) this.newline = crlf ? LF : CR;
    if (this.newline === CR) return 1;
    return crlf ? 2 : 0;
  }

  /** Scans one record from `cursor`; on success `cursor` is past its line break. */
  private scanRecord(text: string, final: boolean): Outcome {
    const separator = this.separator;
    let lines = 0;
    let p = this.cursor;
    this.size = 0;
    for (;;) {
      const field = this.size++;
      if (text.charCodeAt(p) === QUOTE) {
        let q = p + 1;
        let escaped = false;
        let close: number;
        for (;;) {
          close = text.indexOf('"', q);
          if (close < 0 || (close + 1 >= text.length && !final)) {
            if (final) throw new CsvSyntaxError('Quoted field unterminated', this.nextLine);
            return 'incomplete';
          }
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          escaped = true;
          q = close + 2;
        }
        for (let c = p + 1; c < close; c++) if (text.charCodeAt(c) === (this.newline === CR ? CR : LF)) lines++;
        this.starts[field] = p + 1;
        this.ends[field] = close;
        this.escaped[field] = escaped;
        p = close + 1;
        if (p >= text.length) return this.endRecord(p, lines + 1);
        if (text.charCodeAt(p) === separator) {
          p++;
          continue;
        }
        const breakLength = this.lineBreak(text, p, final);
        if (breakLength < 0) return 'incomplete';
        if (breakLength > 0) return this.endRecord(p + breakLength, lines + 1);
        throw new CsvSyntaxError('Trailing quote on quoted field is malformed', this.nextLine + lines);
      }
      let j = p;
      let breakLength = 0;
      for (; j < text.length; j++) {
        const code = text.charCodeAt(j);
        if (code === separator) break;
        if (code === LF || code === CR) {
          breakLength = this.lineBreak(text, j, final);
          if (breakLength < 0) return 'incomplete';
          if (breakLength > 0) break;
        }
      }
      this.starts[field] = p;
      this.ends[field] = j;
      this.escaped[field] = false;
      if (j >= text.length) {
        if (!final) return 'incomplete';
        return this.endRecord(j, lines + 1);
      }
      if (breakLength > 0) return this.endRecord(j + breakLength, lines + 1);
      p = j + 1;
      if (p >= text.length && !final) return 'incomplete';
    }
  }

  private endRecord(next: number, lines: number): Outcome {
    this.cursor = next;
    this.nextLine += lines;
    return 'record';
  }
}

/** Fields per line for one separator (quotes respected), over the first lines of `text`. */
function fieldCounts(text: string, separator: string): number[] {
  const counts: number[] = [];
  const scanner = new CsvScanner((record) => {
    if (!record.isBlank() && counts.length < GUESS_LINES) counts.push(record.size);
  }, separator);
  const cut = text.length > GUESS_CHARS ? text.lastIndexOf('\n', GUESS_CHARS) : text.length;
  try {
    scanner.push(text.slice(0, cut > 0 ? cut : text.length));
    scanner.finish();
  } catch {
    // An unclosed quote in the sample says nothing against this separator.
  }
  return counts;
}

/**
 * The separator giving the most consistent field count above one on the first lines; ',' when
 * none does (a one-column file). Papaparse's rule: smallest spread of counts, then most fields.
 */
export function guessSeparator(text: string): number {
  let best = ',';
  let bestSpread = Infinity;
  let bestAverage = 0;
  for (const separator of CSV_SEPARATORS) {
    const counts = fieldCounts(text, separator);
    if (counts.length === 0) continue;
    const average = counts.reduce((sum, count) => sum + count, 0) / counts.length;
    if (average < 1.99) continue;
    const spread = counts.reduce((sum, count) => sum + Math.abs(count - average), 0);
    if (spread < bestSpread || (spread === bestSpread && average > bestAverage)) {
      best = separator;
      bestSpread = spread;
      bestAverage = average;
    }
  }
  return best.charCodeAt(0);
}
