/**
 * The losskit-wasm-mt engine's process: `enableThreads()` (losskit/threads) turns the module's
 * memory into shared memory for the whole process, which would take the other losskit-wasm
 * engines' arrays out of WASM memory, so this engine runs alone here. Protocol (one line in,
 * one JSON line out, like the C floors): `prepare <workload JSON>`, `check <path|->`,
 * `time <calls>`, `free`.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { FloatArray } from '../../src/index.js';
import { enableThreads } from '../../src/threads/index.js';
import { releaseWasmArray, setKernelBackend } from '../../src/wasm/index.js';
import { generate } from '../data.js';
import type { Workload } from '../workloads.js';
import { buildCall, concatGrads, evaluateCall } from './losskit.js';
import { resident, residentGrads } from './losskit-wasm.js';

type Call = ReturnType<typeof buildCall>;

let call: Call | null = null;
let views: FloatArray[] = [];

function prepare(w: Workload): void {
  const placed = resident(generate(w));
  views = placed.views;
  call = buildCall(w, placed.arrays);
  for (const view of residentGrads(call)) views.push(view);
}

function answer(line: string): Record<string, unknown> {
  const [command = '', ...rest] = line.split(' ');
  const arg = rest.join(' ');
  switch (command) {
    case 'prepare': prepare(JSON.parse(arg) as Workload); return { ok: true };
    case 'check': {
      if (!call) throw new Error('check before prepare');
      const value = evaluateCall(call);
      if (arg !== '-') {
        const grad = concatGrads(call);
        writeFileSync(arg, new Uint8Array(grad.buffer, grad.byteOffset, grad.byteLength));
      }
      return { value };
    }
    case 'time': {
      if (!call) throw new Error('time before prepare');
      const calls = Number(arg);
      const start = performance.now();
      for (let i = 0; i < calls; i++) evaluateCall(call);
      return { ms: performance.now() - start };
    }
    case 'free':
      for (const v of views) releaseWasmArray(v);
      views = [];
      call = null;
      return { ok: true };
    default: throw new Error(`unknown command '${command}'`);
  }
}

setKernelBackend('wasm');
const info = await enableThreads();
process.stdout.write(`${JSON.stringify({ threads: info.threads, minMicroseconds: info.minMicroseconds })}\n`);
for await (const line of createInterface({ input: process.stdin })) {
  let reply: Record<string, unknown>;
  try { reply = answer(line); } catch (error) { reply = { error: error instanceof Error ? error.message : String(error) }; }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}
process.exit(0);
