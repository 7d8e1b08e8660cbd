import { DEFAULT_LOCK_SECONDS, DEFAULT_QUEUE, startWorker } from '../../search/index.js';
import { UsageError, parse, type Command } from '../args.js';
import { parseNumber } from '../flags.js';
import { SILENT_IO, type CommandIO } from '../progress.js';

const USAGE = `Usage: losskit worker --redis URL [options]

Runs the trials of a distributed 'losskit search … --redis URL' on this machine (BullMQ jobs
on a Redis queue). Start one per machine, before or after the search; each takes the task
(data, split, model) from the study in Redis. A worker that dies mid-trial is detected after
--lock-seconds and its trial runs again on another worker.

  --redis URL           the Redis server, e.g. redis://10.0.0.5:6379
  --queue NAME          the search's queue (default ${DEFAULT_QUEUE}; as given to losskit search)
  --concurrency N       trials at once on this machine, one thread each (default 1)
  --lock-seconds S      job lock: a worker silent this long is taken for dead (default ${DEFAULT_LOCK_SECONDS})
  --max-idle S          exit after S seconds without a trial (default: run until stopped)
  -h, --help`;

const OPTIONS = {
  redis: { type: 'string' }, queue: { type: 'string' }, concurrency: { type: 'string' },
  'lock-seconds': { type: 'string' }, 'max-idle': { type: 'string' },
} as const;

export const workerCommand: Command = {
  name: 'worker',
  summary: 'run the trials of a distributed search (losskit search --redis) on this machine',
  usage: USAGE,
  async run(args, io: CommandIO = SILENT_IO) {
    const { values: v, positionals } = parse('worker', args, OPTIONS);
    const text = (name: keyof typeof OPTIONS) => v[name] as string | undefined;
    if (positionals.length) throw new UsageError(`worker: unexpected argument '${positionals[0]}'; see 'losskit worker --help'`);
    const url = text('redis');
    if (!url) throw new UsageError('worker: --redis URL is required (e.g. --redis redis://127.0.0.1:6379)');
    if (!/^rediss?:\/\//.test(url)) throw new UsageError(`worker: --redis must be a redis:// URL, received '${url}'`);
    const positive = (flag: string, name: keyof typeof OPTIONS, fallback: number, integer: boolean) => {
      const value = parseNumber(flag, text(name), integer, 'worker') ?? fallback;
      if (!(value > 0) && !(name === 'max-idle' && value === 0)) throw new UsageError(`worker: ${flag} must be > 0, received '${text(name)}'`);
      return value;
    };
    const worker = startWorker({
      url, queue: text('queue') ?? DEFAULT_QUEUE,
      concurrency: positive('--concurrency', 'concurrency', 1, true),
      lockSeconds: positive('--lock-seconds', 'lock-seconds', DEFAULT_LOCK_SECONDS, false),
      maxIdleSeconds: positive('--max-idle', 'max-idle', 0, false),
      log: (line) => io.progress(`worker: ${line}\n`),
    });
    const stop = () => { void worker.stop(); };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    io.progress(`worker: waiting for trials on queue '${text('queue') ?? DEFAULT_QUEUE}' at ${url}\n`);
    const trials = await worker.done;
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    return `worker: ran ${trials} trial${trials === 1 ? '' : 's'}\n`;
  },
};
