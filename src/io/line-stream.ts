/**
 * The line-by-line half of the text log readers that stream (console tables, build-nanogpt's
 * step log, OpenAI logger tables, MetricLogger logs): chunks in, whole lines out, numbered from 1,
 * a CRLF file's '\r' dropped, and the last line held back until `finish`, where a run still
 * writing may have cut it off mid-number (`cutOffLastLine`); the series go to `builder`, and
 * `file` names the log in messages. Browser-safe.
 */
import { SeriesBuilder } from './series.js';

export abstract class LineStream {
  protected readonly builder = new SeriesBuilder();
  /** The number of the line being read (1-based), or of the cut-off last line once taken. */
  protected lineNumber = 0;
  private rest = '';

  constructor(protected readonly file: string) {}

  push(chunk: string): void {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop() ?? '';
    for (const line of lines) {
      this.lineNumber++;
      this.readLine(line.replace(/\r$/, ''));
    }
  }

  /** The text after the last newline, numbered as the next line, when the text did not end with one; else undefined. */
  protected cutOffLastLine(): string | undefined {
    if (this.rest === '') return undefined;
    const last = this.rest;
    this.rest = '';
    this.lineNumber++;
    return last;
  }

  /** One whole line, `lineNumber` its number. */
  protected abstract readLine(line: string): void;
}
