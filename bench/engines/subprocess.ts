import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * A long-lived child process spoken to one line at a time: the harness writes a request line
 * and reads one JSON line back. Keeping one process per engine for the whole run means timing
 * never includes a process start, and engines can be interleaved round by round.
 */
export class LineProcess {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly waiting: { resolve: (reply: Record<string, unknown>) => void; reject: (error: Error) => void }[] = [];
  private stderr = '';
  private exited: string | null = null;

  constructor(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.child.stderr.on('data', (chunk: Buffer) => { this.stderr = (this.stderr + chunk.toString()).slice(-4000); });
    createInterface({ input: this.child.stdout }).on('line', (line) => {
      const next = this.waiting.shift();
      if (!next) return;
      try {
        const reply = JSON.parse(line) as Record<string, unknown>;
        if (typeof reply.error === 'string') next.reject(new Error(reply.error));
        else next.resolve(reply);
      } catch {
        next.reject(new Error(`unreadable reply: ${line.slice(0, 200)}`));
      }
    });
    const fail = (why: string) => {
      this.exited = `${command} ${why}${this.stderr ? `: ${this.stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`;
      for (const w of this.waiting.splice(0)) w.reject(new Error(this.exited));
    };
    this.child.on('error', (error) => fail(`failed to start (${error.message})`));
    this.child.on('exit', (code, signal) => fail(`exited (${signal ?? code})`));
  }

  request(line: string): Promise<Record<string, unknown>> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.child.stdin.write(`${line}\n`);
    });
  }

  /** Waits for one unsolicited line (the greeting a process prints when it is ready). */
  greeting(): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  close(): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', () => resolve());
      this.child.stdin.end();
    });
  }
}

export function numberField(reply: Record<string, unknown>, field: string): number {
  const value = reply[field];
  if (typeof value !== 'number') throw new Error(`reply lacks numeric '${field}': ${JSON.stringify(reply).slice(0, 200)}`);
  return value;
}

/** Reads a raw little-endian float file written by another process (a copy: aligned, owned). */
export function readFloats(path: string, dtype: 'float32' | 'float64'): Float32Array | Float64Array {
  const bytes = readFileSync(path);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return dtype === 'float32' ? new Float32Array(buffer) : new Float64Array(buffer);
}
