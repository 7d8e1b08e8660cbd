/**
 * Where `losskit search` runs its trials: this thread (--workers 1), a pool of worker threads
 * (--workers N), or BullMQ workers on other processes and machines (--redis URL).
 */
import { UsageError } from '../args.js';
import { DEFAULT_IN_FLIGHT, DEFAULT_QUEUE, redisSearch, threadPoolExecutor, type SearchOptions } from '../../search/index.js';

export interface ExecutorChoice {
  /** Trials at once (threads here, or jobs in flight with --redis); undefined: the default. */
  readonly workers: number | undefined;
  readonly queue?: string | undefined;
  readonly redis?: string | undefined;
  readonly resume: boolean;
}

export async function searchExecutor(choice: ExecutorChoice): Promise<Partial<SearchOptions>> {
  if (choice.redis) {
    if (!/^rediss?:\/\//.test(choice.redis)) throw new UsageError(`search: --redis must be a redis:// URL, received '${choice.redis}'`);
    const redis = await redisSearch(choice.redis, choice.queue ?? DEFAULT_QUEUE, choice.workers ?? DEFAULT_IN_FLIGHT, choice.resume);
    return { executor: redis.executor, sink: redis.sink, previous: redis.previous };
  }
  const workers = choice.workers ?? 1;
  if (workers > 1) return { executor: (task) => threadPoolExecutor(task.spec, workers) };
  return {};
}
