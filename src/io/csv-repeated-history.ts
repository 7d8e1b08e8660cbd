/**
 * A headerless loss column whose script saves its whole history at every save, appending instead of overwriting
 * (readers-156: `open(path, 'a')`, then every loss so far; the hundred-and-thirty-third corpus's a11 and a12, three
 * copies in one file): the file's opening values come again, in order, where each copy begins. Three of them in a
 * row, not all equal (a loss stuck at one value repeats itself by nature), begin a new training there, as a CSV
 * header written again does, so the last whole copy is the run read (SeriesBuilder keeps the latest training long
 * enough). Browser-safe.
 */

/** How many of the opening values must come again, in order, to begin a copy. */
const OPENING_VALUES = 3;

export class RepeatedHistory {
  private readonly opening: number[] = [];
  /** Values that match the opening so far, held back until they are a copy's beginning or prove not to be. */
  private readonly held: { line: number; value: number }[] = [];

  /** `emit` takes each value in order; `restart` is called at the line where a copy begins, before its values. */
  constructor(
    private readonly emit: (line: number, value: number) => void,
    private readonly restart: (line: number) => void,
  ) {}

  push(line: number, value: number): void {
    if (this.opening.length < OPENING_VALUES) {
      this.opening.push(value);
      this.emit(line, value);
      return;
    }
    if (this.opensCopy() && value === this.opening[this.held.length]) {
      this.held.push({ line, value });
      if (this.held.length === OPENING_VALUES) {
        this.restart(this.held[0].line);
        this.flush();
      }
      return;
    }
    this.flush();
    if (this.opensCopy() && value === this.opening[0]) this.held.push({ line, value });
    else this.emit(line, value);
  }

  /** Emits the values held back (at the end of the file, or once they prove no copy's beginning). */
  flush(): void {
    for (const { line, value } of this.held.splice(0)) this.emit(line, value);
  }

  private opensCopy(): boolean {
    return this.opening.some((value) => value !== this.opening[0]);
  }
}
