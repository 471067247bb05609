import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/config.schema';
import { ProblemException } from '../errors/problem';

const WINDOW_SECONDS = 15 * 60;
/**
 * Failed sign-ins allowed per 15 minutes. The tight limit is per account *and* address, so an attacker
 * elsewhere cannot lock a real user out; a looser per-account limit stops distributed guessing, and a
 * per-address limit stops one address spraying many accounts.
 */
const LIMITS = { accountAndIp: 5, account: 20, ip: 100 } as const;

interface Counter {
  incr(key: string): Promise<number>;
  ttl(key: string): Promise<number>;
  get(key: string): Promise<number>;
  del(key: string): Promise<void>;
}

class RedisCounter implements Counter {
  constructor(readonly redis: IORedis) {}
  async incr(key: string) {
    const [[, count]] = (await this.redis.multi().incr(key).expire(key, WINDOW_SECONDS, 'NX').exec()) as [
      [null, number],
    ];
    return count;
  }
  async ttl(key: string) {
    return this.redis.ttl(key);
  }
  async get(key: string) {
    return Number((await this.redis.get(key)) ?? 0);
  }
  async del(key: string) {
    await this.redis.del(key);
  }
}

/** Demo mode without Redis: one process, so memory is enough. */
class MemoryCounter implements Counter {
  private readonly counts = new Map<string, { n: number; until: number }>();
  private live(key: string) {
    const entry = this.counts.get(key);
    if (entry && entry.until > Date.now()) return entry;
    this.counts.delete(key);
    return undefined;
  }
  async incr(key: string) {
    const entry = this.live(key) ?? { n: 0, until: Date.now() + WINDOW_SECONDS * 1000 };
    entry.n += 1;
    this.counts.set(key, entry);
    return entry.n;
  }
  async ttl(key: string) {
    const entry = this.live(key);
    return entry ? Math.ceil((entry.until - Date.now()) / 1000) : -2;
  }
  async get(key: string) {
    return this.live(key)?.n ?? 0;
  }
  async del(key: string) {
    this.counts.delete(key);
  }
}

/** Counts failed sign-ins in Redis (shared by every API instance) and refuses with 429 past the limits. */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger('LoginThrottle');
  private readonly counter: Counter;
  private readonly prefix: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = `${config.QUEUE_PREFIX}:throttle:login`;
    if (config.REDIS_URL) {
      const redis = new IORedis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
      redis.on('error', () => undefined);
      this.counter = new RedisCounter(redis);
    } else {
      this.counter = new MemoryCounter();
    }
  }

  private keys(email: string, ip: string) {
    return {
      accountAndIp: `${this.prefix}:ai:${email}:${ip}`,
      account: `${this.prefix}:a:${email}`,
      ip: `${this.prefix}:i:${ip}`,
    };
  }

  /** Throws 429 with Retry-After when any limit is already reached. Redis trouble never blocks sign-in. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    try {
      for (const name of Object.keys(keys) as Array<keyof typeof keys>) {
        if ((await this.counter.get(keys[name])) >= LIMITS[name]) {
          const retryAfter = Math.max(1, await this.counter.ttl(keys[name]));
          throw new ProblemException(429, 'Too many failed sign-in attempts. Please wait and try again.', {
            code: 'too_many_attempts',
            headers: { 'retry-after': String(retryAfter) },
          });
        }
      }
    } catch (error) {
      if (error instanceof ProblemException) throw error;
      this.logger.warn(
        { err: (error as Error).message },
        'Sign-in throttle unavailable; allowing the attempt',
      );
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const keys = this.keys(email, ip);
    await Promise.all(Object.values(keys).map((key) => this.counter.incr(key))).catch(() => undefined);
  }

  async recordSuccess(email: string, ip: string): Promise<void> {
    await this.counter.del(this.keys(email, ip).accountAndIp).catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.counter instanceof RedisCounter) this.counter.redis.disconnect();
  }
}
