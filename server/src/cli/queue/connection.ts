// Connecting to Redis for BullMQ, and checking the settings it needs before any job is touched.
import { Redis, type RedisOptions } from 'ioredis';

export class QueueSetupError extends Error {}

/**
 * A connection that fails fast if Redis cannot be reached at start (a CLI must not hang), and once up
 * reconnects on its own. `worker`: the connection a BullMQ Worker blocks on, which must have
 * maxRetriesPerRequest: null (else a slow Redis makes BullMQ throw and drop the job's lock).
 */
export async function connect(url: string, worker: boolean): Promise<Redis> {
  let up = false;
  const options: RedisOptions = {
    lazyConnect: true,
    connectTimeout: 10_000,
    maxRetriesPerRequest: worker ? null : 20,
    retryStrategy: (times) => (up ? Math.min(times * 200, 2000) : null),
  };
  let redis: Redis;
  try {
    redis = new Redis(url, options);
  } catch (err) {
    throw new QueueSetupError(`--redis ${url}: ${(err as Error).message}`);
  }
  let lastError = '';
  redis.on('error', (err: Error) => (lastError = err.message)); // reported through connect() or the failing command
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    throw new QueueSetupError(`cannot reach Redis at ${url}: ${lastError || (err as Error).message}`);
  }
  up = true;
  if (worker && redis.options.maxRetriesPerRequest !== null) throw new QueueSetupError('the worker connection must have maxRetriesPerRequest: null');
  await checkEviction(redis, url);
  return redis;
}

/** BullMQ's keys must never be evicted: a job evicted from Redis is silently lost. */
async function checkEviction(redis: Redis, url: string): Promise<void> {
  const info = await redis.info('memory');
  const policy = /^maxmemory_policy:(\S+)/m.exec(info)?.[1];
  if (policy && policy !== 'noeviction') {
    redis.disconnect();
    throw new QueueSetupError(
      `Redis at ${url} has maxmemory-policy ${policy}; BullMQ needs noeviction (jobs would be lost when memory is full). ` +
        'Set `maxmemory-policy noeviction` in redis.conf, or run `redis-cli CONFIG SET maxmemory-policy noeviction`.',
    );
  }
}
