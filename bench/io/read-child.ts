/**
 * One read in a fresh process, so its peak memory is its own: `tsx read-child.ts <reader> <file>`
 * prints { seconds, cpuSeconds, baselineRss, peakRss, items } as JSON (CPU time: user + system,
 * steadier than wall time on a shared machine). Readers: losskit's `readRun` (logs),
 * `loadTable` (tables), and papaparse on the whole text (the parser losskit used before).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [reader, file] = process.argv.slice(2);
if (!reader || !file) throw new Error('usage: read-child.ts <reader> <file>');

type Read = (path: string) => Promise<number>;

const READERS: Record<string, () => Promise<Read>> = {
  async readRun() {
    const { readRun } = await import('../../src/io/index.js');
    return async (path) => {
      const run = await readRun(path);
      let points = 0;
      for (const series of Object.values(run.series)) points += series.length;
      return points;
    };
  },
  async loadTable() {
    const { loadTable } = await import('../../src/data/index.js');
    return async (path) => loadTable(path, { target: 'target' }).rows;
  },
  async papaparse() {
    const { default: Papa } = await import('papaparse');
    return async (path) => {
      const text = readFileSync(path, 'utf8');
      if (path.endsWith('.jsonl')) return text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as unknown).length;
      return Papa.parse<unknown[]>(text, { dynamicTyping: true, skipEmptyLines: true }).data.length;
    };
  },
};

const make = READERS[reader];
if (!make) throw new Error(`unknown reader '${reader}' (${Object.keys(READERS).join(', ')})`);
const read = await make();
const baselineRss = process.memoryUsage().rss;
const start = performance.now();
const cpuStart = process.cpuUsage();
const items = await read(file);
const cpu = process.cpuUsage(cpuStart);
const seconds = (performance.now() - start) / 1000;
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, baselineRss, peakRss, items })}\n`);
