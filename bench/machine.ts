import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, platform, release, totalmem } from 'node:os';
import { compileC, gccVersion } from './engines/c.js';

/** What the numbers were measured on, for the header and results.json. */
export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly simd: string;
  readonly memoryGB: number;
  readonly os: string;
  readonly node: string;
}

function cpuInfo(): string {
  try {
    return readFileSync('/proc/cpuinfo', 'utf8');
  } catch {
    return '';
  }
}

export function describeMachine(): Machine {
  const info = cpuInfo();
  const flags = new Set((/^flags\s*:(.*)$/m.exec(info)?.[1] ?? '').trim().split(/\s+/));
  const family = /^cpu family\s*:\s*(\d+)/m.exec(info)?.[1];
  const model = /^model\s*:\s*(\d+)/m.exec(info)?.[1];
  const name = cpus()[0]?.model.trim() ?? 'unknown';
  return {
    cpu: family && model ? `${name} (family ${family}, model ${model})` : name,
    cores: availableParallelism(),
    simd: ['avx512f', 'avx2', 'fma', 'neon', 'asimd'].filter((f) => flags.has(f)).join(' ') || 'unknown',
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  };
}

/** Bytes the OS can hand out now: MemAvailable on Linux (free + reclaimable cache), else os.freemem(). */
export function availableMemory(): number {
  try {
    const kb = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1];
    if (kb) return Number(kb) * 1024;
  } catch {
    // not Linux
  }
  return freemem();
}

export interface Bandwidth {
  readonly n: number;
  readonly readGBs: number;
  readonly copyGBs: number;
  readonly read2write1GBs: number;
}

/** The C bandwidth probe over `floats` floats per array (three arrays), or null with a reason. */
export function probeBandwidth(floats: number): Bandwidth | string {
  if (!gccVersion()) return 'gcc not found: bandwidth probe skipped';
  try {
    const binary = compileC('bandwidth.c', 'bandwidth', ['-O3', '-march=native', '-ffast-math']);
    const reply = JSON.parse(execFileSync(binary, [String(floats)], { encoding: 'utf8' })) as Bandwidth & { error?: string };
    return reply.error ?? reply;
  } catch (error) {
    return `bandwidth probe failed: ${(error as Error).message.split('\n')[0]}`;
  }
}
