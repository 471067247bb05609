import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .describe('true or false');

const urlWith = (protocols: string[], example: string) =>
  z
    .url({ protocol: new RegExp(`^(${protocols.join('|')})$`), error: `a URL like ${example}` })
    .describe(`a URL like ${example}`);

/**
 * Every setting the API and worker read from the environment. Parsed once at start; a missing or
 * malformed value stops the process with one line naming the variable (see loadConfig).
 */
export const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    INTERLUDE_DEMO: flag.default(false),
    HOST: z.string().min(1).default('0.0.0.0'),
    PORT: z.coerce
      .number({ error: 'a port number between 1 and 65535' })
      .int('a port number between 1 and 65535')
      .min(0, 'a port number between 1 and 65535')
      .max(65535, 'a port number between 1 and 65535')
      .default(3000),
    APP_URL: urlWith(['http', 'https'], 'https://interlude.example.org').optional(),
    DATABASE_URL: urlWith(['postgres', 'postgresql'], 'postgres://user@host:5432/interlude'),
    DATABASE_APP_URL: urlWith(
      ['postgres', 'postgresql'],
      'postgres://interlude_app@host:5432/interlude',
    ).optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    MIGRATE_ON_START: flag.default(true),
    REDIS_URL: urlWith(['redis', 'rediss'], 'redis://127.0.0.1:6379').optional(),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]{1,40}$/, 'letters, digits, - or _')
      .default('interlude'),
    SMTP_URL: urlWith(['smtp', 'smtps'], 'smtp://user:pass@mail.example.org:587').optional(),
    TRUST_PROXY: flag.default(false).describe('true when behind a proxy that sets X-Forwarded-For'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    WEB_DIST: z.string().optional(),
    PORTAL_DIST: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.INTERLUDE_DEMO) return;
    for (const key of ['REDIS_URL', 'SMTP_URL', 'APP_URL'] as const) {
      if (!env[key])
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'is required outside demo mode (set INTERLUDE_DEMO=true to run without it)',
        });
    }
  });

export type AppConfig = z.infer<typeof ConfigSchema> & { APP_URL: string };
