import { redisClient } from './api-dist';

/** Deletes every Redis key under a queue prefix (BullMQ writes `<prefix>:events:meta` and friends). */
export async function deleteQueueKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = redisClient(redisUrl);
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
  return deleted;
}
