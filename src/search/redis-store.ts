/**
 * A study's shared state in Redis, for the coordinator and its BullMQ workers (keys under
 * `losskit:<queue>:`):
 *   spec      the StudySpec as JSON, plus when the study started (workers rebuild the task from it);
 *   journal   a list of journal records, the same JSON objects the file journal holds;
 *   finished  the set of finished trial numbers: a trial's 'finish' record is appended only by
 *             whoever adds its number first (one Lua script, atomic), so a retried or duplicated
 *             job never writes a second one;
 *   rung:<r>  hash trial → validation value at rung r (ASHA's records; a trial run again
 *             overwrites its own field, so n counts trials, not attempts).
 */
import { Redis } from 'ioredis';
import type { JournalRecord, JournalSink } from './journal-file.js';
import type { StudySpec } from './study.js';

const APPEND_FINISH_ONCE = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[2], ARGV[2])
  return 1
end
return 0`;

export interface StoredSpec {
  readonly spec: StudySpec;
  /** Date.now() when the study started (trials' finishedAt are measured from it). */
  readonly startedAt: number;
}

export class RedisStudyStore implements JournalSink {
  readonly redis: Redis;
  private readonly prefix: string;

  constructor(url: string, readonly queue: string) {
    // maxRetriesPerRequest null: commands wait out a reconnect instead of failing (BullMQ's advice for workers).
    this.redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: false });
    this.prefix = `losskit:${queue}:`;
  }

  private key(name: string): string {
    return `${this.prefix}${name}`;
  }

  async records(): Promise<JournalRecord[]> {
    const lines = await this.redis.lrange(this.key('journal'), 0, -1);
    return lines.map((line) => JSON.parse(line) as JournalRecord);
  }

  async append(record: JournalRecord): Promise<void> {
    const line = JSON.stringify(record);
    if (record.op === 'finish') await this.redis.eval(APPEND_FINISH_ONCE, 2, this.key('finished'), this.key('journal'), String(record.trial.number), line);
    else await this.redis.rpush(this.key('journal'), line);
  }

  async setSpec(stored: StoredSpec): Promise<void> {
    await this.redis.set(this.key('spec'), JSON.stringify(stored));
  }

  async spec(): Promise<StoredSpec | undefined> {
    const text = await this.redis.get(this.key('spec'));
    return text ? (JSON.parse(text) as StoredSpec) : undefined;
  }

  /** Forgets everything of the queue's study (a new study on the same queue). */
  async clear(): Promise<void> {
    const keys = await this.redis.keys(`${this.prefix}*`);
    if (keys.length) await this.redis.del(...keys);
  }

  /** Records `value` at `rung` for `trial` and returns every value there (this one included), atomically. */
  async recordRung(rung: number, trial: number, value: number): Promise<number[]> {
    const key = this.key(`rung:${rung}`);
    const result = await this.redis.multi().hset(key, String(trial), String(value)).hvals(key).exec();
    const values = result?.[1]?.[1] as string[] | undefined;
    return (values ?? []).map(Number);
  }

  /** A trial starts again (its job was retried): its earlier rung records go. */
  async forgetRungs(trial: number, rungs: number): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (let rung = 0; rung < rungs; rung++) pipeline.hdel(this.key(`rung:${rung}`), String(trial));
    await pipeline.exec();
  }

  /** rung → [trial, value] pairs. */
  async rungSnapshot(rungs: number): Promise<Array<{ rung: number; entries: Array<[number, number]> }>> {
    const snapshot: Array<{ rung: number; entries: Array<[number, number]> }> = [];
    for (let rung = 0; rung < rungs; rung++) {
      const hash = await this.redis.hgetall(this.key(`rung:${rung}`));
      snapshot.push({ rung, entries: Object.entries(hash).map(([trial, value]) => [Number(trial), Number(value)]) });
    }
    return snapshot;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
