/**
 * Where `losskit search` runs its trials: this thread (--workers 1), a pool of worker threads
 * (--workers N), or BullMQ workers on other processes and machines (--redis URL).
 */
import { UsageError } from '../args.js';
import type { SearchOptions } from '../../search/index.js';

export interface ExecutorChoice {
  readonly workers: number;
  readonly redis?: string | undefined;
  readonly resume: boolean;
}

export async function searchExecutor(choice: ExecutorChoice): Promise<Partial<SearchOptions>> {
  if (choice.redis) throw new UsageError('search: --redis is not available yet');
  if (choice.workers > 1) throw new UsageError('search: --workers above 1 is not available yet');
  return {};
}
